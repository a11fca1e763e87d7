#!/bin/sh
# bench.sh: compiler speed and memory on a corpus of the conformance programs and a generated
# library-like module; with REF=path, the same figures for that reference mpy-cross beside ours.
# usage: tests/bench.sh BUILD_DIR [REF]
set -eu
build=${1:?usage: tests/bench.sh BUILD_DIR [REF]}
ref=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
cp "$here"/conformance/programs/*.py "$tmp"/
[ -d "$here/programs" ] && cp "$here"/programs/*.py "$tmp"/ 2>/dev/null || true
# a generated module in the style of a driver library: classes, constants, methods, loops
awk 'BEGIN {
    print "from micropython import const"
    for (c = 0; c < 400; c++) {
        printf "_REG_%d = const(0x%02x)\n", c, c % 256
        printf "class Device%d:\n    \"\"\"Driver %d.\"\"\"\n", c, c
        printf "    def __init__(self, bus, address=0x%02x):\n        self._bus = bus\n        self._address = address\n        self._buf = bytearray(%d)\n", c % 128, c % 16 + 2
        printf "    def read(self, register=_REG_%d):\n        self._buf[0] = register\n        total = 0\n        for i in range(len(self._buf)):\n            total += self._buf[i] << (8 * i)\n        return total\n", c
        printf "    @property\n    def value(self):\n        try:\n            return self.read() * %d.5 - %d\n        except OSError as e:\n            raise RuntimeError(\"device %d: %%s\" %% e)\n", c, c, c
    }
}' > "$tmp/gen_drivers.py"
set -- "$tmp"/*.py
"$build/bench" --ours "$build/mpy-cross" ${ref:+--ref "$ref"} "$@"
