/* bundle.c: mpy-pack bundle: the library bundles of circuitpython-build-bundles (zips of sources,
   of .mpy files for CircuitPython 9.x and 10.x, of examples, and the JSON), built in one process:
   every library is read, described by git, munged and compiled on all cores, and each zip is
   deflated on a core of its own. */
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fsutil.h"
#include "git.h"
#include "library.h"
#include "pack.h"
#include "version.h"
#include "zip.h"

/* ---- what gets built ---- */

enum { K_PY, K_MPY9, K_MPY10, K_EXAMPLES, K_COUNT };

static const struct {
    const char *what;       /* the --only/--ignore word */
    const char *infix;      /* between PREFIX- and -VERSION.zip */
    bool compiled;
    mpyc_target target;
} kinds[K_COUNT] = {
    [K_PY] = {"py", "py", false, MPYC_CIRCUITPYTHON},
    [K_MPY9] = {"mpy", "9.x-mpy", true, MPYC_CIRCUITPYTHON9},
    [K_MPY10] = {"mpy", "10.x-mpy", true, MPYC_CIRCUITPYTHON},
    [K_EXAMPLES] = {"example", "examples", false, MPYC_CIRCUITPYTHON},
};

static const char *const all_parts[] = {"py", "mpy", "example", "json"};
#define N_PARTS 4
#define ZIP_LEVEL 6 /* Python's zipfile deflates at zlib's default level */

typedef struct {
    char *rel;              /* relative to the library folder */
    unsigned char *data;    /* as read */
    size_t len;
    unsigned char *munged;  /* lib .py files: the version put in, lines ended by LF */
    size_t munged_len;
    unsigned char *mpy[2];  /* compiled for 9.x and 10.x (NULL: none) */
    size_t mpy_len[2];
    char *error[2];         /* the compile error, as FILE:LINE: MESSAGE */
} LFile;

typedef struct {
    char *path;             /* absolute */
    char *shown;            /* as the user named it */
    const char *name;       /* the folder name (inside path) */
    lib_layout layout;
    bool layout_ok;
    char *error;            /* the first problem: the library is left out */
    LFile *files;           /* lib_files */
    size_t n_files;
    LFile *examples;
    size_t n_examples;
    LFile *reqs;
    size_t n_reqs;
    bool have_git;
    describe_info desc;
    char *version;
    char *describe_text;
    char *remote_url;
    char *pypi_name;
    char *repo;
    int spawned;
    atomic_int jobs_left;
} Lib;

typedef struct {
    /* options */
    const char *prefix;
    const char *out_dir;
    const char *location;
    int depth;
    svec prefixes;
    const char *remote;
    bool want[N_PARTS];
    bool reproducible;
    int jobs;
    int verbose;
    bool quiet;
    /* state */
    Lib *libs;
    size_t n_libs;
    char *bundle_version;
    time_t mtime;
    munge_re *munge;
    bool url_rewrites;
    /* progress */
    pthread_mutex_t lock;
    bool tty;
    const char *phase;
    size_t done, total;
    double last_draw;
} Bundle;

/* ---- progress on a terminal ---- */

static void progress_start(Bundle *b, const char *phase, size_t total) {
    pthread_mutex_lock(&b->lock);
    b->phase = phase;
    b->done = 0;
    b->total = total;
    b->last_draw = 0;
    pthread_mutex_unlock(&b->lock);
}

static void progress_step(Bundle *b) {
    pthread_mutex_lock(&b->lock);
    b->done++;
    double now = now_seconds();
    if (b->tty && !b->quiet && (now - b->last_draw > 0.05 || b->done == b->total)) {
        fprintf(stderr, "\r\033[K%s: %zu/%zu libraries", b->phase, b->done, b->total);
        b->last_draw = now;
    }
    pthread_mutex_unlock(&b->lock);
}

static void progress_end(Bundle *b) {
    if (b->tty && !b->quiet) {
        fputs("\r\033[K", stderr);
    }
}

/* ---- options ---- */

static void usage(FILE *out) {
    fputs("usage: mpy-pack bundle --filename_prefix PREFIX --library_location DIR [options]\n"
          "\n"
          "Builds the library bundles that circuitpython-build-bundles builds, in one process:\n"
          "  PREFIX-py-VERSION.zip        the sources, __version__ filled in\n"
          "  PREFIX-9.x-mpy-VERSION.zip   compiled for CircuitPython 9.x\n"
          "  PREFIX-10.x-mpy-VERSION.zip  compiled for CircuitPython 10.2 and later\n"
          "  PREFIX-examples-VERSION.zip  the examples\n"
          "  PREFIX-VERSION.json          what each library is, needs and where it comes from\n"
          "  z-build_tools_version-V.ignore\n"
          "VERSION is the bundle repository's (the current folder's) git tag or commit.\n"
          "\n"
          "options (each also spelled with '-' for '_'):\n"
          "  --filename_prefix PREFIX        start of every output name (required)\n"
          "  --library_location DIR          where the libraries are (required)\n"
          "  --library_depth N               folder depth of the libraries below DIR (default 0: DIR is one)\n"
          "  --package_folder_prefix P       package folder prefixes, \", \"-separated (default adafruit_)\n"
          "  --output_directory DIR          where the bundles go (default bundles)\n"
          "  --remote_name NAME              git remote giving each library's repository (default origin)\n"
          "  -o, --only PART                 build only PART: py, mpy, example or json (repeatable)\n"
          "  -i, --ignore PART               do not build PART (repeatable)\n"
          "  --reproducible                  fixed dates (SOURCE_DATE_EPOCH, else the bundle's last commit):\n"
          "                                  two builds of the same sources are byte-identical\n"
          "  -j, --jobs N                    threads (default: one per processor)\n"
          "  -q, --quiet                     no progress and no summary\n"
          "  -v, --verbose                   more detail per library\n"
          "  -h, --help                      this help\n"
          "\n"
          "A library that fails (a compile error, a bad layout) is named with the file and line; the\n"
          "others are bundled and the exit status is 1. Zips are written whole or not at all.\n",
          out);
}

/* Matches --name / --name=value with '-' and '_' alike; *value set when the option takes one. */
static bool opt_match(const char *arg, const char *name, bool takes_value, int *i, int argc, char **argv,
                      const char **value, bool *bad) {
    if (strncmp(arg, "--", 2) != 0) {
        return false;
    }
    const char *a = arg + 2;
    size_t n = strlen(name);
    for (size_t k = 0; k < n; k++) {
        char c = a[k] == '-' ? '_' : a[k];
        if (c != name[k]) {
            return false;
        }
    }
    if (a[n] == '=') {
        if (!takes_value) {
            fprintf(stderr, "mpy-pack bundle: --%s takes no value\n", name);
            *bad = true;
            return true;
        }
        *value = a + n + 1;
        return true;
    }
    if (a[n] != 0) {
        return false;
    }
    if (takes_value) {
        if (*i + 1 >= argc) {
            fprintf(stderr, "mpy-pack bundle: --%s needs a value\n", name);
            *bad = true;
            return true;
        }
        *value = argv[++*i];
    }
    return true;
}

static int part_index(const char *w) {
    for (int k = 0; k < N_PARTS; k++) {
        if (strcmp(w, all_parts[k]) == 0) {
            return k;
        }
    }
    return -1;
}

/* 0 ok, 2 usage error, -1 help shown */
static int parse_options(Bundle *b, int argc, char **argv) {
    bool only[N_PARTS] = {0}, ignore[N_PARTS] = {0}, any_only = false, any_ignore = false;
    const char *pfx = "adafruit_";
    b->out_dir = "bundles";
    b->remote = "origin";
    b->jobs = cpu_count();
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        bool bad = false;
        if (strcmp(a, "-h") == 0 || opt_match(a, "help", false, &i, argc, argv, &v, &bad)) {
            usage(stdout);
            return -1;
        } else if (opt_match(a, "filename_prefix", true, &i, argc, argv, &v, &bad)) {
            b->prefix = v;
        } else if (opt_match(a, "output_directory", true, &i, argc, argv, &v, &bad)) {
            b->out_dir = v;
        } else if (opt_match(a, "library_location", true, &i, argc, argv, &v, &bad)) {
            b->location = v;
        } else if (opt_match(a, "library_depth", true, &i, argc, argv, &v, &bad)) {
            char *end;
            if (!bad) {
                long d = strtol(v, &end, 10);
                if (*v == 0 || *end != 0 || d < 0 || d > 64) {
                    fprintf(stderr, "mpy-pack bundle: --library_depth: '%s' is not a depth\n", v);
                    return 2;
                }
                b->depth = (int)d;
            }
        } else if (opt_match(a, "package_folder_prefix", true, &i, argc, argv, &v, &bad)) {
            pfx = v;
        } else if (opt_match(a, "remote_name", true, &i, argc, argv, &v, &bad)) {
            b->remote = v;
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "-i") == 0 || opt_match(a, "only", true, &i, argc, argv, &v, &bad) ||
                   opt_match(a, "ignore", true, &i, argc, argv, &v, &bad)) {
            bool is_only = strcmp(a, "-o") == 0 || strncmp(a + 2, "only", 4) == 0;
            if (a[1] != '-') {
                if (i + 1 >= argc) {
                    fprintf(stderr, "mpy-pack bundle: %s needs a value\n", a);
                    return 2;
                }
                v = argv[++i];
            }
            if (!bad) {
                int k = part_index(v);
                if (k < 0) {
                    fprintf(stderr, "mpy-pack bundle: %s: '%s' is not one of py, mpy, example, json\n",
                            is_only ? "--only" : "--ignore", v);
                    return 2;
                }
                if (is_only) {
                    only[k] = any_only = true;
                } else {
                    ignore[k] = any_ignore = true;
                }
            }
        } else if (opt_match(a, "reproducible", false, &i, argc, argv, &v, &bad)) {
            b->reproducible = true;
        } else if (strcmp(a, "-j") == 0 || opt_match(a, "jobs", true, &i, argc, argv, &v, &bad)) {
            if (a[1] != '-') {
                if (i + 1 >= argc) {
                    fprintf(stderr, "mpy-pack bundle: -j needs a number\n");
                    return 2;
                }
                v = argv[++i];
            }
            if (!bad) {
                b->jobs = atoi(v);
                if (b->jobs < 1 || b->jobs > 256) {
                    fprintf(stderr, "mpy-pack bundle: --jobs: '%s' is not a thread count\n", v);
                    return 2;
                }
            }
        } else if (strcmp(a, "-q") == 0 || opt_match(a, "quiet", false, &i, argc, argv, &v, &bad)) {
            b->quiet = true;
        } else if (strcmp(a, "-v") == 0 || opt_match(a, "verbose", false, &i, argc, argv, &v, &bad)) {
            b->verbose++;
        } else {
            fprintf(stderr, "mpy-pack bundle: unknown option '%s' (see --help)\n", a);
            return 2;
        }
        if (bad) {
            return 2;
        }
    }
    if (b->prefix == NULL || b->location == NULL) {
        fprintf(stderr, "mpy-pack bundle: --filename_prefix and --library_location are required (see --help)\n");
        return 2;
    }
    if (any_only && any_ignore) {
        fprintf(stderr, "mpy-pack bundle: only specify one of --ignore / --only\n");
        return 2;
    }
    for (int k = 0; k < N_PARTS; k++) {
        b->want[k] = any_only ? only[k] : !ignore[k];
    }
    /* the prefixes are separated by ", " */
    const char *s = pfx;
    for (;;) {
        const char *sep = strstr(s, ", ");
        if (sep == NULL) {
            sv_add(&b->prefixes, s);
            break;
        }
        sv_push(&b->prefixes, xstrndup(s, (size_t)(sep - s)));
        s = sep + 2;
    }
    return 0;
}

/* ---- finding the libraries ---- */

static void find_libraries(const char *abs, const char *shown, int depth, svec *paths, svec *showns) {
    if (depth <= 0) {
        sv_add(paths, abs);
        sv_add(showns, shown);
        return;
    }
    svec names = {0};
    list_dir(abs, &names);
    for (size_t i = 0; i < names.n; i++) {
        if (names.v[i][0] == '.') {
            continue; /* .git and other hidden folders are not libraries */
        }
        char *p = path_join(abs, names.v[i]);
        if (is_dir(p)) {
            char *s = path_join(shown, names.v[i]);
            find_libraries(p, s, depth - 1, paths, showns);
            free(s);
        }
        free(p);
    }
    sv_free(&names);
}

static void set_error(Lib *l, char *msg) {
    if (l->error == NULL) {
        l->error = msg;
    } else {
        free(msg);
    }
}

static bool load_files(Lib *l, const svec *rels, LFile **out, size_t *n) {
    *n = rels->n;
    *out = xcalloc(rels->n ? rels->n : 1, sizeof **out);
    for (size_t i = 0; i < rels->n; i++) {
        LFile *f = &(*out)[i];
        f->rel = xstrdup(rels->v[i]);
        char *full = path_join(l->path, rels->v[i]);
        if (!read_file(full, &f->data, &f->len)) {
            set_error(l, xasprintf("%s: cannot read: %s", rels->v[i], strerror(errno)));
            free(full);
            return false;
        }
        free(full);
    }
    return true;
}

/* Phase 1, per library: its layout and the bytes of every file it contributes. */
static void scan_job(void *ctx, size_t i) {
    Bundle *b = ctx;
    Lib *l = &b->libs[i];
    char *err = NULL;
    if (!library_layout(l->path, (const char *const *)b->prefixes.v, b->prefixes.n, &l->layout, &err)) {
        set_error(l, err);
    } else {
        l->layout_ok = true;
        bool need_lib = b->want[0] || b->want[1];
        if (need_lib) {
            load_files(l, &l->layout.lib_files, &l->files, &l->n_files);
        }
        if (b->want[0] || b->want[1] || b->want[2]) {
            load_files(l, &l->layout.example_files, &l->examples, &l->n_examples);
        }
        load_files(l, &l->layout.req_files, &l->reqs, &l->n_reqs);
    }
    progress_step(b);
}

/* Phase 2, per library: its version and repository from git, then the munged sources. */
static void git_job(void *ctx, size_t i) {
    Bundle *b = ctx;
    Lib *l = &b->libs[i];
    char *err = NULL;
    if (git_describe(l->path, &l->desc, &err, &l->spawned)) {
        l->have_git = true;
        l->version = version_of_library(&l->desc);
        l->describe_text = version_describe_text(&l->desc);
    } else {
        set_error(l, err);
    }
    l->remote_url = git_remote_url(l->path, b->remote, b->url_rewrites, &l->spawned);
    if (l->remote_url != NULL) {
        l->repo = repo_of_url(l->remote_url);
        l->pypi_name = pypi_name_of_url(l->remote_url);
    }
    for (size_t k = 0; l->have_git && k < l->n_files; k++) {
        LFile *f = &l->files[k];
        size_t n = strlen(f->rel);
        if (n >= 3 && strcmp(f->rel + n - 3, ".py") == 0 && f->data != NULL) {
            if (!munge_source(b->munge, f->data, f->len, l->version, &f->munged, &f->munged_len)) {
                set_error(l, xasprintf("%s/%s: not UTF-8 text", l->shown, f->rel));
            }
        }
    }
    progress_step(b);
}

/* ---- compiling ---- */

typedef struct {
    uint32_t lib, file, target;
} CJob;

typedef struct {
    Bundle *b;
    CJob *jobs;
} CompileCtx;

static void compile_job(void *ctx, size_t i) {
    CompileCtx *c = ctx;
    CJob *j = &c->jobs[i];
    Lib *l = &c->b->libs[j->lib];
    LFile *f = &l->files[j->file];
    mpyc_options opt;
    mpyc_options_init(&opt, kinds[j->target == 0 ? K_MPY9 : K_MPY10].target);
    mpyc_result r = mpyc_compile((const char *)f->munged, f->munged_len, f->rel, &opt);
    if (r.ok) {
        f->mpy[j->target] = r.mpy;
        f->mpy_len[j->target] = r.mpy_len;
        r.mpy = NULL;
    } else {
        char *file = path_join(l->shown, f->rel);
        f->error[j->target] = pack_report_line(file, r.report);
        free(file);
    }
    mpyc_result_free(&r);
    if (atomic_fetch_sub(&l->jobs_left, 1) == 1) {
        progress_step(c->b);
    }
}

/* ---- the zips ---- */

typedef struct {
    char *name;
    const unsigned char *data;
    size_t len;
} Entry;

typedef struct {
    Entry *v;
    size_t n, cap;
} Entries;

static void add_entry(Entries *e, char *name, const unsigned char *data, size_t len) {
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 64;
        e->v = xrealloc(e->v, e->cap * sizeof *e->v);
    }
    /* the reference turns '-' into '_' in file names (not in folder names) */
    char *base = (char *)path_base(name);
    for (char *c = base; *c; c++) {
        if (*c == '-') {
            *c = '_';
        }
    }
    e->v[e->n++] = (Entry){name, data, len};
}

static int cmp_entry(const void *a, const void *b) {
    return strcmp(((const Entry *)a)->name, ((const Entry *)b)->name);
}

typedef struct {
    char *zip_name;        /* file name in the output folder */
    Entries entries;
    unsigned char *zip;
    size_t zip_len;
    char *error;
    uint64_t sectors;
    uint64_t bytes;        /* uncompressed */
    bool wanted;
} Zip;

/* Python's str.replace(old, new), every occurrence. */
static char *replace_all(const char *s, const char *old, const char *new) {
    sbuf b = {0};
    size_t ol = strlen(old);
    for (;;) {
        const char *hit = strstr(s, old);
        if (hit == NULL) {
            sb_adds(&b, s);
            break;
        }
        sb_add(&b, s, (size_t)(hit - s));
        sb_adds(&b, new);
        s = hit + ol;
    }
    return sb_take(&b);
}

static char *with_mpy_suffix(const char *rel) {
    size_t n = strlen(rel);
    return xasprintf("%.*s.mpy", (int)(n - 3), rel);
}

static void collect_entries(const Bundle *b, int kind, Zip *z, const unsigned char *readme, size_t readme_len,
                            const char *versions, size_t versions_len) {
    /* top folder: the zip's name without ".zip" */
    char *top = replace_all(z->zip_name, ".zip", "");
    /* examples go to the lib folder's path with "/lib" made "/" (the reference's way) */
    char *lib_path = xasprintf("/%s/lib", top);
    char *ex_base = replace_all(lib_path, "/lib", "/");
    const char *ex_top = ex_base + 1;
    bool multiple = b->n_libs > 1;
    if (multiple) {
        if (readme != NULL) {
            add_entry(&z->entries, xasprintf("%s/README.txt", top), readme, readme_len);
        }
        add_entry(&z->entries, xasprintf("%s/VERSIONS.txt", top), (const unsigned char *)versions, versions_len);
    }
    for (size_t i = 0; i < b->n_libs; i++) {
        const Lib *l = &b->libs[i];
        if (l->error != NULL) {
            continue;
        }
        if (kind != K_EXAMPLES) {
            for (size_t k = 0; k < l->n_files; k++) {
                const LFile *f = &l->files[k];
                if (f->munged == NULL) {
                    add_entry(&z->entries, xasprintf("%s/lib/%s", top, f->rel), f->data, f->len);
                } else if (kinds[kind].compiled && f->munged_len > 0) {
                    int t = kind == K_MPY9 ? 0 : 1;
                    char *rel = with_mpy_suffix(f->rel);
                    add_entry(&z->entries, xasprintf("%s/lib/%s", top, rel), f->mpy[t], f->mpy_len[t]);
                    free(rel);
                } else {
                    add_entry(&z->entries, xasprintf("%s/lib/%s", top, f->rel), f->munged, f->munged_len);
                }
            }
            if (l->layout.module_name != NULL) {
                for (size_t k = 0; k < l->n_reqs; k++) {
                    const LFile *f = &l->reqs[k];
                    add_entry(&z->entries, xasprintf("%s/requirements/%s/%s", top, l->layout.module_name, f->rel),
                              f->data, f->len);
                }
            }
        }
        for (size_t k = 0; k < l->n_examples; k++) {
            const LFile *f = &l->examples[k];
            /* examples/REST becomes examples/LIBRARY_FOLDER/REST */
            add_entry(&z->entries, xasprintf("%sexamples/%s/%s", ex_top, l->name, f->rel + strlen("examples/")),
                      f->data, f->len);
        }
    }
    qsort(z->entries.v, z->entries.n, sizeof *z->entries.v, cmp_entry);
    /* CIRCUITPY space: whole sectors per file, one per folder */
    svec dirs = {0};
    for (size_t i = 0; i < z->entries.n; i++) {
        z->sectors += sectors_of(z->entries.v[i].len);
        z->bytes += z->entries.v[i].len;
        char *d = path_dir(z->entries.v[i].name);
        while (strcmp(d, ".") != 0 && !sv_has(&dirs, d)) {
            sv_add(&dirs, d);
            char *up = path_dir(d);
            free(d);
            d = up;
        }
        free(d);
    }
    z->sectors += dirs.n;
    sv_free(&dirs);
    free(ex_base);
    free(lib_path);
    free(top);
}

typedef struct {
    Bundle *b;
    Zip *zips;
    const char *comment;
} ZipCtx;

static void zip_job(void *ctx, size_t i) {
    ZipCtx *c = ctx;
    Zip *z = &c->zips[i];
    if (!z->wanted) {
        return;
    }
    zip_entry *ze = xcalloc(z->entries.n ? z->entries.n : 1, sizeof *ze);
    for (size_t k = 0; k < z->entries.n; k++) {
        ze[k] = (zip_entry){z->entries.v[k].name, z->entries.v[k].data, z->entries.v[k].len};
    }
    if (!zip_build(ze, z->entries.n, c->b->mtime, ZIP_LEVEL, c->comment, &z->zip, &z->zip_len, &z->error)) {
        z->zip = NULL;
    }
    free(ze);
}

/* ---- the JSON ---- */

/* jansson writes \u00E9 and leaves DEL alone; Python's json writes \u00e9 and \u007f. */
static char *python_json_style(const char *s) {
    sbuf b = {0};
    for (const char *p = s; *p; p++) {
        if (*p == '\\' && p[1] == 'u') {
            sb_add(&b, p, 2);
            p += 2;
            for (int k = 0; k < 4 && *p; k++, p++) {
                sb_addc(&b, (char)(*p >= 'A' && *p <= 'F' ? *p - 'A' + 'a' : *p));
            }
            p--;
        } else if (*p == '\\') {
            sb_add(&b, p, 2);
            p++;
        } else if (*p == 0x7f) {
            sb_adds(&b, "\\u007f");
        } else {
            sb_addc(&b, *p);
        }
    }
    return sb_take(&b);
}

static json_t *sorted_array(svec *v) {
    sv_sort(v);
    json_t *a = json_array();
    for (size_t i = 0; i < v->n; i++) {
        if (i > 0 && strcmp(v->v[i], v->v[i - 1]) == 0) {
            continue;
        }
        json_array_append_new(a, json_string(v->v[i]));
    }
    return a;
}

static char *build_json(const Bundle *b) {
    /* pip name -> library (a later library with the same pip name wins, as in the reference) */
    size_t n = b->n_libs;
    const Lib **by_pypi = xcalloc(n ? n : 1, sizeof *by_pypi);
    size_t n_pypi = 0;
    for (size_t i = 0; i < n; i++) {
        const Lib *l = &b->libs[i];
        if (!l->layout_ok || l->layout.module_name == NULL || l->pypi_name == NULL) {
            continue;
        }
        size_t k = 0;
        while (k < n_pypi && strcmp(by_pypi[k]->pypi_name, l->pypi_name) != 0) {
            k++;
        }
        by_pypi[k] = l;
        if (k == n_pypi) {
            n_pypi++;
        }
    }
    json_t *root = json_object();
    for (size_t i = 0; i < n_pypi; i++) {
        const Lib *l = by_pypi[i];
        if (l->error != NULL) {
            continue;
        }
        svec deps = {0}, ext = {0};
        for (size_t k = 0; k < l->n_reqs; k++) {
            if (strcmp(l->reqs[k].rel, "requirements.txt") != 0) {
                continue;
            }
            svec names = {0};
            requirements_names((const char *)l->reqs[k].data, l->reqs[k].len, &names);
            for (size_t r = 0; r < names.n; r++) {
                char *norm = normalize_dist_name(names.v[r]);
                const Lib *dep = NULL;
                for (size_t q = 0; q < n_pypi; q++) {
                    if (strcmp(by_pypi[q]->pypi_name, norm) == 0) {
                        dep = by_pypi[q];
                    }
                }
                if (dep != NULL) {
                    sv_add(&deps, dep->layout.module_name);
                } else if (!is_blinka_library(norm)) {
                    sv_add(&ext, names.v[r]);
                }
                free(norm);
            }
            sv_free(&names);
        }
        json_t *o = json_object();
        json_object_set_new(o, "package", json_boolean(l->layout.is_package));
        json_object_set_new(o, "pypi_name", json_string(l->pypi_name));
        json_object_set_new(o, "version", json_string(l->version));
        json_object_set_new(o, "repo", json_string(l->repo));
        char *path = xasprintf("lib/%s", l->layout.module_name);
        json_object_set_new(o, "path", json_string(path));
        free(path);
        json_object_set_new(o, "dependencies", sorted_array(&deps));
        json_object_set_new(o, "external_dependencies", sorted_array(&ext));
        json_object_set_new(o, "pypi_description", json_string(l->layout.description));
        json_object_set_new(root, l->layout.module_name, o);
        sv_free(&deps);
        sv_free(&ext);
    }
    free(by_pypi);
    char *raw = json_dumps(root, JSON_SORT_KEYS | JSON_ENSURE_ASCII);
    json_decref(root);
    char *out = python_json_style(raw ? raw : "{}");
    free(raw);
    return out;
}

/* ---- VERSIONS.txt ---- */

/* os.path.commonpath of the libraries */
static char *common_path(const Bundle *b) {
    char *common = xstrdup(b->libs[0].path);
    for (size_t i = 1; i < b->n_libs; i++) {
        const char *p = b->libs[i].path;
        size_t n = 0, last = 0;
        while (common[n] && common[n] == p[n]) {
            if (common[n] == '/') {
                last = n;
            }
            n++;
        }
        if (common[n] == 0 && (p[n] == '/' || p[n] == 0)) {
            continue;
        }
        if (p[n] == 0 && common[n] == '/') {
            common[n] = 0;
            continue;
        }
        common[last == 0 ? 1 : last] = 0;
    }
    return common;
}

/* The bundle version, then for every checked-out submodule below the libraries' common folder
   (in index order, as `git submodule foreach` visits them) its release page: what the reference
   gets from `git submodule foreach "git remote get-url origin && git describe --tags"`. */
static char *build_versions(Bundle *b) {
    sbuf s = {0};
    sb_addf(&s, "%s\r\n", b->bundle_version);
    char *common = common_path(b);
    const char *args[] = {"ls-files", "--stage", "-z", NULL};
    char *out = git_run(common, args);
    if (out == NULL) {
        fprintf(stderr, "mpy-pack bundle: warning: cannot list the submodules of %s: VERSIONS.txt names no library\n",
                common);
        free(common);
        return sb_take(&s);
    }
    for (const char *e = out; *e; e += strlen(e) + 1) {
        const char *tab = strchr(e, '\t');
        if (strncmp(e, "160000 ", 7) != 0 || tab == NULL) {
            continue;
        }
        char *dir = path_join(common, tab + 1);
        char *dotgit = path_join(dir, ".git");
        bool populated = is_dir(dotgit) || is_file(dotgit);
        free(dotgit);
        if (!populated) {
            free(dir);
            continue;
        }
        const Lib *lib = NULL;
        for (size_t i = 0; i < b->n_libs; i++) {
            if (strcmp(b->libs[i].path, dir) == 0) {
                lib = &b->libs[i];
            }
        }
        char *url = NULL, *describe = NULL;
        if (lib != NULL) {
            url = lib->remote_url ? xstrdup(lib->remote_url) : NULL;
            describe = lib->describe_text ? xstrdup(lib->describe_text) : NULL;
        } else {
            int spawned = 0;
            url = git_remote_url(dir, b->remote, b->url_rewrites, &spawned);
            describe_info d;
            char *err = NULL;
            if (git_describe(dir, &d, &err, &spawned)) {
                describe = version_describe_text(&d);
                describe_free(&d);
            }
            free(err);
        }
        if (url == NULL || describe == NULL) {
            fprintf(stderr, "mpy-pack bundle: warning: submodule %s has no remote '%s' or no version: not in VERSIONS.txt\n",
                    tab + 1, b->remote);
        } else {
            char *repo = versions_repo_of_url(url);
            sb_addf(&s, "%s/releases/tag/%s\r\n", repo, describe);
            free(repo);
        }
        free(url);
        free(describe);
        free(dir);
    }
    free(out);
    free(common);
    return sb_take(&s);
}

/* ---- the command ---- */

static void free_files(LFile *f, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free(f[i].rel);
        free(f[i].data);
        free(f[i].munged);
        for (int t = 0; t < 2; t++) {
            free(f[i].mpy[t]);
            free(f[i].error[t]);
        }
    }
    free(f);
}

static void free_bundle(Bundle *b) {
    for (size_t i = 0; i < b->n_libs; i++) {
        Lib *l = &b->libs[i];
        free(l->path);
        free(l->shown);
        lib_layout_free(&l->layout);
        free(l->error);
        free_files(l->files, l->n_files);
        free_files(l->examples, l->n_examples);
        free_files(l->reqs, l->n_reqs);
        describe_free(&l->desc);
        free(l->version);
        free(l->describe_text);
        free(l->remote_url);
        free(l->pypi_name);
        free(l->repo);
    }
    free(b->libs);
    free(b->bundle_version);
    sv_free(&b->prefixes);
    munge_pattern_free(b->munge);
    pthread_mutex_destroy(&b->lock);
}

static void human_bytes(char *out, size_t n, uint64_t v) {
    if (v >= 10 * 1024 * 1024) {
        snprintf(out, n, "%.1f MiB", (double)v / (1024.0 * 1024.0));
    } else if (v >= 10 * 1024) {
        snprintf(out, n, "%.1f KiB", (double)v / 1024.0);
    } else {
        snprintf(out, n, "%llu B", (unsigned long long)v);
    }
}

int bundle_main(int argc, char **argv) {
    double t_start = now_seconds();
    Bundle b = {0};
    pthread_mutex_init(&b.lock, NULL);
    b.tty = isatty(2);
    int rc = parse_options(&b, argc, argv);
    if (rc != 0) {
        free_bundle(&b);
        return rc < 0 ? 0 : rc;
    }
    int status = 0;
    b.munge = munge_pattern();
    if (b.munge == NULL) {
        fprintf(stderr, "mpy-pack bundle: PCRE2 could not compile the version pattern\n");
        free_bundle(&b);
        return 2;
    }
    if (!is_dir(b.location)) {
        fprintf(stderr, "mpy-pack bundle: %s: not a folder\n", b.location);
        free_bundle(&b);
        return 2;
    }

    /* dates: fixed for reproducible builds (and in UTC, as zip dates have no zone) */
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde != NULL && *sde) {
        b.reproducible = true;
        b.mtime = (time_t)strtoll(sde, NULL, 10);
    } else if (b.reproducible) {
        long long t = git_head_time(".");
        b.mtime = t > 0 ? (time_t)t : (time_t)315532800; /* else 1980-01-01 */
    } else {
        b.mtime = time(NULL);
    }
    if (b.reproducible) {
        setenv("TZ", "UTC0", 1);
        tzset();
    }
    b.url_rewrites = git_config_rewrites_urls();

    /* the bundle's own version */
    double t0 = now_seconds();
    describe_info bd;
    char *err = NULL;
    int spawned = 0;
    if (!git_describe(".", &bd, &err, &spawned)) {
        fprintf(stderr, "mpy-pack bundle: the bundle version comes from git: %s\n", err);
        free(err);
        free_bundle(&b);
        return 2;
    }
    b.bundle_version = version_of_bundle(&bd);
    describe_free(&bd);
    double t_git = now_seconds() - t0;

    /* the libraries */
    t0 = now_seconds();
    svec paths = {0}, showns = {0};
    char *abs = path_abs(b.location);
    find_libraries(abs, b.location, b.depth, &paths, &showns);
    free(abs);
    b.n_libs = paths.n;
    b.libs = xcalloc(b.n_libs ? b.n_libs : 1, sizeof *b.libs);
    for (size_t i = 0; i < b.n_libs; i++) {
        b.libs[i].path = paths.v[i];
        b.libs[i].shown = showns.v[i];
        b.libs[i].name = path_base(b.libs[i].path);
        paths.v[i] = showns.v[i] = NULL;
    }
    sv_free(&paths);
    sv_free(&showns);
    if (b.n_libs == 0) {
        fprintf(stderr, "mpy-pack bundle: no libraries in %s at depth %d\n", b.location, b.depth);
        free_bundle(&b);
        return 2;
    }
    if (!mkdir_p(b.out_dir)) {
        fprintf(stderr, "mpy-pack bundle: cannot make %s: %s\n", b.out_dir, strerror(errno));
        free_bundle(&b);
        return 2;
    }
    progress_start(&b, "reading", b.n_libs);
    run_parallel(b.n_libs, b.jobs, scan_job, &b);
    double t_read = now_seconds() - t0;

    t0 = now_seconds();
    progress_start(&b, "git", b.n_libs);
    run_parallel(b.n_libs, b.jobs, git_job, &b);
    for (size_t i = 0; i < b.n_libs; i++) {
        spawned += b.libs[i].spawned;
    }
    t_git += now_seconds() - t0;

    /* compiling: one job per file and target */
    t0 = now_seconds();
    size_t n_sources = 0;
    CompileCtx cc = {&b, NULL};
    size_t n_jobs = 0;
    if (b.want[1]) {
        for (size_t i = 0; i < b.n_libs; i++) {
            for (size_t k = 0; b.libs[i].error == NULL && k < b.libs[i].n_files; k++) {
                n_jobs += b.libs[i].files[k].munged_len > 0 ? 2 : 0;
            }
        }
        cc.jobs = xcalloc(n_jobs ? n_jobs : 1, sizeof *cc.jobs);
        n_jobs = 0;
        size_t pending_libs = 0;
        for (size_t i = 0; i < b.n_libs; i++) {
            int left = 0;
            for (size_t k = 0; b.libs[i].error == NULL && k < b.libs[i].n_files; k++) {
                if (b.libs[i].files[k].munged_len > 0) {
                    for (uint32_t t = 0; t < 2; t++) {
                        cc.jobs[n_jobs++] = (CJob){(uint32_t)i, (uint32_t)k, t};
                    }
                    left += 2;
                    n_sources++;
                }
            }
            atomic_init(&b.libs[i].jobs_left, left);
            pending_libs += left > 0;
        }
        progress_start(&b, "compiling", pending_libs);
        run_parallel(n_jobs, b.jobs, compile_job, &cc);
        /* a compile error takes the whole library out */
        for (size_t i = 0; i < b.n_libs; i++) {
            Lib *l = &b.libs[i];
            for (size_t k = 0; l->error == NULL && k < l->n_files; k++) {
                for (int t = 0; t < 2; t++) {
                    if (l->files[k].error[t] != NULL && l->error == NULL) {
                        l->error = xstrdup(l->files[k].error[t]);
                    }
                }
            }
        }
    }
    free(cc.jobs);
    double t_compile = now_seconds() - t0;
    progress_end(&b);

    /* report the failures */
    size_t n_failed = 0;
    for (size_t i = 0; i < b.n_libs; i++) {
        Lib *l = &b.libs[i];
        if (b.verbose) {
            for (size_t k = 0; k < l->layout.notes.n; k++) {
                fprintf(stderr, "%s: %s\n", l->shown, l->layout.notes.v[k]);
            }
        }
        if (l->error != NULL) {
            n_failed++;
            fprintf(stderr, "mpy-pack bundle: %s: %s\n", l->shown, l->error);
        } else if (l->remote_url == NULL && l->layout.module_name != NULL && b.want[3]) {
            fprintf(stderr, "mpy-pack bundle: warning: %s has no git remote '%s': left out of the JSON\n", l->shown,
                    b.remote);
        }
    }

    /* the zips, each deflated on a thread of its own */
    t0 = now_seconds();
    Zip zips[K_COUNT] = {0};
    unsigned char *readme = NULL;
    size_t readme_len = 0;
    if (b.n_libs > 1 && !read_file("README.txt", &readme, &readme_len)) {
        readme = NULL;
        if (b.want[0] || b.want[1] || b.want[2]) {
            fprintf(stderr, "mpy-pack bundle: warning: no README.txt in the current folder for the bundles\n");
        }
    }
    char *versions = build_versions(&b);
    for (int k = 0; k < K_COUNT; k++) {
        int part = k == K_PY ? 0 : k == K_EXAMPLES ? 2 : 1;
        zips[k].wanted = b.want[part];
        zips[k].zip_name = xasprintf("%s-%s-%s.zip", b.prefix, kinds[k].infix, b.bundle_version);
        if (zips[k].wanted) {
            collect_entries(&b, k, &zips[k], readme, readme_len, versions, strlen(versions));
        }
    }
    char *comment = xasprintf("{\"build-tools-version\": \"%s\"}", MPYC_VERSION);
    ZipCtx zc = {&b, zips, comment};
    run_parallel(K_COUNT, b.jobs, zip_job, &zc);
    double t_deflate = now_seconds() - t0;

    /* writing: the tool version file, the zips, the JSON */
    t0 = now_seconds();
    char *ignore_name = xasprintf("z-build_tools_version-%s.ignore", MPYC_VERSION);
    char *ignore_path = path_join(b.out_dir, ignore_name);
    if (!write_file_atomic(ignore_path, MPYC_VERSION, strlen(MPYC_VERSION))) {
        fprintf(stderr, "mpy-pack bundle: cannot write %s: %s\n", ignore_path, strerror(errno));
        status = 1;
    }
    free(ignore_path);
    free(ignore_name);
    for (int k = 0; k < K_COUNT; k++) {
        Zip *z = &zips[k];
        if (!z->wanted) {
            continue;
        }
        char *path = path_join(b.out_dir, z->zip_name);
        if (z->zip == NULL) {
            fprintf(stderr, "mpy-pack bundle: %s: %s\n", path, z->error ? z->error : "not built");
            status = 1;
        } else if (!write_file_atomic(path, z->zip, z->zip_len)) {
            fprintf(stderr, "mpy-pack bundle: cannot write %s: %s\n", path, strerror(errno));
            status = 1;
        }
        free(path);
    }
    char *json_name = xasprintf("%s-%s.json", b.prefix, b.bundle_version);
    uint64_t json_len = 0;
    if (b.want[3]) {
        char *json = build_json(&b);
        json_len = strlen(json);
        char *path = path_join(b.out_dir, json_name);
        if (!write_file_atomic(path, json, json_len)) {
            fprintf(stderr, "mpy-pack bundle: cannot write %s: %s\n", path, strerror(errno));
            status = 1;
        }
        free(path);
        free(json);
    }
    double t_write = now_seconds() - t0;
    double t_total = now_seconds() - t_start;

    /* the summary */
    size_t n_files = 0;
    for (size_t i = 0; i < b.n_libs; i++) {
        n_files += b.libs[i].n_files + b.libs[i].n_examples + b.libs[i].n_reqs;
    }
    if (!b.quiet) {
        printf("%-52s %7s %11s %11s %10s\n", "output", "files", "size", "zip", "CIRCUITPY");
        for (int k = 0; k < K_COUNT; k++) {
            Zip *z = &zips[k];
            if (!z->wanted || z->zip == NULL) {
                continue;
            }
            char sz[32], zz[32];
            human_bytes(sz, sizeof sz, z->bytes);
            human_bytes(zz, sizeof zz, z->zip_len);
            printf("%-52s %7zu %11s %11s %6llu sec\n", z->zip_name, z->entries.n, sz, zz,
                   (unsigned long long)z->sectors);
        }
        if (b.want[3]) {
            char js[32];
            human_bytes(js, sizeof js, json_len);
            printf("%-52s %7s %11s\n", json_name, "", js);
        }
        printf("libraries: %zu bundled, %zu failed; %zu files read, %zu sources compiled for 2 targets\n",
               b.n_libs - n_failed, n_failed, n_files, n_sources);
        printf("time: %.2f s (read %.2f, git %.2f [%d processes], compile %.2f, deflate %.2f, write %.2f) on %d "
               "threads\n",
               t_total, t_read, t_git, spawned, t_compile, t_deflate, t_write, b.jobs);
    }
    if (n_failed > 0) {
        status = 1;
        fprintf(stderr, "mpy-pack bundle: %zu of %zu libraries failed and were left out\n", n_failed, b.n_libs);
    }

    for (int k = 0; k < K_COUNT; k++) {
        for (size_t i = 0; i < zips[k].entries.n; i++) {
            free(zips[k].entries.v[i].name);
        }
        free(zips[k].entries.v);
        free(zips[k].zip);
        free(zips[k].zip_name);
        free(zips[k].error);
    }
    free(json_name);
    free(comment);
    free(versions);
    free(readme);
    free_bundle(&b);
    return status;
}
