/* static_qstrs.c: lookups in the .mpy format's fixed list of static qstrs. */
#include "static_qstrs.h"

#include <string.h>

/* Index 0 is the invalid number 0. */
static const char *const sq_text[] = {
    NULL,
#define SQ_TEXT(ident, text) text,
    MPY_STATIC_QSTRS(SQ_TEXT)
#undef SQ_TEXT
};

_Static_assert(sizeof sq_text / sizeof sq_text[0] == 166, "the format fixes 165 static qstrs");

const char *mpy_static_qstr(unsigned n) {
    if (n == 0 || n > MPY_STATIC_QSTR_COUNT) {
        return NULL;
    }
    return sq_text[n];
}

unsigned mpy_static_qstr_find(const char *s, size_t len) {
    /* 165 short strings: a scan that compares lengths first is quick enough. */
    for (unsigned n = 1; n <= MPY_STATIC_QSTR_COUNT; n++) {
        const char *t = sq_text[n];
        if (strlen(t) == len && memcmp(t, s, len) == 0) {
            return n;
        }
    }
    return 0;
}
