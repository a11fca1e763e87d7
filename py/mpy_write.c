/* mpy_write.c: the module's qstr and constant tables, and the .mpy file: header, tables, then the
   raw-code tree, laid out as the reference's persistent-code saver writes them. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "static_qstrs.h"

/* Constant tags of the .mpy format. */
enum {
    TAG_NONE = 1,
    TAG_FALSE = 2,
    TAG_TRUE = 3,
    TAG_ELLIPSIS = 4,
    TAG_STR = 5,
    TAG_BYTES = 6,
    TAG_INT = 7,
    TAG_FLOAT = 8,
    TAG_COMPLEX = 9,
    TAG_TUPLE = 10,
};

enum { MPY_VERSION = 6 };

struct MpwTables {
    Arena *arena;
    const QTab *qt;
    bool merge_signed_zeros;   /* CircuitPython 9 treats 0.0 and -0.0 as one constant */
    Qstr *qstrs;
    uint32_t n_qstrs, cap_qstrs;
    uint32_t *qslots;          /* open addressing: table index + 1, 0 when empty */
    uint32_t n_qslots;
    const Obj **consts;
    uint32_t *const_hash;      /* each constant's hash, folded to 32 bits */
    uint32_t n_consts, cap_consts;
    uint32_t *cslots;
    uint32_t n_cslots;
};

/* ---- Hashing ---- */

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdull;
}

static uint64_t hash_bytes(uint64_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    }
    return h;
}

static uint64_t hash_double(const Obj *owner, double d) {
    if (isnan(d)) {
        return (uint64_t)(uintptr_t)owner; /* a NaN equals only itself */
    }
    if (d == 0.0) {
        d = 0.0; /* -0.0 may equal 0.0: hash them alike */
    }
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits;
}

/* An int's magnitude as 32-bit limbs (least significant first, no leading zeros) and sign; a
   value held in v uses the two limbs of small. */
typedef struct {
    uint32_t small[2];
    const uint32_t *big;
    uint32_t n;
    bool neg;
} IntView;

static uint32_t int_limb(const IntView *v, uint32_t k) {
    return v->big != NULL ? v->big[k] : v->small[k];
}

static IntView int_view(const ObjInt *i) {
    IntView v = {{0, 0}, NULL, 0, false};
    if (i->big == NULL) {
        uint64_t m = i->v < 0 ? (uint64_t)0 - (uint64_t)i->v : (uint64_t)i->v;
        v.small[0] = (uint32_t)m;
        v.small[1] = (uint32_t)(m >> 32);
        v.n = 2;
        v.neg = i->v < 0;
    } else {
        v.big = i->big;
        v.n = i->nlimbs;
        v.neg = i->neg;
    }
    while (v.n > 0 && int_limb(&v, v.n - 1) == 0) {
        v.n--;
    }
    if (v.n == 0) {
        v.neg = false;
    }
    return v;
}

static uint64_t hash_obj(const Obj *o) {
    uint64_t h = mix(0x51ed27, (uint64_t)o->type);
    switch (o->type) {
    case OBJ_INT: {
        IntView v = int_view(&o->u.i);
        h = mix(h, v.neg);
        for (uint32_t k = 0; k < v.n; k++) {
            h = mix(h, int_limb(&v, k));
        }
        return h;
    }
    case OBJ_FLOAT:
        return mix(h, hash_double(o, o->u.f));
    case OBJ_COMPLEX:
        return mix(mix(h, hash_double(o, o->u.c.real)), hash_double(o, o->u.c.imag));
    case OBJ_STR:
    case OBJ_BYTES:
        return hash_bytes(h, o->u.str.s, o->u.str.len);
    case OBJ_TUPLE:
        h = mix(h, o->u.tuple.n);
        for (size_t k = 0; k < o->u.tuple.n; k++) {
            h = mix(h, hash_obj(o->u.tuple.items[k]));
        }
        return h;
    default:
        return h;
    }
}

/* ---- Equality as the reference's constant table decides it ---- */

static bool int_equal(const ObjInt *x, const ObjInt *y) {
    IntView a = int_view(x), b = int_view(y);
    if (a.neg != b.neg || a.n != b.n) {
        return false;
    }
    for (uint32_t k = 0; k < a.n; k++) {
        if (int_limb(&a, k) != int_limb(&b, k)) {
            return false;
        }
    }
    return true;
}

static bool float_equal(const MpwTables *t, double a, double b) {
    if (a != b) {
        return false;
    }
    return t->merge_signed_zeros || a != 0.0 || signbit(a) == signbit(b);
}

/* Same type and equal value; a tuple's items pairwise so. A float's zeros differ by sign (except
   for CircuitPython 9); a complex compares its parts numerically. */
static bool strictly_equal(const MpwTables *t, const Obj *a, const Obj *b) {
    if (a == b) {
        return true;
    }
    if (a->type != b->type) {
        return false;
    }
    switch (a->type) {
    case OBJ_INT:
        return int_equal(&a->u.i, &b->u.i);
    case OBJ_FLOAT:
        return float_equal(t, a->u.f, b->u.f);
    case OBJ_COMPLEX:
        return a->u.c.real == b->u.c.real && a->u.c.imag == b->u.c.imag;
    case OBJ_STR:
    case OBJ_BYTES:
        return a->u.str.len == b->u.str.len && memcmp(a->u.str.s, b->u.str.s, a->u.str.len) == 0;
    case OBJ_TUPLE:
        if (a->u.tuple.n != b->u.tuple.n) {
            return false;
        }
        for (size_t k = 0; k < a->u.tuple.n; k++) {
            if (!strictly_equal(t, a->u.tuple.items[k], b->u.tuple.items[k])) {
                return false;
            }
        }
        return true;
    default:
        return true; /* None, False, True, Ellipsis: one object each */
    }
}

/* ---- Tables ---- */

/* A fresh, empty open-addressing index of n slots, the old one given back. */
static uint32_t *new_slots(Arena *a, uint32_t *old, uint32_t n) {
    arena_release(a, old);
    uint32_t *slots = arena_grow(a, NULL, n * sizeof(uint32_t));
    memset(slots, 0, n * sizeof(uint32_t));
    return slots;
}

MpwTables *mpw_tables_new(Arena *a, const QTab *qt, mpyc_target target, Qstr source_file) {
    MpwTables *t = arena_alloc(a, sizeof *t);
    t->arena = a;
    t->qt = qt;
    t->merge_signed_zeros = target == MPYC_CIRCUITPYTHON9;
    t->n_qslots = 64;
    t->qslots = new_slots(a, NULL, t->n_qslots);
    t->n_cslots = 64;
    t->cslots = new_slots(a, NULL, t->n_cslots);
    mpw_use_qstr(t, source_file);
    return t;
}

static uint32_t qstr_slot_of(const MpwTables *t, Qstr q) {
    uint32_t mask = t->n_qslots - 1;
    for (uint32_t i = (uint32_t)(q * 2654435761u) & mask;; i = (i + 1) & mask) {
        uint32_t e = t->qslots[i];
        if (e == 0 || t->qstrs[e - 1] == q) {
            return i;
        }
    }
}

static void qstr_table_grow(MpwTables *t) {
    if (t->n_qstrs == t->cap_qstrs) {
        t->cap_qstrs = t->cap_qstrs == 0 ? 32 : t->cap_qstrs * 2;
        t->qstrs = arena_grow(t->arena, t->qstrs, t->cap_qstrs * sizeof(Qstr));
    }
    if (4 * (t->n_qstrs + 1) > 3 * t->n_qslots) {
        t->n_qslots *= 2;
        t->qslots = new_slots(t->arena, t->qslots, t->n_qslots);
        for (uint32_t k = 0; k < t->n_qstrs; k++) {
            t->qslots[qstr_slot_of(t, t->qstrs[k])] = k + 1;
        }
    }
}

uint32_t mpw_use_qstr(MpwTables *t, Qstr q) {
    uint32_t slot = qstr_slot_of(t, q);
    if (t->qslots[slot] != 0) {
        return t->qslots[slot] - 1;
    }
    qstr_table_grow(t);
    slot = qstr_slot_of(t, q);
    t->qstrs[t->n_qstrs] = q;
    t->qslots[slot] = ++t->n_qstrs;
    return t->n_qstrs - 1;
}

static uint32_t const_slot_of(const MpwTables *t, const Obj *o, uint32_t h) {
    uint32_t mask = t->n_cslots - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t e = t->cslots[i];
        if (e == 0 || (t->const_hash[e - 1] == h && strictly_equal(t, t->consts[e - 1], o))) {
            return i;
        }
    }
}

static void const_table_grow(MpwTables *t) {
    if (t->n_consts == t->cap_consts) {
        t->cap_consts = t->cap_consts == 0 ? 32 : t->cap_consts + t->cap_consts / 2;
        t->consts = arena_grow(t->arena, t->consts, t->cap_consts * sizeof(Obj *));
        t->const_hash = arena_grow(t->arena, t->const_hash, t->cap_consts * sizeof(uint32_t));
    }
    if (4 * (t->n_consts + 1) > 3 * t->n_cslots) {   /* at most three quarters full */
        t->n_cslots *= 2;
        t->cslots = new_slots(t->arena, t->cslots, t->n_cslots);
        for (uint32_t k = 0; k < t->n_consts; k++) {
            t->cslots[const_slot_of(t, t->consts[k], t->const_hash[k])] = k + 1;
        }
    }
}

uint32_t mpw_use_const(MpwTables *t, const Obj *o) {
    uint64_t wide = hash_obj(o);
    uint32_t h = (uint32_t)(wide ^ (wide >> 32));
    uint32_t slot = const_slot_of(t, o, h);
    if (t->cslots[slot] != 0) {
        return t->cslots[slot] - 1;
    }
    const_table_grow(t);
    slot = const_slot_of(t, o, h);
    t->consts[t->n_consts] = o;
    t->const_hash[t->n_consts] = h;
    t->cslots[slot] = ++t->n_consts;
    return t->n_consts - 1;
}

size_t mpw_qstr_count(const MpwTables *t) {
    return t->n_qstrs;
}

Qstr mpw_qstr_at(const MpwTables *t, size_t i) {
    return t->qstrs[i];
}

size_t mpw_const_count(const MpwTables *t) {
    return t->n_consts;
}

const Obj *mpw_const_at(const MpwTables *t, size_t i) {
    return t->consts[i];
}

/* ---- Output ---- */

/* The file being built. Written twice: first with p NULL, only counting, so that the second
   writes into one buffer of exactly the right size. */
typedef struct {
    unsigned char *p;
    size_t len;
    ObjDialect dialect;   /* whose float formatting the number texts follow */
} Out;

static void out_bytes(Out *o, const void *data, size_t n) {
    if (o->p != NULL && n > 0) {
        memcpy(o->p + o->len, data, n);
    }
    o->len += n;
}

static void out_byte(Out *o, unsigned char c) {
    out_bytes(o, &c, 1);
}

static void out_uint(Out *o, uint64_t v) {
    unsigned char tmp[10];
    int n = 0;
    tmp[n++] = (unsigned char)(v & 0x7f);
    for (v >>= 7; v != 0; v >>= 7) {
        tmp[n++] = (unsigned char)(0x80 | (v & 0x7f));
    }
    while (n > 0) {
        out_byte(o, tmp[--n]);
    }
}

/* A static qstr is named by its number (static_no, 0 for none); any other by its text and a NUL. */
static void write_qstr(Out *o, const QTab *qt, Qstr q, unsigned static_no) {
    if (static_no != 0) {
        out_uint(o, (uint64_t)static_no << 1 | 1);
        return;
    }
    size_t len = qs_len(qt, q);
    out_uint(o, (uint64_t)len << 1);
    out_bytes(o, qs_str(qt, q), len);
    out_byte(o, 0);
}

/* A number is stored as the text of its repr (the malloc'd string is freed at once). */
static void write_number_text(Out *o, unsigned char tag, char *text) {
    size_t n = strlen(text);
    out_byte(o, tag);
    out_uint(o, n);
    out_bytes(o, text, n);
    free(text);
}

static void write_const(Out *o, const Obj *c) {
    switch (c->type) {
    case OBJ_STR:
    case OBJ_BYTES:
        out_byte(o, c->type == OBJ_STR ? TAG_STR : TAG_BYTES);
        out_uint(o, c->u.str.len);
        out_bytes(o, c->u.str.s, c->u.str.len);
        out_byte(o, 0);
        break;
    case OBJ_NONE:
        out_byte(o, TAG_NONE);
        break;
    case OBJ_FALSE:
        out_byte(o, TAG_FALSE);
        break;
    case OBJ_TRUE:
        out_byte(o, TAG_TRUE);
        break;
    case OBJ_ELLIPSIS:
        out_byte(o, TAG_ELLIPSIS);
        break;
    case OBJ_TUPLE:
        out_byte(o, TAG_TUPLE);
        out_uint(o, c->u.tuple.n);
        for (size_t k = 0; k < c->u.tuple.n; k++) {
            write_const(o, c->u.tuple.items[k]);
        }
        break;
    case OBJ_INT:
        write_number_text(o, TAG_INT, obj_int_decimal(c));
        break;
    case OBJ_FLOAT:
        write_number_text(o, TAG_FLOAT, obj_repr_for(c, o->dialect));
        break;
    case OBJ_COMPLEX:
        write_number_text(o, TAG_COMPLEX, obj_repr_for(c, o->dialect));
        break;
    }
}

/* Kind and length together (bytecode is kind 0; bit 2 says children follow), the body, then the
   children in child-index order. */
static void write_raw_code(Out *o, const CodeUnit *cu, DiagTrap *trap) {
    if (cu->assembled.data == NULL) {
        diag_raise_plain(trap, "RuntimeError", "code block missing from the module");
    }
    const EmitCode *ec = &cu->assembled;
    out_uint(o, (uint64_t)ec->len << 3 | (ec->n_children != 0) << 2);
    out_bytes(o, ec->data, ec->len);
    if (ec->n_children != 0) {
        out_uint(o, ec->n_children);
        for (size_t k = 0; k < ec->n_children; k++) {
            write_raw_code(o, ec->children[k], trap);
        }
    }
}

/* The bytes the reference allocates to write a big int in decimal: one digit per 3 bits of its
   16-bit-digit magnitude, plus a few. Past its 2 MB heap that allocation fails. */
static size_t int_text_buffer(const Obj *c) {
    if (c->type == OBJ_TUPLE) {
        size_t most = 0;
        for (size_t k = 0; k < c->u.tuple.n; k++) {
            size_t n = int_text_buffer(c->u.tuple.items[k]);
            most = n > most ? n : most;
        }
        return most;
    }
    if (c->type != OBJ_INT || c->u.i.big == NULL) {
        return 0;
    }
    uint32_t top = c->u.i.big[c->u.i.nlimbs - 1];
    size_t bits = 32 * (size_t)(c->u.i.nlimbs - 1);
    while (top != 0) {
        bits++;
        top >>= 1;
    }
    return (bits + 15) / 16 * 16 / 3 + 1 + 8;
}

enum { REF_HEAP_BYTES = 2000000 };

struct MpyWriter {
    Arena *arena;
    const QTab *qt;
    const mpyc_options *opt;
    DiagTrap *trap;
    MpwTables *tables;
    const CodeUnit *top;       /* the module's own block, written first */
};

MpyWriter *mpw_begin(const IrModule *m, const mpyc_options *opt, DiagTrap *trap) {
    Arena *a = m->arena;
    MpyWriter *w = arena_alloc(a, sizeof *w);
    w->arena = a;
    w->qt = m->qt;
    w->opt = opt;
    w->trap = trap;
    w->tables = mpw_tables_new(a, m->qt, opt->target, m->source_file);
    w->top = m->n_units > 0 ? m->units[0] : NULL;
    /* The reference's scope pass visits every block before any is assembled. */
    for (size_t k = 0; k < m->n_units; k++) {
        CodeUnit *cu = m->units[k];
        emit_scope_pass(w->tables, cu);
        ir_list_release(a, &cu->scope_code);
    }
    return w;
}

void mpw_add_unit(MpyWriter *w, CodeUnit *cu) {
    emit_assemble(w->tables, cu, w->opt, w->arena, w->trap, &cu->assembled);
    ir_list_release(w->arena, &cu->code);
}

/* Header, qstr table, constant table, then the code blocks from the module's down. static_no[k]
   is the static number of qstr k (0 when it has none). */
static void write_file(Out *o, const MpyWriter *w, const unsigned *static_no) {
    const MpwTables *t = w->tables;
    unsigned char header[4] = {
        w->opt->target == MPYC_MICROPYTHON ? 'M' : 'C',
        MPY_VERSION,
        0, /* no native code: neither arch nor sub-version is recorded */
        (unsigned char)w->opt->small_int_bits,
    };
    out_bytes(o, header, sizeof header);
    out_uint(o, mpw_qstr_count(t));
    out_uint(o, mpw_const_count(t));
    for (size_t k = 0; k < mpw_qstr_count(t); k++) {
        write_qstr(o, w->qt, mpw_qstr_at(t, k), static_no[k]);
    }
    for (size_t k = 0; k < mpw_const_count(t); k++) {
        write_const(o, mpw_const_at(t, k));
    }
    if (w->top != NULL) {
        write_raw_code(o, w->top, w->trap);
    }
}

void mpw_finish(MpyWriter *w, unsigned char **out, size_t *out_len) {
    const MpwTables *t = w->tables;
    for (size_t k = 0; k < mpw_const_count(t); k++) {
        size_t need = int_text_buffer(mpw_const_at(t, k));
        if (need > REF_HEAP_BYTES) {
            diag_raise_plain(w->trap, "MemoryError", "memory allocation failed, allocating %zu bytes", need);
        }
    }
    ObjDialect dialect = w->opt->target == MPYC_CIRCUITPYTHON9 ? OBJ_DIALECT_CIRCUITPYTHON9 : OBJ_DIALECT_MICROPYTHON;
    size_t n_qstrs = mpw_qstr_count(t);
    unsigned *static_no = arena_alloc(w->arena, (n_qstrs ? n_qstrs : 1) * sizeof *static_no);
    for (size_t k = 0; k < n_qstrs; k++) {
        Qstr q = mpw_qstr_at(t, k);
        static_no[k] = mpy_static_qstr_find(qs_str(w->qt, q), qs_len(w->qt, q));
    }
    Out size = {NULL, 0, dialect};
    write_file(&size, w, static_no);   /* may raise; nothing is allocated yet */
    Out o = {malloc(size.len > 0 ? size.len : 1), 0, dialect};
    if (o.p == NULL) {
        diag_raise_plain(w->trap, "MemoryError", "out of memory");
    }
    write_file(&o, w, static_no);
    *out = o.p;
    *out_len = o.len;
}

void mpy_write_module(const IrModule *m, const mpyc_options *opt, DiagTrap *trap, unsigned char **out,
                      size_t *out_len) {
    MpyWriter *w = mpw_begin(m, opt, trap);
    for (size_t k = 0; k < m->n_units; k++) {
        mpw_add_unit(w, m->units[k]);
    }
    mpw_finish(w, out, out_len);
}
