#!/bin/sh
# bench-bundle.sh: times `mpy-pack bundle` on many generated libraries and prints files per second
# and where the time goes (read, git, compile, deflate, write).
#   The libraries are made in a temporary folder from the sample libraries of tests/pack: half
#   single modules, half packages of four modules, each with examples, requirements.txt and
#   pyproject.toml, each a git repository added to a bundle repository as a submodule, most at a
#   release tag and every fourth a commit past it (as in the real bundle, where git has to count).
#   The reference bundle builder takes about 4.2 s for 48 libraries on a 2-core machine; the goal
#   is at least 8 times faster, so under 0.53 s.
# usage: tests/bench-bundle.sh PATH/TO/mpy-pack [LIBRARIES (default 48)] [RUNS (default 5)]
set -u
pack=${1:?usage: tests/bench-bundle.sh PATH/TO/mpy-pack [LIBRARIES] [RUNS]}
n_libs=${2:-48}
runs=${3:-5}
here=$(cd "$(dirname "$0")" && pwd)
pack=$(cd "$(dirname "$pack")" && pwd)/$(basename "$pack")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp/home" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com \
    GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com GIT_AUTHOR_DATE="2024-01-01T12:00:00Z" \
    GIT_COMMITTER_DATE="2024-01-01T12:00:00Z" LC_ALL=C
unset SOURCE_DATE_EPOCH 2>/dev/null || true
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global advice.detachedHead false

S=$here/pack/libraries
ring=$S/drivers/Adafruit_CircuitPython_PixelRing/adafruit_pixel_ring
thermo=$S/drivers/Adafruit_CircuitPython_Thermo/adafruit_thermo.py

# gen_module SRC DEST K: SRC with K more functions and a class, so modules have a real size
gen_module() {
    cat "$1" >"$2"
    k=0
    while [ $k -lt "$3" ]; do
        cat >>"$2" <<EOF


def helper_$k(values, scale=$k, offset=0.5):
    """Helper $k: a checksum and a scaled copy of values."""
    total = 0
    out = []
    for i, v in enumerate(values):
        total = (total * 31 + int(v) + i) & 0xFFFF
        out.append(v * scale + offset if i % 2 else -v)
    if total > 0x7FFF:
        raise ValueError("helper $k: checksum %d too large" % total)
    return total, out


class Register$k:
    """A register at address 0x$k$k with bit fields."""

    def __init__(self, address=0x10 + $k, width=8):
        self.address = address
        self.width = width
        self._cache = {}

    def __get__(self, obj, objtype=None):
        return self._cache.get(id(obj), 0) & ((1 << self.width) - 1)

    def __set__(self, obj, value):
        if not 0 <= value < (1 << self.width):
            raise ValueError("register $k out of range")
        self._cache[id(obj)] = value
EOF
        k=$((k + 1))
    done
}

echo "bench-bundle: making $n_libs libraries"
bundle=$tmp/bundle
mkdir -p "$bundle"
printf 'Benchmark bundle.\n' >"$bundle/README.txt"
(cd "$bundle" && git init -q . && git add README.txt && git commit -q -m Bundle)
i=0
while [ $i -lt "$n_libs" ]; do
    name=Adafruit_CircuitPython_Bench$i
    src=$tmp/src/$name
    mkdir -p "$src/examples"
    if [ $((i % 2)) = 0 ]; then
        gen_module "$thermo" "$src/adafruit_bench$i.py" 12
        modules="py-modules = [\"adafruit_bench$i\"]"
    else
        mkdir -p "$src/adafruit_bench$i/effects"
        gen_module "$ring/__init__.py" "$src/adafruit_bench$i/__init__.py" 2
        gen_module "$ring/colors.py" "$src/adafruit_bench$i/colors.py" 5
        gen_module "$ring/animation.py" "$src/adafruit_bench$i/animation.py" 6
        gen_module "$ring/effects/rainbow.py" "$src/adafruit_bench$i/effects/rainbow.py" 4
        for f in "$src/adafruit_bench$i"/*.py "$src/adafruit_bench$i"/effects/*.py; do
            sed "s/adafruit_pixel_ring/adafruit_bench$i/g" "$f" >"$f.new" && mv "$f.new" "$f"
        done
        : >"$src/adafruit_bench$i/effects/__init__.py"
        modules="packages = [\"adafruit_bench$i\"]"
    fi
    cp "$S/drivers/Adafruit_CircuitPython_Thermo/examples/thermo_simpletest.py" "$src/examples/bench${i}_simpletest.py"
    cp "$S/drivers/Adafruit_CircuitPython_PixelRing/examples/pixel-ring-effects.py" "$src/examples/bench$i-effects.py"
    printf 'Adafruit-Blinka\nadafruit-circuitpython-busdevice\nadafruit-circuitpython-bench%d\n' $(((i + 1) % n_libs)) >"$src/requirements.txt"
    printf '[project]\nname = "adafruit-circuitpython-bench%d"\ndescription = "Benchmark library %d"\n\n[tool.setuptools]\n%s\n' \
        $i $i "$modules" >"$src/pyproject.toml"
    (cd "$src" && git init -q . && git add -A && git commit -q -m "Library $i" && git tag 1.$i.0 &&
        if [ $((i % 4)) = 3 ]; then git commit -q --allow-empty -m "After the release"; fi) || exit 2
    (cd "$bundle" && git -c protocol.file.allow=always submodule add -q "$src" "libraries/drivers/$name" &&
        git -C "libraries/drivers/$name" remote set-url origin "https://github.com/adafruit/$name.git") || exit 2
    i=$((i + 1))
done
(cd "$bundle" && git commit -q -m Libraries && git tag 20240101) || exit 2

sources=$(find "$tmp/src" -path '*/.git' -prune -o -name '*.py' -print | grep -v /examples/ | wc -l)
files=$(find "$tmp/src" -path '*/.git' -prune -o -type f -print | grep -v -e /.git -e README | wc -l)
echo "bench-bundle: $n_libs libraries, $files files ($sources library sources, each compiled for 9.x and 10.x)"

best=""
best_line=""
r=0
while [ $r -lt "$runs" ]; do
    rm -rf "$tmp/out"
    start=$(date +%s.%N)
    (cd "$bundle" && "$pack" bundle --filename_prefix bench --library_location libraries --library_depth 2 \
        --output_directory "$tmp/out") >"$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
    end=$(date +%s.%N)
    t=$(echo "$end $start" | awk '{printf "%.3f", $1 - $2}')
    line=$(grep '^time:' "$tmp/log")
    echo "  run $((r + 1)): $t s wall; $line"
    if [ -z "$best" ] || [ "$(echo "$t $best" | awk '{print ($1 < $2)}')" = 1 ]; then
        best=$t
        best_line=$line
    fi
    r=$((r + 1))
done
echo "bench-bundle: best of $runs: $best s for $n_libs libraries, $(echo "$files $best" | awk '{printf "%.0f", $1 / $2}') files/s"
echo "bench-bundle: where the time goes (best run): ${best_line#time: }"
echo "bench-bundle: reference builder: about 4.2 s for 48 libraries on 2 cores: $(echo "$best $n_libs" | awk '{printf "%.1f", 4.2 * $2 / 48 / $1}') times faster (goal: 8)"
sed -n '1,6p' "$tmp/log"
