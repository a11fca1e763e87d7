/* flatten.c: mpy-pack flatten: modules out of their package folders. P/__init__.py becomes P.mpy,
   P/x.py P_x.mpy, P/sub/y.py P_sub_y.mpy; the compiler rewrites every import that names a moved
   module (py/imports.c), in the library's own modules and in the user's files, which stay source.
   On a board that saves the RAM of each package's module object and __init__, and the CIRCUITPY
   space of the folders. flatten_library() is the whole job without the command line, so the cost
   command can ask what flattening saves. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fsutil.h"
#include "pack.h"

/* Names a module must not take under --naming=leaf: the firmware's own modules win over lib/. */
static const char *const builtin_modules[] = {
    "analogio", "array", "asyncio", "audiobusio", "audiocore", "audioio", "audiomixer", "binascii", "bitbangio",
    "board", "builtins", "busio", "collections", "countio", "digitalio", "displayio", "errno", "framebuf", "gc",
    "hashlib", "heapq", "io", "json", "keypad", "machine", "math", "microcontroller", "micropython", "neopixel_write",
    "network", "os", "pwmio", "random", "re", "rtc", "select", "socket", "socketpool", "ssl", "storage", "struct",
    "supervisor", "sys", "terminalio", "time", "uctypes", "usb_cdc", "usb_hid", "wifi", "zlib",
};

typedef struct {
    char *rel;          /* relative to lib_dir */
    char *dotted;       /* .py files: the module's dotted name ("P" for P/__init__.py) */
    bool is_py, is_init;
    int root;           /* the flattened package it is in, or -1 */
    char *out;          /* relative to out_dir */
    unsigned char *data;
    size_t len;
    unsigned char *result; /* what is written (compiled, or the data) */
    size_t result_len;
    size_t before_len;     /* compiled in place */
} FFile;

typedef struct {
    const flatten_request *req;
    FFile *files;
    size_t n_files;
    svec roots;         /* flattened packages, as paths ("P", "P/sub") */
    mpyc_rename *renames;
    size_t n_renames;
    svec rename_strings; /* owns the from/to strings */
    svec init_names;
    sbuf errors;
    size_t n_errors;
    sbuf notes;
} Flat;

static void add_error(Flat *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add_error(Flat *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    sb_adds(&f->errors, buf);
    sb_addc(&f->errors, '\n');
    f->n_errors++;
}

static bool ends_with(const char *s, const char *tail) {
    size_t n = strlen(s), m = strlen(tail);
    return n >= m && strcmp(s + n - m, tail) == 0;
}

static bool skipped_path(const char *rel) {
    /* hidden files and folders, and __pycache__, are not part of a library */
    for (const char *p = rel; p != NULL; p = strchr(p, '/')) {
        if (*p == '/') {
            p++;
        }
        if (*p == '.' || strncmp(p, "__pycache__/", 12) == 0) {
            return true;
        }
    }
    return false;
}

static char *dotted_of(const char *rel, bool *is_init) {
    char *d = xstrndup(rel, strlen(rel) - 3);
    *is_init = false;
    size_t n = strlen(d);
    if (strcmp(d, "__init__") == 0) {
        free(d);
        return NULL;
    }
    if (n > 9 && strcmp(d + n - 9, "/__init__") == 0) {
        d[n - 9] = 0;
        *is_init = true;
    }
    for (char *c = d; *c; c++) {
        if (*c == '/') {
            *c = '.';
        }
    }
    return d;
}

static char *underscored(const char *dotted) {
    char *s = xstrdup(dotted);
    for (char *c = s; *c; c++) {
        if (*c == '.') {
            *c = '_';
        }
    }
    return s;
}

static const char *leaf_of(const char *dotted) {
    const char *dot = strrchr(dotted, '.');
    return dot ? dot + 1 : dotted;
}

static int root_of(const Flat *f, const char *rel) {
    for (size_t i = 0; i < f->roots.n; i++) {
        size_t n = strlen(f->roots.v[i]);
        if (strncmp(rel, f->roots.v[i], n) == 0 && rel[n] == '/') {
            return (int)i;
        }
    }
    return -1;
}

static void add_rename(Flat *f, const char *from, const char *to) {
    f->renames = xrealloc(f->renames, (f->n_renames + 1) * sizeof *f->renames);
    char *a = xstrdup(from), *b = to ? xstrdup(to) : NULL;
    sv_push(&f->rename_strings, a);
    if (b) {
        sv_push(&f->rename_strings, b);
    }
    f->renames[f->n_renames++] = (mpyc_rename){a, b};
}

static const mpyc_rename *rename_of(const Flat *f, const char *from) {
    for (size_t i = 0; i < f->n_renames; i++) {
        if (strcmp(f->renames[i].from, from) == 0) {
            return &f->renames[i];
        }
    }
    return NULL;
}

/* Which packages: the ones asked for, or every folder holding Python sources. */
static bool choose_roots(Flat *f, const svec *all) {
    const flatten_request *r = f->req;
    if (r->n_packages == 0) {
        /* every folder holding Python sources, except those holding other files too */
        svec data = {0};
        for (size_t i = 0; i < all->n; i++) {
            const char *slash = strchr(all->v[i], '/');
            if (slash != NULL) {
                char *top = xstrndup(all->v[i], (size_t)(slash - all->v[i]));
                svec *into = ends_with(all->v[i], ".py") ? &f->roots : &data;
                if (!sv_has(into, top)) {
                    sv_push(into, top);
                } else {
                    free(top);
                }
            }
        }
        for (size_t i = 0; i < data.n; i++) {
            for (size_t k = 0; k < f->roots.n; k++) {
                if (strcmp(f->roots.v[k], data.v[i]) == 0) {
                    sb_addf(&f->notes, "%s: left as it is: it holds files that are not Python\n", data.v[i]);
                    free(f->roots.v[k]);
                    f->roots.v[k] = f->roots.v[--f->roots.n];
                    break;
                }
            }
        }
        sv_free(&data);
        sv_sort(&f->roots);
        return true;
    }
    bool ok = true;
    for (size_t k = 0; k < r->n_packages; k++) {
        char *path = xstrdup(r->packages[k]);
        for (char *c = path; *c; c++) {
            if (*c == '.') {
                *c = '/';
            }
        }
        size_t n = strlen(path);
        bool found = false;
        for (size_t i = 0; i < all->n && !found; i++) {
            found = strncmp(all->v[i], path, n) == 0 && all->v[i][n] == '/' && ends_with(all->v[i], ".py");
        }
        if (!found) {
            add_error(f, "%s: no package %s here (no .py files in %s/%s)", r->lib_dir, r->packages[k], r->lib_dir, path);
            ok = false;
            free(path);
        } else if (!sv_has(&f->roots, path)) {
            sv_push(&f->roots, path);
        } else {
            free(path);
        }
    }
    /* a package inside another one flattened is flattened with it */
    for (size_t i = 0; i < f->roots.n; i++) {
        for (size_t j = 0; j < f->roots.n; j++) {
            size_t n = strlen(f->roots.v[j]);
            if (i != j && strncmp(f->roots.v[i], f->roots.v[j], n) == 0 && f->roots.v[i][n] == '/') {
                free(f->roots.v[i]);
                f->roots.v[i] = f->roots.v[--f->roots.n];
                i--;
                break;
            }
        }
    }
    sv_sort(&f->roots);
    return ok;
}

static bool is_builtin(const char *name) {
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++) {
        if (strcmp(builtin_modules[i], name) == 0) {
            return true;
        }
    }
    return false;
}

/* The new names, the renames the compiler gets, and the collisions that forbid them. */
static bool plan(Flat *f) {
    /* names taken at the top by what stays */
    svec taken = {0};
    for (size_t i = 0; i < f->n_files; i++) {
        FFile *x = &f->files[i];
        if (x->root >= 0) {
            continue;
        }
        const char *slash = strchr(x->rel, '/');
        if (slash != NULL) {
            char *top = xstrndup(x->rel, (size_t)(slash - x->rel));
            /* a folder that stays is a package name unless only flattened packages are in it */
            bool keeps = true;
            for (size_t k = 0; k < f->roots.n; k++) {
                if (strcmp(f->roots.v[k], top) == 0) {
                    keeps = false;
                }
            }
            if (keeps && !sv_has(&taken, top)) {
                sv_add(&taken, top);
            }
            free(top);
        } else if (ends_with(x->rel, ".py") || ends_with(x->rel, ".mpy")) {
            char *name = xstrndup(x->rel, strlen(x->rel) - (ends_with(x->rel, ".py") ? 3 : 4));
            sv_push(&taken, name);
        }
    }
    bool ok = true;
    /* prefix names first: they must all be free */
    svec chosen = {0}, chosen_from = {0};
    for (size_t i = 0; i < f->n_files; i++) {
        FFile *x = &f->files[i];
        if (x->root < 0 || !x->is_py) {
            continue;
        }
        char *name = underscored(x->dotted);
        if (sv_has(&taken, name)) {
            add_error(f, "%s/%s: name collision: it would become %s.mpy, which is a module of the library already",
                      f->req->lib_dir, x->rel, name);
            ok = false;
        }
        for (size_t k = 0; k < chosen.n; k++) {
            if (strcmp(chosen.v[k], name) == 0) {
                add_error(f, "%s/%s: name collision: it and %s would both become %s.mpy", f->req->lib_dir, x->rel,
                          chosen_from.v[k], name);
                ok = false;
            }
        }
        sv_push(&chosen, name);
        sv_add(&chosen_from, x->rel);
    }
    /* --naming=leaf: the leaf where no other module, folder or built-in module has it */
    for (size_t i = 0, c = 0; i < f->n_files; i++) {
        FFile *x = &f->files[i];
        if (x->root < 0 || !x->is_py) {
            continue;
        }
        const char *name = chosen.v[c++];
        if (f->req->leaf_names) {
            const char *leaf = leaf_of(x->dotted);
            bool free_leaf = !sv_has(&taken, leaf) && !is_builtin(leaf);
            for (size_t k = 0; free_leaf && k < f->n_files; k++) {
                FFile *y = &f->files[k];
                if (y != x && y->root >= 0 && y->is_py && strcmp(leaf_of(y->dotted), leaf) == 0) {
                    free_leaf = false;
                }
            }
            for (size_t k = 0; free_leaf && k < chosen.n; k++) {
                if (strcmp(chosen.v[k], leaf) == 0 && strcmp(chosen.v[k], name) != 0) {
                    free_leaf = false;
                }
            }
            if (free_leaf) {
                name = leaf;
            }
        }
        add_rename(f, x->dotted, name);
        x->out = xasprintf("%s.mpy", name);
    }
    /* folders without __init__.py inside flattened packages: no module by that name afterwards */
    for (size_t i = 0; i < f->n_files; i++) {
        FFile *x = &f->files[i];
        if (x->root < 0 || !x->is_py) {
            continue;
        }
        char *dir = path_dir(x->rel);
        while (strlen(dir) >= strlen(f->roots.v[x->root])) {
            char *d = xstrdup(dir);
            for (char *c = d; *c; c++) {
                if (*c == '/') {
                    *c = '.';
                }
            }
            if (rename_of(f, d) == NULL) {
                add_rename(f, d, NULL);
            }
            free(d);
            char *up = path_dir(dir);
            free(dir);
            dir = up;
            if (strcmp(dir, ".") == 0) {
                break;
            }
        }
        free(dir);
    }
    sv_free(&chosen);
    sv_free(&chosen_from);
    sv_free(&taken);
    return ok;
}

static void report_compile_error(Flat *f, const char *rel, const char *report) {
    char *file = path_join(f->req->lib_dir, rel);
    char *line = pack_report_line(file, report);
    add_error(f, "%s", line);
    free(line);
    free(file);
}

/* init_names: what each flattened package's __init__.py binds that is also one of its modules */
static void find_init_names(Flat *f, mpyc_options *base) {
    mpyc_imports im = {f->renames, f->n_renames, NULL, 0, NULL, true};
    for (size_t i = 0; i < f->n_files; i++) {
        FFile *x = &f->files[i];
        if (x->root < 0 || !x->is_py || !x->is_init) {
            continue;
        }
        mpyc_options o = *base;
        im.module = x->dotted;
        o.imports = &im;
        mpyc_result r = mpyc_module_names((const char *)x->data, x->len, x->rel, &o);
        if (r.ok) {
            char *names = (char *)r.mpy;
            for (char *save = NULL, *n = strtok_r(names, "\n", &save); n != NULL; n = strtok_r(NULL, "\n", &save)) {
                char *dotted = xasprintf("%s.%s", x->dotted, n);
                if (rename_of(f, dotted) != NULL) {
                    sv_push(&f->init_names, dotted);
                } else {
                    free(dotted);
                }
            }
        }
        /* a syntax error shows when the file is compiled */
        mpyc_result_free(&r);
    }
}

static void compile_all(Flat *f, const mpyc_options *base) {
    for (size_t i = 0; i < f->n_files; i++) {
        FFile *x = &f->files[i];
        if (!x->is_py) {
            if (x->root >= 0 && ends_with(x->rel, ".mpy")) {
                add_error(f, "%s/%s: is compiled: its imports cannot be rewritten (flatten needs the source)",
                          f->req->lib_dir, x->rel);
            } else if (x->root >= 0) {
                /* left in its folder, the folder would hide P.mpy from import (folders come first),
                   and the code that finds the file next to itself would look elsewhere */
                add_error(f, "%s/%s: not Python: it would stay in a %s folder that hides the flattened "
                             "modules and moves away from its code; flatten the other packages",
                          f->req->lib_dir, x->rel, f->roots.v[x->root]);
            }
            x->result = x->data;
            x->result_len = x->len;
            x->before_len = x->len;
            if (x->out == NULL) {
                x->out = xstrdup(x->rel);
            }
            continue;
        }
        mpyc_imports im = {f->renames, f->n_renames, (const char *const *)f->init_names.v, f->init_names.n,
                           x->dotted, x->is_init};
        mpyc_options o = *base;
        o.imports = &im;
        mpyc_result r = mpyc_compile((const char *)x->data, x->len, x->rel, &o);
        if (!r.ok) {
            report_compile_error(f, x->rel, r.report);
            mpyc_result_free(&r);
            continue;
        }
        x->result = r.mpy;
        x->result_len = r.mpy_len;
        if (x->out == NULL) {
            x->out = xasprintf("%.*s.mpy", (int)(strlen(x->rel) - 3), x->rel);
        }
        /* the size it has today, compiled where it is */
        mpyc_result b = mpyc_compile((const char *)x->data, x->len, x->rel, base);
        x->before_len = b.ok ? b.mpy_len : 0;
        mpyc_result_free(&b);
    }
}

void flatten_report_free(flatten_report *rep) {
    for (size_t i = 0; i < rep->n_files; i++) {
        free(rep->files[i].source);
        free(rep->files[i].output);
        free(rep->files[i].package);
    }
    free(rep->files);
    for (size_t i = 0; i < rep->n_packages; i++) {
        free(rep->packages[i].name);
    }
    free(rep->packages);
    free(rep->errors);
    free(rep->notes);
    memset(rep, 0, sizeof *rep);
}

static void add_file(flatten_report *rep, const char *source, const char *output, const char *package,
                     size_t before, size_t after) {
    rep->files = xrealloc(rep->files, (rep->n_files + 1) * sizeof *rep->files);
    rep->files[rep->n_files++] = (flatten_file){xstrdup(source), xstrdup(output), package ? xstrdup(package) : NULL,
                                                before, after};
}

/* The folders of a set of relative paths (each counted once), for the sector counts. */
static size_t count_dirs(const svec *paths) {
    svec dirs = {0};
    for (size_t i = 0; i < paths->n; i++) {
        char *d = path_dir(paths->v[i]);
        while (strcmp(d, ".") != 0 && !sv_has(&dirs, d)) {
            sv_add(&dirs, d);
            char *up = path_dir(d);
            free(d);
            d = up;
        }
        free(d);
    }
    size_t n = dirs.n;
    sv_free(&dirs);
    return n;
}

static void package_stats(Flat *f, flatten_report *rep) {
    rep->packages = xcalloc(f->roots.n ? f->roots.n : 1, sizeof *rep->packages);
    rep->n_packages = f->roots.n;
    for (size_t k = 0; k < f->roots.n; k++) {
        flatten_package *p = &rep->packages[k];
        p->name = xstrdup(f->roots.v[k]);
        for (char *c = p->name; *c; c++) {
            if (*c == '/') {
                *c = '.';
            }
        }
        svec before = {0}, after = {0};
        for (size_t i = 0; i < f->n_files; i++) {
            FFile *x = &f->files[i];
            if (x->root != (int)k) {
                continue;
            }
            sv_add(&before, x->rel);
            sv_add(&after, x->out);
            p->files_before++;
            p->files_after++;
            p->bytes_before += x->before_len;
            p->bytes_after += x->result_len;
            p->sectors_before += sectors_of(x->before_len);
            p->sectors_after += sectors_of(x->result_len);
        }
        /* a subpackage flattened alone still has its parent's folders: count only its own */
        size_t parent_dirs = 0;
        for (const char *c = f->roots.v[k]; *c; c++) {
            parent_dirs += *c == '/';
        }
        size_t dirs_before = count_dirs(&before), dirs_after = count_dirs(&after);
        p->sectors_before += dirs_before > parent_dirs ? dirs_before - parent_dirs : 0;
        p->sectors_after += dirs_after > parent_dirs ? dirs_after - parent_dirs : 0;
        sv_free(&before);
        sv_free(&after);
    }
}

static bool write_out(Flat *f, const char *rel, const unsigned char *data, size_t len) {
    char *path = path_join(f->req->out_dir, rel);
    char *dir = path_dir(path);
    bool ok = mkdir_p(dir) && write_file_atomic(path, data, len);
    if (!ok) {
        add_error(f, "%s: cannot write: %s", path, strerror(errno));
    }
    free(dir);
    free(path);
    return ok;
}

int flatten_library(const flatten_request *req, flatten_report *rep) {
    memset(rep, 0, sizeof *rep);
    Flat f = {.req = req};
    int status = 0;
    svec all = {0};
    typedef struct {
        char *name;
        unsigned char *text;
        size_t len;
    } UserOut;
    UserOut *users = xcalloc(req->n_user_files ? req->n_user_files : 1, sizeof *users);
    mpyc_options base;
    mpyc_options_init(&base, req->target);
    base.stack_budget = mpyc_main_stack_budget();   /* compiled on this thread */
    base.opt_level = req->opt_level;

    if (!is_dir(req->lib_dir)) {
        add_error(&f, "%s: not a folder", req->lib_dir);
        status = 2;
        goto done;
    }
    walk_files(req->lib_dir, "", &all);
    for (size_t i = 0; i < all.n; i++) {
        if (skipped_path(all.v[i])) {
            free(all.v[i]);
            all.v[i] = all.v[--all.n];
            i--;
        }
    }
    sv_sort(&all);
    if (!choose_roots(&f, &all)) {
        status = 2;
        goto done;
    }
    f.files = xcalloc(all.n ? all.n : 1, sizeof *f.files);
    for (size_t i = 0; i < all.n; i++) {
        FFile *x = &f.files[f.n_files];
        x->rel = xstrdup(all.v[i]);
        x->root = root_of(&f, x->rel);
        x->is_py = ends_with(x->rel, ".py");
        if (x->is_py) {
            x->dotted = dotted_of(x->rel, &x->is_init);
            if (x->dotted == NULL) { /* a stray __init__.py at the top: not a module */
                free(x->rel);
                continue;
            }
        }
        char *full = path_join(req->lib_dir, x->rel);
        if (!read_file(full, &x->data, &x->len)) {
            add_error(&f, "%s: cannot read: %s", full, strerror(errno));
            status = 2;
        }
        free(full);
        f.n_files++;
    }
    if (status != 0) {
        goto done;
    }
    if (!plan(&f)) {
        status = 1;
        goto done;
    }
    find_init_names(&f, &base);
    compile_all(&f, &base);

    /* the user's files: the same source, with the imports rewritten */
    mpyc_imports user_im = {f.renames, f.n_renames, (const char *const *)f.init_names.v, f.init_names.n, NULL, false};
    for (size_t i = 0; i < req->n_user_files; i++) {
        unsigned char *src;
        size_t len;
        if (!read_file(req->user_files[i], &src, &len)) {
            add_error(&f, "%s: cannot read: %s", req->user_files[i], strerror(errno));
            status = 2;
            continue;
        }
        mpyc_options o = base;
        o.imports = &user_im;
        mpyc_result r = mpyc_rewrite_source((const char *)src, len, path_base(req->user_files[i]), &o);
        if (r.ok) {
            users[i].name = xstrdup(path_base(req->user_files[i]));
            users[i].text = r.mpy;
            users[i].len = r.mpy_len;
            r.mpy = NULL;
        } else {
            char *line = pack_report_line(req->user_files[i], r.report);
            add_error(&f, "%s", line);
            free(line);
        }
        mpyc_result_free(&r);
        free(src);
    }
    if (f.n_errors > 0) {
        status = status ? status : 1;
        goto done;
    }

    /* the report, then (only when all went well) the files */
    for (size_t i = 0; i < f.n_files; i++) {
        FFile *x = &f.files[i];
        char *pkg = x->root >= 0 ? xstrdup(f.roots.v[x->root]) : NULL;
        for (char *c = pkg; c && *c; c++) {
            if (*c == '/') {
                *c = '.';
            }
        }
        add_file(rep, x->rel, x->out, pkg, x->before_len, x->result_len);
        free(pkg);
    }
    for (size_t i = 0; i < req->n_user_files; i++) {
        add_file(rep, req->user_files[i], users[i].name, NULL, 0, users[i].len);
    }
    package_stats(&f, rep);
    if (req->out_dir != NULL) {
        if (!mkdir_p(req->out_dir)) {
            add_error(&f, "%s: cannot make the folder: %s", req->out_dir, strerror(errno));
            status = 2;
            goto done;
        }
        for (size_t i = 0; i < f.n_files && status == 0; i++) {
            if (!write_out(&f, f.files[i].out, f.files[i].result, f.files[i].result_len)) {
                status = 2;
            }
        }
        for (size_t i = 0; i < req->n_user_files && status == 0; i++) {
            if (!write_out(&f, users[i].name, users[i].text, users[i].len)) {
                status = 2;
            }
        }
    }

done:
    if (f.n_errors > 0) {
        rep->errors = sb_take(&f.errors);
        rep->n_errors = f.n_errors;
    }
    sb_free(&f.errors);
    if (f.notes.len > 0) {
        rep->notes = sb_take(&f.notes);
    }
    sb_free(&f.notes);
    for (size_t i = 0; i < f.n_files; i++) {
        FFile *x = &f.files[i];
        if (x->result != x->data) {
            free(x->result);
        }
        free(x->data);
        free(x->rel);
        free(x->dotted);
        free(x->out);
    }
    free(f.files);
    for (size_t i = 0; i < req->n_user_files; i++) {
        free(users[i].name);
        free(users[i].text);
    }
    free(users);
    free(f.renames);
    sv_free(&f.rename_strings);
    sv_free(&f.init_names);
    sv_free(&f.roots);
    sv_free(&all);
    return status;
}

/* ---- the command ---- */

static void usage(FILE *out) {
    fputs("usage: mpy-pack flatten LIB_DIR OUT_DIR [--package NAME]... [--user FILE.py]... [options]\n"
          "\n"
          "Compiles the library sources in LIB_DIR into OUT_DIR with modules taken out of their packages:\n"
          "P/__init__.py becomes P.mpy, P/x.py P_x.mpy, P/sub/y.py P_sub_y.mpy. Every import that names a\n"
          "moved module is rewritten while compiling, in the library and in the user files (which stay\n"
          "source: only their import statements change). Modules outside the flattened packages are\n"
          "compiled in place; other files are copied.\n"
          "\n"
          "options:\n"
          "  --package NAME    flatten this package (repeatable; default: every package in LIB_DIR\n"
          "                    that holds only Python sources)\n"
          "  --user FILE.py    a file that imports the library, e.g. code.py: written to OUT_DIR with\n"
          "                    its imports rewritten (repeatable)\n"
          "  --naming=prefix   P/x.py becomes P_x.mpy (the default)\n"
          "  --naming=leaf     P/x.py becomes x.mpy where no other module or built-in module is x\n"
          "  --target=T        circuitpython (default), circuitpython9 or micropython, as for mpy-cross\n"
          "  -O N, -ON         optimisation level, as for mpy-cross\n"
          "  -n, --dry-run     check and report, write nothing\n"
          "  -v, --verbose     list every file and its new name\n"
          "  -q, --quiet       no summary\n"
          "  -h, --help        this help\n"
          "\n"
          "An import whose meaning would change ('import P.x' used as P.x.attr, a name that P/__init__.py\n"
          "binds while P/x.py exists, a dynamic __import__) is an error naming file, line and reason,\n"
          "and then nothing is written. Exit status: 0 done, 1 such errors, 2 bad usage or I/O errors.\n",
          out);
}

int flatten_main(int argc, char **argv) {
    flatten_request req = {.target = MPYC_CIRCUITPYTHON};
    svec packages = {0}, users = {0}, positional = {0};
    bool dry = false, quiet = false;
    int verbose = 0;
    int status = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = NULL;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            goto out;
        } else if (strcmp(a, "--package") == 0 || strcmp(a, "--user") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "mpy-pack flatten: %s needs a value\n", a);
                status = 2;
                goto out;
            }
            v = argv[++i];
            sv_add(strcmp(a, "--package") == 0 ? &packages : &users, v);
        } else if (strncmp(a, "--package=", 10) == 0) {
            sv_add(&packages, a + 10);
        } else if (strncmp(a, "--user=", 7) == 0) {
            sv_add(&users, a + 7);
        } else if (strcmp(a, "--naming=prefix") == 0) {
            req.leaf_names = false;
        } else if (strcmp(a, "--naming=leaf") == 0) {
            req.leaf_names = true;
        } else if (strncmp(a, "--naming", 8) == 0) {
            fprintf(stderr, "mpy-pack flatten: --naming is prefix or leaf\n");
            status = 2;
            goto out;
        } else if (strncmp(a, "--target=", 9) == 0) {
            if (!pack_parse_target(a + 9, &req.target)) {
                status = 2;
                goto out;
            }
        } else if (strncmp(a, "-O", 2) == 0) {
            const char *n = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : "");
            if (n[0] < '0' || n[0] > '3' || n[1] != 0) {
                fprintf(stderr, "mpy-pack flatten: -O takes 0 to 3\n");
                status = 2;
                goto out;
            }
            req.opt_level = n[0] - '0';
        } else if (strcmp(a, "-n") == 0 || strcmp(a, "--dry-run") == 0) {
            dry = true;
        } else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
            verbose++;
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            quiet = true;
        } else if (a[0] == '-' && a[1] != 0) {
            fprintf(stderr, "mpy-pack flatten: unknown option '%s' (see --help)\n", a);
            status = 2;
            goto out;
        } else {
            sv_add(&positional, a);
        }
    }
    if (positional.n != 2) {
        fprintf(stderr, "usage: mpy-pack flatten LIB_DIR OUT_DIR [--package NAME]... [--user FILE.py]... (see --help)\n");
        status = 2;
        goto out;
    }
    req.lib_dir = positional.v[0];
    req.out_dir = dry ? NULL : positional.v[1];
    req.packages = (const char *const *)packages.v;
    req.n_packages = packages.n;
    req.user_files = (const char *const *)users.v;
    req.n_user_files = users.n;
    {
        char *a = path_abs(positional.v[0]), *b = path_abs(positional.v[1]);
        bool same = strcmp(a, b) == 0;
        free(a);
        free(b);
        if (same) {
            fprintf(stderr, "mpy-pack flatten: OUT_DIR must not be LIB_DIR\n");
            status = 2;
            goto out;
        }
    }
    flatten_report rep;
    status = flatten_library(&req, &rep);
    if (rep.errors != NULL) {
        fputs(rep.errors, stderr);
    }
    if (rep.notes != NULL) {
        fputs(rep.notes, stderr);
    }
    if (status == 0 && !quiet) {
        if (verbose) {
            for (size_t i = 0; i < rep.n_files; i++) {
                printf("  %-44s -> %s\n", rep.files[i].source, rep.files[i].output);
            }
        }
        printf("%-32s %15s %21s\n", "", "files", "CIRCUITPY sectors");
        printf("%-32s %7s %7s %10s %10s %9s\n", "package", "before", "after", "before", "after", "saved");
        uint64_t saved_total = 0;
        for (size_t k = 0; k < rep.n_packages; k++) {
            flatten_package *p = &rep.packages[k];
            int64_t saved = (int64_t)p->sectors_before - (int64_t)p->sectors_after;
            saved_total += saved > 0 ? (uint64_t)saved : 0;
            printf("%-32s %7zu %7zu %10llu %10llu %9lld\n", p->name, p->files_before, p->files_after,
                   (unsigned long long)p->sectors_before, (unsigned long long)p->sectors_after, (long long)saved);
        }
        printf("%zu package%s flattened, %llu CIRCUITPY sectors (%llu bytes) saved; %zu files %s %s\n",
               rep.n_packages, rep.n_packages == 1 ? "" : "s", (unsigned long long)saved_total,
               (unsigned long long)saved_total * 512, rep.n_files, dry ? "checked, nothing written to" : "written to",
               positional.v[1]);
    } else if (status == 1) {
        fprintf(stderr, "mpy-pack flatten: %zu problem%s: nothing written\n", rep.n_errors, rep.n_errors == 1 ? "" : "s");
    }
    flatten_report_free(&rep);
out:
    sv_free(&packages);
    sv_free(&users);
    sv_free(&positional);
    return status;
}
