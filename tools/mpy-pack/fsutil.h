/* fsutil.h: what the mpy-pack commands share below the level of libraries and zips: growable
   strings and string lists, whole-file reads and atomic writes, sorted directory walks, clocks and
   a pool of worker threads. Nothing here keeps state between calls. Out of memory aborts. */
#ifndef MPY_PACK_FSUTIL_H
#define MPY_PACK_FSUTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte string, always NUL-terminated once anything was added. */
typedef struct {
    char *s;
    size_t len, cap;
} sbuf;

void sb_add(sbuf *b, const void *p, size_t n);
void sb_adds(sbuf *b, const char *s);
void sb_addc(sbuf *b, char c);
void sb_addf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *sb_take(sbuf *b); /* the string (never NULL); b is empty afterwards */
void sb_free(sbuf *b);

/* A growable list of malloc'd strings. */
typedef struct {
    char **v;
    size_t n, cap;
} svec;

void sv_push(svec *v, char *owned);
void sv_add(svec *v, const char *s);
bool sv_has(const svec *v, const char *s);
void sv_sort(svec *v); /* bytewise */
void sv_free(svec *v);

/* Whole files. read_file adds a NUL after the data (not counted in *len). */
bool read_file(const char *path, unsigned char **data, size_t *len);
/* Writes path.tmp-PID then renames it over path, so path is either whole or untouched. */
bool write_file_atomic(const char *path, const void *data, size_t len);
bool mkdir_p(const char *path);
bool is_dir(const char *path);
bool is_file(const char *path);
bool file_size(const char *path, uint64_t *size);
/* Removes a directory tree (used for temporary trees only). */
void remove_tree(const char *path);

/* The names in a directory except . and .., sorted bytewise; false (errno set) on failure. */
bool list_dir(const char *path, svec *names);
/* Every regular file below root/rel (rel may be ""), as paths relative to root: the files of a
   directory first, then its subdirectories, each in bytewise order. Directories named .git are
   not entered. */
void walk_files(const char *root, const char *rel, svec *out);

char *path_join(const char *a, const char *b);
const char *path_base(const char *path); /* the last component (inside path) */
char *path_dir(const char *path);        /* everything before the last '/', or "." */
char *path_abs(const char *path);        /* absolute and without trailing '/', not resolving links */

/* Seconds on a monotonic clock. */
double now_seconds(void);

/* The number of processors online (at least 1). */
int cpu_count(void);

/* Calls fn(ctx, i) for every i in [0, n) on up to threads threads (the caller's thread is one);
   returns when all are done. */
typedef void (*job_fn)(void *ctx, size_t i);
void run_parallel(size_t n, int threads, job_fn fn, void *ctx);

/* CIRCUITPY space of a file of size bytes: whole 512-byte sectors. */
static inline uint64_t sectors_of(uint64_t size) {
    return (size + 511) / 512;
}

#endif
