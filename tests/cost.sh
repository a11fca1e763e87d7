#!/bin/sh
# cost.sh: tests of mpy-pack cost on the sample libraries of tests/cost/lib.
#   - the estimates against the MicroPython VM (--measure, node and tests/vm/node_modules): both
#     ram_bytes and ram_with_deps_bytes within 5% of the measurement for at least 90% of the
#     measured modules;
#   - --json: one object per module with the keys asked for, sorted by cost, packages by their
#     dotted names;
#   - --html: one well-formed, self-contained page with the charts;
#   - --entry: the import tree of tests/cost/code.py; --heap with a size and a board preset;
#   - a bundle zip made by mpy-pack bundle from some of the samples, costed like the folder;
#   - savings (-O3, -X no-source-lines, flattened, frozen) worked out; help; bad input.
# usage: tests/cost.sh PATH/TO/mpy-pack [--no-measure]
#   --no-measure skips the VM (for the sanitizer build, where it adds nothing but time).
set -u
pack=${1:?usage: tests/cost.sh PATH/TO/mpy-pack [--no-measure]}
measure=1
[ "${2:-}" = "--no-measure" ] && measure=0
here=$(cd "$(dirname "$0")" && pwd)
pack=$(cd "$(dirname "$pack")" && pwd)/$(basename "$pack")
lib=$here/cost/lib
check=$here/cost/check.mjs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "cost: FAIL $*"; }
run() { # run NAME COMMAND...: passes when the command succeeds; its output is in $tmp/out
    name=$1
    shift
    if "$@" >"$tmp/out" 2>"$tmp/err"; then ok; else bad "$name (status $?)"; sed -n '1,20p' "$tmp/err" "$tmp/out"; fi
}
has() { # has NAME TEXT FILE: the file contains the text
    if grep -F -q -- "$2" "$3"; then ok; else bad "$1: no '$2' in the output"; sed -n '1,20p' "$3"; fi
}

# ---- the built-in stand-ins are those of tools/mpy-pack/stubs ----
root=$(cd "$here/.." && pwd)
if command -v node >/dev/null 2>&1; then
    if node "$root/tools/mpy-pack/stubs/embed.mjs" | cmp -s - "$root/tools/mpy-pack/cost_stubs.c"; then ok; else
        bad "tools/mpy-pack/cost_stubs.c is not generated from tools/mpy-pack/stubs (node tools/mpy-pack/stubs/embed.mjs)"
    fi
fi

# ---- help and bad input ----
run "help" "$pack" cost --help
has "help" "usage: mpy-pack cost" "$tmp/out"
if "$pack" cost "$tmp/nothing-here" >"$tmp/out" 2>&1; then bad "a missing path is not an error"; else ok; fi
printf 'def broken(:\n    pass\n' >"$tmp/broken.py"
if "$pack" cost "$tmp/broken.py" >"$tmp/out" 2>&1; then bad "a syntax error is not an error"; else ok; fi
has "syntax error named" "broken.py:1" "$tmp/out"

# ---- the estimates against the VM ----
if [ "$measure" = 1 ]; then
    if command -v node >/dev/null 2>&1 && [ -d "$here/vm/node_modules" ]; then
        run "measure" "$pack" cost --measure --json --no-savings --vm "$here/vm" "$lib"
        cp "$tmp/out" "$tmp/measured.json"
        if node "$check" accuracy "$tmp/measured.json" 0.9; then ok; else bad "accuracy against the VM"; fi
        run "measure table" "$pack" cost --measure --no-savings --vm "$here/vm" "$lib/sample_ticks.py" "$lib/sample_debouncer.py"
        has "measure table" "measured in the MicroPython VM" "$tmp/out"
    else
        bad "no node or tests/vm/node_modules (make deps): the estimates were not checked against the VM"
    fi
fi

# ---- JSON ----
run "json" "$pack" cost --json "$lib"
cp "$tmp/out" "$tmp/report.json"
if node "$check" shape "$tmp/report.json" sample_display_text sample_display_text.label sample_led_animation.animation.comet \
    adafruit_bus_device sample_ticks; then ok; else bad "JSON shape"; fi
run "json micropython" "$pack" cost --json --target=micropython --no-savings "$lib/sample_numbers.py"
has "json micropython" '"target": "micropython"' "$tmp/out"

# ---- the table, savings, flags ----
run "table" "$pack" cost "$lib"
cp "$tmp/out" "$tmp/table.txt"
has "table header" "RAM own" "$tmp/table.txt"
has "savings" "sample_display_text: " "$tmp/table.txt"
has "savings flattened" "flattened: " "$tmp/table.txt"
has "savings -O3" "-O3: " "$tmp/table.txt"
has "savings frozen" "frozen: " "$tmp/table.txt"
has "flags" "sample_boardinfo: <module>" "$tmp/table.txt"
has "loaded by its package" "its package's __init__ imports it" "$tmp/table.txt"
# the columns line up: every module row has its RAM figure ending in the same column
awk '/^[a-z_.]+ +[0-9,-]+ +[0-9,-]+ +[0-9,]+[* ]/ {
        match($0, /^[^ ]+ +[^ ]+ +[^ ]+ +[0-9,]+/); c = RLENGTH
        if (col && c != col) bad = 1
        col = c
    } END { exit bad }' "$tmp/table.txt" && ok || bad "table columns are not aligned"

# ---- --entry and --heap ----
run "entry" "$pack" cost --no-savings --entry "$here/cost/code.py" --heap 4096 "$lib"
has "entry" "import tree of" "$tmp/out"
has "entry modules" "sample_led_animation.animation.comet" "$tmp/out"
has "heap too small" "does not fit" "$tmp/out"
run "heap preset" "$pack" cost --no-savings --entry "$here/cost/code.py" --heap rp2040 "$lib"
has "heap preset" "fits" "$tmp/out"
has "heap preset source" "RP2040 datasheet" "$tmp/out"

# ---- HTML ----
run "html" "$pack" cost --no-savings --html "$tmp/cost.html" --entry "$here/cost/code.py" "$lib"
if node "$check" html "$tmp/cost.html"; then ok; else bad "HTML page"; fi

# ---- a bundle zip made by mpy-pack bundle ----
if command -v git >/dev/null 2>&1; then
    (
        export HOME="$tmp/home" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=mpyc GIT_AUTHOR_EMAIL=mpyc@example.com \
            GIT_COMMITTER_NAME=mpyc GIT_COMMITTER_EMAIL=mpyc@example.com GIT_AUTHOR_DATE="2024-01-01T12:00:00Z" \
            GIT_COMMITTER_DATE="2024-01-01T12:00:00Z" TZ=UTC LC_ALL=C
        unset GIT_DIR GIT_WORK_TREE 2>/dev/null || true
        mkdir -p "$HOME" && git config --global init.defaultBranch main
        b=$tmp/bundle
        mkdir -p "$b/libraries" && cd "$b" && git init -q . && git commit -q --allow-empty -m Bundle && git tag 20240101 || exit 1
        for spec in Sample_Ticks:sample_ticks.py Sample_Debouncer:sample_debouncer.py Sample_HID:sample_hid \
            Sample_Register:adafruit_register; do
            name=${spec%%:*}
            what=${spec#*:}
            d=$b/libraries/$name
            mkdir -p "$d" && cp -R "$lib/$what" "$d/" || exit 1
            case $what in
            *.py) printf '[project]\nname = "%s"\ndescription = "sample"\n\n[tool.setuptools]\npy-modules = ["%s"]\n' "$name" "${what%.py}" ;;
            *) printf '[project]\nname = "%s"\ndescription = "sample"\n\n[tool.setuptools]\npackages = ["%s"]\n' "$name" "$what" ;;
            esac >"$d/pyproject.toml"
            (cd "$d" && git init -q . && git add -A && git commit -q -m "Initial commit" &&
                git remote add origin "https://github.com/example/$name.git" && git tag 1.0.0) || exit 1
        done
        "$pack" bundle -q --filename_prefix cost-sample --library_location libraries --library_depth 1 \
            --package_folder_prefix "sample_, adafruit_" --output_directory out
    ) >"$tmp/bundle.log" 2>&1 && ok || { bad "mpy-pack bundle of the samples"; sed -n '1,20p' "$tmp/bundle.log"; }
    zip=$(ls "$tmp"/bundle/out/cost-sample-10.x-mpy-*.zip 2>/dev/null | head -n 1)
    if [ -n "$zip" ]; then
        run "bundle zip" "$pack" cost --json --no-savings "$zip"
        if node "$check" shape "$tmp/out" sample_ticks sample_debouncer sample_hid sample_hid.keyboard \
            adafruit_register.i2c_bit; then ok; else bad "costing the bundle zip"; fi
        run "bundle zip table" "$pack" cost --no-savings "$zip"
        has "bundle zip table" "sample_hid.keycode" "$tmp/out"
    else
        bad "no bundle zip was made"
    fi
fi

echo "cost: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
