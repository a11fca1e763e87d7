/* qstr.h: the interned-string table of one compilation (names, short strings, the source name). */
#ifndef MPYC_QSTR_H
#define MPYC_QSTR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "mpyc.h"

/* A handle to an interned string; 0 is never a valid handle. */
typedef uint32_t Qstr;

typedef struct QTab QTab;

/* A set of names the target's compiler has built in, sorted by (length, bytes). */
typedef struct {
    const char *const *names;
    size_t count;
} NameSet;

QTab *qs_new(Arena *a, mpyc_target target);
/* Interns s (which may hold NUL bytes) and returns its handle. */
Qstr qs_intern(QTab *t, const char *s, size_t len);
/* The handle of s if this compilation interned it already, else 0. */
Qstr qs_lookup(const QTab *t, const char *s, size_t len);
/* True when s is interned here or built into the target's compiler (the reference's
   qstr_find_strn). */
bool qs_known(const QTab *t, const char *s, size_t len);
const char *qs_str(const QTab *t, Qstr q);
size_t qs_len(const QTab *t, Qstr q);

/* The names each reference compiler has built in (builtin_names.c). */
const NameSet *qs_builtin_names(mpyc_target target);
bool qs_nameset_has(const NameSet *set, const char *s, size_t len);

#endif
