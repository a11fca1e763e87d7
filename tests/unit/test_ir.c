/* test_ir.c: instruction lists read back exactly what was added, in order, whatever the operands;
   a source handed over to the library compiles as one lent to it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "mpyc.h"
#include "suites.h"

/* Instructions with operands at their extremes: zero, one byte, many bytes, negative, pointers. */
static void fill(Insn *in, int k, CodeUnit *some_unit) {
    static const uint32_t as[] = {0, 1, 127, 128, 16383, 16384, UINT32_MAX};
    static const uint16_t bs[] = {0, 1, 200, UINT16_MAX};
    static const int64_t is[] = {0, 1, -1, 63, -64, 64, INT64_MAX, INT64_MIN, -123456789};
    memset(in, 0, sizeof *in);
    in->op = (uint8_t)(k % IR_COUNT_);
    in->a = as[k % 7];
    in->b = bs[k % 4];
    in->c = (uint8_t)(k % 3 == 0 ? 0 : k * 37);
    if (k % 5 == 4) {
        in->u.child = some_unit;
    } else {
        in->u.i = is[k % 9];
    }
}

static void test_round_trip(void) {
    Arena *a = arena_new();
    CodeUnit unit;
    memset(&unit, 0, sizeof unit);
    IrBuild b = {.arena = a};
    enum { N = 5000 };
    for (int k = 0; k < N; k++) {
        Insn want;
        fill(&want, k, &unit);
        Insn *in = ir_add(&b, &unit, (IrOp)want.op, false);
        CU_ASSERT_EQUAL_FATAL(in->op, want.op);
        *in = want;   /* filled in after ir_add, as the compiler does */
    }
    ir_close(&b);
    IrReader r;
    Insn got = {0};
    int k = 0;
    ir_read_start(&r, &unit.code);
    while (ir_read_next(&r, &got)) {
        Insn want;
        fill(&want, k, &unit);
        CU_ASSERT_EQUAL_FATAL(got.op, want.op);
        CU_ASSERT_EQUAL_FATAL(got.a, want.a);
        CU_ASSERT_EQUAL_FATAL(got.b, want.b);
        CU_ASSERT_EQUAL_FATAL(got.c, want.c);
        CU_ASSERT_EQUAL_FATAL(memcmp(&got.u, &want.u, sizeof got.u), 0);
        k++;
    }
    CU_ASSERT_EQUAL(k, N);
    ir_list_release(a, &unit.code);
    CU_ASSERT_PTR_NULL(unit.code.bytes);
    arena_free(a);
}

/* Typical instructions, small operands and a qstr, take 2 to 4 bytes each. */
static void test_packed_size(void) {
    Arena *a = arena_new();
    CodeUnit unit;
    memset(&unit, 0, sizeof unit);
    IrBuild b = {.arena = a};
    ir_add(&b, &unit, IR_RETURN_VALUE, false);                 /* op and mask only */
    ir_close(&b);
    CU_ASSERT_EQUAL(unit.code.len, 2);
    ir_add(&b, &unit, IR_LOAD_FAST, false)->a = 5;            /* one small operand */
    ir_close(&b);
    CU_ASSERT_EQUAL(unit.code.len, 2 + 3);
    ir_add(&b, &unit, IR_LOAD_GLOBAL, false)->u.q = 40;       /* a qstr below 64 */
    ir_close(&b);
    CU_ASSERT_EQUAL(unit.code.len, 2 + 3 + 3);
    Insn *in = ir_add(&b, &unit, IR_CALL_FUNCTION, false);
    in->a = 2;
    in->b = 1;
    ir_close(&b);
    CU_ASSERT_EQUAL(unit.code.len, 2 + 3 + 3 + 4);
    arena_free(a);
}

/* In the scope pass only the instructions that name qstrs or constants are kept. */
static void test_scope_pass_keeps_table_users(void) {
    Arena *a = arena_new();
    CodeUnit unit;
    memset(&unit, 0, sizeof unit);
    IrBuild b = {.arena = a};
    ir_add(&b, &unit, IR_LOAD_NAME, true)->u.q = 7;
    ir_add(&b, &unit, IR_BINARY_OP, true)->a = 3;
    ir_add(&b, &unit, IR_LOAD_ATTR, true)->u.q = 9;
    ir_add(&b, &unit, IR_RETURN_VALUE, true);
    ir_close(&b);
    IrReader r;
    Insn got = {0};
    ir_read_start(&r, &unit.scope_code);
    CU_ASSERT_TRUE_FATAL(ir_read_next(&r, &got));
    CU_ASSERT_EQUAL(got.op, IR_LOAD_NAME);
    CU_ASSERT_EQUAL(got.u.q, 7);
    CU_ASSERT_TRUE_FATAL(ir_read_next(&r, &got));
    CU_ASSERT_EQUAL(got.op, IR_LOAD_ATTR);
    CU_ASSERT_EQUAL(got.u.q, 9);
    CU_ASSERT_FALSE(ir_read_next(&r, &got));
    CU_ASSERT_EQUAL(unit.code.len, 0);
    arena_free(a);
}

/* A source handed over to the library (freed once parsed) compiles to the same bytes or report. */
static void test_owned_source(void) {
    static const char *const sources[] = {
        "def f(a, b=2):\n    return [x * b for x in range(a)]\nprint(f(3))\n",
        "class C:\n    def m(self):\n        return super().m()\n",
        "x = (1,\n",                 /* a syntax error */
        "def g():\n    return\nreturn 5\n", /* a compile error */
    };
    mpyc_options opt;
    mpyc_options_init(&opt, MPYC_CIRCUITPYTHON);
    for (size_t k = 0; k < sizeof sources / sizeof sources[0]; k++) {
        size_t len = strlen(sources[k]);
        mpyc_result shared = mpyc_compile(sources[k], len, "t.py", &opt);
        char *copy = malloc(len + 1);
        memcpy(copy, sources[k], len + 1);
        mpyc_result owned = mpyc_compile_owned(copy, len, "t.py", &opt);
        CU_ASSERT_EQUAL(shared.ok, owned.ok);
        CU_ASSERT_EQUAL(shared.mpy_len, owned.mpy_len);
        if (shared.ok && owned.ok && shared.mpy_len == owned.mpy_len) {
            CU_ASSERT_EQUAL(memcmp(shared.mpy, owned.mpy, shared.mpy_len), 0);
        }
        if (!shared.ok && !owned.ok) {
            CU_ASSERT_STRING_EQUAL(shared.report, owned.report);
        }
        copy = malloc(len + 1);
        memcpy(copy, sources[k], len + 1);
        mpyc_result checked = mpyc_check_owned(copy, len, "t.py", &opt);
        CU_ASSERT_EQUAL(checked.ok, shared.ok);
        CU_ASSERT_PTR_NULL(checked.mpy);
        mpyc_result_free(&shared);
        mpyc_result_free(&owned);
        mpyc_result_free(&checked);
    }
}

void suite_ir(void) {
    static const UnitTest tests[] = {
        {"packed instructions read back exactly", test_round_trip},
        {"typical instructions take 2 to 4 bytes", test_packed_size},
        {"the scope pass keeps only table users", test_scope_pass_keeps_table_users},
        {"a handed-over source compiles the same", test_owned_source},
        {NULL, NULL},
    };
    unit_add_suite("ir", tests);
}
