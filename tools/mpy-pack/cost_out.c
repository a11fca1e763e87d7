/* cost_out.c: what `mpy-pack cost` tells the user: an aligned table sorted by cost, the import
   tree, the heap check, the savings and the flags; --json (one object per module); --html (one
   self-contained page, well-formed XHTML, with SVG charts of where the RAM goes). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cost.h"

char *fmt_bytes(long long n) {
    char raw[32], out[48];
    snprintf(raw, sizeof raw, "%lld", n < 0 ? -n : n);
    size_t len = strlen(raw), o = 0;
    if (n < 0) {
        out[o++] = '-';
    }
    for (size_t i = 0; i < len; i++) {
        if (i && (len - i) % 3 == 0) {
            out[o++] = ',';
        }
        out[o++] = raw[i];
    }
    out[o] = 0;
    return xstrdup(out);
}

static const char *target_text(mpyc_target t) {
    switch (t) {
        case MPYC_MICROPYTHON: return "micropython";
        case MPYC_CIRCUITPYTHON9: return "circuitpython9";
        default: return "circuitpython";
    }
}

/* modules in the order of the table: biggest own import first */
static int cmp_ram(const void *a, const void *b) {
    const cmod *x = *(const cmod *const *)a, *y = *(const cmod *const *)b;
    if (x->ram != y->ram) {
        return x->ram < y->ram ? 1 : -1;
    }
    if (x->ram_deps != y->ram_deps) {
        return x->ram_deps < y->ram_deps ? 1 : -1;
    }
    return strcmp(x->name, y->name);
}

static size_t sorted_modules(const cost_ctx *cx, const cmod ***out) {
    const cmod **v = xcalloc(cx->lib.n + 1, sizeof *v);
    size_t n = 0;
    for (size_t i = 0; i < cx->lib.n; i++) {
        if (!cx->lib.mods[i].error) {
            v[n++] = &cx->lib.mods[i];
        }
    }
    qsort(v, n, sizeof *v, cmp_ram);
    *out = v;
    return n;
}

static void pad(FILE *out, const char *s, int width, bool right) {
    int len = (int)strlen(s);
    if (right) {
        fprintf(out, "%*s%s", width > len ? width - len : 0, "", s);
    } else {
        fprintf(out, "%s%*s", s, width > len ? width - len : 0, "");
    }
}

static void num_cell(FILE *out, long long v, bool ok, bool star, int width) {
    char buf[64];
    if (!ok) {
        snprintf(buf, sizeof buf, "error");
    } else {
        char *f = fmt_bytes(v);
        snprintf(buf, sizeof buf, "%s%s", f, star ? "*" : " ");
        free(f);
    }
    pad(out, buf, width, true);
}

static char *pct(long long est, long long meas) {
    if (meas == 0) {
        return xstrdup(est == 0 ? "0.0%" : "n/a");
    }
    return xasprintf("%+.1f%%", 100.0 * (double)(est - meas) / (double)meas);
}

void cost_print_table(const cost_ctx *cx, FILE *out) {
    const cmod **v;
    size_t n = sorted_modules(cx, &v);
    size_t name_w = 6;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(v[i]->name);
        if (l > name_w) {
            name_w = l;
        }
    }
    fprintf(out, "mpy-pack cost: %zu modules, target %s, a 32-bit heap (16-byte blocks)", n, target_text(cx->target));
    if (cx->stubs_dir) {
        fprintf(out, ", stand-ins from %s", cx->stubs_dir);
    }
    fprintf(out, "\n\n");
    bool m = cx->measured_any;
    pad(out, "module", (int)name_w, false);
    fprintf(out, "  %8s %7s %10s %10s %9s %9s", ".mpy", "flash", "RAM own", "with deps", "frozen", "fw flash");
    if (m) {
        fprintf(out, " %10s %7s %10s %7s", "measured", "diff", "meas deps", "diff");
    }
    fprintf(out, "\n");
    for (size_t i = 0; i < n; i++) {
        const cmod *c = v[i];
        pad(out, c->name, (int)name_w, false);
        fprintf(out, "  ");
        char *b = fmt_bytes((long long)c->mpy_len);
        pad(out, c->rel ? b : "-", 8, true);
        free(b);
        b = fmt_bytes((long long)sectors_of(c->mpy_len) * 512);
        fprintf(out, " ");
        pad(out, c->rel ? b : "-", 7, true);
        free(b);
        fprintf(out, " ");
        num_cell(out, c->ram, c->own_ok, c->n_flags > 0, 10);
        fprintf(out, " ");
        num_cell(out, c->ram_deps, c->tree_ok, c->n_tree_flags > 0, 10);
        fprintf(out, " ");
        num_cell(out, c->frozen_ram, c->frozen_ok, c->n_flags > 0, 9);
        b = fmt_bytes(c->frozen_flash);
        fprintf(out, " %8s ", b);
        free(b);
        if (m) {
            if (c->measured && !c->m_err) {
                fprintf(out, " ");
                num_cell(out, c->m_ram, true, false, 10);
                char *p = pct(c->ram, c->m_ram);
                fprintf(out, " %7s", p);
                free(p);
                fprintf(out, " ");
                num_cell(out, c->m_ram_deps, true, false, 10);
                p = pct(c->ram_deps, c->m_ram_deps);
                fprintf(out, " %7s", p);
                free(p);
            } else if (!c->tree_ok) {
                fprintf(out, "  not measured: its import fails");
            } else {
                fprintf(out, "  not measured: %s", c->m_err ? c->m_err : "no result");
            }
        }
        if (c->loaded_by_parent) {
            fprintf(out, "  (its package's __init__ imports it)");
        }
        fprintf(out, "\n");
    }
    fprintf(out,
            "\nRAM own: what `import M` keeps on the heap after a collection when everything it imports is\n"
            "already loaded (whole 16-byte blocks, new qstrs at 7 + len + 1 bytes, new sys.modules entries at\n"
            "8 bytes); with deps: the same from nothing loaded; frozen: its own import if frozen into the\n"
            "firmware, and fw flash what freezing adds to the firmware (an estimate); flash: whole 512-byte\n"
            "sectors on CIRCUITPY. * : rests on a flag (below).\n");
    if (cx->verbose) {
        fprintf(out, "\nimport trees (what each module's import from nothing loads, and keeps):\n");
        for (size_t i = 0; i < n; i++) {
            const cmod *c = v[i];
            if (c->n_shares < 2) {
                continue;
            }
            fprintf(out, "  %s:", c->name);
            for (size_t k = 0; k < c->n_shares; k++) {
                char *b = fmt_bytes(c->shares[k].bytes);
                fprintf(out, "%s %s %s", k ? "," : "", c->shares[k].name, b);
                free(b);
            }
            fprintf(out, "\n");
        }
    }
    if (m) {
        size_t k = 0, within_own = 0, within_tree = 0;
        for (size_t i = 0; i < n; i++) {
            const cmod *c = v[i];
            if (!c->measured || c->m_err) {
                continue;
            }
            k++;
            long long d1 = c->ram - c->m_ram, d2 = c->ram_deps - c->m_ram_deps;
            within_own += (d1 < 0 ? -d1 : d1) * 20 <= (c->m_ram < 0 ? -c->m_ram : c->m_ram);
            within_tree += (d2 < 0 ? -d2 : d2) * 20 <= c->m_ram_deps;
        }
        fprintf(out, "measured in the MicroPython VM (WebAssembly, 32-bit): %zu modules; within 5%%: own %zu, with deps %zu\n",
                k, within_own, within_tree);
    }

    /* the tree */
    if (cx->have_tree) {
        char *t = fmt_bytes(cx->tree_ram);
        if (cx->entry) {
            fprintf(out, "\nimport tree of %s: %s B of RAM in all%s\n", cx->entry, t, cx->n_tree_flags ? "*" : "");
        } else {
            fprintf(out, "\nevery module imported, one after another: %s B of RAM in all%s\n", t, cx->n_tree_flags ? "*" : "");
        }
        free(t);
        if (!cx->tree_ok && cx->tree_err) {
            fprintf(out, "  (an import failed: %s)\n", cx->tree_err);
        }
        fprintf(out, "  by kind:");
        for (int k = 0; k < MPC_KIND__N; k++) {
            char *b = fmt_bytes(cx->tree_kind[k]);
            fprintf(out, "%s %s %s", k ? "," : "", mpc_kind_name(k), b);
            free(b);
        }
        fprintf(out, "\n");
        if (cx->entry) {
            size_t w = 6;
            for (size_t i = 0; i < cx->n_tree_shares; i++) {
                size_t l = strlen(cx->tree_shares[i].name);
                w = l > w ? l : w;
            }
            fprintf(out, "  ");
            pad(out, "module", (int)w, false);
            fprintf(out, " %9s\n", "RAM");
            for (size_t i = 0; i < cx->n_tree_shares; i++) {
                fprintf(out, "  ");
                pad(out, cx->tree_shares[i].name, (int)w, false);
                char *b = fmt_bytes(cx->tree_shares[i].bytes);
                fprintf(out, " %9s\n", b);
                free(b);
            }
        }
    }
    if (cx->have_heap) {
        char *h = fmt_bytes(cx->heap.bytes);
        char *t = fmt_bytes(cx->tree_ram);
        long long left = cx->heap.bytes - cx->tree_ram;
        char *l = fmt_bytes(left < 0 ? -left : left);
        fprintf(out, "\nheap %s%s%s B: the tree's %s B %s; %s B %s\n", cx->heap.name && *cx->heap.name ? cx->heap.name : "",
                cx->heap.name && *cx->heap.name ? " = " : "", h, t, left >= 0 ? "fits" : "does not fit",
                l, left >= 0 ? "left" : "short");
        if (cx->heap.name && *cx->heap.name) {
            fprintf(out, "  (%s)\n", cx->heap.source);
        }
        fprintf(out, "  Only the imports are counted: what the program makes when it runs comes on top.\n");
        free(h);
        free(t);
        free(l);
    }

    /* savings */
    bool any = false;
    for (size_t i = 0; i < cx->n_packages; i++) {
        if (cx->packages[i].n_savings) {
            any = true;
        }
    }
    if (any) {
        fprintf(out, "\nsavings, each worked out by doing it (RAM with every module of the package imported):\n");
        for (size_t i = 0; i < cx->n_packages; i++) {
            const cpackage *p = &cx->packages[i];
            char *b = fmt_bytes(p->ram);
            fprintf(out, "  %s: %s B", p->name, b);
            free(b);
            for (size_t j = 0; j < p->n_savings; j++) {
                const csaving *s = &p->savings[j];
                if (s->available) {
                    char *r = fmt_bytes(s->ram);
                    fprintf(out, "; %s: %s B", s->what, r);
                    free(r);
                }
            }
            fprintf(out, "\n");
            for (size_t j = 0; j < p->n_savings; j++) {
                const csaving *s = &p->savings[j];
                if (!s->available && cx->verbose) {
                    fprintf(out, "    %s: not available (%s)\n", s->what, s->why_not ? s->why_not : "?");
                }
            }
        }
    }

    /* flags */
    size_t n_flags = 0;
    for (size_t i = 0; i < n; i++) {
        n_flags += v[i]->n_flags;
    }
    if (n_flags) {
        fprintf(out, "\nflags: figures resting on what the model could not follow\n");
        for (size_t i = 0; i < n; i++) {
            for (size_t j = 0; j < v[i]->n_flags; j++) {
                const mpc_flag *f = &v[i]->flags[j];
                if (strcmp(f->module, v[i]->name) != 0) {
                    fprintf(out, "  %s: in %s, %s", v[i]->name, f->module, f->where);
                } else {
                    fprintf(out, "  %s: %s", v[i]->name, f->where);
                }
                if (f->line) {
                    fprintf(out, " line %u", f->line);
                }
                fprintf(out, ": %s\n", f->text);
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (!v[i]->own_ok && v[i]->own_err) {
            fprintf(out, "  %s: its import fails in the model: %s\n", v[i]->name, v[i]->own_err);
        }
    }
    free(v);
}

/* ---------------------------------------------------------------------------- JSON */

static json_t *kinds_json(const long long *k) {
    json_t *o = json_object();
    for (int i = 0; i < MPC_KIND__N; i++) {
        json_object_set_new(o, mpc_kind_name(i), json_integer(k[i]));
    }
    return o;
}

static json_t *flags_json(const mpc_flag *f, size_t n) {
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "module", json_string(f[i].module));
        json_object_set_new(o, "where", json_string(f[i].where));
        json_object_set_new(o, "line", json_integer(f[i].line));
        json_object_set_new(o, "text", json_string(f[i].text));
        json_array_append_new(a, o);
    }
    return a;
}

bool cost_print_json(const cost_ctx *cx, FILE *out) {
    const cmod **v;
    size_t n = sorted_modules(cx, &v);
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++) {
        const cmod *c = v[i];
        json_t *o = json_object();
        json_object_set_new(o, "module", json_string(c->name));
        json_object_set_new(o, "package", json_boolean(c->is_pkg));
        json_object_set_new(o, "file", c->rel ? json_string(c->rel) : json_null());
        json_object_set_new(o, "target", json_string(target_text(cx->target)));
        json_object_set_new(o, "mpy_bytes", json_integer((json_int_t)c->mpy_len));
        json_object_set_new(o, "flash_bytes", json_integer((json_int_t)sectors_of(c->mpy_len) * 512));
        json_object_set_new(o, "ram_bytes", json_integer(c->ram));
        json_object_set_new(o, "ram_with_deps_bytes", json_integer(c->ram_deps));
        json_object_set_new(o, "frozen_ram_bytes", json_integer(c->frozen_ram));
        json_object_set_new(o, "frozen_flash_bytes", json_integer(c->frozen_flash));
        json_object_set_new(o, "ram_by_kind", kinds_json(c->own_kind));
        json_object_set_new(o, "ram_with_deps_by_kind", kinds_json(c->tree_kind));
        json_object_set_new(o, "new_qstrs", json_integer((json_int_t)c->own_qstrs));
        json_t *deps = json_array();
        for (size_t k = 0; k < c->deps.n; k++) {
            json_array_append_new(deps, json_string(c->deps.v[k]));
        }
        json_object_set_new(o, "deps", deps);
        json_t *shares = json_array();
        for (size_t k = 0; k < c->n_shares; k++) {
            json_t *s = json_object();
            json_object_set_new(s, "module", json_string(c->shares[k].name));
            json_object_set_new(s, "ram_bytes", json_integer(c->shares[k].bytes));
            json_array_append_new(shares, s);
        }
        json_object_set_new(o, "tree", shares);
        json_object_set_new(o, "loaded_by_parent", json_boolean(c->loaded_by_parent));
        json_object_set_new(o, "ok", json_boolean(c->own_ok && c->tree_ok));
        if (!c->own_ok || !c->tree_ok) {
            json_object_set_new(o, "error", json_string(c->own_err ? c->own_err : c->tree_err ? c->tree_err : "import failed"));
        }
        json_object_set_new(o, "flagged", json_boolean(c->n_flags > 0 || c->n_tree_flags > 0));
        json_object_set_new(o, "flags", flags_json(c->flags, c->n_flags));
        if (cx->measured_any) {
            json_t *mo = json_object();
            json_object_set_new(mo, "ok", json_boolean(c->measured && !c->m_err));
            if (c->measured && !c->m_err) {
                json_object_set_new(mo, "ram_bytes", json_integer(c->m_ram));
                json_object_set_new(mo, "ram_with_deps_bytes", json_integer(c->m_ram_deps));
            } else {
                json_object_set_new(mo, "error", json_string(c->m_err ? c->m_err : "not measured"));
            }
            json_object_set_new(o, "measured", mo);
        }
        json_array_append_new(arr, o);
    }
    free(v);
    char *s = json_dumps(arr, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
    json_decref(arr);
    if (!s) {
        return false;
    }
    fputs(s, out);
    fputc('\n', out);
    free(s);
    return true;
}

/* ---------------------------------------------------------------------------- HTML */

static void esc(sbuf *b, const char *s) {
    for (; *s; s++) {
        switch (*s) {
            case '<': sb_adds(b, "&lt;"); break;
            case '>': sb_adds(b, "&gt;"); break;
            case '&': sb_adds(b, "&amp;"); break;
            case '"': sb_adds(b, "&quot;"); break;
            case '\'': sb_adds(b, "&#39;"); break;
            default: sb_addc(b, *s);
        }
    }
}

static const char *const kind_colors[MPC_KIND__N] = {
    "#4e79a7", "#a0cbe8", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#edc948", "#9c755f", "#bab0ac",
};

static void bar_svg(sbuf *b, const long long *kind, long long scale, int width, int height) {
    double x = 0;
    for (int k = 0; k < MPC_KIND__N; k++) {
        if (kind[k] <= 0 || scale <= 0) {
            continue;
        }
        double w = (double)kind[k] * width / (double)scale;
        sb_addf(b, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%s: %lld B</title></rect>", x, w,
                height, kind_colors[k], mpc_kind_name(k), kind[k]);
        x += w;
    }
}

bool cost_write_html(const cost_ctx *cx, const char *path, char **err) {
    const cmod **v;
    size_t n = sorted_modules(cx, &v);
    sbuf b = {0};
    sb_adds(&b, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    sb_adds(&b, "<title>mpy-pack cost</title>\n<style>\n"
                "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}\n"
                "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em}\n"
                "table{border-collapse:collapse;font-size:.9em}td,th{padding:.2em .6em;text-align:right;border-bottom:1px solid #eee}\n"
                "td:first-child,th:first-child{text-align:left;font-family:monospace}\n"
                ".key span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:middle}\n"
                ".flag{color:#b00}.note{color:#555;font-size:.9em}\n"
                "</style>\n</head>\n<body>\n");
    sb_adds(&b, "<h1>What each import costs in RAM</h1>\n<p class=\"note\">");
    sb_addf(&b, "%zu modules, target %s, a 32-bit heap of 16-byte blocks. ", n, target_text(cx->target));
    sb_adds(&b, "RAM own: what <code>import M</code> keeps after a collection when everything it imports is already "
                "loaded; with deps: from nothing loaded. New qstrs count 7 + length + 1 bytes, new sys.modules entries 8 bytes.</p>\n");
    /* key */
    sb_adds(&b, "<p class=\"key\">");
    for (int k = 0; k < MPC_KIND__N; k++) {
        sb_addf(&b, "<span style=\"background:%s\"></span>%s", kind_colors[k], mpc_kind_name(k));
    }
    sb_adds(&b, "</p>\n");

    /* the tree by kind */
    if (cx->have_tree) {
        char *t = fmt_bytes(cx->tree_ram);
        sb_adds(&b, "<h2>");
        if (cx->entry) {
            sb_adds(&b, "The import tree of ");
            esc(&b, cx->entry);
        } else {
            sb_adds(&b, "Every module imported");
        }
        sb_addf(&b, ": %s B by kind</h2>\n", t);
        free(t);
        sb_adds(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"36\" role=\"img\">");
        bar_svg(&b, cx->tree_kind, cx->tree_ram, 800, 36);
        sb_adds(&b, "</svg>\n<table>\n<tr><th>kind</th><th>bytes</th><th>share</th></tr>\n");
        for (int k = 0; k < MPC_KIND__N; k++) {
            char *x = fmt_bytes(cx->tree_kind[k]);
            sb_addf(&b, "<tr><td><span style=\"color:%s\">&#9632;</span> %s</td><td>%s</td><td>%.1f%%</td></tr>\n", kind_colors[k],
                    mpc_kind_name(k), x, cx->tree_ram ? 100.0 * (double)cx->tree_kind[k] / (double)cx->tree_ram : 0.0);
            free(x);
        }
        sb_adds(&b, "</table>\n");
        if (cx->have_heap) {
            long long left = cx->heap.bytes - cx->tree_ram;
            char *h = fmt_bytes(cx->heap.bytes), *l = fmt_bytes(left < 0 ? -left : left);
            sb_addf(&b, "<p>Heap of %s B: ", h);
            sb_addf(&b, left >= 0 ? "fits, %s B left.</p>\n" : "<span class=\"flag\">does not fit, %s B short.</span></p>\n", l);
            free(h);
            free(l);
        }
    }

    /* per module */
    long long scale = 1;
    for (size_t i = 0; i < n; i++) {
        if (v[i]->ram > scale) {
            scale = v[i]->ram;
        }
    }
    sb_adds(&b, "<h2>Per module: its own import</h2>\n");
    int row = 22, label = 300, width = 560;
    sb_addf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%zu\" role=\"img\">", label + width + 90,
            n * (size_t)row + 4);
    for (size_t i = 0; i < n; i++) {
        sb_addf(&b, "<g transform=\"translate(0,%zu)\"><text x=\"%d\" y=\"15\" text-anchor=\"end\" font-size=\"12\" font-family=\"monospace\">",
                i * (size_t)row, label - 6);
        esc(&b, v[i]->name);
        sb_addf(&b, "</text><g transform=\"translate(%d,2)\">", label);
        bar_svg(&b, v[i]->own_kind, scale, width, row - 6);
        char *x = fmt_bytes(v[i]->ram);
        sb_addf(&b, "</g><text x=\"%.1f\" y=\"15\" font-size=\"12\">%s%s</text></g>",
                label + (double)v[i]->ram * width / (double)scale + 4, x, v[i]->n_flags ? " *" : "");
        free(x);
    }
    sb_adds(&b, "</svg>\n");

    /* the table */
    sb_adds(&b, "<h2>Figures</h2>\n<table>\n<tr><th>module</th><th>.mpy</th><th>flash</th><th>RAM own</th><th>with deps</th><th>frozen</th>");
    if (cx->measured_any) {
        sb_adds(&b, "<th>measured own</th><th>measured with deps</th>");
    }
    sb_adds(&b, "<th>flags</th></tr>\n");
    for (size_t i = 0; i < n; i++) {
        const cmod *c = v[i];
        char *a = fmt_bytes((long long)c->mpy_len), *f = fmt_bytes((long long)sectors_of(c->mpy_len) * 512), *r = fmt_bytes(c->ram),
             *d = fmt_bytes(c->ram_deps), *z = fmt_bytes(c->frozen_ram);
        sb_adds(&b, "<tr><td>");
        esc(&b, c->name);
        sb_addf(&b, "</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>", a, f, r, d, z);
        if (cx->measured_any) {
            if (c->measured && !c->m_err) {
                char *mr = fmt_bytes(c->m_ram), *md = fmt_bytes(c->m_ram_deps);
                sb_addf(&b, "<td>%s</td><td>%s</td>", mr, md);
                free(mr);
                free(md);
            } else {
                sb_adds(&b, "<td>-</td><td>-</td>");
            }
        }
        sb_addf(&b, "<td>%zu</td></tr>\n", c->n_flags);
        free(a);
        free(f);
        free(r);
        free(d);
        free(z);
    }
    sb_adds(&b, "</table>\n");

    /* savings */
    if (cx->n_packages) {
        sb_adds(&b, "<h2>Savings, each worked out by doing it</h2>\n<table>\n<tr><th>package</th><th>as it is</th>");
        const char *cols[] = {"-X no-source-lines", "-O3", "flattened", "frozen"};
        for (size_t k = 0; k < 4; k++) {
            sb_addf(&b, "<th>%s</th>", cols[k]);
        }
        sb_adds(&b, "</tr>\n");
        for (size_t i = 0; i < cx->n_packages; i++) {
            const cpackage *p = &cx->packages[i];
            char *r = fmt_bytes(p->ram);
            sb_adds(&b, "<tr><td>");
            esc(&b, p->name);
            sb_addf(&b, "</td><td>%s</td>", r);
            free(r);
            for (size_t k = 0; k < 4; k++) {
                const csaving *s = NULL;
                for (size_t j = 0; j < p->n_savings; j++) {
                    if (strcmp(p->savings[j].what, cols[k]) == 0) {
                        s = &p->savings[j];
                    }
                }
                if (s && s->available) {
                    char *x = fmt_bytes(s->ram);
                    sb_addf(&b, "<td>%s</td>", x);
                    free(x);
                } else {
                    sb_adds(&b, "<td>-</td>");
                }
            }
            sb_adds(&b, "</tr>\n");
        }
        sb_adds(&b, "</table>\n");
    }

    /* flags */
    bool any = false;
    for (size_t i = 0; i < n; i++) {
        any = any || v[i]->n_flags;
    }
    if (any) {
        sb_adds(&b, "<h2>Flags</h2>\n<ul>\n");
        for (size_t i = 0; i < n; i++) {
            for (size_t j = 0; j < v[i]->n_flags; j++) {
                const mpc_flag *f = &v[i]->flags[j];
                sb_adds(&b, "<li class=\"flag\">");
                esc(&b, v[i]->name);
                sb_adds(&b, ": ");
                esc(&b, f->where);
                if (f->line) {
                    sb_addf(&b, " line %u", f->line);
                }
                sb_adds(&b, ": ");
                esc(&b, f->text);
                sb_adds(&b, "</li>\n");
            }
        }
        sb_adds(&b, "</ul>\n");
    }
    sb_adds(&b, "<p class=\"note\">Made by mpy-pack cost; the model is described in docs/cost-model.md.</p>\n</body>\n</html>\n");
    free(v);
    bool ok = write_file_atomic(path, b.s, b.len);
    if (!ok) {
        *err = xstrdup("cannot write the file");
    }
    sb_free(&b);
    return ok;
}
