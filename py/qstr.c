/* qstr.c: open-addressing hash table interning the strings of one compilation. */
#include "qstr.h"

#include <string.h>

typedef struct {
    const char *s;
    uint32_t len;
    uint32_t hash;
} QEntry;

struct QTab {
    Arena *arena;
    const NameSet *builtin;
    QEntry *entries;      /* entries[q] for handle q; entries[0] unused */
    uint32_t count, cap;  /* entries used (counting slot 0) and allocated */
    uint32_t *slots;      /* hash slots holding handles; 0 = empty */
    uint32_t nslots;      /* a power of two, kept at most half full */
};

static uint32_t qs_hash(const char *s, size_t len) {
    uint32_t h = 2166136261u;  /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    }
    return h;
}

QTab *qs_new(Arena *a, mpyc_target target) {
    QTab *t = arena_alloc(a, sizeof *t);
    t->arena = a;
    t->builtin = qs_builtin_names(target);
    t->cap = 256;
    t->entries = arena_grow(a, NULL, t->cap * sizeof(QEntry));
    memset(&t->entries[0], 0, sizeof t->entries[0]);
    t->count = 1;
    t->nslots = 512;
    t->slots = arena_grow(a, NULL, t->nslots * sizeof(uint32_t));
    memset(t->slots, 0, t->nslots * sizeof(uint32_t));
    return t;
}

static uint32_t *qs_slot(const QTab *t, const char *s, size_t len, uint32_t h) {
    uint32_t mask = t->nslots - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t q = t->slots[i];
        if (q == 0) {
            return &t->slots[i];
        }
        const QEntry *e = &t->entries[q];
        if (e->hash == h && e->len == len && memcmp(e->s, s, len) == 0) {
            return &t->slots[i];
        }
    }
}

static void qs_grow(QTab *t) {
    if (t->count == t->cap) {
        t->cap *= 2;
        t->entries = arena_grow(t->arena, t->entries, t->cap * sizeof(QEntry));
    }
    if (2 * t->count >= t->nslots) {
        t->nslots *= 2;
        arena_release(t->arena, t->slots);
        t->slots = arena_grow(t->arena, NULL, t->nslots * sizeof(uint32_t));
        memset(t->slots, 0, t->nslots * sizeof(uint32_t));
        for (uint32_t q = 1; q < t->count; q++) {
            const QEntry *e = &t->entries[q];
            *qs_slot(t, e->s, e->len, e->hash) = q;
        }
    }
}

Qstr qs_intern(QTab *t, const char *s, size_t len) {
    uint32_t h = qs_hash(s, len);
    uint32_t *slot = qs_slot(t, s, len, h);
    if (*slot != 0) {
        return *slot;
    }
    qs_grow(t);
    slot = qs_slot(t, s, len, h);
    Qstr q = t->count++;
    t->entries[q] = (QEntry){arena_dup(t->arena, s, len), (uint32_t)len, h};
    *slot = q;
    return q;
}

Qstr qs_lookup(const QTab *t, const char *s, size_t len) {
    return *qs_slot(t, s, len, qs_hash(s, len));
}

bool qs_known(const QTab *t, const char *s, size_t len) {
    return qs_lookup(t, s, len) != 0 || qs_nameset_has(t->builtin, s, len);
}

const char *qs_str(const QTab *t, Qstr q) {
    return t->entries[q].s;
}

size_t qs_len(const QTab *t, Qstr q) {
    return t->entries[q].len;
}

static int qs_cmp(const char *a, size_t alen, const char *b, size_t blen) {
    if (alen != blen) {
        return alen < blen ? -1 : 1;
    }
    return memcmp(a, b, alen);
}

bool qs_nameset_has(const NameSet *set, const char *s, size_t len) {
    size_t lo = 0, hi = set->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *m = set->names[mid];
        int c = qs_cmp(s, len, m, strlen(m));
        if (c == 0) {
            return true;
        }
        if (c < 0) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return false;
}
