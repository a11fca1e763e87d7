/* test_mpy_read.c: the .mpy encodings byte by byte, whole hand-made files, and a fuzz run
   over damaged copies of the golden files (every one must be read or rejected cleanly). */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mpy_read.h"
#include "opcodes.h"
#include "static_qstrs.h"
#include "suites.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ---- var-ints ---- */

static void test_uint(void) {
    static const struct {
        uint8_t b[4];
        size_t n;
        uint64_t v;
    } ok[] = {
        {{0x00}, 1, 0},          {{0x7f}, 1, 127},         {{0x81, 0x00}, 2, 128},
        {{0x82, 0x2c}, 2, 300},  {{0xff, 0x7f}, 2, 16383}, {{0x81, 0x80, 0x00}, 3, 16384},
        {{0x80, 0x80, 0x05}, 3, 5}, /* leading zero groups are allowed */
    };
    for (size_t i = 0; i < N(ok); i++) {
        size_t pos = 0;
        uint64_t v = 99;
        CU_ASSERT_PTR_NULL(mpr_get_uint(ok[i].b, ok[i].n, &pos, &v));
        CU_ASSERT_EQUAL(v, ok[i].v);
        CU_ASSERT_EQUAL(pos, ok[i].n);
    }
    /* truncated: the last byte still has bit 7 set */
    const uint8_t cut[] = {0x81, 0x80};
    size_t pos = 0;
    uint64_t v;
    CU_ASSERT_PTR_NOT_NULL(mpr_get_uint(cut, 2, &pos, &v));
    CU_ASSERT_EQUAL(pos, 0);
    CU_ASSERT_PTR_NOT_NULL(mpr_get_uint(cut, 0, &pos, &v));
    /* 64 bits fit (ten groups, the first holding one bit), 65 do not */
    const uint8_t max[] = {0x81, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f};
    pos = 0;
    CU_ASSERT_PTR_NULL(mpr_get_uint(max, sizeof max, &pos, &v));
    CU_ASSERT_EQUAL(v, UINT64_MAX);
    const uint8_t big[] = {0x83, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f};
    pos = 0;
    CU_ASSERT_PTR_NOT_NULL(mpr_get_uint(big, sizeof big, &pos, &v));
    /* starting mid-buffer */
    const uint8_t two[] = {0x05, 0x83, 0x00};
    pos = 1;
    CU_ASSERT_PTR_NULL(mpr_get_uint(two, 3, &pos, &v));
    CU_ASSERT_EQUAL(v, 384);
    CU_ASSERT_EQUAL(pos, 3);
}

static void test_sint(void) {
    static const struct {
        uint8_t b[4];
        size_t n;
        int64_t v;
    } ok[] = {
        {{0x00}, 1, 0},          {{0x3f}, 1, 63},          {{0x40}, 1, -64},
        {{0x7f}, 1, -1},         {{0x80, 0x40}, 2, 64},    {{0x80, 0x64}, 2, 100},
        {{0xff, 0x3f}, 2, -65},  {{0xbf, 0x7f}, 2, 8191},  {{0xc0, 0x00}, 2, -8192},
        {{0x81, 0x80, 0x00}, 3, 16384},
    };
    for (size_t i = 0; i < N(ok); i++) {
        size_t pos = 0;
        int64_t v = 99;
        CU_ASSERT_PTR_NULL(mpr_get_sint(ok[i].b, ok[i].n, &pos, &v));
        CU_ASSERT_EQUAL(v, ok[i].v);
        CU_ASSERT_EQUAL(pos, ok[i].n);
    }
    const uint8_t cut[] = {0xff};
    size_t pos = 0;
    int64_t v;
    CU_ASSERT_PTR_NOT_NULL(mpr_get_sint(cut, 1, &pos, &v));
    const uint8_t long10[] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01};
    CU_ASSERT_PTR_NOT_NULL(mpr_get_sint(long10, sizeof long10, &pos, &v));
}

/* ---- qstr table entries ---- */

static void test_qstr_entry(void) {
    unsigned st;
    const uint8_t *text;
    size_t tl, pos = 0;
    const uint8_t module[] = {0x0f};    /* (7 << 1) | 1: static 7 */
    CU_ASSERT_PTR_NULL(mpr_get_qstr(module, 1, &pos, &st, &text, &tl));
    CU_ASSERT_EQUAL(st, 7);
    CU_ASSERT_PTR_NULL(text);
    CU_ASSERT_STRING_EQUAL(mpy_static_qstr(st), "<module>");
    const uint8_t zip[] = {0x82, 0x4b}; /* 331 = (165 << 1) | 1 */
    pos = 0;
    CU_ASSERT_PTR_NULL(mpr_get_qstr(zip, 2, &pos, &st, &text, &tl));
    CU_ASSERT_EQUAL(st, 165);
    CU_ASSERT_STRING_EQUAL(mpy_static_qstr(st), "zip");
    const uint8_t past[] = {0x82, 0x4d}; /* static 166 */
    pos = 0;
    CU_ASSERT_PTR_NOT_NULL(mpr_get_qstr(past, 2, &pos, &st, &text, &tl));
    const uint8_t zero[] = {0x01};      /* static 0 */
    CU_ASSERT_PTR_NOT_NULL(mpr_get_qstr(zero, 1, &pos, &st, &text, &tl));
    const uint8_t abc[] = {0x06, 'a', 'b', 'c', 0, 0x77};
    pos = 0;
    CU_ASSERT_PTR_NULL(mpr_get_qstr(abc, sizeof abc, &pos, &st, &text, &tl));
    CU_ASSERT_EQUAL(st, 0);
    CU_ASSERT_EQUAL(tl, 3);
    CU_ASSERT_EQUAL(memcmp(text, "abc", 3), 0);
    CU_ASSERT_EQUAL(pos, 5);
    const uint8_t empty[] = {0x00, 0x00};
    pos = 0;
    CU_ASSERT_PTR_NULL(mpr_get_qstr(empty, 2, &pos, &st, &text, &tl));
    CU_ASSERT_EQUAL(tl, 0);
    CU_ASSERT_EQUAL(pos, 2);
    const uint8_t no_nul[] = {0x06, 'a', 'b', 'c', 'd'};
    pos = 0;
    CU_ASSERT_PTR_NOT_NULL(mpr_get_qstr(no_nul, sizeof no_nul, &pos, &st, &text, &tl));
    CU_ASSERT_PTR_NOT_NULL(mpr_get_qstr(abc, 4, &pos, &st, &text, &tl)); /* NUL cut off */
    CU_ASSERT_EQUAL(pos, 0);
    /* the static list itself */
    CU_ASSERT_EQUAL(MPY_STATIC_QSTR_COUNT, 165);
    CU_ASSERT_STRING_EQUAL(mpy_static_qstr(1), "");
    CU_ASSERT_STRING_EQUAL(mpy_static_qstr(2), "__dir__");
    CU_ASSERT_STRING_EQUAL(mpy_static_qstr(3), "\n");
    CU_ASSERT_PTR_NULL(mpy_static_qstr(0));
    CU_ASSERT_PTR_NULL(mpy_static_qstr(166));
    CU_ASSERT_EQUAL(mpy_static_qstr_find("print", 5), 123);
    CU_ASSERT_EQUAL(mpy_static_qstr_find("<module>", 8), MPY_SQ_MODULE);
    CU_ASSERT_EQUAL(MPY_SQ_MODULE, 7);
    CU_ASSERT_EQUAL(mpy_static_qstr_find("utf-8", 5), MPY_SQ_utf_8);
    CU_ASSERT_EQUAL(mpy_static_qstr_find("nope", 4), 0);
    CU_ASSERT_EQUAL(mpy_static_qstr_find("", 0), MPY_SQ_EMPTY);
    for (unsigned n = 1; n <= MPY_STATIC_QSTR_COUNT; n++) {
        const char *s = mpy_static_qstr(n);
        CU_ASSERT_EQUAL(mpy_static_qstr_find(s, strlen(s)), n);
    }
}

/* ---- prelude ---- */

static void test_signature(void) {
    mpr_signature s;
    size_t pos = 0;
    /* a module: n_state 10 and nothing else */
    const uint8_t mod[] = {0x48};
    CU_ASSERT_PTR_NULL(mpr_get_signature(mod, 1, &pos, &s));
    CU_ASSERT_EQUAL(pos, 1);
    CU_ASSERT_EQUAL(s.n_state, 10);
    CU_ASSERT_EQUAL(s.n_exc_stack + s.scope_flags + s.n_pos_args + s.n_kwonly_args + s.n_def_pos_args, 0);
    /* def over_params(a, b=1, *args, k, **kw) with 11 state slots: (11, 0, 14, 2, 1, 1) */
    const uint8_t over[] = {0xd2, 0x89, 0xc0, 0xc0, 0x40, 0x8f};
    pos = 0;
    CU_ASSERT_PTR_NULL(mpr_get_signature(over, sizeof over, &pos, &s));
    CU_ASSERT_EQUAL(pos, 5);
    CU_ASSERT_EQUAL(s.n_state, 11);
    CU_ASSERT_EQUAL(s.n_exc_stack, 0);
    CU_ASSERT_EQUAL(s.scope_flags, 14);
    CU_ASSERT_EQUAL(s.n_pos_args, 2);
    CU_ASSERT_EQUAL(s.n_kwonly_args, 1);
    CU_ASSERT_EQUAL(s.n_def_pos_args, 1);
    /* xSSSSEAA = 1 0001 1 11, then xFSSKAED = 0 1 10 0 1 1 0: S = 1 | 2 << 4, E = 1 | 1 << 1,
       A = 3 | 1 << 2, F = 1 */
    const uint8_t mixed[] = {0x8f, 0x66};
    pos = 0;
    CU_ASSERT_PTR_NULL(mpr_get_signature(mixed, 2, &pos, &s));
    CU_ASSERT_EQUAL(s.n_state, 34);
    CU_ASSERT_EQUAL(s.n_exc_stack, 3);
    CU_ASSERT_EQUAL(s.n_pos_args, 7);
    CU_ASSERT_EQUAL(s.scope_flags, 1);
    CU_ASSERT_EQUAL(s.n_kwonly_args, 0);
    CU_ASSERT_EQUAL(s.n_def_pos_args, 0);
    /* truncated, and endless */
    pos = 0;
    CU_ASSERT_PTR_NOT_NULL(mpr_get_signature(over, 3, &pos, &s));
    CU_ASSERT_EQUAL(pos, 0);
    uint8_t endless[20];
    memset(endless, 0xff, sizeof endless);
    CU_ASSERT_PTR_NOT_NULL(mpr_get_signature(endless, sizeof endless, &pos, &s));
}

static void test_prelude_size(void) {
    uint32_t I, C;
    size_t pos = 0;
    const uint8_t one[] = {0x7e};           /* I = 63, C = 0 */
    CU_ASSERT_PTR_NULL(mpr_get_prelude_size(one, 1, &pos, &I, &C));
    CU_ASSERT_EQUAL(I, 63);
    CU_ASSERT_EQUAL(C, 0);
    const uint8_t cell[] = {0x0d};          /* I = 6, C = 1 */
    pos = 0;
    CU_ASSERT_PTR_NULL(mpr_get_prelude_size(cell, 1, &pos, &I, &C));
    CU_ASSERT_EQUAL(I, 6);
    CU_ASSERT_EQUAL(C, 1);
    const uint8_t two[] = {0xc8, 0x03};     /* I = 36 + 1 << 6 = 100, C = 0 + 1 << 1 = 2 */
    pos = 0;
    CU_ASSERT_PTR_NULL(mpr_get_prelude_size(two, 2, &pos, &I, &C));
    CU_ASSERT_EQUAL(I, 100);
    CU_ASSERT_EQUAL(C, 2);
    CU_ASSERT_EQUAL(pos, 2);
    /* 200 cells (0b11001000) need 8 bytes: one bit of C per byte */
    const uint8_t many[] = {0x84, 0x80, 0x80, 0x81, 0x80, 0x80, 0x81, 0x01};
    pos = 0;
    CU_ASSERT_PTR_NULL(mpr_get_prelude_size(many, sizeof many, &pos, &I, &C));
    CU_ASSERT_EQUAL(I, 2);
    CU_ASSERT_EQUAL(C, 200);
    pos = 0;
    CU_ASSERT_PTR_NOT_NULL(mpr_get_prelude_size(two, 1, &pos, &I, &C));
}

static void test_line_entries(void) {
    static const struct {
        uint8_t b[2];
        size_t n;
        uint32_t bc, line;
    } ok[] = {
        {{0x60}, 1, 0, 3},         {{0x26}, 1, 6, 1},  {{0x1f}, 1, 31, 0},
        {{0x84, 0x08}, 2, 4, 8},   {{0xf5, 0xff}, 2, 5, 2047},
        {{0x90, 0x01}, 2, 0, 257},
    };
    for (size_t i = 0; i < N(ok); i++) {
        size_t pos = 0;
        uint32_t bc, line;
        CU_ASSERT_PTR_NULL(mpr_get_line_entry(ok[i].b, ok[i].n, &pos, &bc, &line));
        CU_ASSERT_EQUAL(bc, ok[i].bc);
        CU_ASSERT_EQUAL(line, ok[i].line);
        CU_ASSERT_EQUAL(pos, ok[i].n);
    }
    const uint8_t cut[] = {0x84};
    size_t pos = 0;
    uint32_t bc, line;
    CU_ASSERT_PTR_NOT_NULL(mpr_get_line_entry(cut, 1, &pos, &bc, &line));
}

/* ---- instructions ---- */

static void test_instructions(void) {
    mpr_insn in;
    const uint8_t jump_short[] = {0x42, 0x45};       /* JUMP +5 */
    CU_ASSERT_PTR_NULL(mpr_decode_insn(jump_short, 2, 0, &in));
    CU_ASSERT_STRING_EQUAL(in.name, "JUMP");
    CU_ASSERT_EQUAL(in.arg, 5);
    CU_ASSERT_EQUAL(in.size, 2);
    CU_ASSERT_EQUAL(in.target, 7);
    const uint8_t jump_back[] = {0x42, 0x80, 0x7f};  /* JUMP, 2-byte form: 0x3f80 - 0x4000 */
    CU_ASSERT_PTR_NULL(mpr_decode_insn(jump_back, 3, 0, &in));
    CU_ASSERT_EQUAL(in.arg, -128);
    CU_ASSERT_EQUAL(in.target, 3 - 128);
    const uint8_t for_iter[] = {0x4b, 0x85, 0x01};   /* unsigned 5 | 1 << 7 */
    CU_ASSERT_PTR_NULL(mpr_decode_insn(for_iter, 3, 0, &in));
    CU_ASSERT_STRING_EQUAL(in.name, "FOR_ITER");
    CU_ASSERT_EQUAL(in.arg, 133);
    CU_ASSERT_EQUAL(in.target, 136);
    const uint8_t unwind[] = {0x40, 0x3f, 0x81};     /* -1, then the extra byte */
    CU_ASSERT_PTR_NULL(mpr_decode_insn(unwind, 3, 0, &in));
    CU_ASSERT_EQUAL(in.size, 3);
    CU_ASSERT_EQUAL(in.arg, -1);
    CU_ASSERT_EQUAL(in.target, 1);   /* from the end of the offset, not of the extra byte */
    CU_ASSERT_EQUAL(in.extra, 0x81);
    const uint8_t closure[] = {0x20, 0x02, 0x03};
    CU_ASSERT_PTR_NULL(mpr_decode_insn(closure, 3, 0, &in));
    CU_ASSERT_STRING_EQUAL(in.name, "MAKE_CLOSURE");
    CU_ASSERT_EQUAL(in.arg_kind, MPY_ARG_CHILD);
    CU_ASSERT_EQUAL(in.arg, 2);
    CU_ASSERT_EQUAL(in.extra, 3);
    const uint8_t small[] = {0x22, 0x80, 0x64, 0x22, 0x7f};
    CU_ASSERT_PTR_NULL(mpr_decode_insn(small, 5, 0, &in));
    CU_ASSERT_EQUAL(in.arg, 100);
    CU_ASSERT_PTR_NULL(mpr_decode_insn(small, 5, 3, &in));
    CU_ASSERT_EQUAL(in.arg, -1);
    CU_ASSERT_EQUAL(in.offset, 3);
    const uint8_t name[] = {0x11, 0x81, 0x00};       /* LOAD_NAME qstr 128 */
    CU_ASSERT_PTR_NULL(mpr_decode_insn(name, 3, 0, &in));
    CU_ASSERT_EQUAL(in.arg_kind, MPY_ARG_QSTR);
    CU_ASSERT_EQUAL(in.arg, 128);
    /* the ranges */
    const uint8_t multi[] = {0x70, 0xaf, 0xb3, 0xcf, 0xd1, 0xe5, 0xf9};
    const char *names[] = {"LOAD_CONST_SMALL_INT", "LOAD_CONST_SMALL_INT", "LOAD_FAST", "STORE_FAST",
                           "UNARY_OP", "BINARY_OP", "BINARY_OP"};
    const int64_t args[] = {-16, 47, 3, 15, 1, 14, 34};
    for (size_t i = 0; i < N(multi); i++) {
        CU_ASSERT_PTR_NULL(mpr_decode_insn(multi, N(multi), i, &in));
        CU_ASSERT_TRUE(in.multi);
        CU_ASSERT_STRING_EQUAL(in.name, names[i]);
        CU_ASSERT_EQUAL(in.arg, args[i]);
        CU_ASSERT_EQUAL(in.size, 1);
    }
    CU_ASSERT_STRING_EQUAL(mpy_binary_op_name(14), "__iadd__");
    CU_ASSERT_STRING_EQUAL(mpy_unary_op_name(MPY_UNARY_OP_NOT), "<not>");
    CU_ASSERT_STRING_EQUAL(mpy_binary_op_name(MPY_BINARY_OP_POWER), "__pow__");
    CU_ASSERT_PTR_NULL(mpy_binary_op_name(35));
    /* bytes that are no opcode, and instructions cut short */
    const uint8_t bad[] = {0x00, 0x0f, 0x1d, 0x38, 0x41, 0x4c, 0x60, 0x6a, 0xd4, 0xd6, 0xfa, 0xff};
    for (size_t i = 0; i < N(bad); i++) {
        CU_ASSERT_PTR_NOT_NULL(mpr_decode_insn(bad, N(bad), i, &in));
        CU_ASSERT_PTR_NULL(in.name);
    }
    CU_ASSERT_PTR_NOT_NULL(mpr_decode_insn(name, 2, 0, &in));
    CU_ASSERT_PTR_NOT_NULL(mpr_decode_insn(for_iter, 2, 0, &in));
    CU_ASSERT_PTR_NOT_NULL(mpr_decode_insn(unwind, 2, 0, &in));
    CU_ASSERT_PTR_NOT_NULL(mpr_decode_insn(closure, 2, 0, &in));
    /* every byte value: a name exactly for the 256 - 33 assigned ones */
    unsigned named = 0;
    for (unsigned b = 0; b < 256; b++) {
        named += mpy_opcode_lookup((uint8_t)b).name != NULL;
    }
    CU_ASSERT_EQUAL(named, 13 + 16 + 8 + 11 + 16 + 8 + 64 + 16 + 16 + 4 + 35);
}

/* ---- whole files made by hand ---- */

typedef struct {
    uint8_t b[512];
    size_t n;
} Buf;

static void put(Buf *b, const void *p, size_t n) {
    memcpy(b->b + b->n, p, n);
    b->n += n;
}
static void put1(Buf *b, unsigned v) {
    b->b[b->n++] = (uint8_t)v;
}
static void put_text(Buf *b, unsigned type, const char *s, size_t n, bool nul) {
    put1(b, type);
    put1(b, (unsigned)n);
    put(b, s, n);
    if (nul) {
        put1(b, 0);
    }
}
#define PUT_TEXT(b, type, lit, nul) put_text(b, type, lit, sizeof lit - 1, nul)

/* A module loading twelve constants (LOAD_CONST_OBJ, POP_TOP each), then defining
   f(f, *, f) -- names borrowed from the tiny qstr table -- and returning None. */
static Buf sample(char magic) {
    Buf b = {{0}, 0};
    const uint8_t head[] = {(uint8_t)magic, 6, 0, 31};
    put(&b, head, 4);
    put1(&b, 4);              /* qstrs */
    put1(&b, 12);             /* constants */
    put1(&b, 4 << 1);         /* "t.py" */
    put(&b, "t.py", 5);
    put1(&b, (7 << 1) | 1);   /* static 7: <module> */
    put1(&b, 1 << 1);         /* "f" */
    put(&b, "f", 2);
    put1(&b, 0x80 | (247 >> 7)); /* static 123: print, (123 << 1) | 1 = 247 */
    put1(&b, 247 & 0x7f);
    PUT_TEXT(&b, MPR_OBJ_STR, "it's", true);
    PUT_TEXT(&b, MPR_OBJ_BYTES, "\x00\xff'", true);
    PUT_TEXT(&b, MPR_OBJ_INT, "-0012345678901234567890", false);
    PUT_TEXT(&b, MPR_OBJ_FLOAT, "82.09999999999999", false); /* how MicroPython writes 82.1 */
    PUT_TEXT(&b, MPR_OBJ_FLOAT, "1e+16", false);
    PUT_TEXT(&b, MPR_OBJ_FLOAT, "1e-05", false);
    PUT_TEXT(&b, MPR_OBJ_COMPLEX, "(1+2.5j)", false);
    PUT_TEXT(&b, MPR_OBJ_COMPLEX, "-3j", false);
    put1(&b, MPR_OBJ_TUPLE);
    put1(&b, 2);
    put1(&b, MPR_OBJ_NONE);
    put1(&b, MPR_OBJ_TUPLE);
    put1(&b, 1);
    put1(&b, MPR_OBJ_TRUE);
    put1(&b, MPR_OBJ_ELLIPSIS);
    put1(&b, MPR_OBJ_FALSE);
    PUT_TEXT(&b, MPR_OBJ_STR, "caf\xc3\xa9\n\x7f\xc2\x85", true);
    Buf code = {{0}, 0};
    put1(&code, 0x18);        /* signature xSSSSEAA: n_state 4 */
    put1(&code, 0x08);        /* size xIIIIIIC: n_info 4 (name + line info), no cells */
    put1(&code, 1);           /* simple name: qstr 1 */
    put1(&code, 0x61);        /* line info 0LLBBBBB: bc +1, line +3 */
    put1(&code, 0x85);        /* 1LLLBBBB LLLLLLLL: bc +5, line +255 */
    put1(&code, 0xff);
    for (unsigned i = 0; i < 12; i++) {
        put1(&code, MPY_BC_LOAD_CONST_OBJ);
        put1(&code, i);
        put1(&code, MPY_BC_POP_TOP);
    }
    const uint8_t tail[] = {MPY_BC_MAKE_FUNCTION, 0, MPY_BC_STORE_NAME, 2, MPY_BC_LOAD_CONST_NONE,
                            MPY_BC_RETURN_VALUE};
    put(&code, tail, sizeof tail);
    unsigned kl = (unsigned)(code.n << 3 | 4);   /* bytecode, has children */
    put1(&b, 0x80 | (kl >> 7));
    put1(&b, kl & 0x7f);
    put(&b, code.b, code.n);
    put1(&b, 1);              /* one child */
    /* n_state 3, one positional and one keyword-only argument (xSSSSEAA then xFSSKAED),
       n_info 4: three names and one line entry; LOAD_FAST 0, RETURN_VALUE */
    const uint8_t fcode[] = {0x91, 0x08, 0x08, 2, 2, 2, 0x20, 0xb0, 0x63};
    put1(&b, (unsigned)(sizeof fcode << 3));
    put(&b, fcode, sizeof fcode);
    return b;
}

static void test_sample_file(void) {
    Buf b = sample('M');
    mpr_error err;
    mpr_file *f = mpr_read(b.b, b.n, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(f->n_problems, 0);
    CU_ASSERT_EQUAL(f->header.magic, 'M');
    CU_ASSERT_EQUAL(f->header.version, 6);
    CU_ASSERT_EQUAL(f->header.small_int_bits, 31);
    CU_ASSERT_EQUAL(f->n_qstrs, 4);
    CU_ASSERT_STRING_EQUAL(f->qstrs[0].text, "t.py");
    CU_ASSERT_STRING_EQUAL(f->qstrs[1].text, "<module>");
    CU_ASSERT_EQUAL(f->qstrs[1].static_index, 7);
    CU_ASSERT_STRING_EQUAL(f->qstrs[3].text, "print");
    CU_ASSERT_EQUAL_FATAL(f->n_objs, 12);
    static const char *const reprs[] = {
        "\"it's\"", "b\"\\x00\\xff'\"", "-12345678901234567890", "82.1", "1e+16",
        "1e-05", "(1+2.5j)", "-3j", "(None, (True,))", "Ellipsis", "False",
        "'café\\n\\x7f\\x85'",
    };
    for (size_t i = 0; i < N(reprs); i++) {
        CU_ASSERT_STRING_EQUAL(f->objs[i].repr, reprs[i]);
    }
    CU_ASSERT_EQUAL(f->objs[8].n_items, 2);
    CU_ASSERT_EQUAL(f->objs[8].items[1].kind, MPR_OBJ_TUPLE);
    CU_ASSERT_DOUBLE_EQUAL(f->objs[6].imag, 2.5, 0);
    CU_ASSERT_DOUBLE_EQUAL(f->objs[7].imag, -3, 0);
    CU_ASSERT_EQUAL_FATAL(f->n_blocks, 2);
    mpr_code *m = f->root;
    CU_ASSERT_PTR_EQUAL(f->blocks[0], m);
    CU_ASSERT_EQUAL(m->kind, MPR_CODE_BYTECODE);
    CU_ASSERT_EQUAL(m->sig.n_state, 4);
    CU_ASSERT_EQUAL(m->n_info, 4);
    CU_ASSERT_STRING_EQUAL(f->qstrs[m->name].text, "<module>");
    CU_ASSERT_EQUAL_FATAL(m->n_insns, 12 * 2 + 4);
    CU_ASSERT_EQUAL(m->code_len, 42);
    /* line table: offset 0 is line 1, from offset 1 line 4, from offset 6 line 4 + 255 */
    CU_ASSERT_EQUAL(m->n_lines, 2);
    CU_ASSERT_EQUAL(mpr_line_at(m, 0), 1);
    CU_ASSERT_EQUAL(mpr_line_at(m, 1), 4);
    CU_ASSERT_EQUAL(mpr_line_at(m, 5), 4);
    CU_ASSERT_EQUAL(mpr_line_at(m, 6), 259);
    CU_ASSERT_EQUAL(mpr_line_at(m, 1000), 259);
    CU_ASSERT_EQUAL(m->insns[0].line, 1);   /* offset 0 */
    CU_ASSERT_EQUAL(m->insns[1].line, 4);   /* offset 2 */
    CU_ASSERT_EQUAL(m->insns[4].line, 259); /* offset 6 */
    CU_ASSERT_STRING_EQUAL(m->insns[24].name, "MAKE_FUNCTION");
    CU_ASSERT_EQUAL_FATAL(m->n_children, 1);
    mpr_code *fn = m->children[0];
    CU_ASSERT_PTR_EQUAL(f->blocks[1], fn);
    CU_ASSERT_PTR_EQUAL(fn->parent, m);
    CU_ASSERT_STRING_EQUAL(fn->path, "<module>.f");
    CU_ASSERT_EQUAL(fn->sig.n_pos_args, 1);
    CU_ASSERT_EQUAL(fn->sig.n_kwonly_args, 1);
    CU_ASSERT_EQUAL(fn->n_args, 2);
    CU_ASSERT_EQUAL(fn->n_insns, 2);
    /* the size breakdown covers the file exactly */
    size_t total = f->header_size + f->unused_qstr_bytes + f->unused_const_bytes + f->trailing;
    for (size_t i = 0; i < f->n_blocks; i++) {
        total += f->blocks[i]->sizes.total;
    }
    CU_ASSERT_EQUAL(total, b.n);
    CU_ASSERT_EQUAL(m->sizes.n_consts, 12);
    CU_ASSERT_EQUAL(f->n_unused_qstrs, 2);   /* the file name and print */
    mpr_free(f);

    /* every proper prefix is rejected, at an offset inside it */
    for (size_t n = 0; n < b.n; n++) {
        f = mpr_read(b.b, n, &err);
        CU_ASSERT_PTR_NULL(f);
        CU_ASSERT_TRUE(err.msg[0] != 0);
        CU_ASSERT_TRUE(err.offset <= n);
        mpr_free(f);
    }
    /* a trailing byte is a problem, not a failure */
    b.b[b.n++] = 0;
    f = mpr_read(b.b, b.n, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(f->trailing, 1);
    CU_ASSERT_EQUAL(f->n_problems, 1);
    mpr_free(f);
}

static void test_damaged_sample(void) {
    mpr_error err;
    Buf b = sample('C');
    mpr_file *f = mpr_read(b.b, b.n, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(f->header.magic, 'C');
    size_t code_at = f->root->data_offset + f->root->code_start;
    size_t obj1 = f->objs[1].offset;
    mpr_free(f);
    /* LOAD_CONST_OBJ 1 -> LOAD_CONST_OBJ 12: out of range, still listed */
    Buf d = b;
    d.b[code_at + 4] = 12;
    f = mpr_read(d.b, d.n, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(f->n_problems, 1);
    CU_ASSERT_PTR_NOT_NULL(f->root->insns[2].problem);
    CU_ASSERT_EQUAL(f->problems[0].offset, code_at + 3);
    mpr_free(f);
    /* an unknown opcode stops the decoding of its block */
    d = b;
    d.b[code_at + 6] = 0x00;
    f = mpr_read(d.b, d.n, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(f->root->n_insns, 4);
    CU_ASSERT_EQUAL(f->root->undecoded, 42 - 6);
    CU_ASSERT_TRUE(f->n_problems >= 1);
    mpr_free(f);
    /* an unknown constant type is fatal, with its offset */
    d = b;
    d.b[obj1] = 11;
    CU_ASSERT_PTR_NULL(mpr_read(d.b, d.n, &err));
    CU_ASSERT_EQUAL(err.offset, obj1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "constant 1"));
    /* a float that is no number */
    d = b;
    size_t fl = 0;
    for (size_t i = 0; i + 5 < d.n; i++) {
        if (memcmp(d.b + i, "82.09", 5) == 0) {
            fl = i;
            break;
        }
    }
    CU_ASSERT_FATAL(fl > 0);
    d.b[fl + 1] = 'x';
    f = mpr_read(d.b, d.n, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(f->n_problems, 1);
    CU_ASSERT_FALSE(f->objs[3].number_ok);
    mpr_free(f);
}

/* A module with one child of each native kind, for X64 (header sub-version 3). */
static Buf native_sample(char magic) {
    Buf b = {{0}, 0};
    const uint8_t head[] = {(uint8_t)magic, 6, 3 | MPR_ARCH_X64 << 2, 31};
    put(&b, head, 4);
    put1(&b, 2);              /* qstrs */
    put1(&b, 0);              /* constants */
    put1(&b, 4 << 1);
    put(&b, "n.py", 5);
    put1(&b, (7 << 1) | 1);   /* <module> */
    /* module: MAKE_FUNCTION 0..2, each POP_TOP, LOAD_CONST_NONE, RETURN_VALUE */
    const uint8_t mod[] = {0x00, 0x02, 1, 0x32, 0, 0x59, 0x32, 1, 0x59, 0x32, 2, 0x59, 0x51, 0x63};
    put1(&b, (unsigned)(sizeof mod << 3 | 4));
    put(&b, mod, sizeof mod);
    put1(&b, 3);
    /* native Python: 8 bytes of machine code, then its prelude (n_state 1, name <module>) */
    const uint8_t npy[] = {0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0xc3, 0x00, 0x04, 1, 0x21};
    put1(&b, (unsigned)(sizeof npy << 3 | MPR_CODE_NATIVE_PY));
    put(&b, npy, sizeof npy);
    put1(&b, 8);              /* prelude offset */
    /* viper with relocations, read-only data and zeroed data */
    const uint8_t vip[] = {0x48, 0x31, 0xc0, 0xc3, 0x00, 0x00};
    put1(&b, (unsigned)(sizeof vip << 3 | MPR_CODE_VIPER));
    put(&b, vip, sizeof vip);
    unsigned reloc = magic == 'C' ? 0x20 : 0x10;
    unsigned flags = reloc * 7; /* relocations, read-only data, zeroed data: a var-int */
    if (flags > 0x7f) {
        put1(&b, 0x80 | flags >> 7);
    }
    put1(&b, flags & 0x7f);
    put1(&b, 3);              /* read-only size */
    put1(&b, 4);              /* zeroed size */
    put(&b, "abc", 3);
    put1(&b, 0x03);           /* new address 2, then 2 adjustments of text */
    put1(&b, 0x02);
    put1(&b, 0x02);
    put1(&b, 6 << 1);         /* one qstr-table adjustment at the same place */
    put1(&b, 0xff);
    /* inline assembler */
    const uint8_t asmb[] = {0x01, 0x02, 0x03, 0x04};
    put1(&b, (unsigned)(sizeof asmb << 3 | MPR_CODE_ASM));
    put(&b, asmb, sizeof asmb);
    put1(&b, 0);              /* scope flags */
    put1(&b, 2);              /* arguments */
    put1(&b, 0x1f);           /* type signature */
    return b;
}

static void test_native_blocks(void) {
    for (int m = 0; m < 2; m++) {
        Buf b = native_sample(m ? 'C' : 'M');
        mpr_error err;
        mpr_file *f = mpr_read(b.b, b.n, &err);
        CU_ASSERT_PTR_NOT_NULL_FATAL(f);
        CU_ASSERT_EQUAL(f->n_problems, 0);
        CU_ASSERT_EQUAL(f->header.arch, MPR_ARCH_X64);
        CU_ASSERT_EQUAL(f->header.sub_version, 3);
        CU_ASSERT_EQUAL_FATAL(f->n_blocks, 4);
        const mpr_code *n = f->blocks[1], *v = f->blocks[2], *a = f->blocks[3];
        CU_ASSERT_EQUAL(n->kind, MPR_CODE_NATIVE_PY);
        CU_ASSERT_EQUAL(n->machine_code_len, 8);
        CU_ASSERT_TRUE(n->has_prelude);
        CU_ASSERT_EQUAL(n->prelude_offset, 8);
        CU_ASSERT_EQUAL(n->n_lines, 1);
        CU_ASSERT_STRING_EQUAL(n->path, "<module>.<module>");
        CU_ASSERT_EQUAL(v->kind, MPR_CODE_VIPER);
        CU_ASSERT_EQUAL(v->rodata_size, 3);
        CU_ASSERT_EQUAL(v->bss_size, 4);
        CU_ASSERT_EQUAL(v->n_relocs, 2);
        CU_ASSERT_FALSE(v->has_prelude);
        CU_ASSERT_EQUAL(a->kind, MPR_CODE_ASM);
        CU_ASSERT_EQUAL(a->asm_n_pos_args, 2);
        CU_ASSERT_EQUAL(a->asm_type_sig, 0x1f);
        CU_ASSERT_EQUAL(f->end, b.n);
        size_t total = f->header_size + f->unused_qstr_bytes + f->unused_const_bytes;
        for (size_t i = 0; i < f->n_blocks; i++) {
            total += f->blocks[i]->sizes.total;
        }
        CU_ASSERT_EQUAL(total, b.n);
        mpr_free(f);
        for (size_t len = 0; len < b.n; len++) {
            CU_ASSERT_PTR_NULL(mpr_read(b.b, len, &err));
        }
    }
}

static void test_headers(void) {
    mpr_error err;
    char rt[300];
    mpr_header h;
    const uint8_t v5[] = {'M', 5, 0, 31, 0, 0};
    CU_ASSERT_PTR_NULL(mpr_read(v5, sizeof v5, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "MicroPython 1.12 to 1.18"));
    const uint8_t c5[] = {'C', 5, 0, 31};
    CU_ASSERT_PTR_NULL(mpr_read(c5, sizeof c5, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "CircuitPython 7.x and 8.x"));
    const uint8_t text[] = "print('hi')\n";
    CU_ASSERT_PTR_NULL(mpr_read(text, sizeof text - 1, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "not a .mpy file"));
    CU_ASSERT_PTR_NULL(mpr_read(text, 0, &err));
    const uint8_t reserved[] = {'M', 6, 0x80, 31, 0, 0};
    CU_ASSERT_PTR_NULL(mpr_read(reserved, sizeof reserved, &err));
    CU_ASSERT_EQUAL(err.offset, 2);

    const uint8_t m6[] = {'M', 6, 0, 31};
    CU_ASSERT_PTR_NULL(mpr_get_header(m6, 4, &h));
    CU_ASSERT_TRUE(mpr_runtimes(&h, rt, sizeof rt));
    CU_ASSERT_PTR_NOT_NULL(strstr(rt, "MicroPython 1.19 and later"));
    const uint8_t m6x64[] = {'M', 6, 3 | MPR_ARCH_X64 << 2, 63};
    CU_ASSERT_PTR_NULL(mpr_get_header(m6x64, 4, &h));
    CU_ASSERT_EQUAL(h.arch, MPR_ARCH_X64);
    CU_ASSERT_EQUAL(h.sub_version, 3);
    mpr_runtimes(&h, rt, sizeof rt);
    CU_ASSERT_PTR_NOT_NULL(strstr(rt, "MicroPython 1.23 and later only"));
    CU_ASSERT_PTR_NOT_NULL(strstr(rt, "X64"));
    CU_ASSERT_PTR_NOT_NULL(strstr(rt, "63 bits"));
    const uint8_t c6[] = {'C', 6, 0, 31};
    CU_ASSERT_PTR_NULL(mpr_get_header(c6, 4, &h));
    mpr_runtimes(&h, rt, sizeof rt);
    CU_ASSERT_PTR_NOT_NULL(strstr(rt, "CircuitPython 9.x and 10.x"));
    const uint8_t c6arm[] = {'C', 6, 1 | MPR_ARCH_ARMV7M << 2, 31};
    CU_ASSERT_PTR_NULL(mpr_get_header(c6arm, 4, &h));
    mpr_runtimes(&h, rt, sizeof rt);
    CU_ASSERT_PTR_NOT_NULL(strstr(rt, "CircuitPython 9.0 and 9.1"));
    const uint8_t m3[] = {'M', 3, 0, 31};
    CU_ASSERT_PTR_NULL(mpr_get_header(m3, 4, &h));
    CU_ASSERT_FALSE(mpr_runtimes(&h, rt, sizeof rt));
    CU_ASSERT_PTR_NOT_NULL(strstr(rt, "CircuitPython 3.x to 6.x"));
    CU_ASSERT_STRING_EQUAL(mpr_arch_name(MPR_ARCH_RV64IMC), "RV64IMC");
    CU_ASSERT_PTR_NULL(mpr_arch_name(13));
}

static void test_reprs(void) {
    static const struct {
        double x;
        const char *want;
    } floats[] = {
        {0.0, "0.0"}, {-0.0, "-0.0"}, {1.0, "1.0"}, {0.1, "0.1"}, {1e16, "1e+16"},
        {1234567890123456.0, "1234567890123456.0"}, {1e-4, "0.0001"}, {1e-5, "1e-05"},
        {1.5e300, "1.5e+300"}, {2.2250738585072014e-308, "2.2250738585072014e-308"},
        {0.30000000000000004, "0.30000000000000004"}, {-123.25, "-123.25"}, {100.0, "100.0"},
        {INFINITY, "inf"}, {-INFINITY, "-inf"}, {NAN, "nan"},
    };
    char buf[64];
    for (size_t i = 0; i < N(floats); i++) {
        mpr_repr_float(floats[i].x, buf, sizeof buf);
        CU_ASSERT_STRING_EQUAL(buf, floats[i].want);
    }
    Arena *a = arena_new();
    CU_ASSERT_STRING_EQUAL(mpr_repr_str(a, "a'b\"c", 5, false), "'a\\'b\"c'");
    CU_ASSERT_STRING_EQUAL(mpr_repr_str(a, "\t\\", 2, false), "'\\t\\\\'");
    CU_ASSERT_STRING_EQUAL(mpr_repr_str(a, "\xe2\x80\xa8\xef\xbf\xbf\xf0\x9d\x84\x9e", 10, false),
                           "'\\u2028\\uffff\xf0\x9d\x84\x9e'");
    CU_ASSERT_STRING_EQUAL(mpr_repr_str(a, "\xff", 1, false), "'\\xff'");
    CU_ASSERT_STRING_EQUAL(mpr_repr_str(a, "\xc3\xa9", 2, true), "b'\\xc3\\xa9'");
    CU_ASSERT_STRING_EQUAL(mpr_repr_str(a, "", 0, true), "b''");
    arena_free(a);
}

/* ---- fuzz: damaged golden files ---- */

static uint64_t rng_state = 0x9e3779b97f4a7c15u;
static uint64_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static unsigned char *load(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        return NULL;
    }
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    unsigned char *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf == NULL) {
        fclose(fp);
        return NULL;
    }
    *len = fread(buf, 1, n > 0 ? (size_t)n : 0, fp);
    fclose(fp);
    return buf;
}

/* Touches everything a reader's user may look at, so the sanitizers see any bad pointer. */
static size_t walk_obj(const mpr_obj *o) {
    size_t n = strlen(o->repr) + o->len;
    if (o->data) {
        n += strlen(o->data) <= o->len;
    }
    for (size_t i = 0; i < o->n_items; i++) {
        n += walk_obj(&o->items[i]);
    }
    return n;
}

static size_t walk(const mpr_file *f) {
    size_t n = 0;
    for (size_t i = 0; i < f->n_qstrs; i++) {
        n += strlen(f->qstrs[i].text) <= f->qstrs[i].len;
    }
    for (size_t i = 0; i < f->n_objs; i++) {
        n += walk_obj(&f->objs[i]);
    }
    for (size_t b = 0; b < f->n_blocks; b++) {
        const mpr_code *c = f->blocks[b];
        n += strlen(c->path);
        for (size_t i = 0; i < c->n_args; i++) {
            n += c->args[i];
        }
        for (uint32_t i = 0; i < c->n_cell && c->has_prelude; i++) {
            n += c->cells[i];
        }
        size_t covered = 0;
        bool contiguous = true, parents = true;
        for (size_t i = 0; i < c->n_insns; i++) {
            const mpr_insn *x = &c->insns[i];
            n += strlen(x->name) + x->line + (x->problem ? strlen(x->problem) : 0);
            contiguous &= x->offset == covered;
            covered += x->size;
        }
        CU_ASSERT(contiguous);
        if (c->n_insns) {   /* the per-instruction line agrees with a lookup */
            const mpr_insn *x = &c->insns[c->n_insns / 2];
            CU_ASSERT_EQUAL(mpr_line_at(c, x->offset), x->line);
        }
        CU_ASSERT_EQUAL(covered + c->undecoded, c->kind == MPR_CODE_BYTECODE ? c->code_len : 0);
        for (size_t i = 0; i < c->n_children; i++) {
            parents &= c->children[i]->parent == c;
        }
        CU_ASSERT(parents);
        if (c->data_len) {
            n += c->data[c->data_len - 1];
        }
    }
    size_t total = f->header_size + f->unused_qstr_bytes + f->unused_const_bytes + f->trailing;
    for (size_t b = 0; b < f->n_blocks; b++) {
        total += f->blocks[b]->sizes.total;
    }
    CU_ASSERT_EQUAL(total, f->len);
    for (size_t i = 0; i < f->n_problems; i++) {
        n += strlen(f->problems[i].msg);
        CU_ASSERT(f->problems[i].offset <= f->len);
    }
    return n;
}

typedef struct {
    size_t files, reads, rejected, flagged, clean;
} FuzzCount;

/* Reads buf; a damaged copy must come back NULL with a message, or as a file to walk. */
static void fuzz_one(const unsigned char *buf, size_t len, bool must_fail, FuzzCount *k) {
    mpr_error err;
    mpr_file *f = mpr_read(buf, len, &err);
    k->reads++;
    if (f == NULL) {
        k->rejected++;
        CU_ASSERT(err.msg[0] != 0);
        CU_ASSERT(err.offset <= len);
        return;
    }
    CU_ASSERT_FALSE(must_fail);
    if (must_fail) {
        fprintf(stderr, "\n  a truncated file (%zu bytes) was accepted\n", len);
    }
    walk(f);
    if (f->n_problems) {
        k->flagged++;
    } else {
        k->clean++;
    }
    mpr_free(f);
}

static void fuzz_file(const char *path, FuzzCount *k) {
    size_t len = 0;
    unsigned char *orig = load(path, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(orig);
    k->files++;
    /* the golden file itself reads without a problem */
    mpr_error err;
    mpr_file *f = mpr_read(orig, len, &err);
    CU_ASSERT_PTR_NOT_NULL(f);
    if (f == NULL) {
        fprintf(stderr, "\n  %s: %s at %zu\n", path, err.msg, err.offset);
        free(orig);
        return;
    }
    CU_ASSERT_EQUAL(f->n_problems, 0);
    CU_ASSERT_EQUAL(f->trailing, 0);
    walk(f);
    mpr_free(f);
    unsigned char *copy = malloc(len);
    /* truncations: any proper prefix must be rejected (every byte of a golden file is needed) */
    size_t cuts[] = {len - 1, len / 2, len / 3, (size_t)(rng() % len), (size_t)(rng() % len), 4, 5};
    for (size_t i = 0; i < N(cuts); i++) {
        if (cuts[i] < len) {
            memcpy(copy, orig, cuts[i]);
            fuzz_one(copy, cuts[i], true, k);
        }
    }
    if (len < 160) {
        for (size_t n = 0; n < len; n++) {
            fuzz_one(orig, n, true, k);
        }
    }
    /* single bit flips anywhere, then bursts of random bytes */
    for (int i = 0; i < 8; i++) {
        memcpy(copy, orig, len);
        size_t at = (size_t)(rng() % len);
        copy[at] ^= (unsigned char)(1u << (rng() % 8));
        fuzz_one(copy, len, false, k);
    }
    for (int i = 0; i < 3; i++) {
        memcpy(copy, orig, len);
        size_t at = (size_t)(rng() % len);
        for (size_t j = at; j < len && j < at + 6; j++) {
            copy[j] = (unsigned char)rng();
        }
        fuzz_one(copy, len, false, k);
    }
    free(copy);
    free(orig);
}

static void test_fuzz_golden(void) {
    const char *root = getenv("MPY_CONFORMANCE_DIR");
    if (root == NULL) {
        root = "tests/conformance";
    }
    static const char *const dirs[] = {"micropython", "circuitpython", "circuitpython9"};
    FuzzCount k = {0, 0, 0, 0, 0};
    for (size_t d = 0; d < N(dirs); d++) {
        char dir[1024];
        snprintf(dir, sizeof dir, "%s/%s", root, dirs[d]);
        DIR *dp = opendir(dir);
        if (dp == NULL) {
            fprintf(stderr, "\n  no golden files at %s (run from the repository root or set "
                            "MPY_CONFORMANCE_DIR)\n", dir);
            CU_FAIL("golden files not found");
            continue;
        }
        struct dirent *e;
        while ((e = readdir(dp)) != NULL) {
            size_t n = strlen(e->d_name);
            if (n > 4 && strcmp(e->d_name + n - 4, ".mpy") == 0) {
                char path[2048];
                snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
                fuzz_file(path, &k);
            }
        }
        closedir(dp);
    }
    CU_ASSERT(k.files >= 1000);
    CU_ASSERT(k.reads >= 10000);
    if (getenv("MPY_FUZZ_VERBOSE")) {
        fprintf(stderr, "\n  fuzz: %zu golden files, %zu reads: %zu rejected, %zu read with "
                        "problems, %zu read cleanly\n",
                k.files, k.reads, k.rejected, k.flagged, k.clean);
    }
}

void suite_mpy_read(void) {
    static const UnitTest tests[] = {
        {"unsigned var-ints", test_uint},
        {"signed var-ints", test_sint},
        {"qstr table entries and the static list", test_qstr_entry},
        {"prelude signature", test_signature},
        {"prelude size field", test_prelude_size},
        {"line-number entries", test_line_entries},
        {"instructions", test_instructions},
        {"a hand-made file", test_sample_file},
        {"damage to a hand-made file", test_damaged_sample},
        {"native code blocks", test_native_blocks},
        {"headers and runtimes", test_headers},
        {"Python reprs", test_reprs},
        {"fuzz: damaged golden files", test_fuzz_golden},
        {NULL, NULL},
    };
    unit_add_suite("mpy_read", tests);
}
