/* test_arena.c: the arena allocator hands out aligned, zeroed, independent blocks. */
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "suites.h"

static void test_alignment_and_zero(void) {
    Arena *a = arena_new();
    for (size_t n = 1; n < 300; n += 7) {
        unsigned char *p = arena_alloc(a, n);
        CU_ASSERT_EQUAL((uintptr_t)p % 8, 0);
        for (size_t i = 0; i < n; i++) {
            CU_ASSERT_EQUAL_FATAL(p[i], 0);
        }
        memset(p, 0xAB, n);
    }
    arena_free(a);
}

static void test_big_blocks_keep_current_chunk(void) {
    Arena *a = arena_new();
    char *small1 = arena_alloc(a, 10);
    char *big = arena_alloc(a, 1 << 20);
    char *small2 = arena_alloc(a, 10);
    big[(1 << 20) - 1] = 1;
    /* the small blocks come from the same chunk, one 8-byte-rounded step apart */
    CU_ASSERT_EQUAL(small2 - small1, 16);
    CU_ASSERT_EQUAL(arena_used(a), 16 + (1 << 20) + 16);
    char *odd1 = arena_alloc(a, 3);
    char *odd2 = arena_alloc(a, 3);
    CU_ASSERT_EQUAL(odd2 - odd1, 8);
    arena_free(a);
}

static void test_grow_keeps_contents(void) {
    Arena *a = arena_new();
    int *v = arena_grow(a, NULL, 4 * sizeof(int));
    int *w = arena_grow(a, NULL, 4 * sizeof(int));
    for (int i = 0; i < 4; i++) {
        v[i] = i;
        w[i] = 10 * i;
    }
    v = arena_grow(a, v, 100000 * sizeof(int));
    w = arena_grow(a, w, 100000 * sizeof(int));
    for (int i = 0; i < 4; i++) {
        CU_ASSERT_EQUAL(v[i], i);
        CU_ASSERT_EQUAL(w[i], 10 * i);
    }
    arena_free(a); /* releases both: the sanitizer build checks for leaks */
}

static void test_release_one_block(void) {
    Arena *a = arena_new();
    int *v[3];
    for (int k = 0; k < 3; k++) {
        v[k] = arena_grow(a, NULL, 64 * sizeof(int));
        v[k][63] = k;
    }
    arena_release(a, v[1]);   /* from the middle of the list */
    arena_release(a, v[2]);   /* the newest */
    arena_release(a, NULL);   /* nothing */
    CU_ASSERT_EQUAL(v[0][63], 0);
    v[1] = arena_grow(a, NULL, 8);
    arena_release(a, v[0]);   /* the oldest */
    arena_free(a);            /* v[1] still listed: the sanitizer build checks none leaks or is freed twice */
}

static void test_dup_terminates(void) {
    Arena *a = arena_new();
    char *s = arena_dup(a, "abc\0def", 7);
    CU_ASSERT_EQUAL(memcmp(s, "abc\0def", 8), 0);
    arena_free(a);
}

void suite_arena(void) {
    static const UnitTest tests[] = {
        {"alignment and zeroing", test_alignment_and_zero},
        {"big blocks keep the current chunk", test_big_blocks_keep_current_chunk},
        {"dup adds a NUL", test_dup_terminates},
        {"grown blocks keep their contents", test_grow_keeps_contents},
        {"a grown block can be given back alone", test_release_one_block},
        {NULL, NULL},
    };
    unit_add_suite("arena", tests);
}
