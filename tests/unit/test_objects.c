/* test_objects.c: constant objects, number parsing, repr text and constant folding match the
   reference runtime (expected values computed with Python 3 or taken from the reference's .mpy). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "objects.h"
#include "suites.h"

/* Each test runs with its own arena (see WITH_ARENA). */
static Arena *arena;

static void fresh_arena(void) {
    arena_free(arena);
    arena = arena_new();
}

/* An int or float from its token text (sign allowed); fails the test when it does not parse. */
static Obj *num(const char *text) {
    char err[200];
    bool is_float = strpbrk(text, ".jJ") != NULL || (strpbrk(text, "eE") != NULL && strpbrk(text, "xX") == NULL);
    Obj *o = is_float ? obj_parse_float(arena, text, strlen(text), err, sizeof err)
                      : obj_parse_int(arena, text, strlen(text), err, sizeof err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(o);
    return o;
}

static bool str_eq_free(char *got, const char *want) {
    bool same = got != NULL && strcmp(got, want) == 0;
    if (!same) {
        fprintf(stderr, "\n    got  '%s'\n    want '%s'\n", got ? got : "(null)", want);
    }
    free(got);
    return same;
}

/* x op y on ints; want is the decimal result, or NULL when the fold must be refused. */
static void expect_int_op(const char *x, BinOp op, const char *y, const char *want) {
    Obj *r = NULL;
    bool ok = obj_binary_op(arena, op, num(x), num(y), &r);
    if (want == NULL) {
        if (ok) {
            fprintf(stderr, "\n    %s op%d %s folded, expected a refusal\n", x, (int)op, y);
        }
        CU_ASSERT_FALSE(ok);
        return;
    }
    CU_ASSERT_TRUE_FATAL(ok);
    CU_ASSERT_EQUAL(r->type, OBJ_INT);
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(r), want));
    int64_t v;
    /* normalised: a value that fits int64 never keeps limbs */
    if (obj_int_fits(r, 64, &v)) {
        CU_ASSERT_PTR_NULL(r->u.i.big);
    } else {
        CU_ASSERT_PTR_NOT_NULL(r->u.i.big);
    }
}

static bool same_double(double got, double want) {
    bool same = memcmp(&got, &want, sizeof got) == 0 || (isnan(got) && isnan(want));
    if (!same) {
        fprintf(stderr, "\n    got %.17g want %.17g\n", got, want);
    }
    return same;
}

/* x op y giving a float. */
static void expect_float_op(const char *x, BinOp op, const char *y, double want) {
    Obj *r = NULL;
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, op, num(x), num(y), &r));
    CU_ASSERT_EQUAL_FATAL(r->type, OBJ_FLOAT);
    CU_ASSERT_TRUE(same_double(r->u.f, want));
}

static void expect_refused(const char *x, BinOp op, const char *y) {
    Obj *r = NULL;
    CU_ASSERT_FALSE(obj_binary_op(arena, op, num(x), num(y), &r));
}

static void expect_repr(const Obj *o, const char *want) {
    CU_ASSERT_TRUE(str_eq_free(obj_repr(o), want));
}

static void expect_float_repr(double f, const char *want) {
    expect_repr(obj_float(arena, f), want);
}

/* ------------------------------------------------------------------------------------------ */

static void test_binop_numbering(void) {
    /* mp_binary_op_t in py/runtime0.h */
    CU_ASSERT_EQUAL(BOP_LESS, 0);
    CU_ASSERT_EQUAL(BOP_EXCEPTION_MATCH, 8);
    CU_ASSERT_EQUAL(BOP_INPLACE_OR, 9);
    CU_ASSERT_EQUAL(BOP_INPLACE_POWER, 21);
    CU_ASSERT_EQUAL(BOP_OR, 22);
    CU_ASSERT_EQUAL(BOP_LSHIFT, 25);
    CU_ASSERT_EQUAL(BOP_ADD, 27);
    CU_ASSERT_EQUAL(BOP_MAT_MULTIPLY, 30);
    CU_ASSERT_EQUAL(BOP_POWER, 34);
    CU_ASSERT_EQUAL(UOP_NOT, 3);
}

static void test_small_int_ops(void) {
    expect_int_op("3", BOP_ADD, "4", "7");
    expect_int_op("3", BOP_SUBTRACT, "4", "-1");
    expect_int_op("3", BOP_MULTIPLY, "4", "12");
    expect_int_op("17", BOP_FLOOR_DIVIDE, "5", "3");
    expect_int_op("-17", BOP_FLOOR_DIVIDE, "5", "-4");
    expect_int_op("17", BOP_FLOOR_DIVIDE, "-5", "-4");
    expect_int_op("-17", BOP_FLOOR_DIVIDE, "-5", "3");
    expect_int_op("7", BOP_FLOOR_DIVIDE, "-2", "-4");
    expect_int_op("17", BOP_MODULO, "5", "2");
    expect_int_op("-17", BOP_MODULO, "5", "3");
    expect_int_op("17", BOP_MODULO, "-5", "-3");
    expect_int_op("-17", BOP_MODULO, "-5", "-2");
    expect_int_op("-7", BOP_MODULO, "3", "2");
    expect_int_op("12", BOP_AND, "10", "8");
    expect_int_op("12", BOP_OR, "10", "14");
    expect_int_op("12", BOP_XOR, "10", "6");
    expect_int_op("-12", BOP_AND, "10", "0");
    expect_int_op("-12", BOP_OR, "10", "-2");
    expect_int_op("-12", BOP_XOR, "-10", "2");
    expect_int_op("1", BOP_LSHIFT, "10", "1024");
    expect_int_op("1024", BOP_RSHIFT, "3", "128");
    expect_int_op("-1024", BOP_RSHIFT, "3", "-128");
    expect_int_op("-1", BOP_RSHIFT, "1", "-1");
    expect_int_op("-5", BOP_RSHIFT, "1", "-3");
    expect_int_op("5", BOP_RSHIFT, "100", "0");
    expect_int_op("-5", BOP_RSHIFT, "100", "-1");
    expect_int_op("2", BOP_POWER, "10", "1024");
    expect_int_op("0", BOP_POWER, "0", "1");
    expect_int_op("-2", BOP_POWER, "3", "-8");
    expect_int_op("-3", BOP_POWER, "2", "9");
    expect_int_op("3", BOP_POWER, "9", "19683");
    /* in-place forms fold like the plain ones */
    expect_int_op("3", BOP_INPLACE_ADD, "4", "7");
    expect_int_op("-7", BOP_INPLACE_FLOOR_DIVIDE, "2", "-4");
    expect_int_op("1", BOP_INPLACE_LSHIFT, "3", "8");
}

static void test_int_overflow_into_big(void) {
    expect_int_op("9223372036854775807", BOP_ADD, "1", "9223372036854775808");
    expect_int_op("-9223372036854775808", BOP_SUBTRACT, "1", "-9223372036854775809");
    expect_int_op("-9223372036854775808", BOP_FLOOR_DIVIDE, "-1", "9223372036854775808");
    expect_int_op("-9223372036854775808", BOP_MODULO, "-1", "0");
    expect_int_op("4294967296", BOP_MULTIPLY, "4294967296", "18446744073709551616");
    expect_int_op("4294967295", BOP_MULTIPLY, "4294967295", "18446744065119617025");
    expect_int_op("1", BOP_LSHIFT, "62", "4611686018427387904");
    expect_int_op("1", BOP_LSHIFT, "63", "9223372036854775808");
    expect_int_op("-1", BOP_LSHIFT, "63", "-9223372036854775808");
    expect_int_op("1", BOP_LSHIFT, "64", "18446744073709551616");
    expect_int_op("1", BOP_LSHIFT, "100", "1267650600228229401496703205376");
    expect_int_op("2", BOP_POWER, "63", "9223372036854775808");
    expect_int_op("-2", BOP_POWER, "63", "-9223372036854775808");
    expect_int_op("2", BOP_POWER, "100", "1267650600228229401496703205376");
    expect_int_op("3", BOP_POWER, "100", "515377520732011331036461129765621272702107522001");
    expect_int_op("-3", BOP_POWER, "101", "-1546132562196033993109383389296863818106322566003");
    expect_int_op("123456789", BOP_MULTIPLY, "987654321", "121932631112635269");
}

static void test_big_int_arithmetic(void) {
    const char *a = "12345678901234567890123456789";
    expect_int_op(a, BOP_ADD, "1", "12345678901234567890123456790");
    expect_int_op(a, BOP_SUBTRACT, a, "0");
    expect_int_op("18446744073709551616", BOP_SUBTRACT, "1", "18446744073709551615");
    expect_int_op("18446744073709551616", BOP_SUBTRACT, "18446744073709551617", "-1");
    expect_int_op("-18446744073709551616", BOP_ADD, "18446744073709551615", "-1");
    expect_int_op("18446744073709551615", BOP_MULTIPLY, "18446744073709551615",
                  "340282366920938463426481119284349108225");
    expect_int_op("18446744073709551616", BOP_MULTIPLY, "-18446744073709551616",
                  "-340282366920938463463374607431768211456");
    expect_int_op(a, BOP_FLOOR_DIVIDE, "1000000007", "12345678814814816186");
    expect_int_op(a, BOP_MODULO, "1000000007", "419743487");
    expect_int_op("1000000000000000000000000000000", BOP_FLOOR_DIVIDE, "7", "142857142857142857142857142857");
    expect_int_op("1000000000000000000000000000000", BOP_MODULO, "7", "1");
    /* nb = -(2 ** 65) - 3 */
    const char *nb = "-36893488147419103235";
    expect_int_op(nb, BOP_FLOOR_DIVIDE, "7", "-5270498306774157605");
    expect_int_op(nb, BOP_MODULO, "7", "0");
    expect_int_op(nb, BOP_FLOOR_DIVIDE, "-7", "5270498306774157605");
    expect_int_op(nb, BOP_MODULO, "-7", "0");
    expect_int_op(nb, BOP_RSHIFT, "3", "-4611686018427387905");
    expect_int_op(nb, BOP_RSHIFT, "70", "-1");
    expect_int_op(nb, BOP_LSHIFT, "5", "-1180591620717411303520");
    expect_int_op(nb, BOP_AND, "255", "253");
    expect_int_op(nb, BOP_OR, "255", "-36893488147419103233");
    expect_int_op(nb, BOP_XOR, "-1", "36893488147419103234");
    expect_int_op("1267650600228229401496703205376", BOP_AND, "-18446744073709551616",
                  "1267650600228229401496703205376");
    expect_int_op("-1267650600228229401496703205376", BOP_OR, "18446744073709551615",
                  "-1267650600209782657422993653761");
    expect_int_op("-1267650600228229401496703205376", BOP_XOR, "-1180591620717411303424",
                  "1267650599047637780779291901952");
    expect_int_op("-1267650600228229401496703205376", BOP_AND, "-633825300114114700748351602689",
                  "-1267650600228229401496703205376");
    expect_int_op("100000000000000000000000000000000000000000000000000", BOP_RSHIFT, "3",
                  "12500000000000000000000000000000000000000000000000");
    expect_int_op("-100000000000000000000000000000000000000000000000000", BOP_RSHIFT, "3",
                  "-12500000000000000000000000000000000000000000000000");
    expect_int_op("-100000000000000000000000000000000000000000000000000", BOP_RSHIFT, "200", "-1");
    expect_int_op("100000000000000000000000000000000000000000000000000", BOP_LSHIFT, "3",
                  "800000000000000000000000000000000000000000000000000");
}

static void test_big_division(void) {
    /* multi-limb divisors: 3 ** 200 and 7 ** 50 in all sign combinations */
    const char *a = "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001";
    const char *b = "1798465042647412146620280340569649349251249";
    const char *na = "-265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001";
    const char *nbb = "-1798465042647412146620280340569649349251249";
    expect_int_op(a, BOP_FLOOR_DIVIDE, b, "147689269781346654697366079240021362541982658661987020");
    expect_int_op(a, BOP_MODULO, b, "1043054234746676783066714664998769142256021");
    expect_int_op(na, BOP_FLOOR_DIVIDE, b, "-147689269781346654697366079240021362541982658661987021");
    expect_int_op(na, BOP_MODULO, b, "755410807900735363553565675570880206995228");
    expect_int_op(a, BOP_FLOOR_DIVIDE, nbb, "-147689269781346654697366079240021362541982658661987021");
    expect_int_op(a, BOP_MODULO, nbb, "-755410807900735363553565675570880206995228");
    expect_int_op(na, BOP_FLOOR_DIVIDE, nbb, "147689269781346654697366079240021362541982658661987020");
    expect_int_op(na, BOP_MODULO, nbb, "-1043054234746676783066714664998769142256021");
    /* (2 ** 200 + 12345) divided by 2 ** 100 - 1 */
    expect_int_op("1606938044258990275541962092341162602522202993782792835313721", BOP_FLOOR_DIVIDE,
                  "1267650600228229401496703205375", "1267650600228229401496703205377");
    expect_int_op("1606938044258990275541962092341162602522202993782792835313721", BOP_MODULO,
                  "1267650600228229401496703205375", "12346");
    expect_int_op(b, BOP_FLOOR_DIVIDE, a, "0");
    expect_int_op(nbb, BOP_FLOOR_DIVIDE, a, "-1");
    expect_int_op(b, BOP_MODULO, na, "-265613988875874769338781322035779626829233452653394494176109919091680344281021842424735349792752");
}

static void test_refused_int_folds(void) {
    expect_int_op("1", BOP_FLOOR_DIVIDE, "0", NULL);
    expect_int_op("5", BOP_MODULO, "0", NULL);
    expect_int_op("18446744073709551616", BOP_FLOOR_DIVIDE, "0", NULL);
    expect_int_op("1", BOP_LSHIFT, "-1", NULL);
    expect_int_op("8", BOP_RSHIFT, "-2", NULL);
    expect_int_op("18446744073709551616", BOP_RSHIFT, "-1", NULL);
    expect_int_op("0", BOP_LSHIFT, "-1", NULL);
    /* a shift count beyond a machine word: OverflowError in the reference */
    expect_int_op("1", BOP_RSHIFT, "9223372036854775808", NULL);
    expect_int_op("0", BOP_LSHIFT, "9223372036854775808", NULL);
    /* results larger than the reference's 2 MiB heap: MemoryError there */
    expect_int_op("1", BOP_LSHIFT, "1073741824", NULL);
    expect_int_op("1", BOP_LSHIFT, "4611686018427387904", NULL);
    expect_int_op("2", BOP_POWER, "1000000000", NULL);
    expect_int_op("2", BOP_POWER, "18446744073709551616", NULL);
    /* not folded by the parser */
    expect_int_op("1", BOP_LESS, "2", NULL);
    expect_int_op("1", BOP_EQUAL, "1", NULL);
    expect_int_op("3", BOP_MAT_MULTIPLY, "4", NULL);
}

static void test_huge_but_allowed(void) {
    /* shifts by counts that still fit a machine word */
    expect_int_op("0", BOP_LSHIFT, "4611686018427387904", "0");
    expect_int_op("1267650600228229401496703205376", BOP_RSHIFT, "4611686018427387904", "0");
    expect_int_op("-1267650600228229401496703205376", BOP_RSHIFT, "4611686018427387904", "-1");
    /* powers of 0, 1 and -1 whatever the exponent */
    expect_int_op("1", BOP_POWER, "1000000000000000000000000000000", "1");
    expect_int_op("-1", BOP_POWER, "1000000000000000000000000000001", "-1");
    expect_int_op("-1", BOP_POWER, "1000000000000000000000000000000", "1");
    expect_int_op("0", BOP_POWER, "1000000000000000000000000000000", "0");
    /* 1 << 100000 has 30103 digits */
    Obj *r;
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_LSHIFT, num("1"), num("100000"), &r));
    char *s = obj_int_decimal(r);
    CU_ASSERT_EQUAL(strlen(s), 30103);
    CU_ASSERT_EQUAL(strncmp(s, "99900209301438450794", 20), 0);
    CU_ASSERT_STRING_EQUAL(s + 30103 - 20, "55304734389883109376");
    free(s);
    /* (1 << 100000) >> 99990 */
    Obj *back;
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_RSHIFT, r, num("99990"), &back));
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(back), "1024"));
    CU_ASSERT_PTR_NULL(back->u.i.big);
    fresh_arena();
}

static void test_int_to_float_ops(void) {
    expect_float_op("10", BOP_TRUE_DIVIDE, "4", 2.5);
    expect_float_op("8", BOP_TRUE_DIVIDE, "4", 2.0);
    expect_float_op("-1", BOP_TRUE_DIVIDE, "4", -0.25);
    expect_float_op("7", BOP_TRUE_DIVIDE, "-2", -3.5);
    expect_float_op("1", BOP_TRUE_DIVIDE, "3", 0.3333333333333333);
    expect_float_op("100000000000000000000", BOP_TRUE_DIVIDE, "3", 3.333333333333333e+19);
    expect_float_op("1000000000000000000000000000000", BOP_TRUE_DIVIDE, "7", 1.4285714285714285e+29);
    expect_float_op("2", BOP_POWER, "-1", 0.5);
    expect_float_op("2", BOP_POWER, "-2", 0.25);
    expect_float_op("-2", BOP_POWER, "-1", -0.5);
    expect_float_op("10", BOP_POWER, "-1", 0.1);
    expect_refused("0", BOP_POWER, "-1");
    expect_refused("0", BOP_POWER, "-18446744073709551616");
    expect_refused("1", BOP_TRUE_DIVIDE, "0");
    expect_refused("18446744073709551616", BOP_TRUE_DIVIDE, "0");
    /* long ints become floats limb by limb from the top, rounding at each step:
       2 ** 95 + 2 ** 42 + 1 gives 2 ** 95, not the nearer 2 ** 95 + 2 ** 43 */
    expect_float_op("39614081257132168796771975169", BOP_TRUE_DIVIDE, "1", ldexp(1, 95));
    expect_float_op("39614081257132168796771975169", BOP_MULTIPLY, "1.0", ldexp(1, 95));
    expect_float_op("18446744073709551616", BOP_ADD, "0.5", 1.8446744073709552e+19);
    expect_float_op("9223372036854775807", BOP_MULTIPLY, "1.0", 9223372036854775808.0);
    /* too large for a double: inf, and inf / inf is nan (no OverflowError in the reference) */
    Obj *big, *r;
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_POWER, num("10"), num("400"), &big));
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_MULTIPLY, big, num("1.0"), &r));
    CU_ASSERT_TRUE(same_double(r->u.f, INFINITY));
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_TRUE_DIVIDE, big, big, &r));
    CU_ASSERT_TRUE(isnan(r->u.f));
    /* float-only ops with ints */
    expect_float_op("1", BOP_ADD, "0.5", 1.5);
    expect_float_op("1", BOP_SUBTRACT, "0.9", 0.09999999999999998);
    expect_float_op("3", BOP_MULTIPLY, "0.1", 0.30000000000000004);
    expect_float_op("2", BOP_POWER, "0.5", 1.4142135623730951);
    expect_float_op("7", BOP_FLOOR_DIVIDE, "2.0", 3.0);
    expect_float_op("7", BOP_MODULO, "-2.0", -1.0);
}

static void test_float_ops(void) {
    expect_float_op("0.1", BOP_ADD, "0.2", 0.30000000000000004);
    expect_float_op("7.5", BOP_FLOOR_DIVIDE, "2", 3.0);
    expect_float_op("-7.5", BOP_FLOOR_DIVIDE, "2", -4.0);
    expect_float_op("7.5", BOP_MODULO, "-2", -0.5);
    expect_float_op("-7.5", BOP_MODULO, "2", 0.5);
    expect_float_op("5.5", BOP_FLOOR_DIVIDE, "1.5", 3.0);
    expect_float_op("5.5", BOP_MODULO, "1.5", 1.0);
    expect_float_op("-5.5", BOP_FLOOR_DIVIDE, "1.5", -4.0);
    expect_float_op("-5.5", BOP_MODULO, "1.5", 0.5);
    expect_float_op("5.5", BOP_FLOOR_DIVIDE, "-1.5", -4.0);
    expect_float_op("5.5", BOP_MODULO, "-1.5", -0.5);
    expect_float_op("0.0", BOP_MODULO, "-1", -0.0);
    expect_float_op("-0.0", BOP_MODULO, "1", 0.0);
    expect_float_op("-0.0", BOP_FLOOR_DIVIDE, "1", -0.0);
    expect_float_op("0.5", BOP_FLOOR_DIVIDE, "-2", -1.0);
    expect_float_op("1e300", BOP_FLOOR_DIVIDE, "1e-10", INFINITY);
    expect_float_op("2.5", BOP_TRUE_DIVIDE, "-0.5", -5.0);
    expect_float_op("-2.0", BOP_POWER, "2", 4.0);
    expect_float_op("-2.0", BOP_POWER, "3.0", -8.0);
    expect_float_op("4", BOP_POWER, "0.5", 2.0);
    expect_float_op("10.0", BOP_POWER, "22", 1e22);
    expect_float_op("1e308", BOP_MULTIPLY, "10", INFINITY);
    expect_float_op("-1e308", BOP_MULTIPLY, "10", -INFINITY);
    expect_float_op("1e-300", BOP_MULTIPLY, "1e-100", 0.0);
    expect_float_op("2.0", BOP_INPLACE_MULTIPLY, "3", 6.0);
    /* the reference refuses these: ZeroDivisionError, complex result, unsupported types */
    expect_refused("1.0", BOP_TRUE_DIVIDE, "0");
    expect_refused("1.5", BOP_FLOOR_DIVIDE, "0.0");
    expect_refused("1.5", BOP_FLOOR_DIVIDE, "-0.0");
    expect_refused("2.5", BOP_MODULO, "0");
    expect_refused("0.0", BOP_POWER, "-1");
    expect_refused("-0.0", BOP_POWER, "-0.5");
    expect_refused("-8.0", BOP_POWER, "0.5");
    expect_refused("-1", BOP_POWER, "0.5");
    expect_refused("1.0", BOP_LSHIFT, "2");
    expect_refused("1", BOP_LSHIFT, "2.0");
    expect_refused("1.5", BOP_AND, "1");
    expect_refused("1.5", BOP_OR, "1");
    expect_refused("1.5", BOP_XOR, "1");
    expect_refused("1.5", BOP_MAT_MULTIPLY, "1");
    expect_refused("1.5", BOP_LESS, "2.5");
    /* 0.0 ** -inf and nan cases follow C's pow */
    Obj *r;
    Obj *inf = obj_float(arena, INFINITY), *nan_obj = obj_float(arena, NAN);
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_POWER, num("0.0"), obj_float(arena, -INFINITY), &r));
    CU_ASSERT_TRUE(same_double(r->u.f, INFINITY));
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_SUBTRACT, inf, inf, &r));
    CU_ASSERT_TRUE(isnan(r->u.f));
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_POWER, nan_obj, num("0"), &r));
    CU_ASSERT_TRUE(same_double(r->u.f, 1.0));
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_POWER, num("-2.0"), nan_obj, &r));
    CU_ASSERT_TRUE(isnan(r->u.f));
    /* only numbers fold */
    CU_ASSERT_FALSE(obj_binary_op(arena, BOP_ADD, obj_str(arena, OBJ_STR, "a", 1), num("1"), &r));
    CU_ASSERT_FALSE(obj_binary_op(arena, BOP_ADD, obj_bool(arena, true), num("1"), &r));
    CU_ASSERT_FALSE(obj_binary_op(arena, BOP_ADD, num("1j"), num("1"), &r));
}

static void expect_unary(UnOp op, const char *x, const char *want) {
    Obj *r = NULL;
    bool ok = obj_unary_op(arena, op, num(x), &r);
    if (want == NULL) {
        CU_ASSERT_FALSE(ok);
        return;
    }
    CU_ASSERT_TRUE_FATAL(ok);
    CU_ASSERT_TRUE(str_eq_free(obj_repr(r), want));
    if (r->type == OBJ_INT) {
        CU_ASSERT_EQUAL(r->u.i.big == NULL, obj_int_fits(r, 64, NULL));
    }
}

static void test_unary_ops(void) {
    expect_unary(UOP_NEGATIVE, "5", "-5");
    expect_unary(UOP_POSITIVE, "5", "5");
    expect_unary(UOP_INVERT, "5", "-6");
    expect_unary(UOP_INVERT, "-13", "12");
    expect_unary(UOP_NEGATIVE, "-9223372036854775808", "9223372036854775808");
    expect_unary(UOP_NEGATIVE, "9223372036854775808", "-9223372036854775808");
    expect_unary(UOP_INVERT, "9223372036854775807", "-9223372036854775808");
    expect_unary(UOP_INVERT, "-9223372036854775809", "9223372036854775808");
    expect_unary(UOP_INVERT, "18446744073709551616", "-18446744073709551617");
    expect_unary(UOP_POSITIVE, "-18446744073709551616", "-18446744073709551616");
    expect_unary(UOP_NEGATIVE, "1.5", "-1.5");
    expect_unary(UOP_NEGATIVE, "0.0", "-0.0");
    expect_unary(UOP_NEGATIVE, "-0.0", "0.0");
    expect_unary(UOP_POSITIVE, "-0.0", "-0.0");
    expect_unary(UOP_INVERT, "1.5", NULL);
    expect_unary(UOP_NOT, "0", "True");
    expect_unary(UOP_NOT, "0.5", "False");
    Obj *r;
    CU_ASSERT_FALSE(obj_unary_op(arena, UOP_NEGATIVE, num("2j"), &r));
    CU_ASSERT_FALSE(obj_unary_op(arena, UOP_NEGATIVE, obj_str(arena, OBJ_STR, "x", 1), &r));
    CU_ASSERT_TRUE(obj_unary_op(arena, UOP_NOT, obj_none(arena), &r));
    CU_ASSERT_EQUAL(r->type, OBJ_TRUE);
}

static void expect_int_parse(const char *text, const char *want) {
    char err[200] = "";
    Obj *o = obj_parse_int(arena, text, strlen(text), err, sizeof err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(o);
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(o), want));
    CU_ASSERT_EQUAL(o->u.i.big == NULL, obj_int_fits(o, 64, NULL));
}

static void expect_int_error(const char *text, size_t len, const char *want) {
    char err[200] = "";
    CU_ASSERT_PTR_NULL(obj_parse_int(arena, text, len, err, sizeof err));
    if (strcmp(err, want) != 0) {
        fprintf(stderr, "\n    got  '%s'\n    want '%s'\n", err, want);
    }
    CU_ASSERT_STRING_EQUAL(err, want);
}

static void test_parse_int(void) {
    expect_int_parse("0", "0");
    expect_int_parse("00", "0");
    expect_int_parse("0_0", "0");
    expect_int_parse("123", "123");
    expect_int_parse("1_000_000", "1000000");
    expect_int_parse("0x1F", "31");
    expect_int_parse("0X1f", "31");
    expect_int_parse("0x_ab", "171");
    expect_int_parse("0o777", "511");
    expect_int_parse("0O17", "15");
    expect_int_parse("0b101", "5");
    expect_int_parse("0B1_1", "3");
    expect_int_parse("9223372036854775807", "9223372036854775807");
    expect_int_parse("9223372036854775808", "9223372036854775808");
    expect_int_parse("4611686018427387904", "4611686018427387904");
    expect_int_parse("0xffffffffffffffff", "18446744073709551615");
    expect_int_parse("0xFFFF_FFFF_FFFF_FFFF", "18446744073709551615");
    expect_int_parse("0x1_0000_0000_0000_0000", "18446744073709551616");
    expect_int_parse("0o7777777777777777777777", "73786976294838206463");
    expect_int_parse("12_345_678_901_234_567_890", "12345678901234567890");
    expect_int_parse("1_000_000_000_000_000_000_000", "1000000000000000000000");
    expect_int_parse("0b1111111111111111111111111111111111111111111111111111111111111111111111",
                     "1180591620717411303423");
    expect_int_parse("0xffffffffffffffffffffffffffffffffffffffff", "1461501637330902918203684832716283019655932542975");
    expect_int_parse("-0x8000000000000000", "-9223372036854775808");
    expect_int_parse("123456789012345678901234567890123456789012345678901234567890",
                     "123456789012345678901234567890123456789012345678901234567890");
}

static void test_parse_int_errors(void) {
    expect_int_error("0x", 2, "invalid syntax for integer with base 16: ''");
    expect_int_error("0b1021", 6, "invalid syntax for integer with base 2: '1021'");
    expect_int_error("08", 2, "invalid syntax for integer with base 0: '08'");
    expect_int_error("0_8", 3, "invalid syntax for integer with base 0: '08'");
    expect_int_error("012", 3, "invalid syntax for integer with base 0: '012'");
    expect_int_error("12px", 4, "invalid syntax for integer with base 10: '12px'");
    expect_int_error("0o8", 3, "invalid syntax for integer with base 8: '8'");
    expect_int_error("0xfg", 4, "invalid syntax for integer with base 16: 'fg'");
    expect_int_error("", 0, "invalid syntax for integer with base 10: ''");
    expect_int_error("99999999999999999999999x", 24,
                     "invalid syntax for integer with base 10: '99999999999999999999999x'");
    /* the rest of the text is quoted as bytes */
    expect_int_error("1'", 2, "invalid syntax for integer with base 10: \"1'\"");
    expect_int_error("1'\"", 3, "invalid syntax for integer with base 10: '1\\'\"'");
    expect_int_error("1\x80\x7f\t\\", 5, "invalid syntax for integer with base 10: '1\\x80\\x7f\\t\\\\'");
    /* errlen is respected */
    char small[8];
    CU_ASSERT_PTR_NULL(obj_parse_int(arena, "0x", 2, small, sizeof small));
    CU_ASSERT_STRING_EQUAL(small, "invalid");
}

static void expect_float_parse(const char *text, double want) {
    char err[100];
    Obj *o = obj_parse_float(arena, text, strlen(text), err, sizeof err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(o);
    CU_ASSERT_EQUAL(o->type, OBJ_FLOAT);
    CU_ASSERT_TRUE(same_double(o->u.f, want));
}

static void expect_float_error(const char *text) {
    char err[100] = "";
    CU_ASSERT_PTR_NULL(obj_parse_float(arena, text, strlen(text), err, sizeof err));
    CU_ASSERT_STRING_EQUAL(err, "invalid syntax for number");
}

static void test_parse_float(void) {
    expect_float_parse("1.5", 1.5);
    expect_float_parse(".5", 0.5);
    expect_float_parse("5.", 5.0);
    expect_float_parse("1e5", 100000.0);
    expect_float_parse("1E-3", 0.001);
    expect_float_parse("1_000.000_5", 1000.0005);
    expect_float_parse("1e400", INFINITY);
    expect_float_parse("1e-400", 0.0);
    expect_float_parse("0e999999999999", 0.0);
    expect_float_parse("0.1", 0.1);
    expect_float_parse("82.1", 82.1);
    expect_float_parse("1e23", 1e23);
    expect_float_parse("5e-324", 5e-324);
    expect_float_parse("1.7976931348623157e308", 1.7976931348623157e308);
    /* the reference keeps 19 significant digits and drops the rest (no rounding) */
    expect_float_parse("0.1000000000000000055511", 0.1);
    expect_float_parse("123456789012345678901234567890.0", 1.2345678901234568e+29);
    expect_float_parse("4503599627370497.5", 4503599627370498.0);
    expect_float_parse("9007199254740993.0", 9007199254740992.0);
    expect_float_parse(".", 0.0); /* the reference's digit reader accepts a lone point */
    expect_float_parse("inf", INFINITY);
    expect_float_parse("-Infinity", -INFINITY);
    char err[100];
    Obj *o = obj_parse_float(arena, "nan", 3, err, sizeof err);
    CU_ASSERT_TRUE(o != NULL && isnan(o->u.f));
    o = obj_parse_float(arena, "2.5j", 4, err, sizeof err);
    CU_ASSERT_TRUE_FATAL(o != NULL && o->type == OBJ_COMPLEX);
    CU_ASSERT_TRUE(same_double(o->u.c.real, 0.0));
    CU_ASSERT_TRUE(same_double(o->u.c.imag, 2.5));
    o = obj_parse_float(arena, "1e3J", 4, err, sizeof err);
    CU_ASSERT_TRUE_FATAL(o != NULL && o->type == OBJ_COMPLEX);
    CU_ASSERT_TRUE(same_double(o->u.c.imag, 1000.0));
    expect_float_error("5e");
    expect_float_error("5e+");
    expect_float_error("1.2.3");
    expect_float_error("1.5x");
    expect_float_error("1jj");
    expect_float_error("");
    expect_float_error("1e5e5");
}

static void test_float_repr(void) {
    /* literal -> the text the reference stored in its .mpy (tests/conformance) */
    static const struct {
        const char *literal, *stored;
    } golden[] = {
        {"82.1", "82.09999999999999"},
        {"98765.4321", "98765.43210000001"},
        {"0.07", "0.07000000000000001"},
        {"100.01", "100.01"},
        {"0.1", "0.1"},
        {"1e-310", "0.999999999999997e-310"},
        {"1e-315", "0.999999998481684e-315"},
        {"1e-320", "0.999988867182683e-320"},
        {"3e-321", "2.998978470256367e-321"},
        {"2.5e-323", "2.470328229206233e-323"},
        {"5e-324", "4.940656458412465e-324"},
        {"1.5e-316", "1.500000000192854e-316"},
        {"7.7e-309", "7.700000000000001e-309"},
        {"2.2250738585072009e-308", "2.225073858507201e-308"},
        {"2.2250738585072014e-308", "2.2250738585072014e-308"},
        {"1e300", "1e+300"},
        {"1.7976931348623157e308", "1.7976931348623157e+308"},
        {"8.98846567431158e307", "8.98846567431158e+307"},
        {"9.999999999999999e299", "9.999999999999999e+299"},
        {"1e-4", "0.0001"},
        {"1e-5", "1e-05"},
        {"1e-7", "1e-07"},
        {"0.00001234", "1.234e-05"},
        {"0.000123456789", "0.000123456789"},
        {"1e15", "1000000000000000.0"},
        {"1e16", "1e+16"},
        {"1e22", "1e+22"},
        {"1e23", "1e+23"},
        {"123456789012345.6", "123456789012345.6"},
        {"1234567890123456.7", "1234567890123456.8"},
        {"12345678901234567.0", "1.2345678901234568e+16"},
        {"9007199254740993.0", "9007199254740992.0"},
        {"123456789.123456789", "123456789.12345679"},
        {"4503599627370497.5", "4503599627370498.0"},
        {"6.02214076e23", "6.02214076e+23"},
        {"6.62607015e-34", "6.62607015e-34"},
        {"1.602176634e-19", "1.602176634e-19"},
        {"299792458.0", "299792458.0"},
        {"9.806649999999999", "9.806649999999999"},
        {"64.77800000000001", "64.77800000000001"},
        {"1e400", "inf"},
        {"0.0", "0.0"},
        {"-0.0", "-0.0"},
        {"-82.1", "-82.09999999999999"},
        {"-1e-310", "-0.999999999999997e-310"},
    };
    for (size_t i = 0; i < sizeof golden / sizeof golden[0]; i++) {
        expect_repr(num(golden[i].literal), golden[i].stored);
    }
    expect_float_repr(-INFINITY, "-inf");
    expect_float_repr(NAN, "nan");
    expect_float_repr(-NAN, "nan");
    expect_float_repr(1.0, "1.0");
    expect_float_repr(2.5, "2.5");
    expect_float_repr(0.5, "0.5");
    expect_float_repr(0.05, "0.05");
}

/* x op y, then its repr, for folds whose stored text the reference's .mpy shows. */
static void expect_fold_repr(const char *x, BinOp op, const char *y, const char *want) {
    Obj *r;
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, op, num(x), num(y), &r));
    expect_repr(r, want);
}

static void test_folded_float_repr(void) {
    expect_fold_repr("0.1", BOP_MULTIPLY, "3", "0.30000000000000004");
    expect_fold_repr("1", BOP_TRUE_DIVIDE, "3", "0.3333333333333333");
    expect_fold_repr("1e-300", BOP_MULTIPLY, "1e-15", "0.999999998481684e-315");
    expect_fold_repr("1e308", BOP_MULTIPLY, "1.5", "1.5e+308");
    expect_fold_repr("1e308", BOP_MULTIPLY, "2", "inf");
    expect_fold_repr("2.0", BOP_POWER, "-1070", "7.905050333459945e-323");
    expect_fold_repr("10.0", BOP_POWER, "23", "1.0000000000000001e+23");
    expect_fold_repr("1", BOP_SUBTRACT, "0.9", "0.09999999999999998");
    expect_fold_repr("0.1", BOP_ADD, "0.7", "0.7999999999999999");
    expect_fold_repr("1e16", BOP_ADD, "2", "1.0000000000000002e+16");
    expect_fold_repr("-1e-310", BOP_MULTIPLY, "2", "-1.999999999999994e-310");
    expect_fold_repr("5e-324", BOP_TRUE_DIVIDE, "2", "0.0");
    expect_fold_repr("1e-323", BOP_MULTIPLY, "0.5", "4.940656458412465e-324");
    expect_fold_repr("2", BOP_POWER, "60.0", "1.152921504606847e+18");
}

static void test_other_repr(void) {
    char err[64];
    expect_repr(num("1j"), "1j");
    expect_repr(num("0j"), "0j");
    expect_repr(num("2.5j"), "2.5j");
    expect_repr(num("1e400j"), "infj");
    expect_repr(obj_parse_float(arena, "nanj", 4, err, sizeof err), "nanj");
    Obj c = {.type = OBJ_COMPLEX, .u.c = {1.0, 2.0}};
    expect_repr(&c, "(1+2j)");
    c.u.c.imag = -0.5;
    expect_repr(&c, "(1-0.5j)");
    c.u.c.real = 82.1;
    c.u.c.imag = NAN;
    expect_repr(&c, "(82.09999999999999+nanj)");
    expect_repr(obj_none(arena), "None");
    expect_repr(obj_bool(arena, true), "True");
    expect_repr(obj_bool(arena, false), "False");
    expect_repr(obj_ellipsis(arena), "Ellipsis");
    expect_repr(num("-18446744073709551616"), "-18446744073709551616");
    expect_repr(obj_str(arena, OBJ_STR, "abc", 3), "'abc'");
    expect_repr(obj_str(arena, OBJ_STR, "it's", 4), "\"it's\"");
    expect_repr(obj_str(arena, OBJ_STR, "say \"hi\"", 8), "'say \"hi\"'");
    expect_repr(obj_str(arena, OBJ_STR, "'\"", 2), "'\\'\"'");
    expect_repr(obj_str(arena, OBJ_STR, "a\\b\n\r\t\x01\x7f", 8), "'a\\\\b\\n\\r\\t\\x01\\x7f'");
    expect_repr(obj_str(arena, OBJ_STR, "\0", 1), "'\\x00'");
    /* printable non-ASCII stays as UTF-8; surrogates and beyond U+10FFFF are escaped */
    expect_repr(obj_str(arena, OBJ_STR, "\xc3\xa9\xe2\x80\xa8", 5), "'\xc3\xa9\xe2\x80\xa8'");
    expect_repr(obj_str(arena, OBJ_STR, "\xed\xa0\x80", 3), "'\\ud800'");
    expect_repr(obj_str(arena, OBJ_STR, "\xf4\x90\x80\x80", 4), "'\\U00110000'");
    expect_repr(obj_str(arena, OBJ_STR, "\xf0\x9f\x98\x80", 4), "'\xf0\x9f\x98\x80'");
    expect_repr(obj_str(arena, OBJ_BYTES, "a'\x80\xff\t", 5), "b\"a'\\x80\\xff\\t\"");
    expect_repr(obj_str(arena, OBJ_BYTES, "", 0), "b''");
    Obj *items[3] = {num("1"), num("2.5"), obj_str(arena, OBJ_STR, "a", 1)};
    expect_repr(obj_tuple(arena, items, 3), "(1, 2.5, 'a')");
    expect_repr(obj_tuple(arena, items, 1), "(1,)");
    expect_repr(obj_tuple(arena, NULL, 0), "()");
    Obj *nested[2] = {obj_tuple(arena, items, 1), obj_none(arena)};
    expect_repr(obj_tuple(arena, nested, 2), "((1,), None)");
}

static void test_truth_and_fits(void) {
    CU_ASSERT_FALSE(obj_is_true(obj_none(arena)));
    CU_ASSERT_FALSE(obj_is_true(obj_bool(arena, false)));
    CU_ASSERT_TRUE(obj_is_true(obj_bool(arena, true)));
    CU_ASSERT_TRUE(obj_is_true(obj_ellipsis(arena)));
    CU_ASSERT_FALSE(obj_is_true(num("0")));
    CU_ASSERT_TRUE(obj_is_true(num("-1")));
    CU_ASSERT_TRUE(obj_is_true(num("18446744073709551616")));
    CU_ASSERT_FALSE(obj_is_true(num("0.0")));
    CU_ASSERT_FALSE(obj_is_true(num("-0.0")));
    CU_ASSERT_TRUE(obj_is_true(obj_float(arena, NAN)));
    CU_ASSERT_FALSE(obj_is_true(num("0j")));
    CU_ASSERT_TRUE(obj_is_true(num("1j")));
    CU_ASSERT_FALSE(obj_is_true(obj_str(arena, OBJ_STR, "", 0)));
    CU_ASSERT_TRUE(obj_is_true(obj_str(arena, OBJ_BYTES, "\0", 1)));
    CU_ASSERT_FALSE(obj_is_true(obj_tuple(arena, NULL, 0)));
    Obj *one = num("1");
    CU_ASSERT_TRUE(obj_is_true(obj_tuple(arena, &one, 1)));

    int64_t v = 0;
    CU_ASSERT_TRUE(obj_int_fits(num("1073741823"), 31, &v));
    CU_ASSERT_EQUAL(v, 1073741823);
    CU_ASSERT_FALSE(obj_int_fits(num("1073741824"), 31, &v));
    CU_ASSERT_TRUE(obj_int_fits(num("-1073741824"), 31, &v));
    CU_ASSERT_EQUAL(v, -1073741824);
    CU_ASSERT_FALSE(obj_int_fits(num("-1073741825"), 31, &v));
    CU_ASSERT_TRUE(obj_int_fits(num("-1"), 1, &v));
    CU_ASSERT_FALSE(obj_int_fits(num("1"), 1, &v));
    CU_ASSERT_TRUE(obj_int_fits(num("-9223372036854775808"), 64, &v));
    CU_ASSERT_EQUAL(v, INT64_MIN);
    CU_ASSERT_FALSE(obj_int_fits(num("9223372036854775808"), 64, &v));
    CU_ASSERT_TRUE(obj_int_fits(num("4611686018427387903"), 63, NULL));
    CU_ASSERT_FALSE(obj_int_fits(num("4611686018427387904"), 63, NULL));
    CU_ASSERT_FALSE(obj_int_fits(num("1.0"), 31, &v));

    CU_ASSERT_TRUE(obj_is_int(num("5")));
    CU_ASSERT_FALSE(obj_is_int(num("5.0")));
    CU_ASSERT_TRUE(obj_is_number(num("5"), false));
    CU_ASSERT_FALSE(obj_is_number(num("5.0"), false));
    CU_ASSERT_TRUE(obj_is_number(num("5.0"), true));
    CU_ASSERT_FALSE(obj_is_number(num("5j"), true));
    CU_ASSERT_FALSE(obj_is_number(obj_bool(arena, true), true));
}

static void test_long_literals_are_fast(void) {
    /* a 3000-digit literal, multiplied, printed and divided back */
    size_t n = 3000;
    char *text = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        text[i] = (char)('0' + (i + 1) % 10);
    }
    text[n] = '\0';
    Obj *x = num(text), *r, *q;
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(x), text));
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_MULTIPLY, x, num("7"), &r));
    char *s = obj_int_decimal(r);
    CU_ASSERT_EQUAL(strlen(s), 3000);
    CU_ASSERT_EQUAL(strncmp(s, "864197523086419752308641975230", 30), 0);
    CU_ASSERT_STRING_EQUAL(s + 3000 - 30, "864197523086419752308641975230");
    free(s);
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_FLOOR_DIVIDE, r, num("7"), &q));
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(q), text));
    CU_ASSERT_TRUE_FATAL(obj_binary_op(arena, BOP_MODULO, x, num("12345678987654321"), &r));
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(r), "7861823029174104"));
    free(text);
    fresh_arena();
}

/* CircuitPython 9: literal -> the text its mpy-cross stored (tests/conformance/circuitpython9). */
static void test_cp9_float_text(void) {
    static const struct {
        const char *literal, *stored;
    } golden[] = {
        {"82.1", "82.09999999999999"},
        {"0.07", "0.07000000000000001"},
        {"98765.4321", "98765.43210000001"},
        {"1e-310", "1e-310"},
        {"5e-324", "1e-323"},
        {"2.2250738585072009e-308", "2.225073858507201e-308"},
        {"1.7976931348623157e308", "1.797693134862316e+308"},
        {"6.02214076e23", "6.022140759999999e+23"},
        {"0.12345678901234567890123456789", "0.1234567890123456"},
        {"1e16", "1e+16"},
        {"1e15", "1000000000000000.0"},
        {"1234567890123456.7", "1234567890123457.0"},
        {"0.0001", "0.0001"},
        {"1e-5", "1e-05"},
        {"0.00001234", "1.234e-05"},
        {"1e-7", "1e-07"},
        {"1e23", "1e+23"},
        {"9007199254740993.0", "9007199254740992.0"},
        {"123456789.123456789", "123456789.1234568"},
        {"1.2345678901234567e29", "1.234567890123457e+29"},
        {"6.62607015e-34", "6.62607015e-34"},
        {"0.0", "0.0"},
        {"1e400", "inf"},
        {"2.5j", "2.5j"},
        {"0j", "0j"},
        {"1e400j", "infj"},
    };
    char err[100];
    for (size_t i = 0; i < sizeof golden / sizeof golden[0]; i++) {
        const char *lit = golden[i].literal;
        Obj *o = obj_parse_float_for(arena, OBJ_DIALECT_CIRCUITPYTHON9, lit, strlen(lit), err, sizeof err);
        CU_ASSERT_PTR_NOT_NULL_FATAL(o);
        CU_ASSERT_TRUE(str_eq_free(obj_repr_for(o, OBJ_DIALECT_CIRCUITPYTHON9), golden[i].stored));
    }
    /* the two parsers differ on long mantissas; the printers on most values */
    Obj *mp = num("0.12345678901234567890123456789");
    Obj *cp = obj_parse_float_for(arena, OBJ_DIALECT_CIRCUITPYTHON9, "0.12345678901234567890123456789", 31, err, sizeof err);
    CU_ASSERT_TRUE(mp->u.f != cp->u.f);
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(num("0.5"), OBJ_DIALECT_CIRCUITPYTHON9), "0.5"));
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(num("-0.0"), OBJ_DIALECT_CIRCUITPYTHON9), "-0.0"));
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(obj_float(arena, -INFINITY), OBJ_DIALECT_CIRCUITPYTHON9), "-inf"));
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(obj_float(arena, NAN), OBJ_DIALECT_CIRCUITPYTHON9), "nan"));
    /* 9.9999999999999999e22 rounds up past a power of ten */
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(obj_float(arena, 99999999999999991611392.0), OBJ_DIALECT_CIRCUITPYTHON9), "1e+23"));
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(obj_float(arena, 9999999999999998.0), OBJ_DIALECT_CIRCUITPYTHON9), "9999999999999998.0"));
    /* complex parts: an explicit '+' before a non-negative or nan imaginary part */
    Obj c = {.type = OBJ_COMPLEX, .u.c = {1.0, 2.0}};
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(&c, OBJ_DIALECT_CIRCUITPYTHON9), "(1+2j)"));
    c.u.c.imag = -0.0;
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(&c, OBJ_DIALECT_CIRCUITPYTHON9), "(1+-0j)"));
    c.u.c.imag = NAN;
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(&c, OBJ_DIALECT_CIRCUITPYTHON9), "(1+nanj)"));
    c.u.c.imag = -2.5;
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(&c, OBJ_DIALECT_CIRCUITPYTHON9), "(1-2.5j)"));
    Obj *items[2] = {num("82.1"), num("1")};
    CU_ASSERT_TRUE(str_eq_free(obj_repr_for(obj_tuple(arena, items, 2), OBJ_DIALECT_CIRCUITPYTHON9), "(82.09999999999999, 1)"));
    CU_ASSERT_PTR_NULL(obj_parse_float_for(arena, OBJ_DIALECT_CIRCUITPYTHON9, "5e", 2, err, sizeof err));
    CU_ASSERT_STRING_EQUAL(err, "invalid syntax for number");
}

static void test_cp9_leading_zero(void) {
    char err[100];
    Obj *o = obj_parse_int_for(arena, OBJ_DIALECT_CIRCUITPYTHON9, "08", 2, err, sizeof err);
    CU_ASSERT_TRUE_FATAL(o != NULL);
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(o), "8"));
    o = obj_parse_int_for(arena, OBJ_DIALECT_CIRCUITPYTHON9, "0_12", 4, err, sizeof err);
    CU_ASSERT_TRUE_FATAL(o != NULL);
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(o), "12"));
    o = obj_parse_int_for(arena, OBJ_DIALECT_CIRCUITPYTHON9, "0x1f", 4, err, sizeof err);
    CU_ASSERT_TRUE_FATAL(o != NULL);
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(o), "31"));
    CU_ASSERT_PTR_NULL(obj_parse_int_for(arena, OBJ_DIALECT_CIRCUITPYTHON9, "0b12", 4, err, sizeof err));
    CU_ASSERT_STRING_EQUAL(err, "invalid syntax for integer with base 2: '12'");
    CU_ASSERT_PTR_NULL(obj_parse_int_for(arena, OBJ_DIALECT_MICROPYTHON, "08", 2, err, sizeof err));
    CU_ASSERT_STRING_EQUAL(err, "invalid syntax for integer with base 0: '08'");
}

/* x op y in dialect d: value, and whether the reference keeps it a long-int object */
static void expect_boxed(ObjDialect d, const char *x, BinOp op, const char *y, const char *want, bool boxed) {
    Obj *r;
    CU_ASSERT_TRUE_FATAL(obj_binary_op_for(arena, d, op, num(x), num(y), &r));
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(r), want));
    CU_ASSERT_EQUAL(r->u.i.boxed, boxed);
}

static void test_boxed_ints(void) {
    const ObjDialect mp = OBJ_DIALECT_MICROPYTHON, cp9 = OBJ_DIALECT_CIRCUITPYTHON9;
    /* literals: small ints are 63-bit on the reference's 64-bit host */
    CU_ASSERT_FALSE(num("4611686018427387903")->u.i.boxed);
    CU_ASSERT_TRUE(num("4611686018427387904")->u.i.boxed);
    CU_ASSERT_FALSE(num("-4611686018427387904")->u.i.boxed);
    CU_ASSERT_TRUE(obj_small(arena, INT64_MAX)->u.i.boxed);
    CU_ASSERT_FALSE(obj_small(arena, -5)->u.i.boxed);
    /* the modern runtime shrinks results; CircuitPython 9 keeps long-int results long */
    expect_boxed(mp, "4611686018427387904", BOP_FLOOR_DIVIDE, "1099511627776", "4194304", false);
    expect_boxed(cp9, "4611686018427387904", BOP_FLOOR_DIVIDE, "1099511627776", "4194304", true);
    expect_boxed(mp, "1267650600228229401496703205376", BOP_RSHIFT, "78", "4194304", false);
    expect_boxed(cp9, "1267650600228229401496703205376", BOP_RSHIFT, "78", "4194304", true);
    expect_boxed(cp9, "1000000000000000000000000000000", BOP_MODULO, "7", "1", true);
    expect_boxed(cp9, "-1180591620717411303424", BOP_AND, "65535", "0", true);
    expect_boxed(cp9, "0", BOP_LSHIFT, "64", "0", true);
    expect_boxed(mp, "0", BOP_LSHIFT, "64", "0", false);
    expect_boxed(cp9, "0", BOP_LSHIFT, "63", "0", false);
    expect_boxed(cp9, "1073741824", BOP_XOR, "1073741824", "0", false);
    expect_boxed(cp9, "3", BOP_POWER, "40", "12157665459056928801", true);
    expect_boxed(mp, "2", BOP_POWER, "62", "4611686018427387904", true);
    expect_boxed(mp, "2", BOP_POWER, "61", "2305843009213693952", false);
    expect_boxed(mp, "-4611686018427387904", BOP_FLOOR_DIVIDE, "-1", "4611686018427387904", true);
    /* -x and ~x of a long int stay long in both */
    Obj *r;
    CU_ASSERT_TRUE_FATAL(obj_unary_op(arena, UOP_NEGATIVE, num("4611686018427387904"), &r));
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(r), "-4611686018427387904"));
    CU_ASSERT_TRUE(r->u.i.boxed);
    CU_ASSERT_TRUE(obj_int_fits(r, 63, NULL));
    CU_ASSERT_FALSE(obj_int_is_small(r, 63, NULL));
    Obj *inv;
    CU_ASSERT_TRUE_FATAL(obj_unary_op(arena, UOP_INVERT, r, &inv));
    CU_ASSERT_TRUE(str_eq_free(obj_int_decimal(inv), "4611686018427387903"));
    CU_ASSERT_TRUE(inv->u.i.boxed);
    CU_ASSERT_TRUE_FATAL(obj_unary_op(arena, UOP_NEGATIVE, num("-4611686018427387904"), &r));
    CU_ASSERT_TRUE(r->u.i.boxed);
    CU_ASSERT_TRUE_FATAL(obj_unary_op(arena, UOP_NEGATIVE, num("5"), &r));
    CU_ASSERT_FALSE(r->u.i.boxed);
    CU_ASSERT_TRUE_FATAL(obj_unary_op(arena, UOP_POSITIVE, num("4611686018427387904"), &r));
    CU_ASSERT_TRUE(r->u.i.boxed);
    /* a boxed operand: shrunk by the modern runtime, kept by CircuitPython 9 */
    Obj *box;
    CU_ASSERT_TRUE_FATAL(obj_binary_op_for(arena, cp9, BOP_RSHIFT, num("1267650600228229401496703205376"), num("90"), &box));
    CU_ASSERT_TRUE(box->u.i.boxed);
    CU_ASSERT_TRUE_FATAL(obj_binary_op_for(arena, cp9, BOP_ADD, box, num("1"), &r));
    CU_ASSERT_TRUE(r->u.i.boxed);
    CU_ASSERT_TRUE_FATAL(obj_binary_op_for(arena, mp, BOP_ADD, box, num("1"), &r));
    CU_ASSERT_FALSE(r->u.i.boxed);
    /* obj_int_is_small: not boxed and fits the target width */
    int64_t v = 0;
    CU_ASSERT_TRUE(obj_int_is_small(num("1073741823"), 31, &v));
    CU_ASSERT_EQUAL(v, 1073741823);
    CU_ASSERT_FALSE(obj_int_is_small(num("1073741824"), 31, &v));
    CU_ASSERT_FALSE(obj_int_is_small(box, 31, &v));
    CU_ASSERT_TRUE(obj_int_fits(box, 31, &v));
    CU_ASSERT_EQUAL(v, 1024);
    CU_ASSERT_FALSE(obj_int_is_small(num("1.0"), 31, &v));
}

/* Runs a test with a fresh arena, released afterwards. */
#define WITH_ARENA(test) \
    static void run_##test(void) { \
        arena = arena_new(); \
        test(); \
        arena_free(arena); \
        arena = NULL; \
    }
WITH_ARENA(test_binop_numbering)
WITH_ARENA(test_small_int_ops)
WITH_ARENA(test_int_overflow_into_big)
WITH_ARENA(test_big_int_arithmetic)
WITH_ARENA(test_big_division)
WITH_ARENA(test_refused_int_folds)
WITH_ARENA(test_huge_but_allowed)
WITH_ARENA(test_int_to_float_ops)
WITH_ARENA(test_float_ops)
WITH_ARENA(test_unary_ops)
WITH_ARENA(test_parse_int)
WITH_ARENA(test_parse_int_errors)
WITH_ARENA(test_parse_float)
WITH_ARENA(test_float_repr)
WITH_ARENA(test_folded_float_repr)
WITH_ARENA(test_other_repr)
WITH_ARENA(test_truth_and_fits)
WITH_ARENA(test_long_literals_are_fast)
WITH_ARENA(test_cp9_float_text)
WITH_ARENA(test_cp9_leading_zero)
WITH_ARENA(test_boxed_ints)

void suite_objects(void) {
    static const UnitTest tests[] = {
        {"op numbering is the runtime's", run_test_binop_numbering},
        {"small int ops", run_test_small_int_ops},
        {"int64 overflow widens", run_test_int_overflow_into_big},
        {"big int arithmetic", run_test_big_int_arithmetic},
        {"big int division signs", run_test_big_division},
        {"refused int folds", run_test_refused_int_folds},
        {"huge but allowed folds", run_test_huge_but_allowed},
        {"int ops giving floats", run_test_int_to_float_ops},
        {"float ops", run_test_float_ops},
        {"unary ops", run_test_unary_ops},
        {"int literals", run_test_parse_int},
        {"int literal errors", run_test_parse_int_errors},
        {"float literals", run_test_parse_float},
        {"float repr", run_test_float_repr},
        {"folded float repr", run_test_folded_float_repr},
        {"complex, str, bytes, tuple repr", run_test_other_repr},
        {"truth and fits", run_test_truth_and_fits},
        {"long literals", run_test_long_literals_are_fast},
        {"CircuitPython 9 float text", run_test_cp9_float_text},
        {"CircuitPython 9 leading zeros", run_test_cp9_leading_zero},
        {"long-int objects (boxed)", run_test_boxed_ints},
        {NULL, NULL},
    };
    unit_add_suite("objects", tests);
}
