#!/bin/sh
# runtime.sh: compiles every conformance program and every program of our own (tests/programs)
# with --target=micropython, imports each .mpy in the MicroPython VM and compares what it prints
# with the reference output (.out), or, for our own programs, with what the VM prints when it
# imports the source itself.
# usage: tests/runtime.sh PATH/TO/mpy-cross
set -u
cc=${1:?usage: tests/runtime.sh PATH/TO/mpy-cross}
here=$(cd "$(dirname "$0")" && pwd)
cc=$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
status=0
for set in conformance/programs programs; do
    src=$here/$set
    [ -d "$src" ] || continue
    out=$tmp/$(echo "$set" | tr / _)
    mkdir -p "$out"
    bad=0
    for py in "$src"/*.py; do
        name=$(basename "$py" .py)
        cp "$py" "$out/$name.py"
        if ! (cd "$out" && "$cc" --target=micropython -s "$name.py" "$name.py" -o "$name.mpy") >"$tmp/err" 2>&1; then
            echo "runtime: $set/$name.py does not compile: $(head -c 300 "$tmp/err")"
            bad=$((bad + 1))
        fi
        rm -f "$out/$name.py"
    done
    echo "runtime: $set"
    (cd "$here/vm" && node run.mjs "$out" "$src") || status=1
    [ $bad = 0 ] || status=1
done
exit $status
