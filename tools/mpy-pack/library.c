/* library.c: a library's layout and metadata, by the rules of the reference bundle builder
   (circuitpython-build-tools' build.py): pyproject.toml's [tool.setuptools] py-modules or
   packages, else the legacy autodetection. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "library.h"

#include <ctype.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "toml.h"

static const char *const ignore_py[] = {"setup.py", "conf.py", "__init__.py"};

/* py-modules values known to be wrong; the reference then ignores pyproject.toml's layout */
static const char *const py_modules_blocklist[] = {"at24mac_eeprom", "p1am_200_helpers"};

static const char *const blinka_libraries[] = {
    "adafruit-blinka", "adafruit-blinka-bleio", "adafruit-blinka-displayio", "adafruit-blinka-pyportal",
    "adafruit-python-extended-bus", "numpy", "pillow", "pyasn1", "pyserial", "scipy", "spidev",
};

bool is_blinka_library(const char *normalized) {
    for (size_t i = 0; i < sizeof blinka_libraries / sizeof blinka_libraries[0]; i++) {
        if (strcmp(blinka_libraries[i], normalized) == 0) {
            return true;
        }
    }
    return false;
}

void lib_layout_free(lib_layout *l) {
    free(l->module_name);
    free(l->description);
    sv_free(&l->lib_files);
    sv_free(&l->example_files);
    sv_free(&l->req_files);
    sv_free(&l->notes);
    memset(l, 0, sizeof *l);
}

static bool ends_with(const char *s, const char *tail) {
    size_t n = strlen(s), m = strlen(tail);
    return n >= m && strcmp(s + n - m, tail) == 0;
}

/* A string list of pyproject.toml: absent is empty; anything but an array of strings is an error. */
static bool string_list(const toml_value *v, const char *what, svec *out, char **err) {
    if (v == NULL) {
        return true;
    }
    if (v->kind != TOML_ARRAY) {
        *err = xasprintf("pyproject.toml: [tool.setuptools] %s must be a list of names", what);
        return false;
    }
    for (size_t i = 0; i < v->n; i++) {
        if (v->items[i]->kind != TOML_STRING) {
            *err = xasprintf("pyproject.toml: [tool.setuptools] %s must be a list of names", what);
            return false;
        }
        sv_add(out, v->items[i]->text);
    }
    return true;
}

/* The legacy rules: folders starting with a prefix hold the package; a top-level .py is the module. */
static void legacy_layout(const char *dir, const char *const *prefixes, size_t n_prefixes, lib_layout *out,
                          svec *py_files) {
    svec all = {0}, found = {0};
    walk_files(dir, "", &all);
    /* the reference globs *.py first, then *.bin */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < all.n; i++) {
            if (ends_with(all.v[i], pass == 0 ? ".py" : ".bin")) {
                sv_add(&found, all.v[i]);
            }
        }
    }
    sv_free(&all);
    svec *package_files = &out->lib_files;
    for (size_t i = 0; i < found.n; i++) {
        const char *rel = found.v[i];
        const char *slash = strchr(rel, '/');
        size_t first_len = slash ? (size_t)(slash - rel) : strlen(rel);
        if (first_len == 8 && strncmp(rel, "examples", 8) == 0) {
            continue;
        }
        bool in_prefix_folder = false;
        for (size_t p = 0; slash != NULL && p < n_prefixes; p++) {
            size_t pl = strlen(prefixes[p]);
            if (first_len >= pl && strncmp(rel, prefixes[p], pl) == 0) {
                in_prefix_folder = true;
            }
        }
        if (in_prefix_folder) {
            out->is_package = true;
            sv_add(package_files, rel);
        } else if (slash == NULL && out->is_package) {
            /* files at the top found after the package are taken with it (the reference's rule) */
            sv_add(package_files, rel);
        } else if (slash == NULL) {
            bool ignored = false;
            for (size_t k = 0; k < sizeof ignore_py / sizeof ignore_py[0]; k++) {
                if (strcmp(rel, ignore_py[k]) == 0) {
                    ignored = true;
                }
            }
            if (!ignored) {
                sv_add(py_files, rel);
            }
        }
    }
    if (package_files->n > 0) {
        /* the folder holding the first package file */
        char *parent = path_dir(package_files->v[0]);
        out->module_name = xstrdup(path_base(parent));
        free(parent);
    } else if (py_files->n > 0) {
        const char *name = py_files->v[0];
        size_t n = strlen(name);
        out->module_name = xstrndup(name, n >= 3 ? n - 3 : 0);
    }
    sv_free(&found);
}

bool library_layout(const char *dir, const char *const *prefixes, size_t n_prefixes, lib_layout *out, char **err) {
    memset(out, 0, sizeof *out);
    *err = NULL;
    out->description = xstrdup("");
    svec py_modules = {0}, packages = {0}, py_files = {0};
    bool ok = true;

    char *toml_path_s = path_join(dir, "pyproject.toml");
    unsigned char *text;
    size_t len;
    if (read_file(toml_path_s, &text, &len)) {
        char msg[200];
        toml_value *doc = toml_parse((const char *)text, len, msg, sizeof msg);
        free(text);
        if (doc == NULL) {
            *err = xasprintf("pyproject.toml: %s", msg);
            ok = false;
        } else {
            const toml_value *st = toml_path(doc, "tool", "setuptools", NULL);
            ok = string_list(toml_get(st, "py-modules"), "py-modules", &py_modules, err) &&
                 string_list(toml_get(st, "packages"), "packages", &packages, err);
            const char *desc = toml_path_string(doc, "project", "description", NULL);
            if (desc != NULL) {
                free(out->description);
                out->description = xstrdup(desc);
            }
            toml_free(doc);
        }
    }
    free(toml_path_s);

    if (ok) {
        for (size_t i = 0; i < py_modules.n; i++) {
            for (size_t k = 0; k < sizeof py_modules_blocklist / sizeof py_modules_blocklist[0]; k++) {
                if (strcmp(py_modules.v[i], py_modules_blocklist[k]) == 0) {
                    sv_push(&out->notes, xasprintf("py-modules %s is blocklisted: pyproject.toml's layout not used",
                                                   py_modules.v[i]));
                    sv_free(&py_modules);
                    sv_free(&packages);
                    break;
                }
            }
        }
    }

    if (ok && packages.n > 0 && py_modules.n > 0) {
        *err = xstrdup("pyproject.toml: cannot specify both tool.setuptools.py-modules and .packages");
        ok = false;
    } else if (ok && packages.n > 0) {
        if (packages.n > 1) {
            sv_push(&out->notes, xasprintf("using the first package of pyproject.toml, %s", packages.v[0]));
        }
        out->is_package = true;
        out->module_name = xstrdup(packages.v[0]);
        walk_files(dir, packages.v[0], &out->lib_files);
    } else if (ok && py_modules.n > 0) {
        if (py_modules.n > 1) {
            *err = xstrdup("pyproject.toml: only a single module is supported in py-modules");
            ok = false;
        } else {
            out->module_name = xstrdup(py_modules.v[0]);
            char *name = xasprintf("%s.py", py_modules.v[0]);
            char *full = path_join(dir, name);
            if (!is_file(full)) {
                *err = xasprintf("%s, named by pyproject.toml's py-modules, is missing", name);
                ok = false;
            }
            sv_push(&py_files, name);
            free(full);
        }
    } else if (ok) {
        sv_add(&out->notes, "using legacy autodetection");
        legacy_layout(dir, prefixes, n_prefixes, out, &py_files);
    }

    if (ok && py_files.n > 1) {
        sbuf names = {0};
        for (size_t i = 0; i < py_files.n; i++) {
            sb_addf(&names, "%s%s", i ? ", " : "", py_files.v[i]);
        }
        *err = xasprintf("multiple top level py files not allowed (%s): put them in a package or combine them "
                         "into a single file",
                         names.s);
        sb_free(&names);
        ok = false;
    }
    for (size_t i = 0; ok && i < py_files.n; i++) {
        sv_add(&out->lib_files, py_files.v[i]);
    }

    if (ok) {
        walk_files(dir, "examples", &out->example_files);
        svec names = {0};
        list_dir(dir, &names);
        for (size_t i = 0; i < names.n; i++) {
            const char *n = names.v[i];
            if (strncmp(n, "requirements.txt", 16) == 0 || strncmp(n, "pyproject.toml", 14) == 0) {
                char *full = path_join(dir, n);
                uint64_t size;
                if (file_size(full, &size) && size > 0) {
                    sv_add(&out->req_files, n);
                }
                free(full);
            }
        }
        sv_free(&names);
    }
    sv_free(&py_modules);
    sv_free(&packages);
    sv_free(&py_files);
    if (!ok) {
        char *e = *err;
        lib_layout_free(out);
        *err = e;
    }
    return ok;
}

/* ---- requirements ---- */

char *normalize_dist_name(const char *name) {
    char *s = xstrdup(name);
    for (char *c = s; *c; c++) {
        *c = *c == '_' ? '-' : (char)tolower((unsigned char)*c);
    }
    return s;
}

static char *strip(const char *s, size_t n) {
    while (n > 0 && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n > 0 && isspace((unsigned char)s[n - 1])) {
        n--;
    }
    return xstrndup(s, n);
}

void requirements_names(const char *text, size_t len, svec *names) {
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n') {
            continue;
        }
        char *line = strip(text + start, i - start);
        start = i + 1;
        for (char *c = line; *c; c++) {
            *c = (char)tolower((unsigned char)*c);
        }
        if (line[0] == 0 || line[0] == '#') {
            free(line);
            continue;
        }
        size_t cut = strcspn(line, "<>=~[;");
        sv_push(names, strip(line, cut));
        free(line);
    }
}

/* ---- munging ---- */

struct munge_re {
    pcre2_code *version_line;
    pcre2_code *auto_version;
};

munge_re *munge_pattern(void) {
    int code;
    PCRE2_SIZE off;
    munge_re *re = xcalloc(1, sizeof *re);
    re->version_line = pcre2_compile((PCRE2_SPTR) "^__version__", PCRE2_ZERO_TERMINATED, 0, &code, &off, NULL);
    re->auto_version = pcre2_compile((PCRE2_SPTR) "0\\.0\\.0[-+]auto\\.0", PCRE2_ZERO_TERMINATED, 0, &code, &off, NULL);
    if (re->version_line == NULL || re->auto_version == NULL) {
        munge_pattern_free(re);
        return NULL;
    }
    return re;
}

void munge_pattern_free(munge_re *re) {
    if (re != NULL) {
        pcre2_code_free(re->version_line);
        pcre2_code_free(re->auto_version);
        free(re);
    }
}

bool utf8_valid(const unsigned char *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F; /* no surrogates */
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return false;
        }
        if (i + n >= len) {
            return false;
        }
        if (s[i + 1] < lo || s[i + 1] > hi) {
            return false;
        }
        for (size_t k = 2; k <= n; k++) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) {
                return false;
            }
        }
        i += n + 1;
    }
    return true;
}

static void munge_line(const munge_re *re, pcre2_match_data *md, sbuf *out, const unsigned char *line, size_t n,
                       const char *version) {
    if (n >= 11 && pcre2_match(re->version_line, line, n, 0, 0, md, NULL) >= 0) {
        /* substitute into a buffer big enough for any number of replacements */
        size_t cap = n + 1 + (n / 12 + 1) * (strlen(version) + 1);
        PCRE2_UCHAR *buf = xmalloc(cap);
        PCRE2_SIZE outlen = cap;
        int rc = pcre2_substitute(re->auto_version, line, n, 0, PCRE2_SUBSTITUTE_GLOBAL, NULL, NULL,
                                  (PCRE2_SPTR)version, PCRE2_ZERO_TERMINATED, buf, &outlen);
        if (rc >= 0) {
            sb_add(out, buf, outlen);
        } else {
            sb_add(out, line, n);
        }
        free(buf);
    } else {
        sb_add(out, line, n);
    }
    sb_addc(out, '\n');
}

bool munge_source(const munge_re *re, const unsigned char *src, size_t len, const char *version, unsigned char **out,
                  size_t *out_len) {
    if (!utf8_valid(src, len)) {
        return false;
    }
    sbuf b = {0};
    sb_add(&b, "", 0);
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\n' || src[i] == '\r') {
            munge_line(re, md, &b, src + start, i - start, version);
            if (src[i] == '\r' && i + 1 < len && src[i + 1] == '\n') {
                i++;
            }
            start = i + 1;
        }
    }
    if (start < len) {
        munge_line(re, md, &b, src + start, len - start, version);
    }
    pcre2_match_data_free(md);
    *out_len = b.len;
    *out = (unsigned char *)sb_take(&b);
    return true;
}
