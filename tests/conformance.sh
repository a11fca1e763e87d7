#!/bin/sh
# conformance.sh: compiles every golden vector under tests/conformance with the given mpy-cross, for
# all three targets, and compares byte for byte (the .mpy, or the error report and exit status).
# Known misses are listed in tests/conformance-misses.txt; that list may only shrink: a new miss
# fails, and so does a listed case that now matches (cut it from the list).
# usage: tests/conformance.sh PATH/TO/mpy-cross [--update]   (--update rewrites the miss list)
set -u
cc=${1:?usage: tests/conformance.sh PATH/TO/mpy-cross [--update]}
update=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
corpus=$here/conformance
list=$here/conformance-misses.txt
cc=$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
misses=$tmp/misses
: >"$misses"

# attempt NAME TARGET [OPT]: compile $tmp/NAME.py; leaves the output and "exit N" in $tmp/out.
attempt() {
    rm -f "$tmp/$1.mpy"
    (cd "$tmp" && "$cc" --target="$2" ${3:+"$3"} -s "$1.py" "$1.py" -o "$1.mpy" >"$tmp/out" 2>&1; echo "exit $?" >>"$tmp/out")
}
# check NAME GOLDEN ID: records ID as a miss unless the attempt produced GOLDEN.
check() {
    case $2 in
    *.mpy) [ "$(cat "$tmp/out")" = "exit 0" ] && cmp -s "$tmp/$1.mpy" "$2" && return 0 ;;
    *) [ ! -e "$tmp/$1.mpy" ] && cmp -s "$tmp/out" "$2" && return 0 ;;
    esac
    echo "$3" >>"$misses"
}

total=0
for target in micropython circuitpython circuitpython9; do
    printf 'conformance: %s programs ' "$target"
    n=0
    for src in "$corpus"/programs/*.py; do
        name=$(basename "$src" .py)
        cp "$src" "$tmp/$name.py"
        for v in "" .O1 .O3; do
            golden=$corpus/$target/$name$v.mpy
            [ -e "$golden" ] || golden=$corpus/$target/$name$v.err
            attempt "$name" "$target" "${v:+-${v#.}}"
            check "$name" "$golden" "${golden#"$corpus"/}"
            total=$((total + 1))
            n=$((n + 1))
            [ $((n % 300)) = 0 ] && printf '.'
        done
        rm -f "$tmp/$name.py"
    done
    echo
done
for stage in syntax compile; do
    for src in "$corpus"/errors/$stage/*.py; do
        name=$(basename "$src" .py)
        cp "$src" "$tmp/$name.py"
        for t in micropython:err circuitpython:cp.err circuitpython9:cp9.err circuitpython9:cp9.mpy; do
            golden=$corpus/errors/$stage/$name.${t#*:}
            [ -e "$golden" ] || continue
            attempt "$name" "${t%%:*}"
            check "$name" "$golden" "${golden#"$corpus"/}"
            total=$((total + 1))
        done
        rm -f "$tmp/$name.py"
    done
done

sort -o "$misses" "$misses"
nmiss=$(wc -l <"$misses")
echo "conformance: $((total - nmiss)) of $total golden cases identical"
if [ "$update" = "--update" ]; then
    cp "$misses" "$list"
    echo "conformance: wrote $list"
    exit 0
fi
[ -f "$list" ] || : >"$tmp/empty"
expected=$list
[ -f "$list" ] || expected=$tmp/empty
new=$(comm -23 "$misses" "$expected")
fixed=$(comm -13 "$misses" "$expected")
status=0
if [ -n "$new" ]; then
    echo "conformance: FAIL: new misses (not in tests/conformance-misses.txt):"
    echo "$new" | sed 's/^/  /'
    status=1
fi
if [ -n "$fixed" ]; then
    echo "conformance: FAIL: these now match; cut them from tests/conformance-misses.txt:"
    echo "$fixed" | sed 's/^/  /'
    status=1
fi
[ $status = 0 ] && echo "conformance: $((total - nmiss)) passed, 0 failed ($nmiss known misses listed)"
exit $status
