/* test_cost.c: the import-cost model (py/mpy_cost.c) on small modules whose cost is worked out
   by hand below, block by block; each figure was also measured in the MicroPython VM
   (tests/vm/measure.mjs) and is the same there. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mpy_cost.h"
#include "mpy_read.h"
#include "mpyc.h"
#include "suites.h"

/* One compiled module of a test library. */
typedef struct {
    mpyc_result r;
    mpr_file *f;
} compiled;

static mpr_file *compile_one(compiled *c, const char *name, const char *src) {
    mpyc_options o;
    mpyc_options_init(&o, MPYC_MICROPYTHON);
    char file[64];
    snprintf(file, sizeof file, "%s.py", name);
    o.file_name = file;
    c->r = mpyc_compile(src, strlen(src), file, &o);
    CU_ASSERT_FATAL(c->r.ok);
    mpr_error err;
    c->f = mpr_read(c->r.mpy, c->r.mpy_len, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c->f);
    return c->f;
}

static void release(compiled *c) {
    mpr_free(c->f);
    mpyc_result_free(&c->r);
}

/* Imports one module of source src into a fresh heap; returns its cost (caller frees). */
static mpc_cost cost_of(const char *name, const char *src, bool frozen) {
    compiled c;
    compile_one(&c, name, src);
    mpc_world *w = mpc_world_new(MPC_FW_MICROPYTHON);
    mpc_world_set_frozen(w, frozen);
    char path[64];
    snprintf(path, sizeof path, "/lib/%s.mpy", name);
    CU_ASSERT(mpc_world_add_module(w, name, false, path, c.f));
    mpc_sim *s = mpc_sim_new(w);
    mpc_cost cost;
    mpc_sim_import(s, name, &cost);
    mpc_sim_free(s);
    mpc_world_free(w);
    release(&c);
    return cost;
}

static long long sum_kinds(const mpc_cost *c) {
    long long t = 0;
    for (int k = 0; k < MPC_KIND__N; k++) {
        t += c->by_kind[k];
    }
    return t;
}

static void test_blocks(void) {
    CU_ASSERT_EQUAL(mpc_blocks(0), 0);
    CU_ASSERT_EQUAL(mpc_blocks(1), 16);
    CU_ASSERT_EQUAL(mpc_blocks(16), 16);
    CU_ASSERT_EQUAL(mpc_blocks(17), 32);
    CU_ASSERT_STRING_EQUAL(mpc_kind_name(MPC_KIND_BYTECODE), "bytecode");
    CU_ASSERT_STRING_EQUAL(mpc_kind_name(MPC_KIND_QSTR), "qstrs");
}

/* Four globals, nothing else:
     module context (base, globals, qstr table, constant table)   16
     globals dict object                                           16
     its table: __name__, __file__, a, b, c, d = 6 entries; from 1
       slot it grows 1 -> 2 -> 4 -> 6 when full: 6 * 8 bytes        48
     qstr table: 6 entries of 2 bytes, 3 words, no constants       16
     (the module's bytecode and raw code are garbage afterwards)
   heap 96; new qstrs t_globals (7+9+1), /lib/t_globals.mpy (7+18+1),
   t_globals.py (7+12+1) = 63 (a..d are the firmware's); one sys.modules entry 8: 167. */
static void test_globals(void) {
    mpc_cost c = cost_of("t_globals", "a = 1\nb = 2\nc = 3\nd = 4\n", false);
    CU_ASSERT(c.ok);
    CU_ASSERT_EQUAL(c.heap, 96);
    CU_ASSERT_EQUAL(c.n_qstrs, 3);
    CU_ASSERT_EQUAL(c.qstr_bytes, 63);
    CU_ASSERT_EQUAL(c.n_modules, 1);
    CU_ASSERT_EQUAL(c.ram, 167);
    CU_ASSERT_EQUAL(c.by_kind[MPC_KIND_DICT], 64);
    CU_ASSERT_EQUAL(sum_kinds(&c), c.ram);
    CU_ASSERT_EQUAL(c.n_flags, 0);
    mpc_cost_free(&c);
}

/* A constant, a list, a function with a default and a class with two methods:
     module context 16; globals dict 16 + table 64 (__name__ __file__ const FOO NAMES helper
       Thing: 7 entries, 1 -> 2 -> 4 -> 6 -> 8 slots)                            96
     qstr and constant table: 21 qstrs (42 bytes, 11 words) + 1 constant       48
     the float constant 1.5 (base and a double)                                 16
     bytecode kept by functions: helper, __init__, value: 1 block each          48
     NAMES: list object 16 + 4 slots 16                                         32
     helper: function with one default (4 words + 1)                            32
     Thing: type with 10 slots (20 + 40 bytes) 64, its dict 16 + table of 6
       (__module__ __qualname__ SCALE __init__ value: 0 -> 2 -> 4 -> 6) 48      128
     __init__ and value: functions, 16 each                                     32
   heap 432; 10 new qstrs 143 bytes; one sys.modules entry: 583. */
static const char *simple_src =
    "from micropython import const\n"
    "_ADDR = const(0x42)\n"
    "FOO = 3\n"
    "NAMES = [\"alpha\", \"beta\", \"gamma\"]\n"
    "def helper(x, y=2):\n"
    "    return x + y\n"
    "class Thing:\n"
    "    \"\"\"doc\"\"\"\n"
    "    SCALE = 1.5\n"
    "    def __init__(self, a):\n"
    "        self.a = a\n"
    "    def value(self):\n"
    "        return self.a * self.SCALE\n";

static void test_simple(void) {
    mpc_cost c = cost_of("simple", simple_src, false);
    CU_ASSERT(c.ok);
    CU_ASSERT_EQUAL(c.heap, 432);
    CU_ASSERT_EQUAL(c.n_qstrs, 10);
    CU_ASSERT_EQUAL(c.qstr_bytes, 143);
    CU_ASSERT_EQUAL(c.ram, 583);
    CU_ASSERT_EQUAL(c.by_kind[MPC_KIND_CLASS], 64);
    CU_ASSERT_EQUAL(c.by_kind[MPC_KIND_CONST], 16);
    CU_ASSERT_EQUAL(c.by_kind[MPC_KIND_BYTECODE], 48);
    CU_ASSERT_EQUAL(sum_kinds(&c), c.ram);
    CU_ASSERT_EQUAL(c.n_shares, 1);
    CU_ASSERT_EQUAL(c.shares[0].bytes, 583);
    CU_ASSERT_STRING_EQUAL(c.modules[0], "simple");
    mpc_cost_free(&c);
}

/* Frozen, the code, its tables and constants and the module's own qstrs stay in flash: left
   are the module context 16, globals 80, NAMES 32, helper 32, Thing with its dict 128 and the
   two methods 32 (320), the module's name as a qstr (7+6+1 = 14) and the sys.modules entry. */
static void test_frozen(void) {
    mpc_cost c = cost_of("simple", simple_src, true);
    CU_ASSERT(c.ok);
    CU_ASSERT_EQUAL(c.heap, 320);
    CU_ASSERT_EQUAL(c.ram, 342);
    CU_ASSERT_EQUAL(c.by_kind[MPC_KIND_BYTECODE], 0);
    CU_ASSERT_EQUAL(c.by_kind[MPC_KIND_CONST], 0);
    mpc_cost_free(&c);
}

/* A failed optional import leaves nothing but garbage; the module goes on. */
static void test_try_import(void) {
    mpc_cost c = cost_of("t_try", "try:\n    import typing\nexcept ImportError:\n    pass\nX = 1\n", false);
    CU_ASSERT(c.ok);
    CU_ASSERT_EQUAL(c.ram, 162);
    CU_ASSERT_EQUAL(c.n_flags, 0);
    mpc_cost_free(&c);
}

/* An import that fails is reported as such. */
static void test_missing(void) {
    mpc_cost c = cost_of("t_missing", "import no_such_module_here\n", false);
    CU_ASSERT_FALSE(c.ok);
    CU_ASSERT_PTR_NOT_NULL(c.error);
    if (c.error) {
        CU_ASSERT_PTR_NOT_NULL(strstr(c.error, "no module named"));
    }
    mpc_cost_free(&c);
}

/* What the model cannot follow is flagged, not guessed. */
static void test_flags(void) {
    mpc_cost c = cost_of("t_flag", "import time\nT = time.time()\n", false);
    CU_ASSERT(c.ok);
    CU_ASSERT(c.n_flags >= 1);
    bool named = false;
    for (size_t i = 0; i < c.n_flags; i++) {
        named = named || strstr(c.flags[i].text, "time.time") != NULL;
    }
    CU_ASSERT(named);
    mpc_cost_free(&c);
    /* a loop over constants is followed: 8 list slots of 4 bytes after doubling from 4 */
    mpc_cost d = cost_of("t_loop", "L = []\nfor i in range(5):\n    L.append(i * i)\n", false);
    CU_ASSERT(d.ok);
    CU_ASSERT_EQUAL(d.n_flags, 0);
    CU_ASSERT_EQUAL(d.by_kind[MPC_KIND_DATA], 16 + 32);
    mpc_cost_free(&d);
}

/* A package and its submodule: the submodule's import stores it on the package, growing the
   package's globals; the parent comes first and both get sys.modules entries. */
static void test_package(void) {
    compiled p, m;
    compile_one(&p, "pkg/__init__", "X = 1\n");
    compile_one(&m, "pkg/sub", "Y = 2\n");
    mpc_world *w = mpc_world_new(MPC_FW_MICROPYTHON);
    CU_ASSERT(mpc_world_add_module(w, "pkg", true, "/lib/pkg", p.f));
    CU_ASSERT(mpc_world_add_module(w, "pkg.sub", false, "/lib/pkg/sub.mpy", m.f));
    CU_ASSERT_FALSE(mpc_world_add_module(w, "pkg", true, "/lib/pkg", p.f));
    mpc_sim *s = mpc_sim_new(w);
    mpc_cost c;
    CU_ASSERT(mpc_sim_import(s, "pkg.sub", &c));
    CU_ASSERT_EQUAL(c.n_modules, 2);
    CU_ASSERT_STRING_EQUAL(c.modules[0], "pkg");
    CU_ASSERT_STRING_EQUAL(c.modules[1], "pkg.sub");
    const char *const *loaded = mpc_sim_loaded(s);
    CU_ASSERT_STRING_EQUAL(loaded[0], "pkg");
    CU_ASSERT_STRING_EQUAL(loaded[1], "pkg.sub");
    CU_ASSERT_PTR_NULL(loaded[2]);
    mpc_cost_free(&c);
    /* importing it again costs nothing */
    CU_ASSERT(mpc_sim_import(s, "pkg.sub", &c));
    CU_ASSERT_EQUAL(c.ram, 0);
    mpc_cost_free(&c);
    mpc_sim_free(s);
    mpc_world_free(w);
    release(&p);
    release(&m);
}

void suite_cost(void) {
    static const UnitTest tests[] = {
        {"blocks and kinds", test_blocks},
        {"globals of a module", test_globals},
        {"a module with a class, a function and containers", test_simple},
        {"frozen", test_frozen},
        {"an optional import that fails", test_try_import},
        {"a missing module", test_missing},
        {"flags and loops", test_flags},
        {"a package and its submodule", test_package},
        {NULL, NULL},
    };
    unit_add_suite("cost", tests);
}
