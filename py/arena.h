/* arena.h: bump allocator that owns every parse tree and compile-time table of one compilation. */
#ifndef MPYC_ARENA_H
#define MPYC_ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

Arena *arena_new(void);                    /* NULL when out of memory */
void arena_free(Arena *a);                 /* releases every block handed out */
void *arena_alloc(Arena *a, size_t n);     /* 8-byte aligned, zeroed; aborts on OOM */
void *arena_dup(Arena *a, const void *p, size_t n); /* copy of n bytes plus a NUL */
size_t arena_used(const Arena *a);         /* bytes handed out so far */
/* A block that grows (old NULL: a new one), kept apart from the chunks and released by
   arena_free; the contents up to the old size move with it. For long lists such as code. */
void *arena_grow(Arena *a, void *old, size_t new_size);
/* Gives back one block from arena_grow before the arena goes (NULL: nothing). */
void arena_release(Arena *a, void *p);

#endif
