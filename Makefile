# Makefile: builds the compiler library, the commands and the tests.
#   make            the commands: build/mpy-cross (static where libc.a is there), build/mpy-dis, build/mpy-pack
#   make test       installs what is missing, then unit tests, conformance, runtime and sanitizer runs
#   make bench      speed and memory figures (REF=path/to/reference/mpy-cross to compare)
#   make deps       installs missing Debian and npm packages (nothing when all is there)

CC ?= cc
BUILD ?= build
SAN ?=
OPT ?= -O2
CFLAGS_BASE = -std=c11 -Wall -Wextra -Werror -g $(OPT) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -MMD -MP
ifeq ($(SAN),1)
CFLAGS_BASE += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS_SAN = -fsanitize=address,undefined
endif
CFLAGS = $(CFLAGS_BASE) $(EXTRA_CFLAGS)
LDLIBS = $(LDFLAGS_SAN) -lm -lpthread

PY_SRC := $(filter-out py/gen_%.c,$(wildcard py/*.c))
GEN := $(BUILD)/gen
PY_OBJ := $(PY_SRC:%.c=$(BUILD)/obj/%.o)
LIB := $(BUILD)/libmpyc.a

CROSS_SRC := $(wildcard mpy-cross/*.c) tools/mpy-dis/text.c
DIS_SRC := $(wildcard tools/mpy-dis/*.c)
PACK_SRC := $(wildcard tools/mpy-pack/*.c)
PACK_LIBS = $(shell pkg-config --libs libarchive libpcre2-8 jansson 2>/dev/null)
PACK_CFLAGS = $(shell pkg-config --cflags libarchive libpcre2-8 jansson 2>/dev/null)
UNIT_SRC := $(wildcard tests/unit/*.c)

COMMANDS := $(BUILD)/mpy-cross $(BUILD)/mpy-dis $(BUILD)/mpy-pack

.PHONY: all deps demo test unit conformance runtime dis-test pack-test cost-test cost-gen asan bench clean refresh-conformance
all: $(COMMANDS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Ipy -I$(GEN) -c $< -o $@

# The parser's first-token sets, computed from the grammar by a tool built and run here.
$(GEN)/first_sets.h: py/gen_first_sets.c py/grammar_tables.h py/grammar.h py/tokens.h py/parser.h
	@mkdir -p $(GEN)
	$(CC) -std=c11 -Wall -Wextra -Werror -O1 -Ipy py/gen_first_sets.c -o $(GEN)/gen-first-sets
	$(GEN)/gen-first-sets > $@.tmp && mv $@.tmp $@
$(BUILD)/obj/py/parser.o: $(GEN)/first_sets.h

$(LIB): $(PY_OBJ)
	@rm -f $@
	ar rcs $@ $^

# mpy-cross is linked statically where the C library allows it (not under the sanitizers): a
# process then maps no loader and no shared libraries, which saves about 1 MB of memory and some
# start-up time on every file.
ifeq ($(SAN),)
CROSS_LDFLAGS := $(shell test -f "$$($(CC) -print-file-name=libc.a)" && echo -static)
endif

$(BUILD)/mpy-cross: $(CROSS_SRC:%.c=$(BUILD)/obj/%.o) $(LIB)
	$(CC) $(CROSS_LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/mpy-dis: $(DIS_SRC:%.c=$(BUILD)/obj/%.o) $(LIB)
	$(CC) -o $@ $^ $(LDLIBS)

$(BUILD)/obj/tools/mpy-pack/%.o: tools/mpy-pack/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PACK_CFLAGS) -Ipy -c $< -o $@

$(BUILD)/mpy-pack: $(PACK_SRC:%.c=$(BUILD)/obj/%.o) $(LIB)
	$(CC) -o $@ $^ $(PACK_LIBS) $(LDLIBS)

$(BUILD)/unit-tests: $(UNIT_SRC:%.c=$(BUILD)/obj/%.o) $(LIB)
	$(CC) -o $@ $^ $(LDLIBS) -lcunit

deps:
	@sh scripts/deps.sh

# README's first command: compile the sample library shipped in examples/ and show the result.
demo: deps
	$(MAKE) all
	$(BUILD)/mpy-cross --check examples/sample_lib/*.py && echo "mpy-cross --check: all sample files compile"
	$(BUILD)/mpy-cross examples/sample_lib/ring_log.py -o $(BUILD)/ring_log.mpy
	$(BUILD)/mpy-dis --summary $(BUILD)/ring_log.mpy
	$(BUILD)/mpy-pack cost tests/cost/lib

# Everything, in order: plain build, unit tests, conformance, runtime, then the sanitizer build.
test: deps
	$(MAKE) all $(BUILD)/unit-tests
	$(MAKE) unit conformance runtime dis-test pack-test cost-test
	$(MAKE) asan

unit: $(BUILD)/unit-tests
	$(BUILD)/unit-tests

conformance: $(COMMANDS)
	sh tests/check.sh $(BUILD)/mpy-cross
	sh tests/conformance.sh $(BUILD)/mpy-cross

runtime: $(COMMANDS)
	sh tests/runtime.sh $(BUILD)/mpy-cross

# The .mpy reader and mpy-dis against every golden file, plus damaged copies.
dis-test: $(BUILD)/mpy-dis
	sh tests/mpy-dis.sh $(BUILD)/mpy-dis

# mpy-pack bundle and flatten on the sample libraries of tests/pack (zips, JSON, versions,
# reproducibility, errors, and the flattened layout against the original in the MicroPython VM).
pack-test: $(BUILD)/mpy-pack $(BUILD)/mpy-cross
	sh tests/pack.sh $(BUILD)/mpy-pack $(BUILD)/mpy-cross

# mpy-pack cost: estimates against measurements in the VM, JSON, HTML, --entry, --heap, savings.
cost-test: $(BUILD)/mpy-pack
	sh tests/cost.sh $(BUILD)/mpy-pack

# Regenerates the built-in stand-in modules and the VM's firmware tables (needs node and tests/vm).
cost-gen:
	node tools/mpy-pack/stubs/embed.mjs > tools/mpy-pack/cost_stubs.c
	cd tests/vm && node firmware-qstrs.mjs --c > ../../py/mpy_cost_fw.c

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	$(MAKE) BUILD=build-asan SAN=1 OPT=-O1 all build-asan/unit-tests
	ASAN_OPTIONS=detect_leaks=1 build-asan/unit-tests
	ASAN_OPTIONS=detect_leaks=1 sh tests/mpy-dis.sh build-asan/mpy-dis
	ASAN_OPTIONS=detect_leaks=1 sh tests/pack.sh build-asan/mpy-pack build-asan/mpy-cross
	ASAN_OPTIONS=detect_leaks=1 sh tests/cost.sh build-asan/mpy-pack --no-measure
	ASAN_OPTIONS=detect_leaks=1 sh tests/check.sh build-asan/mpy-cross
	ASAN_OPTIONS=detect_leaks=1 sh tests/conformance.sh build-asan/mpy-cross

$(BUILD)/bench: $(BUILD)/obj/tests/bench/bench.o $(LIB)
	$(CC) -o $@ $^ $(LDLIBS)

# Speed and memory figures; REF=path/to/reference/mpy-cross adds the reference's beside ours.
bench: all $(BUILD)/bench
	sh tests/bench.sh $(BUILD) $(REF)
	sh tests/bench-bundle.sh $(BUILD)/mpy-pack

# Copies ../shared/conformance into tests/ when it is there (byte for byte).
refresh-conformance:
	@if [ -d ../shared/conformance ]; then rm -rf tests/conformance && cp -r ../shared/conformance tests/conformance && chmod -R u+w tests/conformance && echo "refreshed tests/conformance"; else echo "no ../shared/conformance here"; fi

clean:
	rm -rf build build-asan

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
