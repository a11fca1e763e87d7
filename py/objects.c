/* objects.c: compile-time constants and the int/float arithmetic the parser folds with, giving the
   values, types, refusals, number parsing and repr text of the reference runtimes (x86-64 host). */
#include "objects.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------------------------ */
/* Constructors                                                                               */
/* ------------------------------------------------------------------------------------------ */

static Obj *obj_new(Arena *a, ObjType type) {
    Obj *o = arena_alloc(a, sizeof(Obj));
    o->type = type;
    return o;
}

Obj *obj_none(Arena *a) {
    return obj_new(a, OBJ_NONE);
}

Obj *obj_bool(Arena *a, bool v) {
    return obj_new(a, v ? OBJ_TRUE : OBJ_FALSE);
}

Obj *obj_ellipsis(Arena *a) {
    return obj_new(a, OBJ_ELLIPSIS);
}

/* The reference's small ints are 63-bit on a 64-bit host; anything else is a long-int object. */
static bool fits_host_small_int(int64_t v) {
    return v >= -((int64_t)1 << 62) && v < ((int64_t)1 << 62);
}

Obj *obj_small(Arena *a, int64_t v) {
    Obj *o = obj_new(a, OBJ_INT);
    o->u.i.v = v;
    o->u.i.boxed = !fits_host_small_int(v);
    return o;
}

Obj *obj_float(Arena *a, double v) {
    Obj *o = obj_new(a, OBJ_FLOAT);
    o->u.f = v;
    return o;
}

static Obj *obj_complex(Arena *a, double real, double imag) {
    Obj *o = obj_new(a, OBJ_COMPLEX);
    o->u.c.real = real;
    o->u.c.imag = imag;
    return o;
}

Obj *obj_str(Arena *a, ObjType type, const char *s, size_t len) {
    Obj *o = obj_new(a, type);
    o->u.str.s = arena_dup(a, s, len);
    o->u.str.len = len;
    return o;
}

Obj *obj_tuple(Arena *a, Obj **items, size_t n) {
    Obj *o = obj_new(a, OBJ_TUPLE);
    o->u.tuple.items = arena_alloc(a, (n ? n : 1) * sizeof(Obj *));
    if (n > 0) {
        memcpy(o->u.tuple.items, items, n * sizeof(Obj *));
    }
    o->u.tuple.n = n;
    return o;
}

/* ------------------------------------------------------------------------------------------ */
/* Predicates                                                                                 */
/* ------------------------------------------------------------------------------------------ */

bool obj_is_int(const Obj *o) {
    return o != NULL && o->type == OBJ_INT;
}

bool obj_is_number(const Obj *o, bool floats_too) {
    return obj_is_int(o) || (floats_too && o != NULL && o->type == OBJ_FLOAT);
}

static bool int_is_zero(const ObjInt *i) {
    return i->big == NULL && i->v == 0;
}

static bool int_is_negative(const ObjInt *i) {
    return i->big != NULL ? i->neg : i->v < 0;
}

bool obj_is_true(const Obj *o) {
    switch (o->type) {
        case OBJ_NONE:
        case OBJ_FALSE:
            return false;
        case OBJ_TRUE:
        case OBJ_ELLIPSIS:
            return true;
        case OBJ_INT:
            return !int_is_zero(&o->u.i);
        case OBJ_FLOAT:
            return o->u.f != 0;
        case OBJ_COMPLEX:
            return o->u.c.real != 0 || o->u.c.imag != 0;
        case OBJ_STR:
        case OBJ_BYTES:
            return o->u.str.len != 0;
        case OBJ_TUPLE:
            return o->u.tuple.n != 0;
    }
    return true;
}

bool obj_int_fits(const Obj *o, int bits, int64_t *value) {
    if (!obj_is_int(o) || o->u.i.big != NULL || bits <= 0) {
        return false;
    }
    int64_t v = o->u.i.v;
    if (bits < 64) {
        int64_t lo = -((int64_t)1 << (bits - 1));
        int64_t hi = ((int64_t)1 << (bits - 1)) - 1;
        if (v < lo || v > hi) {
            return false;
        }
    }
    if (value != NULL) {
        *value = v;
    }
    return true;
}

bool obj_int_is_small(const Obj *o, int bits, int64_t *value) {
    return obj_is_int(o) && !o->u.i.boxed && obj_int_fits(o, bits, value);
}

/* ------------------------------------------------------------------------------------------ */
/* Arbitrary-precision integers: sign and magnitude in malloc'd 32-bit limbs                  */
/* ------------------------------------------------------------------------------------------ */

typedef struct {
    uint32_t *d; /* little-endian limbs; at least one allocated */
    size_t n;    /* limbs in use, without leading zero limbs; 0 for zero */
    bool neg;    /* never set for zero once trimmed */
} Big;

/* mpy-cross compiles inside a 2 MiB garbage-collected heap (64-bit host). A fold whose operands
   and result need more than that raises MemoryError there and is left for run time; such folds
   are refused here too. The reference's real limit also depends on what else is live. */
enum { REF_HEAP_LIMBS = 2 * 1024 * 1024 / 4 };

static bool ref_heap_allows(size_t limbs) {
    return limbs <= REF_HEAP_LIMBS;
}

static void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size);
    if (p == NULL) {
        fputs("mpy-cross: out of memory\n", stderr);
        abort();
    }
    return p;
}

static Big big_make(size_t limbs) {
    Big b = {xcalloc(limbs, sizeof(uint32_t)), limbs, false};
    return b;
}

static void big_free(Big *b) {
    free(b->d);
    b->d = NULL;
    b->n = 0;
}

static void big_trim(Big *b) {
    while (b->n > 0 && b->d[b->n - 1] == 0) {
        b->n--;
    }
    if (b->n == 0) {
        b->neg = false;
    }
}

static Big big_from_u64(uint64_t m, bool neg) {
    Big b = big_make(2);
    b.d[0] = (uint32_t)m;
    b.d[1] = (uint32_t)(m >> 32);
    b.neg = neg;
    big_trim(&b);
    return b;
}

static uint64_t magnitude_u64(int64_t v) {
    return v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
}

static Big big_from_int(const ObjInt *i) {
    if (i->big == NULL) {
        return big_from_u64(magnitude_u64(i->v), i->v < 0);
    }
    Big b = big_make(i->nlimbs);
    memcpy(b.d, i->big, i->nlimbs * sizeof(uint32_t));
    b.neg = i->neg;
    return b;
}

static bool big_to_i64(const Big *b, int64_t *v) {
    if (b->n > 2) {
        return false;
    }
    uint64_t m = b->n == 0 ? 0 : b->d[0];
    if (b->n == 2) {
        m |= (uint64_t)b->d[1] << 32;
    }
    if (!b->neg) {
        if (m > (uint64_t)INT64_MAX) {
            return false;
        }
        *v = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1) {
            return false;
        }
        *v = m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m;
    }
    return true;
}

/* Moves b into a normalised arena int (int64 values never keep limbs); frees b. */
static Obj *obj_from_big(Arena *a, Big *b) {
    big_trim(b);
    int64_t v;
    Obj *o;
    if (big_to_i64(b, &v)) {
        o = obj_small(a, v);
    } else {
        o = obj_new(a, OBJ_INT);
        uint32_t *limbs = arena_alloc(a, b->n * sizeof(uint32_t));
        memcpy(limbs, b->d, b->n * sizeof(uint32_t));
        o->u.i.big = limbs;
        o->u.i.nlimbs = (uint32_t)b->n;
        o->u.i.neg = b->neg;
        o->u.i.boxed = true;
    }
    big_free(b);
    return o;
}

static int mag_cmp(const Big *x, const Big *y) {
    if (x->n != y->n) {
        return x->n < y->n ? -1 : 1;
    }
    for (size_t i = x->n; i-- > 0;) {
        if (x->d[i] != y->d[i]) {
            return x->d[i] < y->d[i] ? -1 : 1;
        }
    }
    return 0;
}

/* |x| + |y|, unsigned. */
static Big mag_add(const Big *x, const Big *y) {
    if (x->n < y->n) {
        const Big *t = x;
        x = y;
        y = t;
    }
    Big r = big_make(x->n + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < x->n; i++) {
        uint64_t s = (uint64_t)x->d[i] + (i < y->n ? y->d[i] : 0) + carry;
        r.d[i] = (uint32_t)s;
        carry = s >> 32;
    }
    r.d[x->n] = (uint32_t)carry;
    big_trim(&r);
    return r;
}

/* |x| - |y| where |x| >= |y|, unsigned. */
static Big mag_sub(const Big *x, const Big *y) {
    Big r = big_make(x->n);
    uint64_t borrow = 0;
    for (size_t i = 0; i < x->n; i++) {
        uint64_t sub = (uint64_t)(i < y->n ? y->d[i] : 0) + borrow;
        uint64_t xi = x->d[i];
        r.d[i] = (uint32_t)(xi - sub);
        borrow = xi < sub;
    }
    big_trim(&r);
    return r;
}

/* |x| + small, unsigned. */
static Big mag_add_small(const Big *x, uint32_t k) {
    Big one = big_from_u64(k, false);
    Big r = mag_add(x, &one);
    big_free(&one);
    return r;
}

/* x + y, or x - y when subtract. */
static Big big_add(const Big *x, const Big *y, bool subtract) {
    bool yneg = y->neg != subtract;
    Big r;
    if (x->neg == yneg) {
        r = mag_add(x, y);
        r.neg = x->neg;
    } else if (mag_cmp(x, y) >= 0) {
        r = mag_sub(x, y);
        r.neg = x->neg;
    } else {
        r = mag_sub(y, x);
        r.neg = yneg;
    }
    big_trim(&r);
    return r;
}

static Big big_mul(const Big *x, const Big *y) {
    Big r = big_make(x->n + y->n);
    for (size_t i = 0; i < x->n; i++) {
        uint64_t carry = 0;
        uint64_t xi = x->d[i];
        if (xi == 0) {
            continue;
        }
        for (size_t j = 0; j < y->n; j++) {
            uint64_t t = xi * y->d[j] + r.d[i + j] + carry;
            r.d[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r.d[i + y->n] = (uint32_t)carry;
    }
    r.neg = x->neg != y->neg;
    big_trim(&r);
    return r;
}

/* Divides the magnitude in place by a one-limb divisor; returns the remainder. */
static uint32_t mag_divide_small(uint32_t *d, size_t n, uint32_t divisor) {
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | d[i];
        d[i] = (uint32_t)(cur / divisor);
        rem = cur % divisor;
    }
    return (uint32_t)rem;
}

/* Truncating |x| / |y| and |x| % |y| (y non-zero), by schoolbook long division on normalised
   operands, estimating each quotient limb from the top two limbs (Knuth's algorithm D). */
static void mag_divmod(const Big *x, const Big *y, Big *quo, Big *rem) {
    if (mag_cmp(x, y) < 0) {
        *quo = big_make(1);
        quo->n = 0;
        *rem = big_make(x->n);
        memcpy(rem->d, x->d, x->n * sizeof(uint32_t));
        return;
    }
    if (y->n == 1) {
        *quo = big_make(x->n);
        memcpy(quo->d, x->d, x->n * sizeof(uint32_t));
        uint32_t r = mag_divide_small(quo->d, quo->n, y->d[0]);
        big_trim(quo);
        *rem = big_from_u64(r, false);
        return;
    }
    size_t n = y->n, m = x->n - y->n;
    int shift = __builtin_clz(y->d[n - 1]);
    uint32_t *v = xcalloc(n, sizeof(uint32_t));
    uint32_t *u = xcalloc(x->n + 1, sizeof(uint32_t));
    for (size_t i = n; i-- > 0;) {
        uint64_t w = (uint64_t)y->d[i] << shift;
        if (i > 0 && shift > 0) {
            w |= y->d[i - 1] >> (32 - shift);
        }
        v[i] = (uint32_t)w;
    }
    for (size_t i = x->n + 1; i-- > 0;) {
        uint64_t w = i < x->n ? (uint64_t)x->d[i] << shift : 0;
        if (i > 0 && shift > 0) {
            w |= x->d[i - 1] >> (32 - shift);
        }
        u[i] = (uint32_t)w;
    }
    *quo = big_make(m + 1);
    const uint64_t base = (uint64_t)1 << 32;
    for (size_t j = m + 1; j-- > 0;) {
        uint64_t top = ((uint64_t)u[j + n] << 32) | u[j + n - 1];
        uint64_t qhat = top / v[n - 1];
        uint64_t rhat = top % v[n - 1];
        while (qhat >= base || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
            qhat--;
            rhat += v[n - 1];
            if (rhat >= base) {
                break;
            }
        }
        /* u[j..j+n] -= qhat * v */
        uint64_t carry = 0, borrow = 0;
        for (size_t i = 0; i < n; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            uint64_t sub = (p & 0xffffffffu) + borrow;
            borrow = u[i + j] < sub;
            u[i + j] = (uint32_t)((uint64_t)u[i + j] - sub);
        }
        uint64_t sub = carry + borrow;
        borrow = u[j + n] < sub;
        u[j + n] = (uint32_t)((uint64_t)u[j + n] - sub);
        if (borrow) {
            /* qhat was one too large: add v back */
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < n; i++) {
                uint64_t s = (uint64_t)u[i + j] + v[i] + c;
                u[i + j] = (uint32_t)s;
                c = s >> 32;
            }
            u[j + n] = (uint32_t)((uint64_t)u[j + n] + c);
        }
        quo->d[j] = (uint32_t)qhat;
    }
    big_trim(quo);
    *rem = big_make(n);
    for (size_t i = 0; i < n; i++) {
        uint64_t w = u[i] >> shift;
        if (shift > 0) {
            w |= (uint64_t)u[i + 1] << (32 - shift);
        }
        rem->d[i] = (uint32_t)w;
    }
    big_trim(rem);
    free(u);
    free(v);
}

/* Floor division and modulo with Python's signs: the remainder takes the divisor's sign. */
static void big_floor_divmod(const Big *x, const Big *y, Big *quo, Big *rem) {
    mag_divmod(x, y, quo, rem);
    if (x->neg != y->neg) {
        if (rem->n != 0) {
            Big q1 = mag_add_small(quo, 1);
            big_free(quo);
            *quo = q1;
            Big r1 = mag_sub(y, rem);
            big_free(rem);
            *rem = r1;
        }
        quo->neg = true;
    }
    rem->neg = y->neg;
    big_trim(quo);
    big_trim(rem);
}

static Big mag_shl(const Big *x, uint64_t bits) {
    size_t limbs = (size_t)(bits / 32);
    int part = (int)(bits % 32);
    Big r = big_make(x->n + limbs + 1);
    for (size_t i = 0; i < x->n; i++) {
        uint64_t w = (uint64_t)x->d[i] << part;
        r.d[i + limbs] |= (uint32_t)w;
        r.d[i + limbs + 1] |= (uint32_t)(w >> 32);
    }
    r.neg = x->neg;
    big_trim(&r);
    return r;
}

/* Truncating shift of the magnitude; sign kept. */
static Big mag_shr(const Big *x, uint64_t bits) {
    if (bits / 32 >= x->n) {
        Big r = big_make(1);
        r.n = 0;
        return r;
    }
    size_t limbs = (size_t)(bits / 32);
    int part = (int)(bits % 32);
    Big r = big_make(x->n - limbs);
    for (size_t i = 0; i < r.n; i++) {
        uint64_t w = x->d[i + limbs] >> part;
        if (part > 0 && i + limbs + 1 < x->n) {
            w |= (uint64_t)x->d[i + limbs + 1] << (32 - part);
        }
        r.d[i] = (uint32_t)w;
    }
    r.neg = x->neg;
    big_trim(&r);
    return r;
}

/* x >> bits rounding toward minus infinity: for negative x that is -(((|x| - 1) >> bits) + 1). */
static Big big_shr_floor(const Big *x, uint64_t bits) {
    if (!x->neg) {
        return mag_shr(x, bits);
    }
    Big one = big_from_u64(1, false);
    Big less = mag_sub(x, &one);
    Big shifted = mag_shr(&less, bits);
    Big r = mag_add(&shifted, &one);
    r.neg = true;
    big_free(&one);
    big_free(&less);
    big_free(&shifted);
    return r;
}

/* Writes x as an infinitely sign-extended two's-complement number truncated to len limbs. */
static void big_to_twos(const Big *x, uint32_t *out, size_t len) {
    for (size_t i = 0; i < len; i++) {
        out[i] = i < x->n ? x->d[i] : 0;
    }
    if (x->neg) {
        uint64_t carry = 1;
        for (size_t i = 0; i < len; i++) {
            uint64_t s = (uint64_t)(uint32_t)~out[i] + carry;
            out[i] = (uint32_t)s;
            carry = s >> 32;
        }
    }
}

static Big big_bitwise(BinOp op, const Big *x, const Big *y) {
    size_t len = (x->n > y->n ? x->n : y->n) + 1;
    uint32_t *tx = xcalloc(len, sizeof(uint32_t));
    Big r = big_make(len);
    big_to_twos(x, tx, len);
    big_to_twos(y, r.d, len);
    for (size_t i = 0; i < len; i++) {
        if (op == BOP_AND) {
            r.d[i] &= tx[i];
        } else if (op == BOP_OR) {
            r.d[i] |= tx[i];
        } else {
            r.d[i] ^= tx[i];
        }
    }
    free(tx);
    if (r.d[len - 1] & 0x80000000u) {
        /* negative: the magnitude is the two's complement of the pattern */
        Big positive = {r.d, len, true};
        big_to_twos(&positive, r.d, len);
        r.neg = true;
    }
    big_trim(&r);
    return r;
}

static Big big_pow(const Big *x, uint64_t e) {
    Big result = big_from_u64(1, false);
    Big base = big_make(x->n);
    memcpy(base.d, x->d, x->n * sizeof(uint32_t));
    base.neg = x->neg;
    while (e > 0) {
        if (e & 1) {
            Big t = big_mul(&result, &base);
            big_free(&result);
            result = t;
        }
        e >>= 1;
        if (e > 0) {
            Big t = big_mul(&base, &base);
            big_free(&base);
            base = t;
        }
    }
    big_free(&base);
    return result;
}

static size_t bit_length(const Big *x) {
    if (x->n == 0) {
        return 0;
    }
    return (x->n - 1) * 32 + (size_t)(32 - __builtin_clz(x->d[x->n - 1]));
}

/* The reference converts a long int to a float digit by digit from the top, rounding at each
   step (inf when too large); for values of 64 bits or less this equals the exact rounding. */
static double int_to_double(const ObjInt *i) {
    if (i->big == NULL) {
        return (double)i->v;
    }
    double v = 0;
    for (size_t k = i->nlimbs; k-- > 0;) {
        v = v * 4294967296.0 + i->big[k];
    }
    return i->neg ? -v : v;
}

static double num_to_double(const Obj *o) {
    return o->type == OBJ_FLOAT ? o->u.f : int_to_double(&o->u.i);
}

/* Decimal digits of an int (with '-'); malloc'd. Repeated division by 10^9: quadratic, fine for
   the sizes a .mpy can hold. */
static char *big_decimal(const Big *x) {
    size_t chunks_cap = x->n * 32 / 29 + 2; /* 10^9 > 2^29 */
    uint32_t *chunks = xcalloc(chunks_cap, sizeof(uint32_t));
    uint32_t *work = xcalloc(x->n, sizeof(uint32_t));
    memcpy(work, x->d, x->n * sizeof(uint32_t));
    size_t n = x->n, nchunks = 0;
    while (n > 0) {
        chunks[nchunks++] = mag_divide_small(work, n, 1000000000u);
        while (n > 0 && work[n - 1] == 0) {
            n--;
        }
    }
    char *s = xcalloc(nchunks * 9 + 3, 1);
    size_t len = 0;
    if (x->neg) {
        s[len++] = '-';
    }
    if (nchunks == 0) {
        s[len++] = '0';
    } else {
        len += (size_t)sprintf(s + len, "%" PRIu32, chunks[nchunks - 1]);
        for (size_t i = nchunks - 1; i-- > 0;) {
            len += (size_t)sprintf(s + len, "%09" PRIu32, chunks[i]);
        }
    }
    s[len] = '\0';
    free(chunks);
    free(work);
    return s;
}

/* ------------------------------------------------------------------------------------------ */
/* Integer folding                                                                            */
/* ------------------------------------------------------------------------------------------ */

typedef enum { SMALL_DONE, SMALL_REFUSE, SMALL_WIDEN } SmallOutcome;

static int64_t shift_right_i64(int64_t x, int64_t n) {
    if (n > 63) {
        n = 63;
    }
    return x < 0 ? ~(~x >> n) : x >> n;
}

static SmallOutcome small_power(int64_t base, int64_t e, int64_t *r) {
    int64_t acc = 1;
    while (e > 0) {
        if ((e & 1) && __builtin_mul_overflow(acc, base, &acc)) {
            return SMALL_WIDEN;
        }
        e >>= 1;
        if (e > 0 && __builtin_mul_overflow(base, base, &base)) {
            return SMALL_WIDEN;
        }
    }
    *r = acc;
    return SMALL_DONE;
}

/* int64 op int64; SMALL_WIDEN when the exact result needs more than 64 bits. */
static SmallOutcome small_binary(BinOp op, int64_t x, int64_t y, int64_t *r) {
    switch (op) {
        case BOP_OR:
            *r = x | y;
            return SMALL_DONE;
        case BOP_XOR:
            *r = x ^ y;
            return SMALL_DONE;
        case BOP_AND:
            *r = x & y;
            return SMALL_DONE;
        case BOP_ADD:
            return __builtin_add_overflow(x, y, r) ? SMALL_WIDEN : SMALL_DONE;
        case BOP_SUBTRACT:
            return __builtin_sub_overflow(x, y, r) ? SMALL_WIDEN : SMALL_DONE;
        case BOP_MULTIPLY:
            return __builtin_mul_overflow(x, y, r) ? SMALL_WIDEN : SMALL_DONE;
        case BOP_FLOOR_DIVIDE:
            if (y == 0) {
                return SMALL_REFUSE;
            }
            if (x == INT64_MIN && y == -1) {
                return SMALL_WIDEN;
            }
            *r = x / y - ((x % y != 0) && ((x < 0) != (y < 0)));
            return SMALL_DONE;
        case BOP_MODULO:
            if (y == 0) {
                return SMALL_REFUSE;
            }
            if (y == -1) {
                *r = 0;
                return SMALL_DONE;
            }
            *r = x % y;
            if (*r != 0 && ((*r < 0) != (y < 0))) {
                *r += y;
            }
            return SMALL_DONE;
        case BOP_LSHIFT:
            if (y < 0) {
                return SMALL_REFUSE;
            }
            if (x == 0) {
                *r = 0;
                return SMALL_DONE;
            }
            if (y >= 63) {
                return SMALL_WIDEN;
            }
            *r = (int64_t)((uint64_t)x << y);
            return shift_right_i64(*r, y) == x ? SMALL_DONE : SMALL_WIDEN;
        case BOP_RSHIFT:
            if (y < 0) {
                return SMALL_REFUSE;
            }
            *r = shift_right_i64(x, y);
            return SMALL_DONE;
        case BOP_POWER:
            if (y < 0) {
                return SMALL_REFUSE; /* handled as a float operation before this point */
            }
            return small_power(x, y, r);
        default:
            return SMALL_REFUSE;
    }
}

static bool int_shift(Arena *a, BinOp op, const ObjInt *xi, const ObjInt *yi, Obj **out) {
    /* a shift count that does not fit a machine word raises OverflowError in the reference */
    if (yi->big != NULL || yi->v < 0) {
        return false;
    }
    uint64_t bits = (uint64_t)yi->v;
    if (int_is_zero(xi)) {
        *out = obj_small(a, 0);
        return true;
    }
    Big x = big_from_int(xi);
    Big r;
    if (op == BOP_LSHIFT) {
        size_t result_limbs = x.n + (size_t)(bits / 32) + 1;
        if (bits / 32 > REF_HEAP_LIMBS || !ref_heap_allows(x.n + result_limbs)) {
            big_free(&x);
            return false;
        }
        r = mag_shl(&x, bits);
    } else {
        r = big_shr_floor(&x, bits);
    }
    big_free(&x);
    *out = obj_from_big(a, &r);
    return true;
}

/* x ** e for e >= 0 with at least one operand beyond int64 or an int64 overflow. */
static bool int_power(Arena *a, const ObjInt *xi, const ObjInt *ei, Obj **out) {
    Big x = big_from_int(xi);
    bool odd = ei->big != NULL ? (ei->big[0] & 1) != 0 : (ei->v & 1) != 0;
    if (x.n == 0 || (x.n == 1 && x.d[0] == 1)) {
        /* 0, 1 and -1 stay small whatever the exponent (0 ** 0 is handled by small_binary) */
        bool zero = x.n == 0;
        bool negative = x.neg && odd;
        big_free(&x);
        *out = obj_small(a, zero ? 0 : negative ? -1 : 1);
        return true;
    }
    if (ei->big != NULL) {
        big_free(&x);
        return false; /* at least 2 ** (2 ** 63): MemoryError in the reference */
    }
    uint64_t e = (uint64_t)ei->v;
    /* the result has at least e * (bit_length - 1) + 1 bits; squaring keeps about twice that live */
    uint64_t floor_log2 = bit_length(&x) - 1;
    if (floor_log2 > 0 && e > (uint64_t)REF_HEAP_LIMBS * 32 / floor_log2) {
        big_free(&x);
        return false;
    }
    size_t min_limbs = (size_t)(e * floor_log2 / 32) + 1;
    /* the runtime's power keeps the result, the running square and a product buffer live */
    if (!ref_heap_allows(4 * min_limbs)) {
        big_free(&x);
        return false;
    }
    Big r = big_pow(&x, e);
    big_free(&x);
    *out = obj_from_big(a, &r);
    return true;
}

static bool int_binary(Arena *a, BinOp op, const ObjInt *xi, const ObjInt *yi, Obj **out) {
    if (xi->big == NULL && yi->big == NULL) {
        int64_t r;
        switch (small_binary(op, xi->v, yi->v, &r)) {
            case SMALL_DONE:
                *out = obj_small(a, r);
                return true;
            case SMALL_REFUSE:
                return false;
            case SMALL_WIDEN:
                break;
        }
    }
    if (op == BOP_LSHIFT || op == BOP_RSHIFT) {
        return int_shift(a, op, xi, yi, out);
    }
    if (op == BOP_POWER) {
        return int_power(a, xi, yi, out);
    }
    Big x = big_from_int(xi), y = big_from_int(yi), r, spare;
    size_t longer = x.n > y.n ? x.n : y.n;
    bool ok = true;
    switch (op) {
        case BOP_ADD:
        case BOP_SUBTRACT:
            ok = ref_heap_allows(x.n + y.n + longer + 1);
            if (ok) {
                r = big_add(&x, &y, op == BOP_SUBTRACT);
            }
            break;
        case BOP_MULTIPLY:
            ok = ref_heap_allows(2 * (x.n + y.n));
            if (ok) {
                r = big_mul(&x, &y);
            }
            break;
        case BOP_FLOOR_DIVIDE:
        case BOP_MODULO:
            ok = y.n != 0 && ref_heap_allows(3 * x.n + y.n + 2);
            if (ok) {
                if (op == BOP_FLOOR_DIVIDE) {
                    big_floor_divmod(&x, &y, &r, &spare);
                } else {
                    big_floor_divmod(&x, &y, &spare, &r);
                }
                big_free(&spare);
            }
            break;
        case BOP_OR:
        case BOP_XOR:
        case BOP_AND:
            ok = ref_heap_allows(x.n + y.n + longer + 1);
            if (ok) {
                r = big_bitwise(op, &x, &y);
            }
            break;
        default:
            ok = false;
            break;
    }
    big_free(&x);
    big_free(&y);
    if (ok) {
        *out = obj_from_big(a, &r);
    }
    return ok;
}

/* ------------------------------------------------------------------------------------------ */
/* Float folding (the reference's float operator, including its floor-division rules)         */
/* ------------------------------------------------------------------------------------------ */

static void float_floor_divmod(double x, double y, double *quo, double *rem) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod == 0) {
        mod = copysign(0.0, y);
    } else if ((mod < 0) != (y < 0)) {
        mod += y;
        div -= 1.0;
    }
    double fl;
    if (div == 0) {
        fl = copysign(0.0, x / y);
    } else {
        fl = floor(div);
        if (div - fl > 0.5) {
            fl += 1.0;
        }
    }
    *quo = fl;
    *rem = mod;
}

static bool float_binary(BinOp op, double x, double y, double *r) {
    double spare;
    switch (op) {
        case BOP_ADD:
            *r = x + y;
            return true;
        case BOP_SUBTRACT:
            *r = x - y;
            return true;
        case BOP_MULTIPLY:
            *r = x * y;
            return true;
        case BOP_FLOOR_DIVIDE:
            if (y == 0) {
                return false;
            }
            float_floor_divmod(x, y, r, &spare);
            return true;
        case BOP_TRUE_DIVIDE:
            if (y == 0) {
                return false;
            }
            *r = x / y;
            return true;
        case BOP_MODULO:
            if (y == 0) {
                return false;
            }
            *r = fmod(x, y);
            if (*r == 0) {
                *r = copysign(0.0, y);
            } else if ((*r < 0) != (y < 0)) {
                *r += y;
            }
            return true;
        case BOP_POWER:
            if (x == 0 && y < 0 && !isinf(y)) {
                return false; /* ZeroDivisionError */
            }
            if (x < 0 && y != floor(y) && !isnan(y)) {
                return false; /* complex result */
            }
            *r = pow(x, y);
            return true;
        default:
            return false;
    }
}

static BinOp plain_op(BinOp op) {
    if (op >= BOP_INPLACE_OR && op <= BOP_INPLACE_POWER) {
        return (BinOp)(op - BOP_INPLACE_OR + BOP_OR);
    }
    return op;
}

/* Whether CircuitPython 9 leaves an int result as a long-int object although it may be small:
   it never shrinks the result of a long-int operation, and a small-int shift by 64 or more
   (even of 0) is done as one. */
static bool cp9_keeps_boxed(BinOp op, const ObjInt *x, const ObjInt *y) {
    if (x->boxed || y->boxed) {
        return true;
    }
    return op == BOP_LSHIFT && y->big == NULL && y->v >= 64;
}

bool obj_binary_op_for(Arena *a, ObjDialect d, BinOp op, const Obj *x, const Obj *y, Obj **out) {
    if (!obj_is_number(x, true) || !obj_is_number(y, true)) {
        return false;
    }
    op = plain_op(op);
    bool both_int = x->type == OBJ_INT && y->type == OBJ_INT;
    if (both_int && op != BOP_TRUE_DIVIDE && !(op == BOP_POWER && int_is_negative(&y->u.i))) {
        if (!int_binary(a, op, &x->u.i, &y->u.i, out)) {
            return false;
        }
        /* the modern runtime shrinks every result that fits a small int */
        if (d == OBJ_DIALECT_CIRCUITPYTHON9 && cp9_keeps_boxed(op, &x->u.i, &y->u.i)) {
            (*out)->u.i.boxed = true;
        }
        return true;
    }
    double r;
    if (!float_binary(op, num_to_double(x), num_to_double(y), &r)) {
        return false;
    }
    *out = obj_float(a, r);
    return true;
}

bool obj_binary_op(Arena *a, BinOp op, const Obj *x, const Obj *y, Obj **out) {
    return obj_binary_op_for(a, OBJ_DIALECT_MICROPYTHON, op, x, y, out);
}

/* -x or ~x; a long-int operand gives a long-int result (not shrunk) in every dialect. */
static Obj *int_negate_or_invert(Arena *a, UnOp op, const ObjInt *i) {
    Obj *o;
    if (i->big == NULL && !(op == UOP_NEGATIVE && i->v == INT64_MIN)) {
        o = obj_small(a, op == UOP_NEGATIVE ? -i->v : ~i->v);
    } else {
        Big b = big_from_int(i);
        Big r;
        if (op == UOP_NEGATIVE) {
            r = b;
            r.neg = !r.neg;
        } else {
            /* ~x == -x - 1 */
            Big one = big_from_u64(1, false);
            b.neg = !b.neg;
            r = big_add(&b, &one, true);
            big_free(&one);
            big_free(&b);
        }
        o = obj_from_big(a, &r);
    }
    if (i->boxed) {
        o->u.i.boxed = true;
    }
    return o;
}

bool obj_unary_op(Arena *a, UnOp op, const Obj *x, Obj **out) {
    if (op == UOP_NOT) {
        *out = obj_bool(a, !obj_is_true(x));
        return true;
    }
    if (x->type == OBJ_FLOAT) {
        if (op == UOP_INVERT) {
            return false;
        }
        if (op == UOP_POSITIVE) {
            *out = (Obj *)x;  /* the runtime hands back the same object: identity matters for NaN */
            return true;
        }
        *out = obj_float(a, -x->u.f);
        return true;
    }
    if (x->type != OBJ_INT) {
        return false;
    }
    if (op == UOP_POSITIVE) {
        Obj *o = obj_new(a, OBJ_INT);
        o->u.i = x->u.i;
        *out = o;
        return true;
    }
    *out = int_negate_or_invert(a, op, &x->u.i);
    return true;
}

/* ------------------------------------------------------------------------------------------ */
/* Decimal <-> double, as the reference does it with x87 long doubles                         */
/* ------------------------------------------------------------------------------------------ */

/* num * 10 ** exp10 by binary powering in long double (the reference's exact-format variant). */
static long double scale_by_ten(long double num, int exp10) {
    if (exp10 == 0 || num == 0) {
        return num;
    }
    bool divide = exp10 < 0;
    unsigned n = divide ? 0u - (unsigned)exp10 : (unsigned)exp10;
    long double power = 10.0L;
    while (n != 0) {
        if (n & 1) {
            num = divide ? num / power : num * power;
        }
        n >>= 1;
        if (n != 0) {
            power *= power;
        }
    }
    return num;
}

typedef enum { IN_WHOLE, IN_FRACTION, IN_EXPONENT } DecimalPart;

/* Above this the next digit could overflow the 64-bit mantissa; later digits only move the
   exponent (whole part) or are dropped (fraction part): the reference truncates, not rounds. */
#define MANTISSA_LIMIT UINT64_C(0x1999999999999998)
#define EXPONENT_LIMIT ((0x7fffffff / 2 - 9) / 10)

static uint64_t append_digit(uint64_t mant, unsigned digit, int *exp_adjust, DecimalPart part) {
    if (mant < MANTISSA_LIMIT) {
        if (part == IN_FRACTION) {
            (*exp_adjust)--;
        }
        return mant * 10 + digit;
    }
    if (part == IN_WHOLE) {
        (*exp_adjust)++;
    }
    return mant;
}

/* The mantissa of a decimal being read: MicroPython accumulates it in 64 bits, CircuitPython 9
   in a double. */
typedef struct {
    bool cp9;
    uint64_t u;
    double d;
} Mantissa;

static uint64_t append_digit(uint64_t mant, unsigned digit, int *exp_adjust, DecimalPart part);
static double append_digit_cp9(double mant, unsigned digit, int *exp_adjust, DecimalPart part);

static bool mantissa_full(const Mantissa *m) {
    return m->cp9 ? m->d >= 1e200 : m->u >= MANTISSA_LIMIT;
}

static void mantissa_append(Mantissa *m, unsigned digit, int *exp_adjust, DecimalPart part) {
    if (m->cp9) {
        m->d = append_digit_cp9(m->d, digit, exp_adjust, part);
    } else {
        m->u = append_digit(m->u, digit, exp_adjust, part);
    }
}

/* Scans an unsigned decimal (digits, '.', exponent, '_' ignored) into m and the power of ten
   that scales it. Returns where it stopped, or NULL when an exponent marker has nothing after
   it. Zeros wait until a non-zero digit shows they matter; digits past a full mantissa only
   move the exponent (whole part) or are dropped (fraction part). */
static const char *scan_decimal(const char *s, const char *top, Mantissa *m, int *exp10) {
    DecimalPart part = IN_WHOLE;
    int exp_value = 0, exp_adjust = 0;
    int pending_whole_zeros = 0, pending_fraction_zeros = 0;
    bool exp_negative = false;
    while (s < top) {
        unsigned c = (unsigned char)*s++;
        if (c >= '0' && c <= '9') {
            unsigned digit = c - '0';
            if (part == IN_EXPONENT) {
                if (exp_value < EXPONENT_LIMIT) {
                    exp_value = exp_value * 10 + (int)digit;
                }
            } else if (digit == 0 || mantissa_full(m)) {
                if (part == IN_WHOLE) {
                    pending_whole_zeros++;
                } else {
                    pending_fraction_zeros++;
                }
            } else {
                for (; pending_whole_zeros > 0; pending_whole_zeros--) {
                    mantissa_append(m, 0, &exp_adjust, IN_WHOLE);
                }
                for (; pending_fraction_zeros > 0; pending_fraction_zeros--) {
                    mantissa_append(m, 0, &exp_adjust, IN_FRACTION);
                }
                mantissa_append(m, digit, &exp_adjust, part);
            }
        } else if (part == IN_WHOLE && c == '.') {
            part = IN_FRACTION;
        } else if (part != IN_EXPONENT && (c | 0x20) == 'e') {
            part = IN_EXPONENT;
            if (s < top && (*s == '+' || *s == '-')) {
                exp_negative = *s == '-';
                s++;
            }
            if (s == top) {
                return NULL;
            }
        } else if (c != '_') {
            s--;
            break;
        }
    }
    *exp10 = (exp_negative ? -exp_value : exp_value) + exp_adjust + pending_whole_zeros;
    return s;
}

/* Reads an unsigned decimal into *out as MicroPython does (see scan_decimal). */
static const char *read_decimal(const char *s, const char *top, double *out) {
    Mantissa m = {.cp9 = false};
    int exp10;
    s = scan_decimal(s, top, &m, &exp10);
    if (s != NULL) {
        *out = (double)scale_by_ten((long double)m.u, exp10);
    }
    return s;
}

/* floor(log10(f)) for finite f > 0, found the reference's way: an estimate from the binary
   exponent, then stepping against powers of ten rounded to double. */
static int decimal_exponent(double f) {
    uint64_t bits;
    memcpy(&bits, &f, sizeof bits);
    int binary_exp = (int)((bits >> 52) & 0x7ff) - 1023;
    int e = (int)(binary_exp * 0.3010299956639812);
    if (!(f < 1.0)) {
        while (f >= (double)scale_by_ten(1.0L, e + 1)) {
            e++;
        }
    } else {
        while (!(f >= (double)scale_by_ten(1.0L, e))) {
            e--;
        }
    }
    return e;
}

enum { REPR_MIN_DIGITS = 16, REPR_MAX_DIGITS = 19, REPR_PLAIN_EXP_LIMIT = 16 };

/* Lays out ndigits decimal digits of mant (value mant * 10 ** (e - ndigits + 1)) in %g style
   with the reference's quirks (a short mantissa keeps its leading zero); returns the length. */
static size_t layout_digits(char *out, uint64_t mant, uint64_t cap, int ndigits, int pad_zeros, int e) {
    char *p = out;
    int point = 0;           /* digits before the decimal point, minus one */
    bool point_done = false; /* a "0.000" prefix already holds the point */
    if (mant != 0 && mant >= cap) {
        mant /= 10;
        e++;
    }
    if (e > 0 && e < REPR_PLAIN_EXP_LIMIT) {
        point = e;
        if (point >= ndigits) {
            pad_zeros = point - (ndigits - 1);
        }
        e = 0;
    } else if (e < 0 && e >= -4) {
        int leading = -e - 1;
        while (e < 0 && mant % 10 == 0) {
            mant /= 10;
            ndigits--;
            e++;
        }
        *p++ = '0';
        *p++ = '.';
        for (int k = 0; k < leading; k++) {
            *p++ = '0';
        }
        point_done = true;
        e = 0;
    }
    bool has_point = point_done;
    bool point_inside = !point_done && point + 1 < ndigits;
    int width = ndigits + (point_inside ? 1 : 0);
    for (int k = ndigits - 1; k >= 0; k--) {
        int at = (point_inside && k > point) ? k + 1 : k;
        p[at] = (char)('0' + mant % 10);
        mant /= 10;
    }
    if (point_inside) {
        p[point + 1] = '.';
        has_point = true;
    }
    p += width;
    if (pad_zeros > 0) {
        int until_point = point_done ? 255 - (ndigits - 1) : point - (ndigits - 1);
        for (int k = 0; k < pad_zeros; k++) {
            if (until_point-- == 0) {
                *p++ = '.';
                has_point = true;
            }
            *p++ = '0';
        }
    }
    if (has_point) {
        while (p[-1] == '0') {
            p--;
        }
        if (p[-1] == '.') {
            p--;
        }
    }
    if (e != 0) {
        *p++ = 'e';
        *p++ = e < 0 ? '-' : '+';
        int ae = e < 0 ? -e : e;
        if (ae >= 100) {
            *p++ = (char)('0' + ae / 100);
        }
        *p++ = (char)('0' + ae / 10 % 10);
        *p++ = (char)('0' + ae % 10);
    }
    *p = '\0';
    return (size_t)(p - out);
}

/* repr digits of finite f >= 0: 16 significant digits, more (up to 19) while the text does not
   read back as f through the reference's own parser. */
static size_t format_magnitude(double f, char *out) {
    int e = f == 0 ? 0 : decimal_exponent(f);
    uint64_t cap = UINT64_C(1000000000000000); /* 10 ** 15 */
    for (int ndigits = REPR_MIN_DIGITS;; ndigits++) {
        cap *= 10;
        int exp10 = f == 0 ? 0 : ndigits - e - 1;
        uint64_t mant = (uint64_t)(scale_by_ten((long double)f, exp10) + 0.5L);
        size_t len = layout_digits(out, mant, cap, ndigits, REPR_MAX_DIGITS - ndigits, e);
        if (ndigits == REPR_MAX_DIGITS) {
            return len;
        }
        double back = 0;
        read_decimal(out, out + len, &back);
        if (back == f) {
            return len;
        }
    }
}

/* A double as the reference's repr prints it (buf: at least 40 bytes). */
static size_t format_double(double f, bool show_sign, bool always_point, char *buf) {
    char *p = buf;
    if (signbit(f) && !isnan(f)) {
        *p++ = '-';
        f = -f;
    } else if (show_sign) {
        *p++ = '+';
    }
    if (isinf(f)) {
        strcpy(p, "inf");
        p += 3;
    } else if (isnan(f)) {
        strcpy(p, "nan");
        p += 3;
    } else {
        p += format_magnitude(f, p);
    }
    *p = '\0';
    if (always_point && !strchr(buf, '.') && !strchr(buf, 'e') && !strchr(buf, 'n')) {
        strcpy(p, ".0");
        p += 2;
    }
    return (size_t)(p - buf);
}

/* ------------------------------------------------------------------------------------------ */
/* CircuitPython 9's older float reading and printing (double arithmetic and libm pow)        */
/* ------------------------------------------------------------------------------------------ */

enum { CP9_REPR_DIGITS = 16, CP9_REPR_BUFFER = 32 };

static double append_digit_cp9(double mant, unsigned digit, int *exp_adjust, DecimalPart part) {
    if (mant < 1e200) {
        double tens = 10 * mant; /* two statements: no fused multiply-add */
        if (part == IN_FRACTION) {
            (*exp_adjust)--;
        }
        return tens + digit;
    }
    if (part == IN_WHOLE) {
        (*exp_adjust)++;
    }
    return mant;
}

/* Reads an unsigned decimal as CircuitPython 9 does: the mantissa in a double (see scan_decimal),
   scaled by pow(10, n). */
static const char *read_decimal_cp9(const char *s, const char *top, double *out) {
    Mantissa m = {.cp9 = true};
    int exp10;
    s = scan_decimal(s, top, &m, &exp10);
    if (s == NULL) {
        return NULL;
    }
    double mant = m.d;
    if (exp10 < -307) {
        /* keep clear of subnormals while scaling */
        exp10 += 307;
        mant *= 1e-307;
    }
    if (exp10 < 0 && exp10 >= -22) {
        mant /= pow(10, -exp10); /* exact powers of ten */
    } else {
        mant *= pow(10, exp10);
    }
    *out = mant;
    return s;
}

/* Bumps the last digit of the text [start, end) for a dropped digit >= 5, carrying leftwards;
   when the carry runs off the front a '1' is inserted (moving the point in exponent form).
   Returns the new end. */
static char *round_text_up(char *start, char *end, bool fixed, int *e, char *exp_sign, size_t cap) {
    char *r = end - 1;
    for (;;) {
        if (*r == '.') {
            r--;
            continue;
        }
        if (*r < '0' || *r > '9') {
            r++; /* stopped at the sign */
            break;
        }
        if (*r < '9') {
            (*r)++;
            break;
        }
        *r = '0';
        if (r == start) {
            break;
        }
        r--;
    }
    if (*r != '0') {
        return end;
    }
    if (r[1] == '.' && !fixed) {
        /* 9.99e+N -> 1.00e+(N+1): the last digit falls off */
        r[0] = '.';
        r[1] = '0';
        if (*exp_sign == '-') {
            if (--*e == 0) {
                *exp_sign = '+';
            }
        } else {
            ++*e;
        }
    } else if ((size_t)(end + 1 - start) < cap) {
        end++;
    }
    for (char *q = end; q > r; q--) {
        *q = q[-1];
    }
    *r = '1';
    return end;
}

/* A double in CircuitPython 9's %.16g (buf: at least 48 bytes; no sign added for positives).
   Digits come from subtracting pow(10, k) up to nine times per place, one extra digit decides
   rounding. With 16 digits in a 32-byte buffer the reference's truncation rules never apply. */
static size_t format_double_cp9(double f, char *buf) {
    char *s = buf;
    if (signbit(f) && !isnan(f)) {
        *s++ = '-';
        f = -f;
    }
    if (isinf(f) || isnan(f)) {
        strcpy(s, isinf(f) ? "inf" : "nan");
        return (size_t)(s + 3 - buf);
    }
    uint64_t bits;
    memcpy(&bits, &f, sizeof bits);
    int e_guess = (int)(((int)((bits >> 52) & 0x7ff) - 1023) * 0.3010299956639812);
    int prec = CP9_REPR_DIGITS;
    bool fixed = false; /* %g switched to %f */
    int e = 0, point = 0, ndigits = 0, first_place = 0;
    char exp_sign = '\0';
    if (f == 0) {
        ndigits = prec;
    } else if (f < 1.0) {
        double entry = f;
        e = -e_guess;
        double unit = pow(10, -e);
        while (unit > f) {
            ++e;
            unit = pow(10, -e);
        }
        f /= unit;
        if (e <= 4) {
            fixed = true;
            prec += e - 1;
            ndigits = prec + 1;
            f = entry;
        } else {
            exp_sign = '-';
            first_place = -e;
            ndigits = prec;
        }
    } else {
        e = e_guess;
        double next = pow(10, e + 1);
        while (f >= next) {
            ++e;
            next = pow(10, e + 1);
        }
        if (e < prec) {
            fixed = true;
            prec -= e + 1;
            point = e;
            ndigits = prec + e + 1;
        } else {
            exp_sign = '+';
            ndigits = prec;
        }
        first_place = e;
    }
    char *p = s;
    int d = 0;
    for (int place = first_place; ndigits >= 0; --place) {
        double unit = place > 0 ? pow(10, place) : 1.0;
        for (d = 0; d < 9 && !(f < unit); d++) {
            f -= unit;
        }
        if (ndigits > 0) {
            *p++ = (char)('0' + d);
            if (point == 0 && prec > 0) {
                *p++ = '.';
            }
        }
        --point;
        --ndigits;
        if (place <= 0) {
            f *= 10.0;
        }
    }
    if (d >= 5) {
        p = round_text_up(buf, p, fixed, &e, &exp_sign, CP9_REPR_BUFFER);
    }
    if (prec > 0) {
        while (p[-1] == '0') {
            p--;
        }
        if (p[-1] == '.') {
            p--;
        }
    }
    if (exp_sign != '\0') {
        *p++ = 'e';
        *p++ = exp_sign;
        if (e >= 100) {
            *p++ = (char)('0' + e / 100);
        }
        *p++ = (char)('0' + e / 10 % 10);
        *p++ = (char)('0' + e % 10);
    }
    *p = '\0';
    return (size_t)(p - buf);
}

/* ------------------------------------------------------------------------------------------ */
/* Number tokens                                                                              */
/* ------------------------------------------------------------------------------------------ */

/* The reference lexer leaves '_' out of number tokens; ours keeps the source text. */
static char *copy_without_underscores(const char *s, size_t len, size_t *out_len) {
    char *t = xcalloc(len + 1, 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '_') {
            t[n++] = s[i];
        }
    }
    t[n] = '\0';
    *out_len = n;
    return t;
}

/* Case-insensitive match of the ASCII word w at p (p has at least strlen(w) bytes). */
static bool starts_with_word(const char *p, const char *w) {
    for (; *w != '\0'; p++, w++) {
        if ((*p | 0x20) != *w) {
            return false;
        }
    }
    return true;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static void set_error(char *err, size_t errlen, const char *msg) {
    if (err != NULL && errlen > 0) {
        snprintf(err, errlen, "%s", msg);
    }
}

/* Growable text used by the repr functions. */
typedef struct {
    char *s;
    size_t len, cap;
} Text;

static void text_put(Text *t, const char *s, size_t n) {
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 32;
        while (t->len + n + 1 > cap) {
            cap *= 2;
        }
        char *ns = realloc(t->s, cap);
        if (ns == NULL) {
            fputs("mpy-cross: out of memory\n", stderr);
            abort();
        }
        t->s = ns;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

static void text_cstr(Text *t, const char *s) {
    text_put(t, s, strlen(s));
}

static void text_char(Text *t, char c) {
    text_put(t, &c, 1);
}

static char pick_quote(const unsigned char *s, size_t len) {
    bool single = false, dbl = false;
    for (size_t i = 0; i < len && !dbl; i++) {
        if (s[i] == '\'') {
            single = true;
        } else if (s[i] == '"') {
            dbl = true;
        }
    }
    return single && !dbl ? '"' : '\'';
}

/* Returns true when c was one of the escapes every quoting style shares. */
static bool put_common_escape(Text *t, unsigned c, char quote) {
    switch (c) {
        case '\\':
            text_cstr(t, "\\\\");
            return true;
        case '\n':
            text_cstr(t, "\\n");
            return true;
        case '\r':
            text_cstr(t, "\\r");
            return true;
        case '\t':
            text_cstr(t, "\\t");
            return true;
        default:
            if (c == (unsigned char)quote) {
                text_char(t, '\\');
                text_char(t, quote);
                return true;
            }
            return false;
    }
}

/* Bytes quoting (also used for the text in integer syntax errors). */
static void put_quoted_bytes(Text *t, const unsigned char *s, size_t len) {
    char quote = pick_quote(s, len);
    text_char(t, quote);
    for (size_t i = 0; i < len; i++) {
        unsigned c = s[i];
        if (c == (unsigned char)quote || c == '\\') {
            put_common_escape(t, c, quote);
        } else if (c >= 0x20 && c < 0x7f) {
            text_char(t, (char)c);
        } else if (!put_common_escape(t, c, quote)) {
            char hex[8];
            snprintf(hex, sizeof hex, "\\x%02x", c);
            text_cstr(t, hex);
        }
    }
    text_char(t, quote);
}

static bool is_utf8_continuation(unsigned char c) {
    return (c & 0xc0) == 0x80;
}

/* str quoting: code points decoded leniently, printable non-ASCII kept as UTF-8. */
static void put_quoted_str(Text *t, const unsigned char *s, size_t len) {
    char quote = pick_quote(s, len);
    text_char(t, quote);
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        uint32_t ch = s[i++];
        if (ch & 0x80) {
            ch &= 0x7f;
            for (uint32_t mask = 0x40; ch & mask; mask >>= 1) {
                ch &= ~mask;
            }
            while (i < len && is_utf8_continuation(s[i])) {
                ch = (ch << 6) | (s[i++] & 0x3f);
            }
        }
        char esc[16];
        if (ch >= 32 && ch <= 126 && ch != (unsigned char)quote && ch != '\\') {
            text_char(t, (char)ch);
        } else if (put_common_escape(t, ch, quote)) {
            /* done */
        } else if (ch <= 127) {
            snprintf(esc, sizeof esc, "\\x%02x", (unsigned)ch);
            text_cstr(t, esc);
        } else if (ch < 0xd800 || (ch >= 0xe000 && ch < 0x110000)) {
            text_put(t, (const char *)s + start, i - start);
        } else if (ch < 0x10000) {
            snprintf(esc, sizeof esc, "\\u%04x", (unsigned)ch);
            text_cstr(t, esc);
        } else {
            snprintf(esc, sizeof esc, "\\U%08x", (unsigned)ch);
            text_cstr(t, esc);
        }
    }
    text_char(t, quote);
}

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    return 99;
}

/* Base and prefix length of an integer body, the reference's base-0 way: 0x/0o/0b prefixes; a
   leading 0 otherwise gives "base 1", which only accepts zeros (reported as base 0). CircuitPython
   9 reads such a literal as decimal instead. */
static int detect_base(const char *s, size_t len, ObjDialect d, size_t *prefix) {
    *prefix = 0;
    if (len <= 1 || s[0] != '0') {
        return 10;
    }
    switch (s[1] | 0x20) {
        case 'x':
            *prefix = 2;
            return 16;
        case 'o':
            *prefix = 2;
            return 8;
        case 'b':
            *prefix = 2;
            return 2;
        default:
            return d == OBJ_DIALECT_CIRCUITPYTHON9 ? 10 : 1;
    }
}

/* Value of digits already checked to be below base (>= 2); chunked multiply-add. */
static Big big_from_digits(const char *s, size_t n, int base) {
    uint32_t chunk_mul = (uint32_t)base;
    int chunk_len = 1;
    while ((uint64_t)chunk_mul * (uint32_t)base < UINT64_C(0xffffffff)) {
        chunk_mul *= (uint32_t)base;
        chunk_len++;
    }
    Big r = big_make(n * 6 / 32 + 2); /* base 36 needs < 5.2 bits a digit */
    r.n = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t mul = 1, add = 0;
        for (int k = 0; k < chunk_len && i < n; k++, i++) {
            mul *= (uint32_t)base;
            add = add * (uint32_t)base + (uint32_t)digit_value((unsigned char)s[i]);
        }
        uint64_t carry = add;
        for (size_t j = 0; j < r.n; j++) {
            uint64_t t = (uint64_t)r.d[j] * mul + carry;
            r.d[j] = (uint32_t)t;
            carry = t >> 32;
        }
        if (carry != 0) {
            r.d[r.n++] = (uint32_t)carry;
        }
    }
    big_trim(&r);
    return r;
}

static void int_syntax_error(char *err, size_t errlen, int base, const char *rest, size_t len) {
    Text t = {0};
    char head[64];
    snprintf(head, sizeof head, "invalid syntax for integer with base %d: ", base == 1 ? 0 : base);
    text_cstr(&t, head);
    put_quoted_bytes(&t, (const unsigned char *)rest, len);
    set_error(err, errlen, t.s);
    free(t.s);
}

Obj *obj_parse_int(Arena *a, const char *s, size_t len, char *err, size_t errlen) {
    return obj_parse_int_for(a, OBJ_DIALECT_MICROPYTHON, s, len, err, errlen);
}

Obj *obj_parse_int_for(Arena *a, ObjDialect d, const char *s, size_t len, char *err, size_t errlen) {
    size_t n;
    char *text = copy_without_underscores(s, len, &n);
    const char *p = text, *top = text + n;
    bool neg = false;
    while (p < top && is_space(*p)) {
        p++;
    }
    if (p < top && (*p == '+' || *p == '-')) {
        neg = *p++ == '-';
    }
    size_t prefix;
    int base = detect_base(p, (size_t)(top - p), d, &prefix);
    p += prefix;
    const char *digits = p;
    while (p < top && digit_value((unsigned char)*p) < base) {
        p++;
    }
    const char *digits_end = p;
    while (p < top && is_space(*p)) {
        p++;
    }
    if (digits_end == digits || p != top) {
        int_syntax_error(err, errlen, base, digits, (size_t)(top - digits));
        free(text);
        return NULL;
    }
    Obj *o;
    if (base == 1) {
        o = obj_small(a, 0);
    } else {
        Big b = big_from_digits(digits, (size_t)(digits_end - digits), base);
        b.neg = neg;
        o = obj_from_big(a, &b);
    }
    free(text);
    return o;
}

Obj *obj_parse_float(Arena *a, const char *s, size_t len, char *err, size_t errlen) {
    return obj_parse_float_for(a, OBJ_DIALECT_MICROPYTHON, s, len, err, errlen);
}

Obj *obj_parse_float_for(Arena *a, ObjDialect d, const char *s, size_t len, char *err, size_t errlen) {
    size_t n;
    char *text = copy_without_underscores(s, len, &n);
    const char *p = text, *top = text + n;
    bool neg = false, imag = false;
    double v = 0;
    while (p < top && is_space(*p)) {
        p++;
    }
    if (p < top && (*p == '+' || *p == '-')) {
        neg = *p++ == '-';
    }
    const char *start = p;
    if (top - p >= 3 && starts_with_word(p, "inf")) {
        p += 3;
        v = INFINITY;
        if (top - p >= 5 && starts_with_word(p, "inity")) {
            p += 5;
        }
    } else if (top - p >= 3 && starts_with_word(p, "nan")) {
        p += 3;
        v = nan("");
    } else if (d == OBJ_DIALECT_CIRCUITPYTHON9) {
        p = read_decimal_cp9(p, top, &v);
    } else {
        p = read_decimal(p, top, &v);
    }
    if (p != NULL && p < top && (*p | 0x20) == 'j') {
        if (p == start) {
            v = 1;
        }
        p++;
        imag = true;
    }
    if (p != NULL) {
        if (neg) {
            v = -v;
        }
        if (p == start) {
            p = NULL;
        }
    }
    while (p != NULL && p < top && is_space(*p)) {
        p++;
    }
    bool ok = p != NULL && p == top;
    free(text);
    if (!ok) {
        set_error(err, errlen, "invalid syntax for number");
        return NULL;
    }
    return imag ? obj_complex(a, 0.0, v) : obj_float(a, v);
}

/* ------------------------------------------------------------------------------------------ */
/* Text forms                                                                                 */
/* ------------------------------------------------------------------------------------------ */

char *obj_int_decimal(const Obj *o) {
    const ObjInt *i = &o->u.i;
    if (i->big == NULL) {
        char *s = xcalloc(24, 1);
        snprintf(s, 24, "%" PRId64, i->v);
        return s;
    }
    Big view = {i->big, i->nlimbs, i->neg};
    return big_decimal(&view);
}

/* A float's repr text (always with a point or exponent), or a complex part's (plain %g). */
static void put_double(Text *t, double f, bool complex_part, bool show_sign, ObjDialect d) {
    char buf[64];
    if (d == OBJ_DIALECT_CIRCUITPYTHON9) {
        format_double_cp9(f, buf);
        if (show_sign && (f >= 0 || isnan(f))) {
            text_char(t, '+');
        }
        text_cstr(t, buf);
        if (!complex_part && !strchr(buf, '.') && !strchr(buf, 'e') && !strchr(buf, 'n')) {
            text_cstr(t, ".0");
        }
    } else {
        format_double(f, show_sign, !complex_part, buf);
        text_cstr(t, buf);
    }
}

static void repr_into(Text *t, const Obj *o, ObjDialect d) {
    switch (o->type) {
        case OBJ_NONE:
            text_cstr(t, "None");
            break;
        case OBJ_FALSE:
            text_cstr(t, "False");
            break;
        case OBJ_TRUE:
            text_cstr(t, "True");
            break;
        case OBJ_ELLIPSIS:
            text_cstr(t, "Ellipsis");
            break;
        case OBJ_INT: {
            char *s = obj_int_decimal(o);
            text_cstr(t, s);
            free(s);
            break;
        }
        case OBJ_FLOAT:
            put_double(t, o->u.f, false, false, d);
            break;
        case OBJ_COMPLEX:
            if (o->u.c.real != 0) {
                text_char(t, '(');
                put_double(t, o->u.c.real, true, false, d);
                put_double(t, o->u.c.imag, true, true, d);
                text_cstr(t, "j)");
            } else {
                put_double(t, o->u.c.imag, true, false, d);
                text_char(t, 'j');
            }
            break;
        case OBJ_STR:
            put_quoted_str(t, (const unsigned char *)o->u.str.s, o->u.str.len);
            break;
        case OBJ_BYTES:
            text_char(t, 'b');
            put_quoted_bytes(t, (const unsigned char *)o->u.str.s, o->u.str.len);
            break;
        case OBJ_TUPLE:
            text_char(t, '(');
            for (size_t k = 0; k < o->u.tuple.n; k++) {
                if (k > 0) {
                    text_cstr(t, ", ");
                }
                repr_into(t, o->u.tuple.items[k], d);
            }
            if (o->u.tuple.n == 1) {
                text_char(t, ',');
            }
            text_char(t, ')');
            break;
    }
}

char *obj_repr_for(const Obj *o, ObjDialect d) {
    Text t = {0};
    text_put(&t, "", 0);
    repr_into(&t, o, d);
    return t.s;
}

char *obj_repr(const Obj *o) {
    return obj_repr_for(o, OBJ_DIALECT_MICROPYTHON);
}
