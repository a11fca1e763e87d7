/* arena.c: chunked bump allocator; everything is freed at once with arena_free. */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

enum { ARENA_CHUNK = 64 * 1024, ARENA_ALIGN = 8 };

typedef struct Chunk {
    struct Chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} Chunk;

/* A growable block: its header links it into the arena's list so arena_free can release it. */
typedef struct Big {
    struct Big *prev, *next;
    _Alignas(16) unsigned char data[];
} Big;

struct Arena {
    Chunk *head;
    size_t total;
    Big *bigs;
};

Arena *arena_new(void) {
    return calloc(1, sizeof(Arena));
}

void arena_free(Arena *a) {
    if (a == NULL) {
        return;
    }
    Chunk *c = a->head;
    while (c != NULL) {
        Chunk *next = c->next;
        free(c);
        c = next;
    }
    Big *b = a->bigs;
    while (b != NULL) {
        Big *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void *arena_grow(Arena *a, void *old, size_t new_size) {
    Big *b = old == NULL ? NULL : (Big *)((unsigned char *)old - offsetof(Big, data));
    Big *moved = realloc(b, sizeof(Big) + new_size);
    if (moved == NULL) {
        fputs("mpy-cross: out of memory\n", stderr);
        abort();
    }
    if (b == NULL) {
        moved->prev = NULL;
        moved->next = a->bigs;
        if (a->bigs != NULL) {
            a->bigs->prev = moved;
        }
        a->bigs = moved;
    } else if (moved != b) {
        if (moved->prev != NULL) {
            moved->prev->next = moved;
        } else {
            a->bigs = moved;
        }
        if (moved->next != NULL) {
            moved->next->prev = moved;
        }
    }
    return moved->data;
}

void arena_release(Arena *a, void *p) {
    if (p == NULL) {
        return;
    }
    Big *b = (Big *)((unsigned char *)p - offsetof(Big, data));
    if (b->prev != NULL) {
        b->prev->next = b->next;
    } else {
        a->bigs = b->next;
    }
    if (b->next != NULL) {
        b->next->prev = b->prev;
    }
    free(b);
}

static Chunk *chunk_new(size_t min) {
    size_t size = min > ARENA_CHUNK ? min : ARENA_CHUNK;
    Chunk *c = malloc(sizeof(Chunk) + size);
    if (c == NULL) {
        fputs("mpy-cross: out of memory\n", stderr);
        abort();
    }
    c->size = size;
    c->used = 0;
    return c;
}

void *arena_alloc(Arena *a, size_t n) {
    n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (n == 0) {
        n = ARENA_ALIGN;
    }
    Chunk *c = a->head;
    if (c == NULL || c->size - c->used < n) {
        c = chunk_new(n);
        /* A big request gets its own chunk behind the current one, so the
           space left in the current chunk stays usable. */
        if (a->head != NULL && n > ARENA_CHUNK / 4) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->data + c->used;
    c->used += n;
    a->total += n;
    memset(p, 0, n);
    return p;
}

void *arena_dup(Arena *a, const void *p, size_t n) {
    char *q = arena_alloc(a, n + 1);
    if (n > 0) {
        memcpy(q, p, n);
    }
    q[n] = '\0';
    return q;
}

size_t arena_used(const Arena *a) {
    return a->total;
}
