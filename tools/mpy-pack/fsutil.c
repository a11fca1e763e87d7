/* fsutil.c: strings, files, directory walks, clocks and the worker pool of mpy-pack. */
#include "fsutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void out_of_memory(void) {
    fputs("mpy-pack: out of memory\n", stderr);
    abort();
}

void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (p == NULL) {
        out_of_memory();
    }
    return p;
}

void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (p == NULL) {
        out_of_memory();
    }
    return p;
}

void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (p == NULL) {
        out_of_memory();
    }
    return p;
}

char *xstrdup(const char *s) {
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n) {
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *xasprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        out_of_memory();
    }
    char *p = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

/* ---- sbuf ---- */

static void sb_reserve(sbuf *b, size_t more) {
    if (b->len + more + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + more + 1) {
            cap *= 2;
        }
        b->s = xrealloc(b->s, cap);
        b->cap = cap;
    }
}

void sb_add(sbuf *b, const void *p, size_t n) {
    sb_reserve(b, n);
    if (n > 0) {
        memcpy(b->s + b->len, p, n);
    }
    b->len += n;
    b->s[b->len] = 0;
}

void sb_adds(sbuf *b, const char *s) {
    sb_add(b, s, strlen(s));
}

void sb_addc(sbuf *b, char c) {
    sb_add(b, &c, 1);
}

void sb_addf(sbuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return;
    }
    sb_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *sb_take(sbuf *b) {
    char *s = b->s ? b->s : xstrdup("");
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

void sb_free(sbuf *b) {
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

/* ---- svec ---- */

void sv_push(svec *v, char *owned) {
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->v = xrealloc(v->v, v->cap * sizeof *v->v);
    }
    v->v[v->n++] = owned;
}

void sv_add(svec *v, const char *s) {
    sv_push(v, xstrdup(s));
}

bool sv_has(const svec *v, const char *s) {
    for (size_t i = 0; i < v->n; i++) {
        if (strcmp(v->v[i], s) == 0) {
            return true;
        }
    }
    return false;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void sv_sort(svec *v) {
    if (v->n > 1) {
        qsort(v->v, v->n, sizeof *v->v, cmp_str);
    }
}

void sv_free(svec *v) {
    for (size_t i = 0; i < v->n; i++) {
        free(v->v[i]);
    }
    free(v->v);
    v->v = NULL;
    v->n = v->cap = 0;
}

/* ---- files ---- */

bool read_file(const char *path, unsigned char **data, size_t *len) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        int e = errno ? errno : EISDIR;
        close(fd);
        errno = S_ISDIR(st.st_mode) ? EISDIR : e;
        return false;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;
    unsigned char *buf = xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            int e = errno;
            free(buf);
            close(fd);
            errno = e;
            return false;
        }
        if (r == 0) {
            break;
        }
        n += (size_t)r;
    }
    close(fd);
    buf[n] = 0;
    *data = buf;
    *len = n;
    return true;
}

bool write_file_atomic(const char *path, const void *data, size_t len) {
    char *tmp = xasprintf("%s.tmp-%ld", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        free(tmp);
        return false;
    }
    const unsigned char *p = data;
    size_t left = len;
    while (left > 0) {
        ssize_t w = write(fd, p, left);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            int e = errno;
            close(fd);
            unlink(tmp);
            free(tmp);
            errno = e;
            return false;
        }
        p += w;
        left -= (size_t)w;
    }
    if (close(fd) != 0 || rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        free(tmp);
        errno = e;
        return false;
    }
    free(tmp);
    return true;
}

bool mkdir_p(const char *path) {
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s == '/') {
            *s = 0;
            if (mkdir(p, 0755) != 0 && errno != EEXIST) {
                free(p);
                return false;
            }
            *s = '/';
        }
    }
    bool ok = mkdir(p, 0755) == 0 || (errno == EEXIST && is_dir(p));
    free(p);
    return ok;
}

bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool file_size(const char *path, uint64_t *size) {
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
        return false;
    }
    *size = (uint64_t)st.st_size;
    return true;
}

void remove_tree(const char *path) {
    struct stat st;
    if (lstat(path, &st) != 0) {
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        svec names = {0};
        if (list_dir(path, &names)) {
            for (size_t i = 0; i < names.n; i++) {
                char *sub = path_join(path, names.v[i]);
                remove_tree(sub);
                free(sub);
            }
        }
        sv_free(&names);
        rmdir(path);
    } else {
        unlink(path);
    }
}

bool list_dir(const char *path, svec *names) {
    DIR *d = opendir(path);
    if (d == NULL) {
        return false;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        sv_add(names, e->d_name);
    }
    closedir(d);
    sv_sort(names);
    return true;
}

void walk_files(const char *root, const char *rel, svec *out) {
    char *dir = *rel ? path_join(root, rel) : xstrdup(root);
    svec names = {0};
    if (!list_dir(dir, &names)) {
        free(dir);
        return;
    }
    svec subdirs = {0};
    for (size_t i = 0; i < names.n; i++) {
        char *full = path_join(dir, names.v[i]);
        char *r = *rel ? path_join(rel, names.v[i]) : xstrdup(names.v[i]);
        struct stat st;
        if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (strcmp(names.v[i], ".git") != 0) {
                sv_push(&subdirs, r);
                r = NULL;
            }
        } else if (stat(full, &st) == 0 && S_ISREG(st.st_mode)) {
            sv_push(out, r);
            r = NULL;
        }
        free(r);
        free(full);
    }
    for (size_t i = 0; i < subdirs.n; i++) {
        walk_files(root, subdirs.v[i], out);
    }
    sv_free(&subdirs);
    sv_free(&names);
    free(dir);
}

char *path_join(const char *a, const char *b) {
    size_t la = strlen(a);
    if (la == 0) {
        return xstrdup(b);
    }
    return xasprintf("%s%s%s", a, a[la - 1] == '/' ? "" : "/", b);
}

const char *path_base(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

char *path_dir(const char *path) {
    const char *s = strrchr(path, '/');
    if (s == NULL) {
        return xstrdup(".");
    }
    if (s == path) {
        return xstrdup("/");
    }
    return xstrndup(path, (size_t)(s - path));
}

char *path_abs(const char *path) {
    char *abs;
    if (path[0] == '/') {
        abs = xstrdup(path);
    } else {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd) == NULL) {
            return xstrdup(path);
        }
        abs = path_join(cwd, path);
    }
    /* drop "." components, repeated and trailing slashes; ".." is resolved textually */
    svec parts = {0};
    char *save = NULL;
    for (char *t = strtok_r(abs, "/", &save); t != NULL; t = strtok_r(NULL, "/", &save)) {
        if (strcmp(t, ".") == 0) {
            continue;
        }
        if (strcmp(t, "..") == 0) {
            if (parts.n > 0) {
                free(parts.v[--parts.n]);
            }
            continue;
        }
        sv_add(&parts, t);
    }
    sbuf b = {0};
    for (size_t i = 0; i < parts.n; i++) {
        sb_addc(&b, '/');
        sb_adds(&b, parts.v[i]);
    }
    if (b.len == 0) {
        sb_addc(&b, '/');
    }
    sv_free(&parts);
    free(abs);
    return sb_take(&b);
}

double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cpu_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : (int)(n > 256 ? 256 : n);
}

/* ---- the worker pool ---- */

typedef struct {
    atomic_size_t next;
    size_t n;
    job_fn fn;
    void *ctx;
} Pool;

static void *pool_worker(void *arg) {
    Pool *p = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= p->n) {
            return NULL;
        }
        p->fn(p->ctx, i);
    }
}

void run_parallel(size_t n, int threads, job_fn fn, void *ctx) {
    Pool p = {.n = n, .fn = fn, .ctx = ctx};
    atomic_init(&p.next, 0);
    if (threads < 1) {
        threads = 1;
    }
    if ((size_t)threads > n) {
        threads = n == 0 ? 1 : (int)n;
    }
    pthread_t *tids = xcalloc((size_t)threads, sizeof *tids);
    int started = 0;
    /* every job runs on a worker with an 8 MB stack, whatever the process's stack limit says
       (only what is used is ever touched): the compiler's default stack budget is made for it */
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 8u << 20);
    for (int t = 0; t < threads; t++) {
        if (pthread_create(&tids[t], &attr, pool_worker, &p) == 0) {
            started++;
        } else {
            break;
        }
    }
    pthread_attr_destroy(&attr);
    if (started == 0) {
        pool_worker(&p);   /* no thread to be had: this one does the work */
    }
    for (int t = 0; t < started; t++) {
        pthread_join(tids[t], NULL);
    }
    free(tids);
}
