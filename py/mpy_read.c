/* mpy_read.c: decodes a .mpy v6 file (header, qstr and constant tables, the tree of code
   blocks with their preludes, line-number tables and bytecode) with every read checked. */
#include "mpy_read.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opcodes.h"
#include "static_qstrs.h"

/* Limits that only a damaged file reaches; they keep recursion and allocations bounded. */
#define MAX_CODE_DEPTH 1000
#define MAX_TUPLE_DEPTH 200
#define MAX_PROBLEMS 1000

/* ==================================================================================
   The encodings
   ================================================================================== */

const char *mpr_get_uint(const uint8_t *buf, size_t len, size_t *pos, uint64_t *out) {
    size_t p = *pos;
    uint64_t v = 0;
    for (;;) {
        if (p >= len) {
            return "var-int runs past the end";
        }
        uint8_t b = buf[p++];
        if (v >> 57) {
            return "var-int does not fit in 64 bits";
        }
        v = v << 7 | (b & 0x7f);
        if (!(b & 0x80)) {
            break;
        }
    }
    *pos = p;
    *out = v;
    return NULL;
}

const char *mpr_get_sint(const uint8_t *buf, size_t len, size_t *pos, int64_t *out) {
    size_t p = *pos;
    if (p >= len) {
        return "signed var-int runs past the end";
    }
    /* Start from all ones for a negative number so the groups shift in below the sign. */
    uint64_t v = (buf[p] & 0x40) ? UINT64_MAX : 0;
    for (unsigned n = 0;; n++) {
        if (p >= len) {
            return "signed var-int runs past the end";
        }
        if (n == 9) {
            return "signed var-int does not fit in 64 bits";
        }
        uint8_t b = buf[p++];
        v = v << 7 | (b & 0x7f);
        if (!(b & 0x80)) {
            break;
        }
    }
    *pos = p;
    *out = v <= (uint64_t)INT64_MAX ? (int64_t)v : -(int64_t)(~v) - 1;
    return NULL;
}

const char *mpr_get_qstr(const uint8_t *buf, size_t len, size_t *pos, unsigned *static_index,
                         const uint8_t **text, size_t *text_len) {
    size_t p = *pos;
    uint64_t n;
    const char *e = mpr_get_uint(buf, len, &p, &n);
    if (e) {
        return e;
    }
    *static_index = 0;
    *text = NULL;
    *text_len = 0;
    if (n & 1) {
        uint64_t idx = n >> 1;
        if (idx == 0 || idx > MPY_STATIC_QSTR_COUNT) {
            return "static qstr number out of range 1..165";
        }
        *static_index = (unsigned)idx;
    } else {
        uint64_t l = n >> 1;
        if (l >= len - p) {
            return "qstr text and its NUL run past the end";
        }
        if (buf[p + l] != 0) {
            return "qstr text is not followed by a NUL byte";
        }
        *text = buf + p;
        *text_len = (size_t)l;
        p += (size_t)l + 1;
    }
    *pos = p;
    return NULL;
}

const char *mpr_get_signature(const uint8_t *buf, size_t len, size_t *pos, mpr_signature *out) {
    size_t p = *pos;
    if (p >= len) {
        return "prelude signature runs past the end";
    }
    uint8_t z = buf[p++];
    uint32_t S = (z >> 3) & 0xf, E = (z >> 2) & 1, F = 0, A = z & 3, K = 0, D = 0;
    /* Each further byte gives two more bits of S and one more of every other value. */
    for (unsigned n = 0; z & 0x80; n++) {
        if (n == 12) {
            return "prelude signature longer than 13 bytes";
        }
        if (p >= len) {
            return "prelude signature runs past the end";
        }
        z = buf[p++];
        S |= (uint32_t)((z >> 4) & 3) << (4 + 2 * n);
        E |= (uint32_t)((z >> 1) & 1) << (1 + n);
        F |= (uint32_t)((z >> 6) & 1) << n;
        A |= (uint32_t)((z >> 2) & 1) << (2 + n);
        K |= (uint32_t)((z >> 3) & 1) << n;
        D |= (uint32_t)(z & 1) << n;
    }
    out->n_state = S + 1;
    out->n_exc_stack = E;
    out->scope_flags = F;
    out->n_pos_args = A;
    out->n_kwonly_args = K;
    out->n_def_pos_args = D;
    *pos = p;
    return NULL;
}

const char *mpr_get_prelude_size(const uint8_t *buf, size_t len, size_t *pos, uint32_t *n_info,
                                 uint32_t *n_cell) {
    size_t p = *pos;
    uint32_t I = 0, C = 0;
    /* n_cell gains only one bit a byte, so a block with many cells has a long field */
    for (unsigned n = 0;; n++) {
        if (n == 32) {
            return "prelude size field longer than 32 bytes";
        }
        if (p >= len) {
            return "prelude size field runs past the end";
        }
        uint8_t z = buf[p++];
        uint32_t bits = (z >> 1) & 0x3f;
        if (n < 5) {
            I |= bits << (6 * n);
        } else if (bits) {
            return "prelude size field: n_info does not fit in 30 bits";
        }
        C |= (uint32_t)(z & 1) << n;
        if (!(z & 0x80)) {
            break;
        }
    }
    *n_info = I;
    *n_cell = C;
    *pos = p;
    return NULL;
}

const char *mpr_get_line_entry(const uint8_t *buf, size_t len, size_t *pos, uint32_t *bc_step,
                               uint32_t *line_step) {
    size_t p = *pos;
    if (p >= len) {
        return "line-number entry runs past the end";
    }
    uint8_t c = buf[p];
    if (!(c & 0x80)) {
        *bc_step = c & 0x1f;
        *line_step = c >> 5;
        p += 1;
    } else {
        if (len - p < 2) {
            return "two-byte line-number entry runs past the end";
        }
        *bc_step = c & 0x0f;
        *line_step = (uint32_t)(c & 0x70) << 4 | buf[p + 1];
        p += 2;
    }
    *pos = p;
    return NULL;
}

const char *mpr_decode_insn(const uint8_t *code, size_t len, size_t pos, mpr_insn *in) {
    memset(in, 0, sizeof *in);
    in->offset = (uint32_t)pos;
    in->size = 1;
    in->extra = -1;
    in->target = -1;
    if (pos >= len) {
        return "no instruction there";
    }
    uint8_t op = code[pos];
    in->opcode = op;
    mpy_opcode_info info = mpy_opcode_lookup(op);
    if (info.name == NULL) {
        return "unknown opcode";
    }
    in->name = info.name;
    in->arg_kind = info.arg;
    in->multi = info.multi;
    if (info.multi) {
        in->has_arg = true;
        in->arg = info.base_value;
    }
    size_t p = pos + 1;
    switch (info.arg) {
        case MPY_ARG_NONE:
            break;
        case MPY_ARG_QSTR:
        case MPY_ARG_UINT:
        case MPY_ARG_OBJ:
        case MPY_ARG_CHILD: {
            uint64_t v;
            if (mpr_get_uint(code, len, &p, &v)) {
                return "argument runs past the end of the code or is too large";
            }
            if (v > (uint64_t)INT64_MAX) {
                return "argument is too large";
            }
            in->arg = (int64_t)v;
            in->has_arg = true;
            break;
        }
        case MPY_ARG_SINT:
            if (mpr_get_sint(code, len, &p, &in->arg)) {
                return "argument runs past the end of the code or is too large";
            }
            in->has_arg = true;
            break;
        case MPY_ARG_SJUMP:
        case MPY_ARG_UJUMP: {
            if (p >= len) {
                return "jump offset runs past the end of the code";
            }
            int64_t v;
            if (code[p] & 0x80) {
                if (len - p < 2) {
                    return "jump offset runs past the end of the code";
                }
                v = (int64_t)((code[p] & 0x7f) | (unsigned)code[p + 1] << 7);
                p += 2;
                if (info.arg == MPY_ARG_SJUMP) {
                    v -= 0x4000;
                }
            } else {
                v = code[p];
                p += 1;
                if (info.arg == MPY_ARG_SJUMP) {
                    v -= 0x40;
                }
            }
            in->arg = v;
            in->has_arg = true;
            /* relative to the byte after the offset field, before any extra byte */
            in->target = (int64_t)p + v;
            break;
        }
        default:
            break;
    }
    if (info.extra) {
        if (p >= len) {
            return "extra byte runs past the end of the code";
        }
        in->extra = code[p++];
    }
    in->size = (uint32_t)(p - pos);
    return NULL;
}

/* ==================================================================================
   Header facts
   ================================================================================== */

static const char *const arch_names[] = {
    "NONE", "X86", "X64", "ARMV6", "ARMV6M", "ARMV7M", "ARMV7EM", "ARMV7EMSP", "ARMV7EMDP",
    "XTENSA", "XTENSAWIN", "RV32IMC", "RV64IMC",
};

const char *mpr_arch_name(unsigned arch) {
    return arch < sizeof arch_names / sizeof arch_names[0] ? arch_names[arch] : NULL;
}

const char *mpr_get_header(const uint8_t *buf, size_t len, mpr_header *h) {
    memset(h, 0, sizeof *h);
    if (len == 0) {
        return "the file is empty";
    }
    if (buf[0] != 'M' && buf[0] != 'C') {
        return "not a .mpy file: the first byte is neither 'M' (MicroPython) nor 'C' (CircuitPython)";
    }
    if (len < 4) {
        return "the file ends inside the 4-byte header";
    }
    memcpy(h->bytes, buf, 4);
    h->magic = (char)buf[0];
    h->version = buf[1];
    h->sub_version = buf[2] & 3;
    h->arch = (buf[2] >> 2) & 0x0f;
    h->has_arch_flags = (buf[2] & 0x40) != 0;
    h->small_int_bits = buf[3];
    return NULL;
}

/* Appends to out like snprintf would, keeping it terminated. */
static void addf(char *out, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void addf(char *out, size_t size, const char *fmt, ...) {
    size_t used = strlen(out);
    if (used + 1 >= size) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out + used, size - used, fmt, ap);
    va_end(ap);
}

bool mpr_runtimes(const mpr_header *h, char *out, size_t size) {
    if (size == 0) {
        return false;
    }
    out[0] = 0;
    const char *arch = mpr_arch_name(h->arch);
    bool native = h->arch != MPR_ARCH_NONE;
    bool ok = h->version == 6;
    if (h->magic == 'M') {
        switch (h->version) {
            case 6:
                if (!native) {
                    addf(out, size, "MicroPython 1.19 and later (bytecode only, so the sub-version "
                                    "is not checked); not CircuitPython, which needs a 'C' file");
                } else {
                    static const char *const by_sub[] = {"1.19.x", "1.20 and 1.21", "1.22.x",
                                                         "1.23 and later"};
                    addf(out, size, "MicroPython %s only, with native code for %s (native code "
                                    "needs the exact sub-version 6.%u)",
                         by_sub[h->sub_version], arch ? arch : "an unknown architecture",
                         h->sub_version);
                }
                break;
            case 5: addf(out, size, "MicroPython 1.12 to 1.18"); break;
            case 4: addf(out, size, "MicroPython 1.11"); break;
            case 3: addf(out, size, "MicroPython 1.9.3 to 1.10, CircuitPython 3.x to 6.x"); break;
            case 2: addf(out, size, "MicroPython 1.9 to 1.9.2, CircuitPython 2.x"); break;
            case 1: addf(out, size, "no released runtime (a MicroPython development version "
                                    "between 1.8.7 and 1.9)"); break;
            case 0: addf(out, size, "MicroPython 1.5.1 to 1.8.7"); break;
            default: addf(out, size, "no known runtime (.mpy version %u)", h->version); break;
        }
    } else if (h->magic == 'C') {
        switch (h->version) {
            case 6:
                if (!native) {
                    addf(out, size, "CircuitPython 9.x and 10.x (bytecode only, so the sub-version "
                                    "is not checked); not MicroPython, which needs an 'M' file");
                } else if (h->sub_version == 1) {
                    addf(out, size, "CircuitPython 9.0 and 9.1 only, with native code for %s",
                         arch ? arch : "an unknown architecture");
                } else if (h->sub_version == 3) {
                    addf(out, size, "CircuitPython 9.2 and 10.x only, with native code for %s",
                         arch ? arch : "an unknown architecture");
                } else {
                    addf(out, size, "no known CircuitPython release (native code with "
                                    "sub-version 6.%u)", h->sub_version);
                }
                break;
            case 5: addf(out, size, "CircuitPython 7.x and 8.x"); break;
            default: addf(out, size, "no known runtime (CircuitPython-style .mpy version %u)",
                          h->version); break;
        }
    } else {
        addf(out, size, "no runtime: not a .mpy header");
        return false;
    }
    if (ok && h->small_int_bits > 31) {
        addf(out, size, "; needs small ints of at least %u bits (a 64-bit port)",
             h->small_int_bits);
    }
    return ok;
}

/* ==================================================================================
   Python-style repr of constants
   ================================================================================== */

typedef struct {
    char *p;
    size_t len, cap;
} Sb;

static void sb_put(Sb *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1) {
            cap *= 2;
        }
        char *p = realloc(b->p, cap);
        if (p == NULL) {
            fprintf(stderr, "mpy_read: out of memory\n");
            abort();
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void sb_puts(Sb *b, const char *s) {
    sb_put(b, s, strlen(s));
}

static void sb_printf(Sb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(Sb *b, const char *fmt, ...) {
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0) {
        sb_put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
    }
}

/* Arena copy of the builder's text; releases the builder. */
static const char *sb_done(Sb *b, Arena *a) {
    const char *r = arena_dup(a, b->p ? b->p : "", b->len);
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
    return r;
}

/* One UTF-8 sequence at s[0..n): its code point and length, or -1 when it is not valid
   (truncated, overlong, a surrogate or above U+10FFFF). */
static long utf8_next(const unsigned char *s, size_t n, size_t *used) {
    unsigned c = s[0];
    size_t k;
    long cp;
    if (c < 0x80) {
        *used = 1;
        return c;
    } else if (c >= 0xc2 && c <= 0xdf) {
        k = 2;
        cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        k = 3;
        cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        k = 4;
        cp = c & 0x07;
    } else {
        return -1;
    }
    if (n < k) {
        return -1;
    }
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xc0) != 0x80) {
            return -1;
        }
        cp = cp << 6 | (s[i] & 0x3f);
    }
    if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
        (cp >= 0xd800 && cp <= 0xdfff)) {
        return -1;
    }
    *used = k;
    return cp;
}

/* Whether Python's str.isprintable() holds for a non-ASCII code point: false for controls,
   format characters, separators other than space, surrogates, private use, noncharacters
   and the large unassigned planes. (Scattered unassigned code points inside the assigned
   blocks are not tracked.) */
static bool py_printable(long c) {
    static const struct {
        long lo, hi;
    } hidden[] = {
        {0x80, 0xa0}, {0xad, 0xad}, {0x378, 0x379}, {0x380, 0x383}, {0x38b, 0x38b},
        {0x38d, 0x38d}, {0x3a2, 0x3a2}, {0x600, 0x605}, {0x61c, 0x61c}, {0x6dd, 0x6dd},
        {0x70f, 0x70f}, {0x890, 0x891}, {0x8e2, 0x8e2}, {0x1680, 0x1680}, {0x180e, 0x180e},
        {0x2000, 0x200f}, {0x2028, 0x202f}, {0x205f, 0x2064}, {0x2066, 0x206f},
        {0x3000, 0x3000}, {0xd800, 0xf8ff}, {0xfdd0, 0xfdef}, {0xfeff, 0xfeff},
        {0xfff0, 0xfffb}, {0x110bd, 0x110bd}, {0x110cd, 0x110cd}, {0x13430, 0x1343f},
        {0x1bca0, 0x1bca3}, {0x1d173, 0x1d17a}, {0x40000, 0xdffff}, {0xe0000, 0xe00ff},
        {0xe01f0, 0x10ffff},
    };
    if ((c & 0xfffe) == 0xfffe) {
        return false;
    }
    for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++) {
        if (c >= hidden[i].lo && c <= hidden[i].hi) {
            return false;
        }
    }
    return true;
}

const char *mpr_repr_str(Arena *a, const char *str, size_t len, bool is_bytes) {
    const unsigned char *s = (const unsigned char *)str;
    bool has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    Sb b = {0};
    if (is_bytes) {
        sb_puts(&b, "b");
    }
    sb_put(&b, &quote, 1);
    for (size_t i = 0; i < len;) {
        unsigned c = s[i];
        if (c == (unsigned char)quote || c == '\\') {
            char esc[2] = {'\\', (char)c};
            sb_put(&b, esc, 2);
            i++;
        } else if (c == '\t') {
            sb_puts(&b, "\\t");
            i++;
        } else if (c == '\n') {
            sb_puts(&b, "\\n");
            i++;
        } else if (c == '\r') {
            sb_puts(&b, "\\r");
            i++;
        } else if (c < 0x20 || c == 0x7f) {
            sb_printf(&b, "\\x%02x", c);
            i++;
        } else if (c < 0x80) {
            sb_put(&b, (const char *)s + i, 1);
            i++;
        } else if (is_bytes) {
            sb_printf(&b, "\\x%02x", c);
            i++;
        } else {
            size_t used;
            long cp = utf8_next(s + i, len - i, &used);
            if (cp < 0) {
                sb_printf(&b, "\\x%02x", c);
                i++;
            } else {
                if (py_printable(cp)) {
                    sb_put(&b, (const char *)s + i, used);
                } else if (cp <= 0xff) {
                    sb_printf(&b, "\\x%02lx", cp);
                } else if (cp <= 0xffff) {
                    sb_printf(&b, "\\u%04lx", cp);
                } else {
                    sb_printf(&b, "\\U%08lx", cp);
                }
                i += used;
            }
        }
    }
    sb_put(&b, &quote, 1);
    return sb_done(&b, a);
}

/* The shortest decimal digits that read back as x (x finite, nonzero): digits without a
   point into dig, and the position of the point: x = 0.DIGITS * 10^decpt. */
static void shortest_digits(double x, char *dig, size_t size, int *decpt) {
    char tmp[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, x);
        if (strtod(tmp, NULL) == x || prec == 17) {
            break;
        }
    }
    /* tmp is [-]D[.DDD]e[+-]XX */
    const char *p = tmp;
    if (*p == '-') {
        p++;
    }
    size_t n = 0;
    for (; *p && *p != 'e'; p++) {
        if (*p != '.' && n + 1 < size) {
            dig[n++] = *p;
        }
    }
    while (n > 1 && dig[n - 1] == '0') {
        n--;
    }
    dig[n] = 0;
    *decpt = (*p == 'e' ? atoi(p + 1) : 0) + 1;
}

/* Python's float formatting: repr() when add_dot0, else the form complex() parts use. */
static void py_float(double x, bool add_dot0, char *out, size_t size) {
    if (isnan(x)) {
        snprintf(out, size, "nan");
        return;
    }
    if (isinf(x)) {
        snprintf(out, size, x < 0 ? "-inf" : "inf");
        return;
    }
    if (x == 0) {
        snprintf(out, size, "%s%s", signbit(x) ? "-0" : "0", add_dot0 ? ".0" : "");
        return;
    }
    char dig[24];
    int decpt;
    shortest_digits(x, dig, sizeof dig, &decpt);
    int nd = (int)strlen(dig);
    /* build into a buffer big enough for any double, then copy out */
    char t[64];
    size_t k = 0;
    if (x < 0) {
        t[k++] = '-';
    }
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            t[k++] = '0';
            t[k++] = '.';
            for (int i = 0; i < -decpt; i++) {
                t[k++] = '0';
            }
            for (int i = 0; i < nd; i++) {
                t[k++] = dig[i];
            }
        } else {
            for (int i = 0; i < decpt; i++) {
                t[k++] = i < nd ? dig[i] : '0';
            }
            if (decpt < nd) {
                t[k++] = '.';
                for (int i = decpt; i < nd; i++) {
                    t[k++] = dig[i];
                }
            } else if (add_dot0) {
                t[k++] = '.';
                t[k++] = '0';
            }
        }
        t[k] = 0;
    } else {
        int e = decpt - 1;
        t[k++] = dig[0];
        if (nd > 1) {
            t[k++] = '.';
            for (int i = 1; i < nd; i++) {
                t[k++] = dig[i];
            }
        }
        snprintf(t + k, sizeof t - k, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    snprintf(out, size, "%s", t);
}

void mpr_repr_float(double x, char *out, size_t size) {
    py_float(x, true, out, size);
}

static void repr_complex(Sb *b, double re, double im) {
    char r[40], i[40];
    py_float(im, false, i, sizeof i);
    if (re == 0 && !signbit(re)) {
        sb_puts(b, i);
        sb_puts(b, "j");
        return;
    }
    py_float(re, false, r, sizeof r);
    sb_puts(b, "(");
    sb_puts(b, r);
    if (!(i[0] == '-')) {
        sb_puts(b, "+");
    }
    sb_puts(b, i);
    sb_puts(b, "j)");
}

/* ==================================================================================
   Number constants: the text MicroPython wrote
   ================================================================================== */

static bool parse_int_text(const char *s, size_t len) {
    size_t i = 0;
    if (i < len && (s[i] == '-' || s[i] == '+')) {
        i++;
    }
    if (i == len) {
        return false;
    }
    for (; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return true;
}

/* A whole float literal (strtod syntax, no surrounding space). s is NUL-terminated at len. */
static bool parse_float_text(const char *s, size_t len, double *out) {
    if (len == 0 || strlen(s) != len || s[0] == ' ' || s[0] == '\t' || s[0] == '\n') {
        return false;
    }
    char *end;
    *out = strtod(s, &end);
    return end == s + len;
}

/* MicroPython writes a complex as "IMAGj" or "(REAL+IMAGj)"; Python's complex() reads both. */
static bool parse_complex_text(Arena *a, const char *s, size_t len, double *re, double *im) {
    if (len >= 2 && s[0] == '(' && s[len - 1] == ')') {
        s++;
        len -= 2;
    }
    if (len < 2 || (s[len - 1] != 'j' && s[len - 1] != 'J')) {
        return false;
    }
    len--; /* drop the j */
    /* the split is the last sign that does not follow an exponent mark */
    size_t split = 0;
    for (size_t i = len; i-- > 1;) {
        if ((s[i] == '+' || s[i] == '-') && s[i - 1] != 'e' && s[i - 1] != 'E') {
            split = i;
            break;
        }
    }
    const char *ims = arena_dup(a, s + split, len - split);
    if (!parse_float_text(ims, len - split, im)) {
        return false;
    }
    if (split == 0) {
        *re = 0;
        return true;
    }
    const char *res = arena_dup(a, s, split);
    return parse_float_text(res, split, re);
}

/* ==================================================================================
   The reader
   ================================================================================== */

typedef struct {
    jmp_buf jb;
    Arena *a;
    mpr_error *err;
    mpr_file *f;
    const uint8_t *buf;
    size_t len;
    size_t pos;
    size_t blocks_cap;
    size_t problems_cap;
} Rd;

_Noreturn static void fail(Rd *r, size_t off, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
_Noreturn static void fail(Rd *r, size_t off, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err->msg, sizeof r->err->msg, fmt, ap);
    va_end(ap);
    r->err->offset = off;
    longjmp(r->jb, 1);
}

static const char *problem(Rd *r, size_t off, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static const char *problem(Rd *r, size_t off, const char *fmt, ...) {
    char msg[240];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *text = arena_dup(r->a, msg, strlen(msg));
    mpr_file *f = r->f;
    if (f->n_problems < MAX_PROBLEMS) {
        if (f->n_problems == r->problems_cap) {
            size_t cap = r->problems_cap ? r->problems_cap * 2 : 8;
            mpr_problem *p = arena_alloc(r->a, cap * sizeof *p);
            if (f->n_problems) {
                memcpy(p, f->problems, f->n_problems * sizeof *p);
            }
            f->problems = p;
            r->problems_cap = cap;
        }
        f->problems[f->n_problems].offset = off;
        f->problems[f->n_problems].msg = text;
        f->n_problems++;
    }
    return text;
}

static size_t remaining(const Rd *r) {
    return r->len - r->pos;
}

static uint8_t get_byte(Rd *r, const char *what) {
    if (r->pos >= r->len) {
        fail(r, r->pos, "the file ends where %s should be", what);
    }
    return r->buf[r->pos++];
}

static uint64_t get_uint(Rd *r, const char *what) {
    size_t start = r->pos;
    uint64_t v;
    const char *e = mpr_get_uint(r->buf, r->len, &r->pos, &v);
    if (e) {
        if (strstr(e, "past the end")) {
            fail(r, start, "the file ends inside %s", what);
        }
        fail(r, start, "%s: %s", what, e);
    }
    return v;
}

/* The qstr text at index i, or "?" when i is out of range. */
static const char *qstr_text(const mpr_file *f, uint64_t i) {
    return i < f->n_qstrs ? f->qstrs[i].text : "?";
}

static void read_qstrs(Rd *r) {
    mpr_file *f = r->f;
    f->qstr_table_offset = r->pos;
    if (f->n_qstrs) {
        f->qstrs = arena_alloc(r->a, f->n_qstrs * sizeof *f->qstrs);
    }
    for (size_t i = 0; i < f->n_qstrs; i++) {
        mpr_qstr *q = &f->qstrs[i];
        q->offset = r->pos;
        const uint8_t *text;
        size_t tl;
        const char *e = mpr_get_qstr(r->buf, r->len, &r->pos, &q->static_index, &text, &tl);
        if (e) {
            fail(r, q->offset, "qstr %zu of %zu: %s", i, f->n_qstrs, e);
        }
        if (q->static_index) {
            q->text = mpy_static_qstr(q->static_index);
            q->len = strlen(q->text);
        } else {
            q->text = arena_dup(r->a, text, tl);
            q->len = tl;
        }
        q->size = r->pos - q->offset;
    }
    f->qstr_table_size = r->pos - f->qstr_table_offset;
}

static void read_obj(Rd *r, mpr_obj *o, size_t index, unsigned depth) {
    static const char *const type_names[] = {
        "function table", "None", "False", "True", "Ellipsis", "str", "bytes", "int",
        "float", "complex", "tuple",
    };
    o->offset = r->pos;
    if (depth > MAX_TUPLE_DEPTH) {
        fail(r, r->pos, "constant %zu: tuples nested more than %d deep", index, MAX_TUPLE_DEPTH);
    }
    uint8_t t = get_byte(r, "a constant's type byte");
    if (t > MPR_OBJ_TUPLE) {
        fail(r, o->offset, "constant %zu: unknown constant type %u", index, t);
    }
    o->kind = (mpr_obj_kind)t;
    Sb b = {0};
    switch (o->kind) {
        case MPR_OBJ_FUN_TABLE:
            o->repr = "mp_fun_table";
            break;
        case MPR_OBJ_NONE:
            o->repr = "None";
            break;
        case MPR_OBJ_FALSE:
            o->repr = "False";
            break;
        case MPR_OBJ_TRUE:
            o->repr = "True";
            break;
        case MPR_OBJ_ELLIPSIS:
            o->repr = "Ellipsis";
            break;
        case MPR_OBJ_TUPLE: {
            uint64_t n = get_uint(r, "a tuple's length");
            if (n > remaining(r)) {
                fail(r, o->offset, "constant %zu: a tuple of %llu items cannot fit in the %zu bytes left",
                     index, (unsigned long long)n, remaining(r));
            }
            o->n_items = (size_t)n;
            if (n) {
                o->items = arena_alloc(r->a, o->n_items * sizeof *o->items);
            }
            for (size_t i = 0; i < o->n_items; i++) {
                read_obj(r, &o->items[i], index, depth + 1);
            }
            sb_puts(&b, "(");
            for (size_t i = 0; i < o->n_items; i++) {
                sb_puts(&b, i ? ", " : "");
                sb_puts(&b, o->items[i].repr);
            }
            sb_puts(&b, o->n_items == 1 ? ",)" : ")");
            o->repr = sb_done(&b, r->a);
            break;
        }
        default: {
            char what[64];
            snprintf(what, sizeof what, "the length of a %s constant", type_names[t]);
            uint64_t n = get_uint(r, what);
            bool text = o->kind == MPR_OBJ_STR || o->kind == MPR_OBJ_BYTES;
            if (n > remaining(r) || (text && n == remaining(r))) {
                fail(r, o->offset, "constant %zu: a %s of %llu bytes%s runs past the end of the file",
                     index, type_names[t], (unsigned long long)n, text ? " and its NUL" : "");
            }
            o->len = (size_t)n;
            o->data = arena_dup(r->a, r->buf + r->pos, o->len);
            r->pos += o->len;
            if (text) {
                if (r->buf[r->pos] != 0) {
                    fail(r, r->pos, "constant %zu: %s is not followed by a NUL byte", index,
                         type_names[t]);
                }
                r->pos++;
                o->repr = mpr_repr_str(r->a, o->data, o->len, o->kind == MPR_OBJ_BYTES);
            } else if (o->kind == MPR_OBJ_INT) {
                o->number_ok = parse_int_text(o->data, o->len);
                if (o->number_ok) {
                    /* int() drops a plus sign and leading zeros */
                    const char *s = o->data;
                    bool neg = *s == '-';
                    if (*s == '-' || *s == '+') {
                        s++;
                    }
                    while (s[0] == '0' && s[1]) {
                        s++;
                    }
                    if (s[0] == '0') {
                        neg = false;
                    }
                    sb_puts(&b, neg ? "-" : "");
                    sb_puts(&b, s);
                    o->repr = sb_done(&b, r->a);
                }
            } else if (o->kind == MPR_OBJ_FLOAT) {
                o->number_ok = parse_float_text(o->data, o->len, &o->real);
                if (o->number_ok) {
                    char tmp[40];
                    mpr_repr_float(o->real, tmp, sizeof tmp);
                    o->repr = arena_dup(r->a, tmp, strlen(tmp));
                }
            } else {
                o->number_ok = parse_complex_text(r->a, o->data, o->len, &o->real, &o->imag);
                if (o->number_ok) {
                    repr_complex(&b, o->real, o->imag);
                    o->repr = sb_done(&b, r->a);
                }
            }
            if ((o->kind == MPR_OBJ_INT || o->kind == MPR_OBJ_FLOAT || o->kind == MPR_OBJ_COMPLEX) &&
                !o->number_ok) {
                const char *shown = mpr_repr_str(r->a, o->data, o->len, false);
                problem(r, o->offset, "constant %zu: %s text %s is not a number", index,
                        type_names[t], shown);
                sb_puts(&b, "<bad ");
                sb_puts(&b, type_names[t]);
                sb_puts(&b, " ");
                sb_puts(&b, shown);
                sb_puts(&b, ">");
                o->repr = sb_done(&b, r->a);
            }
            break;
        }
    }
    o->size = r->pos - o->offset;
}

static void read_objs(Rd *r) {
    mpr_file *f = r->f;
    f->obj_table_offset = r->pos;
    if (f->n_objs) {
        f->objs = arena_alloc(r->a, f->n_objs * sizeof *f->objs);
    }
    for (size_t i = 0; i < f->n_objs; i++) {
        read_obj(r, &f->objs[i], i, 0);
    }
    f->obj_table_size = r->pos - f->obj_table_offset;
}

static void push_block(Rd *r, mpr_code *c) {
    mpr_file *f = r->f;
    if (f->n_blocks == r->blocks_cap) {
        size_t cap = r->blocks_cap ? r->blocks_cap * 2 : 16;
        mpr_code **p = arena_alloc(r->a, cap * sizeof *p);
        if (f->n_blocks) {
            memcpy(p, f->blocks, f->n_blocks * sizeof *p);
        }
        f->blocks = p;
        r->blocks_cap = cap;
    }
    f->blocks[f->n_blocks++] = c;
}

/* The prelude at c->data[start..]: signature, size field, names, line numbers, cells. */
static void read_prelude(Rd *r, mpr_code *c, size_t start) {
    const uint8_t *d = c->data;
    size_t n = c->data_len, p = start;
    c->has_prelude = true;
    c->prelude_offset = start;
    const char *e = mpr_get_signature(d, n, &p, &c->sig);
    if (e) {
        fail(r, c->data_offset + p, "code block %u: %s of the block", c->index, e);
    }
    c->sig_len = p - start;
    size_t q = p;
    e = mpr_get_prelude_size(d, n, &p, &c->n_info, &c->n_cell);
    if (e) {
        fail(r, c->data_offset + p, "code block %u: %s of the block", c->index, e);
    }
    c->size_len = p - q;
    size_t info = p;
    if (c->n_info > n - info || c->n_cell > n - info - c->n_info) {
        fail(r, c->data_offset + q,
             "code block %u: the prelude declares %u bytes of names and line numbers and %u "
             "cells, but only %zu bytes of the block remain",
             c->index, c->n_info, c->n_cell, n - info);
    }
    size_t info_end = info + c->n_info;
    uint64_t n_names = 1 + (uint64_t)c->sig.n_pos_args + c->sig.n_kwonly_args;
    if (n_names > c->n_info) {
        fail(r, c->data_offset + info,
             "code block %u: %llu names (the block's and its arguments') cannot fit in its "
             "%u-byte source-info section",
             c->index, (unsigned long long)n_names, c->n_info);
    }
    c->n_args = (size_t)n_names - 1;
    uint32_t *args = c->n_args ? arena_alloc(r->a, c->n_args * sizeof *args) : NULL;
    for (size_t i = 0; i < n_names; i++) {
        size_t at = p;
        uint64_t v;
        if (mpr_get_uint(d, info_end, &p, &v)) {
            fail(r, c->data_offset + at,
                 "code block %u: %s %zu runs past the end of the source-info section",
                 c->index, i ? "argument name" : "the simple name", i);
        }
        if (v >= r->f->n_qstrs) {
            problem(r, c->data_offset + at, "code block %u: %s refers to qstr %llu, but the table has %zu",
                    c->index, i ? "an argument name" : "the simple name", (unsigned long long)v,
                    r->f->n_qstrs);
        }
        uint32_t idx = v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
        if (i == 0) {
            c->name = idx;
        } else {
            args[i - 1] = idx;
        }
    }
    c->args = args;
    c->names_len = p - info;
    c->line_info_start = p;
    c->line_info_len = info_end - p;
    if (c->line_info_len) {
        c->lines = arena_alloc(r->a, c->line_info_len * sizeof *c->lines);
    }
    uint64_t bc = 0, line = 1;
    while (p < info_end) {
        size_t at = p;
        uint32_t bstep, lstep;
        if (mpr_get_line_entry(d, info_end, &p, &bstep, &lstep)) {
            problem(r, c->data_offset + at,
                    "code block %u: the line-number table ends inside a two-byte entry", c->index);
            break;
        }
        bc += bstep;
        line += lstep;
        if (bc > UINT32_MAX || line > UINT32_MAX) {
            problem(r, c->data_offset + at, "code block %u: line-number table overflows", c->index);
            break;
        }
        c->lines[c->n_lines].offset = (uint32_t)bc;
        c->lines[c->n_lines].line = (uint32_t)line;
        c->n_lines++;
    }
    c->cells = d + info_end;
    c->code_start = info_end + c->n_cell;
}

uint32_t mpr_line_at(const mpr_code *c, uint32_t off) {
    uint32_t line = 1;
    for (size_t i = 0; i < c->n_lines && c->lines[i].offset <= off; i++) {
        line = c->lines[i].line;
    }
    return line;
}

/* Decodes the instructions of a bytecode block (after its children are read, so MAKE_FUNCTION
   indices can be checked). Problems are recorded; decoding stops at the first instruction
   that cannot be decoded. */
static void read_insns(Rd *r, mpr_code *c) {
    mpr_file *f = r->f;
    const uint8_t *code = c->data + c->code_start;
    size_t len = c->data_len - c->code_start;
    size_t base = c->data_offset + c->code_start;
    c->code_len = len;
    /* pass 1: how many instructions decode */
    size_t count = 0, pos = 0;
    mpr_insn in;
    while (pos < len && !mpr_decode_insn(code, len, pos, &in)) {
        count++;
        pos += in.size;
    }
    if (pos < len) {
        const char *e = mpr_decode_insn(code, len, pos, &in);
        if (in.name == NULL) {
            problem(r, base + pos, "code block %u (%s): %s 0x%02x at bytecode offset %zu", c->index,
                    qstr_text(f, c->name), e, code[pos], pos);
        } else {
            problem(r, base + pos, "code block %u (%s): %s %s at bytecode offset %zu", c->index,
                    qstr_text(f, c->name), in.name, e, pos);
        }
        c->undecoded = len - pos;
    }
    c->n_insns = count;
    if (count) {
        c->insns = arena_alloc(r->a, count * sizeof *c->insns);
    }
    /* where instructions start, for checking jump targets */
    unsigned char *starts = arena_alloc(r->a, len + 1);
    pos = 0;
    size_t li = 0;
    uint32_t line = 1;
    for (size_t i = 0; i < count; i++) {
        mpr_insn *x = &c->insns[i];
        mpr_decode_insn(code, len, pos, x);
        starts[pos] = 1;
        while (li < c->n_lines && c->lines[li].offset <= pos) {
            line = c->lines[li++].line;
        }
        x->line = line;
        const char *what = NULL;
        size_t limit = 0;
        switch (x->arg_kind) {
            case MPY_ARG_QSTR: what = "qstr"; limit = f->n_qstrs; break;
            case MPY_ARG_OBJ: what = "constant"; limit = f->n_objs; break;
            case MPY_ARG_CHILD: what = "child"; limit = c->n_children; break;
            default: break;
        }
        if (what && (uint64_t)x->arg >= limit) {
            x->problem = problem(r, base + pos,
                                 "code block %u (%s): %s at bytecode offset %zu refers to %s %lld, "
                                 "but there are %zu",
                                 c->index, qstr_text(f, c->name), x->name, pos, what,
                                 (long long)x->arg, limit);
        }
        pos += x->size;
    }
    for (size_t i = 0; i < count; i++) {
        mpr_insn *x = &c->insns[i];
        if (x->arg_kind == MPY_ARG_SJUMP || x->arg_kind == MPY_ARG_UJUMP) {
            if (x->target < 0 || (uint64_t)x->target >= len || !starts[x->target]) {
                x->problem = problem(r, base + x->offset,
                                     "code block %u (%s): %s at bytecode offset %u jumps to %lld, "
                                     "which is not the start of an instruction",
                                     c->index, qstr_text(f, c->name), x->name, x->offset,
                                     (long long)x->target);
            }
        }
    }
}

static mpr_code *read_code(Rd *r, mpr_code *parent, unsigned depth) {
    mpr_file *f = r->f;
    if (depth > MAX_CODE_DEPTH) {
        fail(r, r->pos, "code blocks nested more than %d deep", MAX_CODE_DEPTH);
    }
    mpr_code *c = arena_alloc(r->a, sizeof *c);
    c->offset = r->pos;
    c->depth = depth;
    c->parent = parent;
    c->index = (unsigned)f->n_blocks;
    push_block(r, c);
    char what[80];
    snprintf(what, sizeof what, "the kind and length of code block %u", c->index);
    uint64_t kl = get_uint(r, what);
    c->kind = (mpr_code_kind)(kl & 3);
    bool has_children = (kl & 4) != 0;
    uint64_t dl = kl >> 3;
    if (dl > remaining(r)) {
        fail(r, c->offset, "code block %u declares %llu bytes of code, but only %zu remain in the file",
             c->index, (unsigned long long)dl, remaining(r));
    }
    c->data_offset = r->pos;
    c->data = r->buf + r->pos;
    c->data_len = (size_t)dl;
    r->pos += c->data_len;
    size_t framing = c->data_offset - c->offset;
    size_t after_data = r->pos;
    size_t rodata_len = 0;
    /* The scope-flag bits of viper's extra sections moved up by one in CircuitPython. */
    uint64_t reloc_bit = 0x10, rodata_bit = 0x20, bss_bit = 0x40;
    if (f->header.magic == 'C') {
        reloc_bit = 0x20;
        rodata_bit = 0x40;
        bss_bit = 0x80;
    }
    switch (c->kind) {
        case MPR_CODE_BYTECODE:
            read_prelude(r, c, 0);
            break;
        case MPR_CODE_NATIVE_PY: {
            snprintf(what, sizeof what, "the prelude offset of native code block %u", c->index);
            uint64_t po = get_uint(r, what);
            if (po > c->data_len) {
                fail(r, after_data, "native code block %u: prelude offset %llu is past its %zu bytes",
                     c->index, (unsigned long long)po, c->data_len);
            }
            c->machine_code_len = (size_t)po;
            read_prelude(r, c, (size_t)po);
            break;
        }
        case MPR_CODE_VIPER:
        case MPR_CODE_ASM:
            c->machine_code_len = c->data_len;
            snprintf(what, sizeof what, "the scope flags of native code block %u", c->index);
            c->native_scope_flags = get_uint(r, what);
            if (c->kind == MPR_CODE_VIPER) {
                if (c->native_scope_flags & rodata_bit) {
                    c->rodata_size = get_uint(r, "the size of viper read-only data");
                }
                if (c->native_scope_flags & bss_bit) {
                    c->bss_size = get_uint(r, "the size of viper zeroed data");
                }
                if (c->native_scope_flags & rodata_bit) {
                    if (c->rodata_size > remaining(r)) {
                        fail(r, r->pos, "viper code block %u: %llu bytes of read-only data run past the end",
                             c->index, (unsigned long long)c->rodata_size);
                    }
                    rodata_len = (size_t)c->rodata_size;
                    r->pos += rodata_len;
                }
            } else {
                c->asm_n_pos_args = get_uint(r, "the argument count of an assembler block");
                c->asm_type_sig = get_uint(r, "the type signature of an assembler block");
            }
            break;
    }
    framing += r->pos - after_data - rodata_len;
    if (has_children) {
        size_t at = r->pos;
        snprintf(what, sizeof what, "the child count of code block %u", c->index);
        uint64_t n = get_uint(r, what);
        if (n > remaining(r)) {
            fail(r, at, "code block %u: %llu children cannot fit in the %zu bytes left", c->index,
                 (unsigned long long)n, remaining(r));
        }
        framing += r->pos - at;
        c->n_children = (size_t)n;
        if (n) {
            c->children = arena_alloc(r->a, c->n_children * sizeof *c->children);
        }
        for (size_t i = 0; i < c->n_children; i++) {
            c->children[i] = read_code(r, c, depth + 1);
        }
    }
    if (c->kind == MPR_CODE_VIPER && (c->native_scope_flags & reloc_bit)) {
        /* Relocation entries come last (the loader applies them once the children exist). */
        size_t at = r->pos;
        for (;;) {
            uint8_t op = get_byte(r, "a viper relocation entry");
            if (op == 0xff) {
                break;
            }
            if (op & 1) {
                get_uint(r, "a relocation address");
            }
            op >>= 1;
            if (op <= 5 && (op & 1)) {
                get_uint(r, "a relocation count");
            }
            c->n_relocs++;
        }
        framing += r->pos - at;
    }
    c->sizes.framing = framing;
    if (c->kind == MPR_CODE_BYTECODE) {
        read_insns(r, c);
    }
    c->sizes.code = rodata_len;
    return c;
}

/* Byte counts per block, qstr and constant entries credited to their first user. */
static void count_sizes(Rd *r) {
    mpr_file *f = r->f;
    unsigned *q_user = f->n_qstrs ? arena_alloc(r->a, f->n_qstrs * sizeof *q_user) : NULL;
    unsigned *o_user = f->n_objs ? arena_alloc(r->a, f->n_objs * sizeof *o_user) : NULL;
    for (size_t i = 0; i < f->n_qstrs; i++) {
        q_user[i] = UINT32_MAX;
    }
    for (size_t i = 0; i < f->n_objs; i++) {
        o_user[i] = UINT32_MAX;
    }
    for (size_t b = 0; b < f->n_blocks; b++) {
        mpr_code *c = f->blocks[b];
        mpr_sizes *s = &c->sizes;
        if (c->has_prelude) {
            s->prelude = c->sig_len + c->size_len + c->names_len + c->n_cell;
            s->line_info = c->line_info_len;
        }
        switch (c->kind) {
            case MPR_CODE_BYTECODE:
                s->code = c->code_len;
                break;
            case MPR_CODE_NATIVE_PY:
                s->code += c->data_len - s->prelude - s->line_info;
                break;
            default:
                s->code += c->data_len;
                break;
        }
#define CREDIT(users, idx, count_, bytes_, entries)                 \
    do {                                                            \
        uint64_t i_ = (idx);                                        \
        if (i_ < (count_) && users[i_] == UINT32_MAX) {             \
            users[i_] = c->index;                                   \
            s->bytes_ += entries[i_].size;                          \
        }                                                           \
    } while (0)
        if (c->has_prelude) {
            CREDIT(q_user, c->name, f->n_qstrs, qstr_bytes, f->qstrs);
            for (size_t i = 0; i < c->n_args; i++) {
                CREDIT(q_user, c->args[i], f->n_qstrs, qstr_bytes, f->qstrs);
            }
        }
        for (size_t i = 0; i < c->n_insns; i++) {
            const mpr_insn *x = &c->insns[i];
            if (x->arg_kind == MPY_ARG_QSTR) {
                CREDIT(q_user, (uint64_t)x->arg, f->n_qstrs, qstr_bytes, f->qstrs);
            } else if (x->arg_kind == MPY_ARG_OBJ) {
                CREDIT(o_user, (uint64_t)x->arg, f->n_objs, const_bytes, f->objs);
            }
        }
#undef CREDIT
    }
    for (size_t i = 0; i < f->n_qstrs; i++) {
        if (q_user[i] == UINT32_MAX) {
            f->n_unused_qstrs++;
            f->unused_qstr_bytes += f->qstrs[i].size;
        } else {
            f->blocks[q_user[i]]->sizes.n_qstrs++;
        }
    }
    for (size_t i = 0; i < f->n_objs; i++) {
        if (o_user[i] == UINT32_MAX) {
            f->n_unused_consts++;
            f->unused_const_bytes += f->objs[i].size;
        } else {
            f->blocks[o_user[i]]->sizes.n_consts++;
        }
    }
    for (size_t b = 0; b < f->n_blocks; b++) {
        mpr_sizes *s = &f->blocks[b]->sizes;
        s->total = s->framing + s->prelude + s->line_info + s->code + s->qstr_bytes + s->const_bytes;
    }
}

static void name_paths(Rd *r) {
    mpr_file *f = r->f;
    for (size_t b = 0; b < f->n_blocks; b++) {
        mpr_code *c = f->blocks[b];
        const char *own = !c->has_prelude ? (c->kind == MPR_CODE_VIPER ? "<viper>" : "<asm>")
                                          : qstr_text(f, c->name);
        if (c->parent == NULL) {
            c->path = own;
        } else {
            size_t a = strlen(c->parent->path), n = strlen(own);
            char *p = arena_alloc(r->a, a + n + 2);
            memcpy(p, c->parent->path, a);
            p[a] = '.';
            memcpy(p + a + 1, own, n + 1);
            c->path = p;
        }
    }
}

static void read_file(Rd *r) {
    mpr_file *f = r->f;
    const char *e = mpr_get_header(r->buf, r->len, &f->header);
    if (e) {
        fail(r, r->len < 4 && r->len > 0 && (r->buf[0] == 'M' || r->buf[0] == 'C') ? r->len : 0,
             "%s", e);
    }
    if (f->header.version != 6) {
        char rt[200];
        mpr_runtimes(&f->header, rt, sizeof rt);
        fail(r, 1, ".mpy version %u is not decoded here (only version 6 is); a '%c' version %u "
                   "file is for %s",
             f->header.version, f->header.magic, f->header.version, rt);
    }
    if (r->buf[2] & 0x80) {
        fail(r, 2, "bit 7 of the feature byte 0x%02x is set, which no version 6 file does", r->buf[2]);
    }
    r->pos = 4;
    if (f->header.has_arch_flags) {
        f->header.arch_flags = get_uint(r, "the architecture flags");
    }
    size_t at = r->pos;
    uint64_t nq = get_uint(r, "the number of qstrs");
    if (nq > remaining(r)) {
        fail(r, at, "%llu qstrs cannot fit in the %zu bytes left", (unsigned long long)nq,
             remaining(r));
    }
    at = r->pos;
    uint64_t no = get_uint(r, "the number of constants");
    if (no > remaining(r)) {
        fail(r, at, "%llu constants cannot fit in the %zu bytes left", (unsigned long long)no,
             remaining(r));
    }
    f->n_qstrs = (size_t)nq;
    f->n_objs = (size_t)no;
    f->header_size = r->pos;
    read_qstrs(r);
    read_objs(r);
    f->code_offset = r->pos;
    f->root = read_code(r, NULL, 0);
    f->end = r->pos;
    f->trailing = r->len - r->pos;
    if (f->trailing) {
        problem(r, r->pos, "%zu bytes after the end of the code tree are not part of the file's "
                           "content", f->trailing);
    }
    count_sizes(r);
    name_paths(r);
}

mpr_file *mpr_read(const void *bytes, size_t len, mpr_error *err) {
    memset(err, 0, sizeof *err);
    Arena *a = arena_new();
    if (a == NULL) {
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    mpr_file *f = arena_alloc(a, sizeof *f);
    f->arena = a;
    uint8_t *copy = arena_alloc(a, len ? len : 1);
    if (len) {
        memcpy(copy, bytes, len);
    }
    f->bytes = copy;
    f->len = len;
    Rd r;
    memset(&r, 0, sizeof r);
    r.a = a;
    r.err = err;
    r.f = f;
    r.buf = copy;
    r.len = len;
    if (setjmp(r.jb)) {
        arena_free(a);
        return NULL;
    }
    read_file(&r);
    return f;
}

void mpr_free(mpr_file *f) {
    if (f) {
        arena_free(f->arena);
    }
}
