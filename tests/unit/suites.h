/* suites.h: every CUnit suite of the unit-test binary, listed once. */
#ifndef UNIT_SUITES_H
#define UNIT_SUITES_H

#include <CUnit/CUnit.h>

/* X(name): each suite file defines void suite_NAME(void), which adds its suite and tests. */
#define UNIT_SUITES(X) \
    X(arena) \
    X(ir) \
    X(emit) \
    X(mpy_read) \
    X(lexer) \
    X(objects) \
    X(cost) \
    X(parser) \
    X(fuzz) \
    X(pack_toml) \
    X(pack_version)

#define UNIT_DECLARE(name) void suite_##name(void);
UNIT_SUITES(UNIT_DECLARE)
#undef UNIT_DECLARE

/* Adds a suite and its tests; tests is a {name, fn} list ending with {NULL, NULL}. */
typedef struct {
    const char *name;
    CU_TestFunc fn;
} UnitTest;
void unit_add_suite(const char *suite, const UnitTest *tests);

#endif
