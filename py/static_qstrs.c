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

static const unsigned char sq_len[] = {
    0,
#define SQ_LEN(ident, text) sizeof text - 1,
    MPY_STATIC_QSTRS(SQ_LEN)
#undef SQ_LEN
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
        if (sq_len[n] == len && memcmp(sq_text[n], s, len) == 0) {
            return n;
        }
    }
    return 0;
}
