#!/bin/sh
# deps.sh: installs whatever the build and tests need and is missing; does nothing when all is there.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
missing=""
have_pc() { pkg-config --exists "$1" 2>/dev/null; }
command -v cc >/dev/null 2>&1 || missing="$missing build-essential"
command -v make >/dev/null 2>&1 || missing="$missing make"
# the static C library, for the statically linked mpy-cross (the build falls back to dynamic)
command -v cc >/dev/null 2>&1 && [ ! -f "$(cc -print-file-name=libc.a)" ] && missing="$missing libc6-dev"
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
have_pc libarchive || missing="$missing libarchive-dev"
have_pc libpcre2-8 || missing="$missing libpcre2-dev"
have_pc jansson || missing="$missing libjansson-dev"
have_pc cunit || [ -f /usr/include/CUnit/CUnit.h ] || missing="$missing libcunit1-dev"
command -v git >/dev/null 2>&1 || missing="$missing git"
command -v unzip >/dev/null 2>&1 || missing="$missing unzip"
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -n "$missing" ]; then
    echo "deps: installing$missing"
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi
# The MicroPython VM used by the runtime tests, pinned.
vm="$here/tests/vm"
if [ ! -f "$vm/node_modules/@micropython/micropython-webassembly-pyscript/package.json" ]; then
    echo "deps: installing the MicroPython VM (npm)"
    (cd "$vm" && npm install --no-audit --no-fund --silent >/dev/null)
fi
