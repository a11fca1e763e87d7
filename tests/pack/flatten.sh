#!/bin/sh
# flatten.sh: the mpy-pack flatten tests (run by tests/pack.sh). Prints "ok NAME" for each check
# that passes and "FAIL NAME" with details for each that does not; exit status 1 on a failure.
# usage: flatten.sh MPY_PACK MPY_CROSS SAMPLES_DIR WORK_DIR VM_DIR
set -u
pack=$1
cross=$2
samples=$3
work=$4
vm=$5
status=0
ok() { echo "ok $1"; }
bad() { echo "FAIL $1"; status=1; }
check() {
    name=$1
    shift
    if "$@" >"$work/check.out" 2>&1; then ok "$name"; else bad "$name"; sed -n '1,10p' "$work/check.out"; fi
}
same() {
    if cmp -s "$2" "$3"; then ok "$1"; else bad "$1"; diff "$2" "$3" | sed -n '1,20p'; fi
}
runvm() { # runvm LIB CODE OUT: what code.py prints with LIB as lib
    node "$samples/flatten_vm.mjs" "$vm" "$1" "$2" >"$3" 2>&1
}

mkdir -p "$work"
S=$samples/libraries
F=$samples/flatten
# the library folder: a package (without its font, see below), single modules, another library's module
lib=$work/lib
mkdir -p "$lib"
cp -R "$S/drivers/Adafruit_CircuitPython_PixelRing/adafruit_pixel_ring" "$lib/"
rm -r "$lib/adafruit_pixel_ring/fonts"
cp "$S/drivers/Adafruit_CircuitPython_Thermo/adafruit_thermo.py" "$F/lib/adafruit_ring_clock.py" "$lib/"

# the original layout, compiled in place by mpy-cross, and as sources
orig=$work/orig
mkdir -p "$orig"
(cd "$lib" && find . -name '*.py' | while read -r py; do
    mkdir -p "$orig/$(dirname "$py")"
    "$cross" --target=micropython -s "${py#./}" -o "$orig/${py%.py}.mpy" "$py" || exit 1
done) || bad "flatten: mpy-cross compiles the original layout"
runvm "$orig" "$F/code.py" "$work/orig.txt"
runvm "$lib" "$F/code.py" "$work/orig-src.txt"
same "flatten: the original layout, compiled and as source, prints the same" "$work/orig-src.txt" "$work/orig.txt"
check "flatten: the original prints what code.py prints at the end" grep -q '^error: not a palette color$' "$work/orig.txt"

# flattened, prefix names
out=$work/out
"$pack" flatten "$lib" "$out" --target=micropython --user "$F/code.py" >"$work/flat.log" 2>&1
check "flatten: the command succeeds" test $? = 0
check "flatten: the summary names the package" grep -q '^adafruit_pixel_ring  *6  *6  *[0-9][0-9]*  *[0-9][0-9]*  *[0-9]' "$work/flat.log"
check "flatten: P/__init__.py is P.mpy, P/x.py P_x.mpy, P/sub/y.py P_sub_y.mpy" test -f "$out/adafruit_pixel_ring.mpy" -a \
    -f "$out/adafruit_pixel_ring_colors.mpy" -a -f "$out/adafruit_pixel_ring_effects_rainbow.mpy" -a \
    -f "$out/adafruit_pixel_ring_effects.mpy" -a ! -e "$out/adafruit_pixel_ring"
check "flatten: other modules compiled in place" test -f "$out/adafruit_thermo.mpy" -a -f "$out/adafruit_ring_clock.mpy"
same "flatten: code.py has only its imports rewritten" "$samples/expected/code.flat.py" "$out/code.py"
runvm "$out" "$out/code.py" "$work/flat.txt"
same "flatten: the flattened layout prints what the original prints (MicroPython VM)" "$work/orig.txt" "$work/flat.txt"
check "flatten: the flattened modules are MicroPython .mpy" sh -c "head -c 1 '$out/adafruit_pixel_ring_colors.mpy' | grep -q M"

# flattened, leaf names
leaf=$work/leaf
"$pack" flatten "$lib" "$leaf" --target=micropython --naming=leaf --user "$F/code.py" -q >"$work/leaf.log" 2>&1
check "flatten --naming=leaf: succeeds" test $? = 0
check "flatten --naming=leaf: leaves where free" test -f "$leaf/colors.mpy" -a -f "$leaf/sparkle.mpy" -a -f "$leaf/adafruit_pixel_ring.mpy"
runvm "$leaf" "$leaf/code.py" "$work/leaf.txt"
same "flatten --naming=leaf: prints what the original prints" "$work/orig.txt" "$work/leaf.txt"

# one package of two, and a dry run
"$pack" flatten "$lib" "$work/dry" --package adafruit_pixel_ring --dry-run --target=micropython >"$work/dry.log" 2>&1
check "flatten --dry-run: succeeds and writes nothing" sh -c "test $? = 0 && test ! -e '$work/dry'"

# forms that cannot be rewritten: file, line and reason; nothing written
expect_error() { # expect_error NAME PATTERN LIB [ARGS...]
    name=$1
    pattern=$2
    l=$3
    shift 3
    rm -rf "$work/none"
    "$pack" flatten "$l" "$work/none" --target=micropython "$@" >/dev/null 2>"$work/err"
    rc=$?
    if [ $rc = 1 ] && grep -q -e "$pattern" "$work/err" && [ ! -e "$work/none" ]; then ok "$name"; else
        bad "$name (exit $rc)"
        sed -n '1,5p' "$work/err"
    fi
}
expect_error "flatten: plain 'import P.x' is an error with file and line" \
    "bad/plain_import.py:4: ImportError: cannot flatten: 'import adafruit_pixel_ring.colors' binds adafruit_pixel_ring" \
    "$lib" --user "$F/bad/plain_import.py"
expect_error "flatten: a dynamic __import__ is an error" \
    "bad/dynamic.py:2: ImportError: cannot flatten: a dynamic __import__ cannot be rewritten" "$lib" --user "$F/bad/dynamic.py"
expect_error "flatten: __import__ of a moved module is an error" \
    "bad/const_import.py:3: ImportError: cannot flatten: __import__(\"adafruit_pixel_ring.colors\") names a flattened module" \
    "$lib" --user "$F/bad/const_import.py"
expect_error "flatten: __init__ binding a module's name is a collision" \
    "collide/code.py:2: ImportError: cannot flatten: name collision: mypkg/__init__.py binds util" \
    "$F/collide" --package mypkg --user "$F/collide/code.py"
expect_error "flatten: a relative import beyond the top package" \
    "collide/deep/inner/__init__.py:1: ImportError: cannot flatten: a relative import goes beyond the top-level package" \
    "$F/collide" --package deep
cp -R "$lib" "$work/lib2"
printf 'X = 1\n' >"$work/lib2/adafruit_pixel_ring_colors.py"
expect_error "flatten: a new name that a module has already" \
    "adafruit_pixel_ring/colors.py: name collision: it would become adafruit_pixel_ring_colors.mpy" "$work/lib2"
mkdir -p "$work/lib3"
cp -R "$S/drivers/Adafruit_CircuitPython_PixelRing/adafruit_pixel_ring" "$work/lib3/"
expect_error "flatten: a data file in a package asked for" \
    "adafruit_pixel_ring/fonts/font5x8.bin: not Python" "$work/lib3" --package adafruit_pixel_ring
"$pack" flatten "$work/lib3" "$work/out3" -q >/dev/null 2>"$work/err3"
check "flatten: by default a package with data files is left as it is" sh -c \
    "grep -q 'adafruit_pixel_ring: left as it is' '$work/err3' && test -f '$work/out3/adafruit_pixel_ring/colors.mpy'"
"$pack" flatten --help >/dev/null
check "flatten: --help" test $? = 0
"$pack" flatten "$lib" 2>/dev/null
check "flatten: one folder only is a usage error" test $? = 2
exit $status
