/* cost.c: mpy-pack cost: what each import costs in RAM and flash, before it reaches the board.
   The inputs (.py and .mpy files, lib folders, bundle zips) become one library; each module is
   compiled for the target, read back, and costed by the model in py/mpy_cost.c: its own import
   with everything it imports already loaded, its whole import tree from nothing, and frozen.
   The savings (-O3, -X no-source-lines, flattening, freezing) are worked out by doing them. */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cost.h"
#include "opcodes.h"
#include "pack.h"

/* ==================================================================================
   Board presets: the heap a program has on a board, and where the figure comes from
   ================================================================================== */

static const struct {
    const char *name;
    long long bytes;
    const char *source;
} presets[] = {
    {"samd21", 32 * 1024,
     "SAMD21G18 (Circuit Playground Express, Trinket/Gemma M0, Feather M0): 32 KiB of SRAM in all "
     "(Microchip SAM D21 datasheet); the Python heap is what the firmware leaves of it, so this is an upper bound"},
    {"samd51", 192 * 1024,
     "SAMD51J19 (Feather/ItsyBitsy/Metro M4 Express): 192 KiB of SRAM in all (Microchip SAM D5x datasheet); an upper bound"},
    {"nrf52840", 256 * 1024,
     "nRF52840 (Feather nRF52840, CLUE, Circuit Playground Bluefruit): 256 KiB of RAM in all (Nordic nRF52840 "
     "product specification), part of it taken by the BLE stack; an upper bound"},
    {"rp2040", 264 * 1024,
     "RP2040 (Raspberry Pi Pico, Feather RP2040, QT Py RP2040): 264 KiB of SRAM in all (RP2040 datasheet); an upper bound"},
    {"esp32s2", 320 * 1024,
     "ESP32-S2 without PSRAM: 320 KiB of SRAM in all (Espressif ESP32-S2 datasheet); an upper bound"},
    {"wasm", 1024 * 1024,
     "the MicroPython WebAssembly VM used by --measure: its first heap area is 1 MiB (gc.mem_free() + gc.mem_alloc() "
     "before any growth, measured)"},
};

static bool parse_heap(const char *arg, cheap *h) {
    for (size_t i = 0; i < sizeof presets / sizeof presets[0]; i++) {
        if (strcmp(arg, presets[i].name) == 0) {
            h->name = xstrdup(presets[i].name);
            h->bytes = presets[i].bytes;
            h->source = presets[i].source;
            return true;
        }
    }
    char *end;
    errno = 0;
    double v = strtod(arg, &end);
    if (end == arg || errno || v <= 0) {
        return false;
    }
    if (*end == 'k' || *end == 'K') {
        v *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        v *= 1024 * 1024;
        end++;
    }
    if (*end == 'B' || *end == 'b') {
        end++;
    }
    if (*end) {
        return false;
    }
    h->name = xstrdup("");
    h->bytes = (long long)v;
    h->source = "given";
    return true;
}

/* ==================================================================================
   The library
   ================================================================================== */

cmod *clib_find(const clib *lib, const char *name) {
    for (size_t i = 0; i < lib->n; i++) {
        if (strcmp(lib->mods[i].name, name) == 0) {
            return &lib->mods[i];
        }
    }
    return NULL;
}

static void cmod_free(cmod *m) {
    free(m->name);
    free(m->rel);
    free(m->board_path);
    free(m->src);
    free(m->mpy);
    mpr_free(m->f);
    free(m->error);
    free(m->own_err);
    free(m->tree_err);
    sv_free(&m->deps);
    for (size_t i = 0; i < m->n_flags; i++) {
        free(m->flags[i].module);
        free(m->flags[i].where);
        free(m->flags[i].text);
    }
    free(m->flags);
    for (size_t i = 0; i < m->n_shares; i++) {
        free(m->shares[i].name);
    }
    free(m->shares);
    free(m->m_err);
}

void clib_free(clib *lib) {
    for (size_t i = 0; i < lib->n; i++) {
        cmod_free(&lib->mods[i]);
    }
    free(lib->mods);
    memset(lib, 0, sizeof *lib);
}

static cmod *clib_add(clib *lib) {
    if (lib->n >= lib->cap) {
        lib->cap = lib->cap ? lib->cap * 2 : 32;
        lib->mods = xrealloc(lib->mods, sizeof(cmod) * lib->cap);
    }
    cmod *m = &lib->mods[lib->n++];
    memset(m, 0, sizeof *m);
    return m;
}

static bool ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static bool valid_ident(const char *s, size_t n) {
    if (n == 0 || (s[0] >= '0' && s[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (unsigned char)c >= 0x80)) {
            return false;
        }
    }
    return true;
}

/* rel "pkg/sub.py" -> "pkg.sub"; "pkg/__init__.py" -> "pkg" (package). NULL if no module. */
static char *module_name_of(const char *rel, bool *is_pkg) {
    size_t n = strlen(rel);
    size_t ext = ends_with(rel, ".py") ? 3 : ends_with(rel, ".mpy") ? 4 : 0;
    if (!ext) {
        return NULL;
    }
    char *name = xstrndup(rel, n - ext);
    *is_pkg = false;
    size_t l = strlen(name);
    if (l >= 9 && strcmp(name + l - 9, "/__init__") == 0) {
        name[l - 9] = 0;
        *is_pkg = true;
    } else if (strcmp(name, "__init__") == 0) {
        free(name);
        return NULL;
    }
    for (char *p = name; *p; p++) {
        if (*p == '/') {
            *p = '.';
        }
    }
    /* every component must be an identifier */
    const char *p = name;
    while (*p) {
        const char *e = strchr(p, '.');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (!valid_ident(p, k)) {
            free(name);
            return NULL;
        }
        p += k + (e ? 1 : 0);
        if (!e) {
            break;
        }
    }
    return name;
}

/* Adds one file of a library (rel to the library root). A .py wins over a .mpy of the same
   module (the board would load the .py, and the source can be recompiled). */
static void lib_add_file(clib *lib, const char *rel, unsigned char *data, size_t len, const char *board_root) {
    bool is_pkg;
    char *name = module_name_of(rel, &is_pkg);
    if (!name) {
        free(data);
        return;
    }
    bool is_py = ends_with(rel, ".py");
    cmod *m = clib_find(lib, name);
    if (m && m->rel) {
        bool old_py = ends_with(m->rel, ".py");
        if (old_py || !is_py) {
            free(name);
            free(data);
            return;
        }
        free(m->rel);
        free(m->src);
        free(m->mpy);
        free(m->board_path);
        m->src = m->mpy = NULL;
        free(name);
    } else if (m) {
        free(name); /* a namespace package entry, now with its __init__ */
    } else {
        m = clib_add(lib);
        m->name = name;
    }
    m->is_pkg = is_pkg;
    m->rel = xstrdup(rel);
    if (is_py) {
        m->src = data;
        m->src_len = len;
    } else {
        m->mpy = data;
        m->mpy_len = len;
    }
    if (is_pkg) {
        char *dir = xstrndup(rel, strlen(rel) - (is_py ? 12 : 13));
        m->board_path = xasprintf("%s/%s", board_root, dir);
        free(dir);
    } else {
        char *noext = xstrndup(rel, strlen(rel) - (is_py ? 3 : 4));
        m->board_path = xasprintf("%s/%s.mpy", board_root, noext);
        free(noext);
    }
}

/* Package folders without __init__ (namespace packages) for every dotted prefix in use. */
static void lib_add_namespaces(clib *lib, const char *board_root) {
    size_t n = lib->n;
    for (size_t i = 0; i < n; i++) {
        char *name = xstrdup(lib->mods[i].name);
        for (char *dot = strrchr(name, '.'); dot; dot = strrchr(name, '.')) {
            *dot = 0;
            if (!clib_find(lib, name)) {
                cmod *m = clib_add(lib);
                m->name = xstrdup(name);
                m->is_pkg = true;
                char *path = xstrdup(name);
                for (char *p = path; *p; p++) {
                    if (*p == '.') {
                        *p = '/';
                    }
                }
                m->board_path = xasprintf("%s/%s", board_root, path);
                free(path);
            }
        }
        free(name);
    }
}

static int cmp_mod(const void *a, const void *b) {
    return strcmp(((const cmod *)a)->name, ((const cmod *)b)->name);
}

static void lib_sort(clib *lib) {
    qsort(lib->mods, lib->n, sizeof(cmod), cmp_mod);
}

static bool read_dir_into(clib *lib, const char *dir, const char *board_root) {
    svec files = {0};
    walk_files(dir, "", &files);
    for (size_t i = 0; i < files.n; i++) {
        const char *rel = files.v[i];
        if (!ends_with(rel, ".py") && !ends_with(rel, ".mpy")) {
            continue;
        }
        char *path = path_join(dir, rel);
        unsigned char *data;
        size_t len;
        if (read_file(path, &data, &len)) {
            lib_add_file(lib, rel, data, len, board_root);
        }
        free(path);
    }
    sv_free(&files);
    return true;
}

/* A bundle zip: the files under a "lib/" folder (any depth of leading folders). */
static bool read_zip_into(clib *lib, const char *zip, const char *board_root, char **err) {
    struct archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    archive_read_support_filter_all(a);
    if (archive_read_open_filename(a, zip, 65536) != ARCHIVE_OK) {
        *err = xasprintf("%s: %s", zip, archive_error_string(a));
        archive_read_free(a);
        return false;
    }
    struct archive_entry *e;
    size_t found = 0;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        const char *p = archive_entry_pathname(e);
        if (!p || archive_entry_filetype(e) != AE_IFREG) {
            archive_read_data_skip(a);
            continue;
        }
        const char *lib_at = NULL;
        if (strncmp(p, "lib/", 4) == 0) {
            lib_at = p + 4;
        } else {
            const char *q = strstr(p, "/lib/");
            if (q) {
                lib_at = q + 5;
            }
        }
        if (!lib_at || (!ends_with(lib_at, ".py") && !ends_with(lib_at, ".mpy"))) {
            archive_read_data_skip(a);
            continue;
        }
        la_int64_t size = archive_entry_size(e);
        if (size < 0 || size > 64 * 1024 * 1024) {
            archive_read_data_skip(a);
            continue;
        }
        unsigned char *data = xmalloc((size_t)size + 1);
        la_ssize_t got = archive_read_data(a, data, (size_t)size);
        if (got != (la_ssize_t)size) {
            free(data);
            *err = xasprintf("%s: %s: cannot read the entry", zip, p);
            archive_read_free(a);
            return false;
        }
        data[size] = 0;
        lib_add_file(lib, lib_at, data, (size_t)size, board_root);
        found++;
    }
    archive_read_free(a);
    if (!found) {
        *err = xasprintf("%s: no .py or .mpy files under a lib/ folder", zip);
        return false;
    }
    return true;
}

static bool is_zip_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return false;
    }
    unsigned char b[4] = {0};
    size_t n = fread(b, 1, 4, f);
    fclose(f);
    return n == 4 && b[0] == 'P' && b[1] == 'K' && ((b[2] == 3 && b[3] == 4) || (b[2] == 5 && b[3] == 6));
}

/* Compiles (or reads) every module of lib for the options and parses the result. */
static void lib_compile(clib *lib, const mpyc_options *opt) {
    for (size_t i = 0; i < lib->n; i++) {
        cmod *m = &lib->mods[i];
        if (!m->rel || m->error) {
            continue;
        }
        if (m->src) {
            mpyc_options o = *opt;
            o.file_name = m->rel;
            mpyc_result r = mpyc_compile((const char *)m->src, m->src_len, m->rel, &o);
            if (!r.ok) {
                m->error = pack_report_line(m->rel, r.report);
                mpyc_result_free(&r);
                continue;
            }
            free(m->mpy);
            m->mpy = r.mpy;
            m->mpy_len = r.mpy_len;
            r.mpy = NULL;
            mpyc_result_free(&r);
        }
        mpr_error err;
        mpr_free(m->f);
        m->f = mpr_read(m->mpy, m->mpy_len, &err);
        if (!m->f) {
            m->error = xasprintf("%s: not a readable .mpy (offset %zu: %s)", m->rel, err.offset, err.msg);
        } else if (m->f->root == NULL) {
            m->error = xasprintf("%s: no code", m->rel);
        }
    }
}

/* A copy of lib's sources, for compiling with other options. */
static void lib_copy_sources(const clib *from, clib *to) {
    memset(to, 0, sizeof *to);
    for (size_t i = 0; i < from->n; i++) {
        const cmod *s = &from->mods[i];
        cmod *m = clib_add(to);
        m->name = xstrdup(s->name);
        m->is_pkg = s->is_pkg;
        m->rel = s->rel ? xstrdup(s->rel) : NULL;
        m->board_path = xstrdup(s->board_path);
        if (s->src) {
            m->src = xmalloc(s->src_len + 1);
            memcpy(m->src, s->src, s->src_len);
            m->src[s->src_len] = 0;
            m->src_len = s->src_len;
        } else if (s->mpy) {
            m->mpy = xmalloc(s->mpy_len);
            memcpy(m->mpy, s->mpy, s->mpy_len);
            m->mpy_len = s->mpy_len;
        }
    }
}

/* ==================================================================================
   Costing
   ================================================================================== */

mpc_world *cost_world(const cost_ctx *cx, const clib *lib, bool frozen, mpc_firmware fw) {
    mpc_world *w = mpc_world_new(fw);
    mpc_world_set_frozen(w, frozen);
    for (size_t i = 0; i < cx->stubs.n; i++) {
        const cmod *m = &cx->stubs.mods[i];
        if (!m->error && (m->f || !m->rel)) {
            mpc_world_add_stub(w, m->name, m->is_pkg, m->board_path, m->f);
        }
    }
    for (size_t i = 0; i < lib->n; i++) {
        const cmod *m = &lib->mods[i];
        if (m->error) {
            continue;
        }
        mpc_world_add_module(w, m->name, m->is_pkg, m->board_path, m->f);
    }
    return w;
}

static mpc_firmware fw_of(mpyc_target t) {
    return t == MPYC_MICROPYTHON ? MPC_FW_MICROPYTHON : MPC_FW_CIRCUITPYTHON;
}

static void take_flags(mpc_cost *c, mpc_flag **flags, size_t *n) {
    *flags = c->flags;
    *n = c->n_flags;
    c->flags = NULL;
    c->n_flags = 0;
}

/* A simulation with the deps imported one by one (in the order their loading finished). */
static mpc_sim *sim_with(mpc_world *w, const svec *deps) {
    mpc_sim *s = mpc_sim_new(w);
    for (size_t i = 0; deps && i < deps->n; i++) {
        mpc_cost pre;
        mpc_sim_import(s, deps->v[i], &pre);
        mpc_cost_free(&pre);
    }
    return s;
}

/* Imports name after the deps, the way it is measured: a first run finds the qstrs the import
   makes; the second, from the same state with those interned beforehand, is the figure. */
static bool measured_import(mpc_world *w, const char *name, const svec *deps, mpc_cost *c, bool *by_parent,
                            svec *loaded_out) {
    mpc_sim *s = sim_with(w, deps);
    if (by_parent) {
        *by_parent = false;
        const char *const *loaded = mpc_sim_loaded(s);
        for (size_t i = 0; loaded[i]; i++) {
            if (strcmp(loaded[i], name) == 0) {
                *by_parent = true;
            }
        }
    }
    mpc_cost first;
    mpc_sim_import(s, name, &first);
    mpc_sim_free(s);
    s = sim_with(w, deps);
    mpc_sim_preintern(s, (const char *const *)first.qstrs);
    mpc_cost_free(&first);
    bool ok = mpc_sim_import(s, name, c);
    if (loaded_out) {
        const char *const *loaded = mpc_sim_loaded(s);
        for (size_t i = 0; loaded[i]; i++) {
            sv_add(loaded_out, loaded[i]);
        }
    }
    mpc_sim_free(s);
    return ok;
}

static bool own_cost(mpc_world *w, const char *name, const svec *deps, mpc_cost *c, bool *by_parent) {
    return measured_import(w, name, deps, c, by_parent, NULL);
}

static void cost_module(const cost_ctx *cx, mpc_world *w, mpc_world *wf, cmod *m) {
    (void)cx;
    /* the whole tree, from nothing */
    mpc_cost tree;
    svec loaded = {0};
    m->tree_ok = measured_import(w, m->name, NULL, &tree, NULL, &loaded);
    m->ram_deps = tree.ram;
    memcpy(m->tree_kind, tree.by_kind, sizeof m->tree_kind);
    if (!m->tree_ok) {
        m->tree_err = xstrdup(tree.error ? tree.error : "import failed");
    }
    m->n_tree_flags = tree.n_flags;
    m->shares = tree.shares;
    m->n_shares = tree.n_shares;
    tree.shares = NULL;
    tree.n_shares = 0;
    /* what it imports, to be loaded first; not its own submodules, which cannot be loaded
       without it (a package whose __init__ imports them costs them with itself) */
    size_t nl = strlen(m->name);
    for (size_t i = 0; i < loaded.n; i++) {
        if (strcmp(loaded.v[i], m->name) != 0 && !(strncmp(loaded.v[i], m->name, nl) == 0 && loaded.v[i][nl] == '.')) {
            sv_add(&m->deps, loaded.v[i]);
        }
    }
    sv_free(&loaded);
    mpc_cost_free(&tree);

    /* its own import, with the rest loaded */
    mpc_cost own;
    bool by_parent;
    m->own_ok = own_cost(w, m->name, &m->deps, &own, &by_parent);
    m->loaded_by_parent = by_parent;
    m->ram = own.ram;
    m->own_qstrs = own.n_qstrs;
    memcpy(m->own_kind, own.by_kind, sizeof m->own_kind);
    if (!m->own_ok) {
        m->own_err = xstrdup(own.error ? own.error : "import failed");
    }
    take_flags(&own, &m->flags, &m->n_flags);
    if (getenv("MPY_PACK_COST_DEBUG")) {
        fprintf(stderr, "%s: own %lld heap %lld qstrs %zu (%lld B):", m->name, own.ram, own.heap, own.n_qstrs, own.qstr_bytes);
        for (size_t i = 0; own.qstrs && own.qstrs[i]; i++) {
            fputs(" \"", stderr);
            for (const char *p = own.qstrs[i]; *p; p++) {
                if ((unsigned char)*p < 0x20 || *p == '"' || *p == '\\') {
                    fprintf(stderr, "\\u%04x", (unsigned char)*p);
                } else {
                    fputc(*p, stderr);
                }
            }
            fputs("\"", stderr);
        }
        fprintf(stderr, "\n");
    }
    long long qstr_bytes = own.qstr_bytes;
    mpc_cost_free(&own);

    /* frozen */
    mpc_cost fz;
    m->frozen_ok = own_cost(wf, m->name, &m->deps, &fz, &by_parent);
    m->frozen_ram = fz.ram;
    mpc_cost_free(&fz);

    /* the flash freezing adds (estimate): bytecode, raw code records and child tables,
       constant objects, the module's qstr and constant tables, new qstrs in the ROM pool */
    long long flash = 16 + qstr_bytes;
    if (m->f) {
        for (size_t i = 0; i < m->f->n_blocks; i++) {
            const mpr_code *c = m->f->blocks[i];
            flash += (long long)c->data_len + 16 + 4 * (long long)c->n_children;
        }
        flash += 2 * (long long)m->f->n_qstrs + 4 * (long long)m->f->n_objs;
        for (size_t i = 0; i < m->f->n_objs; i++) {
            const mpr_obj *o = &m->f->objs[i];
            switch (o->kind) {
                case MPR_OBJ_STR:
                case MPR_OBJ_BYTES: flash += 16 + (long long)o->len + 1; break;
                case MPR_OBJ_FLOAT: flash += 16; break;
                case MPR_OBJ_COMPLEX: flash += 24; break;
                case MPR_OBJ_INT: flash += 16 + (long long)o->len; break;
                case MPR_OBJ_TUPLE: flash += 8 + 4 * (long long)o->n_items; break;
                default: break;
            }
        }
    }
    m->frozen_flash = flash;
}

static void cost_lib(cost_ctx *cx, clib *lib) {
    mpc_firmware fw = fw_of(cx->copt.target);
    mpc_world *w = cost_world(cx, lib, false, fw);
    mpc_world *wf = cost_world(cx, lib, true, fw);
    for (size_t i = 0; i < lib->n; i++) {
        cmod *m = &lib->mods[i];
        if (m->error) {
            continue;
        }
        cost_module(cx, w, wf, m);
    }
    mpc_world_free(w);
    mpc_world_free(wf);
}

/* Imports the names in order in one simulation; the sum of the imports' costs. */
static long long import_all(const cost_ctx *cx, const clib *lib, bool frozen, const svec *names, long long *kind,
                            mpc_share **shares, size_t *n_shares, mpc_flag **flags, size_t *n_flags, bool *ok,
                            char **err) {
    mpc_world *w = cost_world(cx, lib, frozen, fw_of(cx->copt.target));
    /* first pass: the qstrs the imports make, interned beforehand in the second */
    mpc_sim *s = mpc_sim_new(w);
    svec made = {0};
    for (size_t i = 0; i < names->n; i++) {
        mpc_cost c;
        mpc_sim_import(s, names->v[i], &c);
        for (size_t j = 0; c.qstrs && c.qstrs[j]; j++) {
            sv_add(&made, c.qstrs[j]);
        }
        mpc_cost_free(&c);
    }
    mpc_sim_free(s);
    sv_push(&made, NULL);
    s = mpc_sim_new(w);
    mpc_sim_preintern(s, (const char *const *)made.v);
    made.n--;
    sv_free(&made);
    long long total = 0;
    if (ok) {
        *ok = true;
    }
    for (size_t i = 0; i < names->n; i++) {
        mpc_cost c;
        bool good = mpc_sim_import(s, names->v[i], &c);
        total += c.ram;
        if (!good && ok) {
            *ok = false;
            if (err && !*err) {
                *err = xasprintf("%s: %s", names->v[i], c.error ? c.error : "import failed");
            }
        }
        if (kind) {
            for (int k = 0; k < MPC_KIND__N; k++) {
                kind[k] += c.by_kind[k];
            }
        }
        if (shares) {
            /* one entry per module: a later import that touches an earlier module (a package
               getting a submodule attribute) adds to its entry */
            *shares = xrealloc(*shares, sizeof(mpc_share) * (*n_shares + c.n_shares + 1));
            for (size_t j = 0; j < c.n_shares; j++) {
                mpc_share *same = NULL;
                for (size_t k = 0; k < *n_shares; k++) {
                    if (strcmp((*shares)[k].name, c.shares[j].name) == 0) {
                        same = &(*shares)[k];
                    }
                }
                if (same) {
                    same->bytes += c.shares[j].bytes;
                    for (int k = 0; k < MPC_KIND__N; k++) {
                        same->by_kind[k] += c.shares[j].by_kind[k];
                    }
                    free(c.shares[j].name);
                } else {
                    (*shares)[(*n_shares)++] = c.shares[j];
                }
            }
            c.n_shares = 0;
        }
        if (flags) {
            *flags = xrealloc(*flags, sizeof(mpc_flag) * (*n_flags + c.n_flags + 1));
            for (size_t j = 0; j < c.n_flags; j++) {
                (*flags)[(*n_flags)++] = c.flags[j];
            }
            c.n_flags = 0;
        }
        mpc_cost_free(&c);
    }
    mpc_sim_free(s);
    mpc_world_free(w);
    return total;
}

/* ==================================================================================
   --entry: the imports of a program
   ================================================================================== */

static void entry_imports(const cost_ctx *cx, const mpr_file *f, svec *out) {
    for (size_t b = 0; b < f->n_blocks; b++) {
        const mpr_code *c = f->blocks[b];
        for (size_t i = 0; i < c->n_insns; i++) {
            const mpr_insn *in = &c->insns[i];
            if (in->opcode != MPY_BC_IMPORT_NAME || in->arg < 0 || (size_t)in->arg >= f->n_qstrs) {
                continue;
            }
            const char *name = f->qstrs[in->arg].text;
            if (!*name) {
                continue;
            }
            /* the module itself, then for "from X import a, b" X.a when that is a module */
            if (!sv_has(out, name)) {
                sv_add(out, name);
            }
            for (size_t j = i + 1; j < c->n_insns && c->insns[j].opcode == MPY_BC_IMPORT_FROM; j++) {
                size_t q = (size_t)c->insns[j].arg;
                if (q < f->n_qstrs) {
                    char *sub = xasprintf("%s.%s", name, f->qstrs[q].text);
                    if (clib_find(&cx->lib, sub) && !sv_has(out, sub)) {
                        sv_add(out, sub);
                    }
                    free(sub);
                }
                i = j;
            }
        }
    }
}

/* ==================================================================================
   Savings
   ================================================================================== */

/* The modules of a package that import (in the library as given): a package's total leaves
   out those that fail, in every variant alike. */
static const clib *package_reference;

static void package_modules(const clib *lib, const char *top, svec *out) {
    size_t n = strlen(top);
    for (size_t i = 0; i < lib->n; i++) {
        const char *name = lib->mods[i].name;
        if (!lib->mods[i].error && (strcmp(name, top) == 0 || (strncmp(name, top, n) == 0 && name[n] == '.'))) {
            const cmod *ref = package_reference ? clib_find(package_reference, name) : NULL;
            if (ref && !ref->tree_ok) {
                continue;
            }
            sv_add(out, name);
        }
    }
}

static long long package_ram(const cost_ctx *cx, const clib *lib, const char *top, bool frozen, bool *ok) {
    svec names = {0};
    package_modules(lib, top, &names);
    char *err = NULL;
    long long r = import_all(cx, lib, frozen, &names, NULL, NULL, NULL, NULL, NULL, ok, &err);
    free(err);
    sv_free(&names);
    return r;
}

static void add_saving(cpackage *p, const char *what, bool available, const char *why, long long ram) {
    p->savings = xrealloc(p->savings, sizeof(csaving) * (p->n_savings + 1));
    csaving *s = &p->savings[p->n_savings++];
    s->what = xstrdup(what);
    s->available = available;
    s->why_not = why ? xstrdup(why) : NULL;
    s->ram = ram;
}

static bool lib_has_sources(const clib *lib, const char *top) {
    size_t n = strlen(top);
    bool any = false;
    for (size_t i = 0; i < lib->n; i++) {
        const cmod *m = &lib->mods[i];
        if (strcmp(m->name, top) == 0 || (strncmp(m->name, top, n) == 0 && m->name[n] == '.')) {
            if (m->rel && !m->src) {
                return false;
            }
            any = true;
        }
    }
    return any;
}

/* flatten_library() into a temporary folder, then the flattened package costed in place of
   the original: P.mpy, P_x.mpy, ... imported together. */
static bool flattened_ram(cost_ctx *cx, const char *top, long long *ram, char **why) {
    if (!cx->lib_dir) {
        *why = xstrdup("needs the library as a folder of .py files");
        return false;
    }
    char tmpl[] = "/tmp/mpy-pack-cost-XXXXXX";
    if (!mkdtemp(tmpl)) {
        *why = xasprintf("cannot make a temporary folder: %s", strerror(errno));
        return false;
    }
    const char *pk[1] = {top};
    flatten_request req;
    memset(&req, 0, sizeof req);
    req.lib_dir = cx->lib_dir;
    req.packages = pk;
    req.n_packages = 1;
    req.target = cx->copt.target;
    req.opt_level = cx->copt.opt_level;
    req.out_dir = tmpl;
    flatten_report rep;
    memset(&rep, 0, sizeof rep);
    int st = flatten_library(&req, &rep);
    bool ok = false;
    if (st != 0) {
        *why = xasprintf("flatten failed: %s", rep.errors ? rep.errors : "?");
        char *nl = strchr(*why, '\n');
        if (nl) {
            *nl = 0;
        }
    } else {
        clib flat = {0};
        read_dir_into(&flat, tmpl, "/lib");
        lib_add_namespaces(&flat, "/lib");
        lib_sort(&flat);
        lib_compile(&flat, &cx->copt);
        svec names = {0};
        size_t n = strlen(top);
        /* the package's modules as flattened, those whose original imports */
        for (size_t i = 0; i < rep.n_files; i++) {
            const flatten_file *ff = &rep.files[i];
            if (!ff->package || strcmp(ff->package, top) != 0 || !ff->output) {
                continue;
            }
            bool is_pkg;
            char *orig = module_name_of(ff->source, &is_pkg);
            char *flat_name = module_name_of(ff->output, &is_pkg);
            const cmod *om = orig ? clib_find(&cx->lib, orig) : NULL;
            const cmod *fm = flat_name ? clib_find(&flat, flat_name) : NULL;
            if (om && om->tree_ok && fm && !fm->error && !sv_has(&names, flat_name)) {
                sv_add(&names, flat_name);
            }
            free(orig);
            free(flat_name);
        }
        (void)n;
        char *err = NULL;
        bool good;
        *ram = import_all(cx, &flat, false, &names, NULL, NULL, NULL, NULL, NULL, &good, &err);
        if (!good) {
            *why = xasprintf("the flattened package does not import: %s", err ? err : "?");
        } else {
            ok = true;
        }
        free(err);
        sv_free(&names);
        clib_free(&flat);
    }
    flatten_report_free(&rep);
    remove_tree(tmpl);
    return ok;
}

/* The packages and top-level modules of the library (with --entry, those in its tree), each
   costed with all its modules imported, and the savings. */
static void work_out_packages(cost_ctx *cx) {
    svec tops = {0};
    for (size_t i = 0; i < cx->lib.n; i++) {
        if (cx->lib.mods[i].error) {
            continue;
        }
        const char *name = cx->lib.mods[i].name;
        if (cx->entry) {
            bool in_tree = false;
            size_t tl = strcspn(name, ".");
            for (size_t k = 0; k < cx->n_tree_shares && !in_tree; k++) {
                const char *t = cx->tree_shares[k].name;
                in_tree = strncmp(t, name, tl) == 0 && (t[tl] == 0 || t[tl] == '.');
            }
            if (!in_tree) {
                continue;
            }
        }
        const char *dot = strchr(name, '.');
        char *top = dot ? xstrndup(name, (size_t)(dot - name)) : xstrdup(name);
        if (!sv_has(&tops, top)) {
            sv_push(&tops, top);
        } else {
            free(top);
        }
    }
    package_reference = &cx->lib;
    cx->packages = xcalloc(tops.n + 1, sizeof(cpackage));
    for (size_t t = 0; t < tops.n; t++) {
        cpackage *p = &cx->packages[cx->n_packages++];
        p->name = xstrdup(tops.v[t]);
        bool ok;
        p->ram = package_ram(cx, &cx->lib, p->name, false, &ok);
        svec names = {0};
        package_modules(&cx->lib, p->name, &names);
        for (size_t i = 0; i < names.n; i++) {
            cmod *m = clib_find(&cx->lib, names.v[i]);
            if (m && m->rel) {
                p->flash += (long long)sectors_of(m->mpy_len) * 512;
            }
        }
        sv_free(&names);
        if (!cx->savings) {
            continue;
        }
        bool has_src = lib_has_sources(&cx->lib, p->name);
        static const struct {
            const char *what;
            int opt;
            bool nsl;
        } variants[] = {{"-X no-source-lines", 0, true}, {"-O3", 3, false}};
        for (size_t v = 0; v < 2; v++) {
            if (!has_src) {
                add_saving(p, variants[v].what, false, "needs the .py sources", 0);
                continue;
            }
            clib alt;
            lib_copy_sources(&cx->lib, &alt);
            mpyc_options o = cx->copt;
            if (variants[v].opt > o.opt_level) {
                o.opt_level = variants[v].opt;
            }
            o.no_source_lines = o.no_source_lines || variants[v].nsl;
            lib_compile(&alt, &o);
            bool good;
            long long r = package_ram(cx, &alt, p->name, false, &good);
            add_saving(p, variants[v].what, good, good ? NULL : "does not import when compiled so", r);
            clib_free(&alt);
        }
        cmod *pm = clib_find(&cx->lib, p->name);
        if (pm && pm->is_pkg) {
            long long r = 0;
            char *why = NULL;
            bool good = has_src && flattened_ram(cx, p->name, &r, &why);
            if (!has_src && !why) {
                why = xstrdup("needs the .py sources");
            }
            add_saving(p, "flattened", good, why, r);
            free(why);
        }
        bool good;
        long long r = package_ram(cx, &cx->lib, p->name, true, &good);
        add_saving(p, "frozen", good, good ? NULL : "does not import", r);
    }
    package_reference = NULL;
    sv_free(&tops);
}

/* ==================================================================================
   The command
   ================================================================================== */

static void usage(FILE *out) {
    fprintf(out,
            "usage: mpy-pack cost [options] PATH...\n"
            "What each import costs in RAM and flash on a 32-bit MicroPython/CircuitPython board.\n"
            "PATH: .py or .mpy files, a lib folder, or a bundle zip. Each module is compiled for the target\n"
            "and costed by a model of the heap (docs/cost-model.md):\n"
            "  RAM own     what `import M` keeps on the heap after a collection, everything M imports\n"
            "              (parent packages included) already loaded: whole 16-byte blocks, each new qstr\n"
            "              7 + len + 1 bytes, each new sys.modules entry 8 bytes\n"
            "  with deps   the same from a state where none of them is loaded\n"
            "  frozen      the RAM of its own import when frozen into the firmware; fw flash: what\n"
            "              freezing it adds to the firmware image (an estimate)\n"
            "  flash       the .mpy bytes and the whole 512-byte sectors they take on CIRCUITPY\n"
            "A figure marked * rests on something the model could not follow (listed under the table).\n"
            "\n"
            "options:\n"
            "  --target=T          circuitpython (default), circuitpython9 or micropython\n"
            "  -O N, -ON           optimisation level of the compile (as mpy-cross)\n"
            "  -X no-source-lines  compile without line numbers (as mpy-cross)\n"
            "  --entry FILE        follow the imports of a program (code.py) through the library\n"
            "  --stubs DIR         .py stand-ins for the board's built-in modules, loaded before anything is\n"
            "                      costed or measured (their names cost nothing, importing them costs\n"
            "                      nothing); default: the built-in set for CircuitPython's modules (board,\n"
            "                      busio, digitalio, displayio, time with monotonic, ...)\n"
            "  --no-stubs          no stand-ins: only the firmware's own modules\n"
            "  --heap BYTES|BOARD  whether the import tree fits in a heap of that size; --heap list shows the\n"
            "                      board presets with the source of each figure:\n"
            "                      %s",
            presets[0].name);
    for (size_t i = 1; i < sizeof presets / sizeof presets[0]; i++) {
        fprintf(out, ", %s", presets[i].name);
    }
    fprintf(out,
            "\n"
            "  --json              only a JSON document on stdout: one object per module\n"
            "  --html FILE         a self-contained page with charts of where the RAM goes\n"
            "  --no-savings        skip working out -O3, -X no-source-lines, flattening and freezing\n"
            "  --measure           also import each module in the MicroPython VM (node and\n"
            "                      tests/vm/node_modules) and print measured beside estimated; compiles\n"
            "                      with --target=micropython, the only files the VM loads\n"
            "  --vm DIR            where measure.mjs is (default: tests/vm of this source tree)\n"
            "  -v                  more detail: each module's import tree, why a saving is not available\n"
            "  -h, --help          this help\n");
}

static void ctx_free(cost_ctx *cx) {
    clib_free(&cx->lib);
    clib_free(&cx->stubs);
    free(cx->lib_dir);
    sv_free(&cx->inputs);
    sv_free(&cx->tree_roots);
    for (size_t i = 0; i < cx->n_tree_shares; i++) {
        free(cx->tree_shares[i].name);
    }
    free(cx->tree_shares);
    for (size_t i = 0; i < cx->n_tree_flags; i++) {
        free(cx->tree_flags[i].module);
        free(cx->tree_flags[i].where);
        free(cx->tree_flags[i].text);
    }
    free(cx->tree_flags);
    free(cx->tree_err);
    for (size_t i = 0; i < cx->n_packages; i++) {
        cpackage *p = &cx->packages[i];
        free(p->name);
        for (size_t j = 0; j < p->n_savings; j++) {
            free(p->savings[j].what);
            free(p->savings[j].why_not);
        }
        free(p->savings);
    }
    free(cx->packages);
    free(cx->measure_error);
    if (cx->have_heap) {
        free(cx->heap.name);
    }
}

/* The stand-ins: --stubs DIR, or the ones built in. */
static bool load_stubs(cost_ctx *cx, const char *dir) {
    if (dir && !is_dir(dir)) {
        fprintf(stderr, "mpy-pack cost: --stubs %s: not a folder\n", dir);
        return false;
    }
    if (dir) {
        read_dir_into(&cx->stubs, dir, "/stubs");
    } else {
        for (size_t i = 0; i < cost_n_default_stubs; i++) {
            size_t n = strlen(cost_default_stubs[i].source);
            unsigned char *data = xmalloc(n + 1);
            memcpy(data, cost_default_stubs[i].source, n + 1);
            lib_add_file(&cx->stubs, cost_default_stubs[i].file, data, n, "/stubs");
        }
    }
    lib_add_namespaces(&cx->stubs, "/stubs");
    lib_sort(&cx->stubs);
    lib_compile(&cx->stubs, &cx->copt);
    for (size_t i = 0; i < cx->stubs.n; i++) {
        if (cx->stubs.mods[i].error) {
            fprintf(stderr, "mpy-pack cost: stand-in %s\n", cx->stubs.mods[i].error);
        }
    }
    return true;
}

int cost_main(int argc, char **argv) {
    cost_ctx cx;
    memset(&cx, 0, sizeof cx);
    cx.target = MPYC_CIRCUITPYTHON;
    cx.savings = true;
    int opt_level = 0;
    bool no_source_lines = false;
    svec paths = {0};
    int status = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            sv_free(&paths);
            return 0;
        } else if (strncmp(a, "--target=", 9) == 0) {
            if (!pack_parse_target(a + 9, &cx.target)) {
                sv_free(&paths);
                return 2;
            }
        } else if (strcmp(a, "--target") == 0 && i + 1 < argc) {
            if (!pack_parse_target(argv[++i], &cx.target)) {
                sv_free(&paths);
                return 2;
            }
        } else if (strcmp(a, "--json") == 0) {
            cx.json = true;
        } else if (strcmp(a, "--html") == 0 && i + 1 < argc) {
            cx.html = argv[++i];
        } else if (strncmp(a, "--html=", 7) == 0) {
            cx.html = a + 7;
        } else if (strcmp(a, "--measure") == 0) {
            cx.measure = true;
        } else if ((strcmp(a, "--vm") == 0 && i + 1 < argc) || strncmp(a, "--vm=", 5) == 0) {
            cx.vm_dir = a[4] == '=' ? a + 5 : argv[++i];
        } else if ((strcmp(a, "--stubs") == 0 && i + 1 < argc) || strncmp(a, "--stubs=", 8) == 0) {
            cx.stubs_dir = a[7] == '=' ? a + 8 : argv[++i];
        } else if ((strcmp(a, "--entry") == 0 && i + 1 < argc) || strncmp(a, "--entry=", 8) == 0) {
            cx.entry = a[7] == '=' ? a + 8 : argv[++i];
        } else if ((strcmp(a, "--heap") == 0 && i + 1 < argc) || strncmp(a, "--heap=", 7) == 0) {
            const char *h = a[6] == '=' ? a + 7 : argv[++i];
            if (strcmp(h, "list") == 0) {
                for (size_t k = 0; k < sizeof presets / sizeof presets[0]; k++) {
                    printf("%-9s %8lld B  %s\n", presets[k].name, presets[k].bytes, presets[k].source);
                }
                sv_free(&paths);
                return 0;
            }
            if (!parse_heap(h, &cx.heap)) {
                fprintf(stderr, "mpy-pack cost: --heap %s: give a size in bytes (e.g. 20000, 96K) or a board: ", h);
                for (size_t k = 0; k < sizeof presets / sizeof presets[0]; k++) {
                    fprintf(stderr, "%s%s", k ? ", " : "", presets[k].name);
                }
                fprintf(stderr, "\n");
                sv_free(&paths);
                return 2;
            }
            cx.have_heap = true;
        } else if (strcmp(a, "--no-stubs") == 0) {
            cx.no_stubs = true;
        } else if (strcmp(a, "--no-savings") == 0) {
            cx.savings = false;
        } else if (strcmp(a, "-v") == 0) {
            cx.verbose++;
        } else if (strncmp(a, "-O", 2) == 0) {
            const char *n = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : "");
            if (!*n || n[1] || *n < '0' || *n > '3') {
                fprintf(stderr, "mpy-pack cost: -O takes 0..3\n");
                sv_free(&paths);
                return 2;
            }
            opt_level = *n - '0';
        } else if (strcmp(a, "-X") == 0 && i + 1 < argc) {
            const char *x = argv[++i];
            if (strcmp(x, "no-source-lines") == 0) {
                no_source_lines = true;
            } else if (strcmp(x, "source-lines") == 0) {
                no_source_lines = false;
            } else {
                fprintf(stderr, "mpy-pack cost: -X %s: only source-lines and no-source-lines\n", x);
                sv_free(&paths);
                return 2;
            }
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "mpy-pack cost: unknown option %s\n", a);
            usage(stderr);
            sv_free(&paths);
            return 2;
        } else {
            sv_add(&paths, a);
        }
    }
    if (!paths.n) {
        usage(stderr);
        sv_free(&paths);
        return 2;
    }
    if (cx.measure && cx.target != MPYC_MICROPYTHON) {
        if (!cx.json) {
            fprintf(stderr, "mpy-pack cost: --measure: costing the --target=micropython output, which the VM loads\n");
        }
        cx.target = MPYC_MICROPYTHON;
    }
    mpyc_options_init(&cx.copt, cx.target);
    cx.copt.stack_budget = mpyc_main_stack_budget();   /* compiled on this thread */
    cx.copt.opt_level = opt_level;
    cx.copt.no_source_lines = no_source_lines;

    /* inputs */
    for (size_t i = 0; i < paths.n; i++) {
        const char *p = paths.v[i];
        sv_add(&cx.inputs, p);
        char *err = NULL;
        if (is_dir(p)) {
            read_dir_into(&cx.lib, p, "/lib");
            if (!cx.lib_dir) {
                cx.lib_dir = path_abs(p);
            }
        } else if (is_file(p) && is_zip_file(p)) {
            if (!read_zip_into(&cx.lib, p, "/lib", &err)) {
                fprintf(stderr, "mpy-pack cost: %s\n", err);
                free(err);
                status = 1;
            }
        } else if (is_file(p) && (ends_with(p, ".py") || ends_with(p, ".mpy"))) {
            unsigned char *data;
            size_t len;
            if (read_file(p, &data, &len)) {
                lib_add_file(&cx.lib, path_base(p), data, len, "/lib");
            }
        } else {
            fprintf(stderr, "mpy-pack cost: %s: not a .py/.mpy file, a folder or a zip\n", p);
            status = 1;
        }
    }
    sv_free(&paths);
    lib_add_namespaces(&cx.lib, "/lib");
    lib_sort(&cx.lib);
    if (!cx.no_stubs && !load_stubs(&cx, cx.stubs_dir)) {
        ctx_free(&cx);
        return 2;
    }
    lib_compile(&cx.lib, &cx.copt);
    size_t n_ok = 0;
    for (size_t i = 0; i < cx.lib.n; i++) {
        if (cx.lib.mods[i].error) {
            fprintf(stderr, "mpy-pack cost: %s\n", cx.lib.mods[i].error);
            status = 1;
        } else {
            n_ok++;
        }
    }
    if (!n_ok) {
        fprintf(stderr, "mpy-pack cost: no module to cost\n");
        ctx_free(&cx);
        return 1;
    }

    /* figures */
    cost_lib(&cx, &cx.lib);

    /* the tree: --entry's imports, or every module */
    if (cx.entry) {
        unsigned char *src;
        size_t len;
        if (!read_file(cx.entry, &src, &len)) {
            fprintf(stderr, "mpy-pack cost: --entry %s: %s\n", cx.entry, strerror(errno));
            ctx_free(&cx);
            return 2;
        }
        mpyc_options o = cx.copt;
        o.file_name = path_base(cx.entry);
        mpyc_result r = mpyc_compile((const char *)src, len, path_base(cx.entry), &o);
        free(src);
        if (!r.ok) {
            char *line = pack_report_line(cx.entry, r.report);
            fprintf(stderr, "mpy-pack cost: %s\n", line);
            free(line);
            mpyc_result_free(&r);
            ctx_free(&cx);
            return 1;
        }
        mpr_error e;
        mpr_file *f = mpr_read(r.mpy, r.mpy_len, &e);
        mpyc_result_free(&r);
        if (f) {
            entry_imports(&cx, f, &cx.tree_roots);
            mpr_free(f);
        }
    } else {
        for (size_t i = 0; i < cx.lib.n; i++) {
            if (!cx.lib.mods[i].error && cx.lib.mods[i].rel) {
                sv_add(&cx.tree_roots, cx.lib.mods[i].name);
            }
        }
    }
    cx.have_tree = true;
    cx.tree_ram = import_all(&cx, &cx.lib, false, &cx.tree_roots, cx.tree_kind, &cx.tree_shares, &cx.n_tree_shares,
                             &cx.tree_flags, &cx.n_tree_flags, &cx.tree_ok, &cx.tree_err);

    work_out_packages(&cx);

    if (cx.measure) {
        char *err = NULL;
        if (!cost_measure(&cx, &err)) {
            cx.measure_error = err;
            fprintf(stderr, "mpy-pack cost: --measure: %s\n", err ? err : "failed");
            status = status ? status : 1;
        }
    }

    if (cx.json) {
        if (!cost_print_json(&cx, stdout)) {
            status = 1;
        }
    } else {
        cost_print_table(&cx, stdout);
    }
    if (cx.html) {
        char *err = NULL;
        if (!cost_write_html(&cx, cx.html, &err)) {
            fprintf(stderr, "mpy-pack cost: --html %s: %s\n", cx.html, err ? err : "cannot write");
            free(err);
            status = 1;
        } else if (!cx.json) {
            printf("\nwrote %s\n", cx.html);
        }
    }
    ctx_free(&cx);
    return status;
}
