#!/bin/sh
# check.sh: `mpy-cross --check` accepts every conformance program (for every target that accepts
# it) and reports every syntax-error case exactly as the reference does, for all three targets.
# usage: tests/check.sh PATH/TO/mpy-cross
set -u
cc=${1:?usage: tests/check.sh PATH/TO/mpy-cross}
here=$(cd "$(dirname "$0")" && pwd)
corpus=$here/conformance
cc=$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "check: FAIL: $*"; }

# expect NAME TARGET GOLDEN: --check in $tmp must print GOLDEN's report (or nothing, exit 0, when
# GOLDEN is "-") and must write no file.
expect() {
    (cd "$tmp" && "$cc" --target="$2" --check "$1.py" >"$tmp/out" 2>&1; echo "exit $?" >>"$tmp/out")
    if [ "$3" = "-" ]; then
        if [ "$(cat "$tmp/out")" = "exit 0" ]; then ok; else bad "$2 rejects $1.py: $(head -c 300 "$tmp/out")"; fi
    elif cmp -s "$tmp/out" "$3"; then ok
    else bad "$2 $1.py: report differs from ${3#"$corpus"/}"; fi
    [ -e "$tmp/$1.mpy" ] && bad "$2 $1.py: --check wrote $1.mpy"
}

for src in "$corpus"/programs/*.py; do
    name=$(basename "$src" .py)
    cp "$src" "$tmp/$name.py"
    for target in micropython circuitpython circuitpython9; do
        golden=-
        [ -e "$corpus/$target/$name.err" ] && golden=$corpus/$target/$name.err
        expect "$name" $target "$golden"
    done
    rm -f "$tmp/$name.py"
done
for src in "$corpus"/errors/syntax/*.py; do
    name=$(basename "$src" .py)
    cp "$src" "$tmp/$name.py"
    expect "$name" micropython "$corpus/errors/syntax/$name.err"
    expect "$name" circuitpython "$corpus/errors/syntax/$name.cp.err"
    if [ -e "$corpus/errors/syntax/$name.cp9.err" ]; then
        expect "$name" circuitpython9 "$corpus/errors/syntax/$name.cp9.err"
    else
        expect "$name" circuitpython9 -
    fi
    rm -f "$tmp/$name.py"
done
# Several files in one call: each bad one reported, exit 1; all good: exit 0.
cp "$corpus/programs/expr_calls.py" "$corpus/errors/syntax/err_dollar_token.py" "$corpus/programs/stmt_while.py" "$tmp/"
(cd "$tmp" && "$cc" --check expr_calls.py err_dollar_token.py stmt_while.py >"$tmp/out" 2>&1; echo "exit $?" >>"$tmp/out")
if [ "$(tail -n 1 "$tmp/out")" = "exit 1" ] && grep -q 'File "err_dollar_token.py"' "$tmp/out" && [ "$(grep -c Traceback "$tmp/out")" = 1 ]; then ok; else bad "several files: $(cat "$tmp/out")"; fi
(cd "$tmp" && "$cc" --check expr_calls.py stmt_while.py >"$tmp/out" 2>&1; echo "exit $?" >>"$tmp/out")
if [ "$(cat "$tmp/out")" = "exit 0" ]; then ok; else bad "two good files: $(cat "$tmp/out")"; fi
# stdin
if "$cc" --check - <"$corpus/programs/stmt_while.py" >"$tmp/out" 2>&1; then ok; else bad "stdin: $(cat "$tmp/out")"; fi
printf 'x = (1,\n' | "$cc" --target=micropython --check - >"$tmp/out" 2>&1
if grep -q 'File "<stdin>", line 2' "$tmp/out"; then ok; else bad "stdin error: $(cat "$tmp/out")"; fi
# Options of a compile (not --check): -v lists the bytecode; several inputs each get their .mpy;
# -o - writes to stdout; the native-code options give the reference's errors, or ours with -march.
printf 'x = 1\nprint(x)\n' >"$tmp/v.py"
(cd "$tmp" && "$cc" -v v.py >"$tmp/out" 2>&1)
if grep -q 'LOAD_CONST_SMALL_INT *1' "$tmp/out" && [ -s "$tmp/v.mpy" ]; then ok; else bad "-v: $(head -c 300 "$tmp/out")"; fi
cp "$tmp/v.py" "$tmp/w.py"
rm -f "$tmp/v.mpy"
if (cd "$tmp" && "$cc" --target=micropython v.py w.py) && [ -s "$tmp/v.mpy" ] && [ -s "$tmp/w.mpy" ]; then ok; else bad "two inputs"; fi
if (cd "$tmp" && "$cc" --target=micropython -o - v.py | cmp -s - v.mpy); then ok; else bad "-o - differs from the file"; fi
if (cd "$tmp" && "$cc" -o x.mpy v.py w.py 2>/dev/null); then bad "-o with two inputs accepted"; else ok; fi
if [ "$("$cc" -X emit=native "$tmp/v.py" 2>&1)" = "arch not specified" ]; then ok; else bad "emit=native without -march"; fi
printf 'import micropython\n@micropython.native\ndef f():\n    pass\n' >"$tmp/n.py"
if (cd "$tmp" && "$cc" -march=x64 n.py 2>&1 | grep -q 'NotImplementedError: native code is not supported yet'); then ok; else bad "native with -march"; fi
if (cd "$tmp" && "$cc" -march=x64 -X emit=bytecode -s v.py v.py -o v2.mpy && "$cc" -s v.py v.py -o v3.mpy && cmp -s v2.mpy v3.mpy); then ok; else bad "-march with bytecode changes the output"; fi
# Reports as the references give them (expected texts taken from the reference compilers).
# expect_report NAME EXPECTED CMD...: CMD (run in $tmp) prints exactly EXPECTED and exits 1.
expect_report() {
    name=$1 want=$2
    shift 2
    got=$(cd "$tmp" && "$@" 2>&1; echo "exit $?")
    if [ "$got" = "$(printf '%s\nexit 1' "$want")" ]; then ok; else bad "$name: got: $got"; fi
}
printf 'x = 1\ndef f(:\n' >"$tmp/se.py"
expect_report "parse error names the input" "$(printf 'Traceback (most recent call last):\n  File "se.py", line 2\nSyntaxError: invalid syntax')" "$cc" --target=micropython -s a/b/c.py se.py
printf 'def f():\n    pass\nreturn 1\n' >"$tmp/ce.py"
expect_report "compile error names -s" "$(printf 'Traceback (most recent call last):\n  File "a/b/c.py", line 3, in <module>\nSyntaxError: '"'return'"' outside function')" "$cc" --target=micropython -s a/b/c.py ce.py
mkdir -p "$tmp/folder"
expect_report "a folder as input" "OSError: 21" "$cc" folder
expect_report "a missing input" 'OSError: (2, "can'"'"'t open missing.py")' "$cc" missing.py
long=$(printf '%0256d' 0)
expect_report "-s of 256 bytes" "RuntimeError: name too long" "$cc" -s "$long" v.py
printf 'x = 1 << 10000000\n' >"$tmp/huge.py"
expect_report "a constant past the reference heap" "MemoryError: memory allocation failed, allocating 3333347 bytes" "$cc" huge.py
# math.nan is one object: used twice it is one constant (the references dedup by identity)
printf 'import math\nx = math.nan\ny = math.nan\nz = +math.nan\n' >"$tmp/nan.py"
(cd "$tmp" && "$cc" --target=micropython nan.py)
case $("$(dirname "$cc")/mpy-dis" "$tmp/nan.mpy" 2>&1 | grep contents) in
*" 1 constants,"*) ok ;;
*) bad "math.nan twice: $("$(dirname "$cc")/mpy-dis" "$tmp/nan.mpy" 2>&1 | grep contents)" ;;
esac
echo "check: $pass passed, $fail failed"
[ $fail = 0 ]
