/* main.c: runs every unit-test suite listed in suites.h; exit status 1 when any assertion failed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/Basic.h>

#include "suites.h"

void unit_add_suite(const char *suite, const UnitTest *tests) {
    CU_pSuite s = CU_add_suite(suite, NULL, NULL);
    if (s == NULL) {
        fprintf(stderr, "unit: cannot add suite %s\n", suite);
        exit(2);
    }
    for (const UnitTest *t = tests; t->name != NULL; t++) {
        CU_add_test(s, t->name, t->fn);
    }
}

int main(int argc, char **argv) {
    if (CU_initialize_registry() != CUE_SUCCESS) {
        return 2;
    }
#define UNIT_REGISTER(name) suite_##name();
    UNIT_SUITES(UNIT_REGISTER)
#undef UNIT_REGISTER
    CU_basic_set_mode(argc > 1 && strcmp(argv[1], "-v") == 0 ? CU_BRM_VERBOSE : CU_BRM_NORMAL);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_tests_failed() + CU_get_number_of_failures();
    unsigned run = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    return failed == 0 && run > 0 ? 0 : 1;
}
