#!/bin/sh
# pack.sh: tests of mpy-pack bundle and mpy-pack flatten on the sample libraries of tests/pack.
#   Each sample library becomes a git repository of its own in a temporary folder (fixed author
#   and dates, so tags and hashes are known), inside a bundle repository tagged 20240101. Then:
#   - the zips' file lists against tests/pack/expected/*.list, the JSON against expected/bundle.json
#     (hashes filled in), the zip comment and the .ignore file;
#   - version substitution, .mpy files equal to mpy-cross's for the munged sources, .bin files
#     and examples copied as they are, CRLF sources munged like the reference does;
#   - two builds with SOURCE_DATE_EPOCH and two with --reproducible are byte-identical;
#   - a library with a syntax error and one with two modules: both named (file and line), the
#     others bundled, exit status 1, no temporary or half-written zip left;
#   - flatten: the original and the flattened layout imported in the MicroPython VM print the same;
#     the rewritten code.py; forms that cannot be rewritten fail with file, line and reason, and
#     nothing is written.
# usage: tests/pack.sh PATH/TO/mpy-pack PATH/TO/mpy-cross
set -u
pack=${1:?usage: tests/pack.sh PATH/TO/mpy-pack PATH/TO/mpy-cross}
cross=${2:?usage: tests/pack.sh PATH/TO/mpy-pack PATH/TO/mpy-cross}
here=$(cd "$(dirname "$0")" && pwd)
pack=$(cd "$(dirname "$pack")" && pwd)/$(basename "$pack")
cross=$(cd "$(dirname "$cross")" && pwd)/$(basename "$cross")
samples=$here/pack
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "pack: FAIL $*"; }
check() { # check NAME COMMAND...: passes when the command succeeds
    name=$1
    shift
    if "$@" >"$tmp/check.out" 2>&1; then ok; else bad "$name"; sed -n '1,15p' "$tmp/check.out"; fi
}
same() { # same NAME EXPECTED_FILE ACTUAL_FILE
    if cmp -s "$2" "$3"; then ok; else bad "$1"; diff "$2" "$3" | sed -n '1,20p'; fi
}

# Git with a fixed identity and clock, and no configuration of the user's.
export HOME="$tmp/home" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=mpyc GIT_AUTHOR_EMAIL=mpyc@example.com \
    GIT_COMMITTER_NAME=mpyc GIT_COMMITTER_EMAIL=mpyc@example.com GIT_AUTHOR_DATE="2024-01-01T12:00:00Z" \
    GIT_COMMITTER_DATE="2024-01-01T12:00:00Z" TZ=UTC LC_ALL=C
unset SOURCE_DATE_EPOCH GIT_DIR GIT_WORK_TREE 2>/dev/null || true
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global core.autocrlf false
git config --global advice.detachedHead false

# make_repo SRC DEST URL [TAG [COMMITS_AFTER]]: a repository of SRC's files at DEST.
make_repo() {
    mkdir -p "$2"
    cp -R "$1/." "$2/"
    (
        cd "$2" || exit 1
        git init -q . && git add -A && git commit -q -m "Initial commit" || exit 1
        git remote add origin "$3"
        if [ -n "${4:-}" ]; then git tag "$4"; fi
        n=${5:-0}
        while [ "$n" -gt 0 ]; do
            git commit -q --allow-empty -m "Change $n" || exit 1
            n=$((n - 1))
        done
    ) || { echo "pack: cannot make the repository $2"; exit 2; }
}
short() { git -C "$1" rev-parse --short HEAD; }

# add_lib SRC PATH URL [TAG [COMMITS_AFTER]]: a library repository, added to the bundle as the
# submodule PATH (the reference's VERSIONS.txt lists the bundle's submodules)
add_lib() {
    make_repo "$1" "$tmp/src/$2" "$3" "${4:-}" "${5:-0}"
    (cd "$bundle" && git -c protocol.file.allow=always submodule add -q "$tmp/src/$2" "$2" &&
        git -C "$2" remote set-url origin "$3") || { echo "pack: cannot add the submodule $2"; exit 2; }
}

# ---- the bundle repository with its libraries ----
bundle=$tmp/bundle
mkdir -p "$bundle"
cp "$samples/bundle/README.txt" "$bundle/"
(cd "$bundle" && git init -q . && git add README.txt && git commit -q -m "Bundle")
L=$bundle/libraries
S=$samples/libraries
add_lib "$S/drivers/Adafruit_CircuitPython_Thermo" libraries/drivers/Adafruit_CircuitPython_Thermo \
    https://github.com/adafruit/Adafruit_CircuitPython_Thermo.git 1.2.3
add_lib "$S/drivers/Adafruit_CircuitPython_PixelRing" libraries/drivers/Adafruit_CircuitPython_PixelRing \
    ssh://git@github.com/adafruit/Adafruit_CircuitPython_PixelRing.git 2.0.0 2
add_lib "$S/helpers/Adafruit_CircuitPython_Legacy_Helper" libraries/helpers/Adafruit_CircuitPython_Legacy_Helper \
    git@github.com:adafruit/Adafruit_CircuitPython_Legacy_Helper.git v1.0.0 1
add_lib "$S/helpers/Adafruit_CircuitPython_Legacy_Pkg" libraries/helpers/Adafruit_CircuitPython_Legacy_Pkg \
    https://github.com/circuitpython/CircuitPython_Org_Legacy_Pkg.git 3.0.0-rc.1 1
(cd "$bundle" && git commit -q -m "Libraries" && git tag 20240101) || exit 2
# a library with no release yet, and not a submodule (so not in VERSIONS.txt)
make_repo "$S/helpers/CircuitPython_Tiny" "$L/helpers/CircuitPython_Tiny" https://github.com/adafruit/CircuitPython_Tiny.git
if [ -n "${PACK_SETUP_ONLY:-}" ]; then # for debugging: leave the repositories and stop
    trap - EXIT
    echo "$tmp"
    exit 0
fi
H_RING=$(short "$L/drivers/Adafruit_CircuitPython_PixelRing")
H_HELPER=$(short "$L/helpers/Adafruit_CircuitPython_Legacy_Helper")
H_PKG=$(short "$L/helpers/Adafruit_CircuitPython_Legacy_Pkg")
H_TINY=$(short "$L/helpers/CircuitPython_Tiny")
V_RING="2.0.1-alpha.0.plus.2+$H_RING"
V_PKG="3.0.0-rc.1.plus.1+$H_PKG"
V_TINY="0.0.1-alpha.0.plus.1+$H_TINY"

# fill_in FILE: the expected file with the versions of this run
fill_in() {
    sed -e "s/@H_RING@/$H_RING/g" -e "s/@H_HELPER@/$H_HELPER/g" -e "s/@H_PKG@/$H_PKG/g" -e "s/@H_TINY@/$H_TINY/g" "$1"
}

# zip_list ZIP: the names in a zip, one a line, sorted
zip_list() { unzip -Z1 "$1" | LC_ALL=C sort; }

# ---- bundle: a full build ----
out=$tmp/out1
if (cd "$bundle" && "$pack" bundle --filename_prefix sample-bundle --library_location libraries \
    --library_depth 2 --output_directory "$out") >"$tmp/bundle.log" 2>&1; then ok; else
    bad "bundle: the build failed"
    cat "$tmp/bundle.log"
fi
for part in py 9.x-mpy 10.x-mpy examples; do
    z=$out/sample-bundle-$part-20240101.zip
    if [ -f "$z" ]; then
        zip_list "$z" >"$tmp/$part.list"
        same "bundle: files of the $part zip" "$samples/expected/$part.list" "$tmp/$part.list"
        check "bundle: $part zip is sound" unzip -tq "$z"
        # the comment ends the file, its length in the two bytes before it
        printf '{"build-tools-version": "%s"}' "$("$pack" --version | sed 's/.* //')" >"$tmp/comment.want"
        n=$(wc -c <"$tmp/comment.want")
        tail -c "$n" "$z" >"$tmp/comment.got"
        same "bundle: the comment of the $part zip" "$tmp/comment.want" "$tmp/comment.got"
        check "bundle: unzip reads the comment of the $part zip" sh -c "unzip -zq '$z' | grep -q build-tools-version"
    else
        bad "bundle: no $part zip"
    fi
done
fill_in "$samples/expected/bundle.json" >"$tmp/json.want"
same "bundle: the JSON" "$tmp/json.want" "$out/sample-bundle-20240101.json"
tool_version=$("$pack" --version | sed 's/.* //')
check "bundle: the tool version file" test "$(cat "$out/z-build_tools_version-$tool_version.ignore")" = "$tool_version"

# version substitution and munging, in the py zip
x=$tmp/x
mkdir -p "$x"
(cd "$x" && unzip -q "$out/sample-bundle-py-20240101.zip" && unzip -q "$out/sample-bundle-9.x-mpy-20240101.zip" &&
    unzip -q "$out/sample-bundle-10.x-mpy-20240101.zip" && unzip -q "$out/sample-bundle-examples-20240101.zip")
pyl=$x/sample-bundle-py-20240101/lib
check "bundle: exact tag substituted" grep -q '^__version__ = "1.2.3"$' "$pyl/adafruit_thermo.py"
check "bundle: commits after a tag" grep -q "^__version__ = \"$V_RING\"\$" "$pyl/adafruit_pixel_ring/__init__.py"
check "bundle: a tag that is not semver gives the hash" grep -q "^__version__ = \"$H_HELPER\"\$" "$pyl/adafruit_legacy_helper.py"
check "bundle: only __version__ lines change" grep -q '^_NOT_A_VERSION = "0.0.0-auto.0"$' "$pyl/adafruit_legacy_helper.py"
check "bundle: a prerelease tag" grep -q "^__version__ = \"$V_PKG\"\$" "$pyl/adafruit_legacy_pkg/__init__.py"
check "bundle: no tag at all" grep -q "^__version__ = \"$V_TINY\"\$" "$pyl/tiny_helper.py"
printf '# SPDX-FileCopyrightText: 2024 mpyc contributors\n# SPDX-License-Identifier: MIT\n"""A tiny module with CRLF line endings and no release tag yet."""\n\n__version__ = "%s"\n\n\ndef tiny():\n    return __version__\n' "$V_TINY" >"$tmp/tiny.want"
same "bundle: CRLF source munged to LF lines, last line ended" "$tmp/tiny.want" "$pyl/tiny_helper.py"
same "bundle: .bin copied as it is" "$S/drivers/Adafruit_CircuitPython_PixelRing/adafruit_pixel_ring/fonts/font5x8.bin" \
    "$x/sample-bundle-9.x-mpy-20240101/lib/adafruit_pixel_ring/fonts/font5x8.bin"
check "bundle: an empty .py is copied, not compiled" test -f "$x/sample-bundle-10.x-mpy-20240101/lib/adafruit_pixel_ring/effects/__init__.py" -a ! -s "$x/sample-bundle-10.x-mpy-20240101/lib/adafruit_pixel_ring/effects/__init__.py"
same "bundle: examples in the mpy zip, '-' made '_'" "$S/drivers/Adafruit_CircuitPython_Thermo/examples/thermo-plotter.py" \
    "$x/sample-bundle-10.x-mpy-20240101/examples/Adafruit_CircuitPython_Thermo/thermo_plotter.py"
same "bundle: a binary example" "$S/drivers/Adafruit_CircuitPython_PixelRing/examples/images/ring.bmp" \
    "$x/sample-bundle-examples-20240101/examples/Adafruit_CircuitPython_PixelRing/images/ring.bmp"
same "bundle: requirements/<module>/pyproject.toml" "$S/drivers/Adafruit_CircuitPython_PixelRing/pyproject.toml" \
    "$x/sample-bundle-py-20240101/requirements/adafruit_pixel_ring/pyproject.toml"
fill_in "$samples/expected/VERSIONS.txt" | sed 's/$/\r/' >"$tmp/versions.want"
same "bundle: VERSIONS.txt" "$tmp/versions.want" "$x/sample-bundle-py-20240101/VERSIONS.txt"
same "bundle: README.txt" "$samples/bundle/README.txt" "$x/sample-bundle-examples-20240101/README.txt"

# every .mpy is what mpy-cross makes of the munged source, named by its path in the library
mpy_bad=0
mpy_count=0
for py in $(cd "$pyl" && find . -name '*.py' -size +0 | sed 's|^\./||'); do
    for t in 9 10; do
        if [ $t = 9 ]; then target=circuitpython9; else target=circuitpython; fi
        got=$x/sample-bundle-$t.x-mpy-20240101/lib/${py%.py}.mpy
        mkdir -p "$tmp/m"
        cp "$pyl/$py" "$tmp/m/src.py"
        (cd "$tmp/m" && "$cross" --target=$target -s "$py" -o want.mpy src.py) || mpy_bad=$((mpy_bad + 1))
        cmp -s "$tmp/m/want.mpy" "$got" || { mpy_bad=$((mpy_bad + 1)); echo "pack: $t.x $py differs from mpy-cross"; }
        mpy_count=$((mpy_count + 1))
    done
done
if [ $mpy_bad = 0 ] && [ $mpy_count -ge 20 ]; then ok; else bad "bundle: .mpy files equal to mpy-cross's ($mpy_bad bad of $mpy_count)"; fi

# ---- reproducibility ----
for how in sde flag; do
    for n in a b; do
        if [ $how = sde ]; then
            (cd "$bundle" && SOURCE_DATE_EPOCH=1700000000 "$pack" bundle -q --filename-prefix r --library-location libraries \
                --library-depth 2 --output-directory "$tmp/rep-$how-$n") || bad "bundle: reproducible build $how $n"
        else
            (cd "$bundle" && "$pack" bundle --quiet --reproducible --filename_prefix r --library_location libraries \
                --library_depth=2 --output_directory="$tmp/rep-$how-$n" -j 1) || bad "bundle: reproducible build $how $n"
        fi
        sleep 1
    done
    for f in "$tmp/rep-$how-a"/*; do
        same "bundle: $how build twice, $(basename "$f")" "$f" "$tmp/rep-$how-b/$(basename "$f")"
    done
done
check "bundle: SOURCE_DATE_EPOCH dates the entries" sh -c "unzip -Zl '$tmp/rep-sde-a/r-py-20240101.zip' | grep -q '23-Nov-14 22:13'"

# ---- --only / --ignore ----
(cd "$bundle" && "$pack" bundle -q --filename_prefix o --library_location libraries --library_depth 2 \
    --output_directory "$tmp/only" --only json -o example) || bad "bundle: --only"
check "bundle: --only json -o example" test "$(ls "$tmp/only" | tr '\n' ' ')" = "o-20240101.json o-examples-20240101.zip z-build_tools_version-$tool_version.ignore "
(cd "$bundle" && "$pack" bundle -q --filename_prefix o --library_location libraries --library_depth 2 \
    --output_directory "$tmp/ign" -i mpy --ignore=py) || bad "bundle: --ignore"
check "bundle: --ignore mpy --ignore py" test "$(ls "$tmp/ign" | tr '\n' ' ')" = "o-20240101.json o-examples-20240101.zip z-build_tools_version-$tool_version.ignore "
(cd "$bundle" && "$pack" bundle -q --filename_prefix o --library_location libraries --only py --ignore json) 2>"$tmp/err"
check "bundle: --only with --ignore is refused" test $? = 2
check "bundle: --help" "$pack" bundle --help

# ---- one library alone (depth 0): no VERSIONS.txt, no README.txt ----
(cd "$bundle" && "$pack" bundle -q --filename_prefix one --library_location libraries/drivers/Adafruit_CircuitPython_Thermo \
    --output_directory "$tmp/one") || bad "bundle: a single library"
check "bundle: a single library's py zip" test "$(zip_list "$tmp/one/one-py-20240101.zip" | tr '\n' ' ')" = "one-py-20240101/examples/Adafruit_CircuitPython_Thermo/thermo_plotter.py one-py-20240101/examples/Adafruit_CircuitPython_Thermo/thermo_simpletest.py one-py-20240101/lib/adafruit_thermo.py one-py-20240101/requirements/adafruit_thermo/pyproject.toml one-py-20240101/requirements/adafruit_thermo/requirements.txt "

# ---- errors: the other libraries are bundled, the failures named ----
broken=$tmp/broken
mkdir -p "$broken/libs"
cp "$samples/bundle/README.txt" "$broken/"
(cd "$broken" && git init -q . && git add README.txt && git commit -q -m "Bundle" && git tag 7.0.0)
make_repo "$S/drivers/Adafruit_CircuitPython_Thermo" "$broken/libs/Adafruit_CircuitPython_Thermo" \
    https://github.com/adafruit/Adafruit_CircuitPython_Thermo.git 1.2.3
make_repo "$samples/broken/Adafruit_CircuitPython_Broken" "$broken/libs/Adafruit_CircuitPython_Broken" \
    https://github.com/adafruit/Adafruit_CircuitPython_Broken.git 0.1.0
make_repo "$samples/broken/Adafruit_CircuitPython_TwoModules" "$broken/libs/Adafruit_CircuitPython_TwoModules" \
    https://github.com/adafruit/Adafruit_CircuitPython_TwoModules.git 0.1.0
(cd "$broken" && "$pack" bundle --filename_prefix b --library_location libs --library_depth 1 \
    --output_directory "$tmp/bout") >"$tmp/broken.out" 2>"$tmp/broken.err"
check "bundle: a failed library makes the exit status 1" test $? = 1
check "bundle: the compile error names file and line" grep -q 'libs/Adafruit_CircuitPython_Broken/adafruit_broken/bad.py:9: SyntaxError: invalid syntax' "$tmp/broken.err"
check "bundle: two top-level modules named" grep -q 'libs/Adafruit_CircuitPython_TwoModules: multiple top level py files not allowed (adafruit_one.py, adafruit_two.py)' "$tmp/broken.err"
for part in py 9.x-mpy 10.x-mpy examples; do
    check "bundle: the $part zip still has the good library" sh -c "unzip -Z1 '$tmp/bout/b-$part-7.0.0.zip' | grep -q Thermo"
    check "bundle: the $part zip has nothing of the failed ones" sh -c "! unzip -Z1 '$tmp/bout/b-$part-7.0.0.zip' | grep -q -e roken -e adafruit_one -e TwoModules"
done
check "bundle: the JSON leaves the failed libraries out" test "$(node -e 'console.log(Object.keys(JSON.parse(require("fs").readFileSync(process.argv[1]))).join(","))' "$tmp/bout/b-7.0.0.json")" = adafruit_thermo
check "bundle: no temporary files left" test -z "$(ls "$tmp/bout" | grep tmp)"
(cd "$broken" && "$pack" bundle -q --filename_prefix b --library_location nowhere) 2>/dev/null
check "bundle: a missing library folder is a usage error" test $? = 2
(cd "$tmp" && "$pack" bundle -q --filename_prefix b --library_location "$broken/libs" --library_depth 1 --output_directory "$tmp/nogit") 2>"$tmp/nogit.err"
check "bundle: outside a git checkout the bundle has no version" sh -c "grep -q 'bundle version comes from git' '$tmp/nogit.err' && test ! -e '$tmp/nogit/b-py-.zip'"

# ---- flatten ----
sh "$here/pack/flatten.sh" "$pack" "$cross" "$samples" "$tmp/flatten" "$here/vm" >"$tmp/flatten.log" 2>&1
fl=$?
grep -v '^ok ' "$tmp/flatten.log" | sed 's/^/  /'
n_ok=$(grep -c '^ok ' "$tmp/flatten.log")
passed=$((passed + n_ok))
[ $fl = 0 ] || failed=$((failed + 1))

echo "pack: $passed passed, $failed failed"
[ $failed = 0 ]
