/* cost_measure.c: --measure: each module imported in the MicroPython VM (node and the
   @micropython/micropython-webassembly-pyscript package of tests/vm), twice: its own import
   with the modules it needs loaded first (the same list, in the same order, as the estimate),
   and its whole tree from nothing. tests/vm/measure.mjs does the measuring; this writes the
   compiled tree and the job list, runs it and reads its JSON. */
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cost.h"

/* The folder of measure.mjs: --vm, $MPY_PACK_VM, or tests/vm beside the build folder. */
static char *find_vm_dir(const cost_ctx *cx) {
    if (cx->vm_dir) {
        return xstrdup(cx->vm_dir);
    }
    const char *env = getenv("MPY_PACK_VM");
    if (env && *env) {
        return xstrdup(env);
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *dir = path_dir(exe);
        char *vm = xasprintf("%s/../tests/vm", dir);
        free(dir);
        char *mjs = xasprintf("%s/measure.mjs", vm);
        bool ok = is_file(mjs);
        free(mjs);
        if (ok) {
            return vm;
        }
        free(vm);
    }
    return xstrdup("tests/vm");
}

static char *shell_quote(const char *s) {
    sbuf b = {0};
    sb_addc(&b, '\'');
    for (; *s; s++) {
        if (*s == '\'') {
            sb_adds(&b, "'\\''");
        } else {
            sb_addc(&b, *s);
        }
    }
    sb_addc(&b, '\'');
    return sb_take(&b);
}

/* the .mpy path of a module inside the lib folder */
static char *mpy_rel(const cmod *m) {
    const char *rel = m->rel;
    size_t n = strlen(rel);
    if (n > 3 && strcmp(rel + n - 3, ".py") == 0) {
        return xasprintf("%.*s.mpy", (int)(n - 3), rel);
    }
    return xstrdup(rel);
}

bool cost_measure(cost_ctx *cx, char **err) {
    char *vm = find_vm_dir(cx);
    char *mjs = xasprintf("%s/measure.mjs", vm);
    if (!is_file(mjs)) {
        *err = xasprintf("no %s (give --vm DIR)", mjs);
        free(mjs);
        free(vm);
        return false;
    }
    char tmpl[] = "/tmp/mpy-pack-measure-XXXXXX";
    if (!mkdtemp(tmpl)) {
        *err = xasprintf("cannot make a temporary folder: %s", strerror(errno));
        free(mjs);
        free(vm);
        return false;
    }
    char *libdir = xasprintf("%s/lib", tmpl);
    mkdir_p(libdir);
    bool ok = true;
    for (size_t i = 0; i < cx->lib.n && ok; i++) {
        const cmod *m = &cx->lib.mods[i];
        if (m->error) {
            continue;
        }
        if (!m->rel) {
            char *dir = xstrdup(m->board_path + 5); /* after "/lib/" */
            char *p = path_join(libdir, dir);
            mkdir_p(p);
            free(p);
            free(dir);
            continue;
        }
        char *rel = mpy_rel(m);
        char *p = path_join(libdir, rel);
        char *d = path_dir(p);
        mkdir_p(d);
        if (!write_file_atomic(p, m->mpy, m->mpy_len)) {
            *err = xasprintf("cannot write %s", p);
            ok = false;
        }
        free(d);
        free(p);
        free(rel);
    }
    /* the stand-ins, as source: the VM compiles them itself */
    char *stubs = NULL;
    if (cx->stubs.n) {
        stubs = xasprintf("%s/stubs", tmpl);
        mkdir_p(stubs);
        for (size_t i = 0; i < cx->stubs.n && ok; i++) {
            const cmod *m = &cx->stubs.mods[i];
            if (!m->rel || !m->src) {
                continue;
            }
            char *p = path_join(stubs, m->rel);
            char *d = path_dir(p);
            mkdir_p(d);
            if (!write_file_atomic(p, m->src, m->src_len)) {
                *err = xasprintf("cannot write %s", p);
                ok = false;
            }
            free(d);
            free(p);
        }
    }
    json_t *spec = json_object();
    json_object_set_new(spec, "lib", json_string(libdir));
    json_object_set_new(spec, "stubs", stubs ? json_string(stubs) : json_null());
    free(stubs);
    json_t *jobs = json_array();
    for (size_t i = 0; i < cx->lib.n; i++) {
        const cmod *m = &cx->lib.mods[i];
        if (m->error || !m->tree_ok) {
            continue;
        }
        json_t *own = json_object();
        char *id = xasprintf("%s#own", m->name);
        json_object_set_new(own, "id", json_string(id));
        free(id);
        json_object_set_new(own, "module", json_string(m->name));
        json_t *pre = json_array();
        for (size_t k = 0; k < m->deps.n; k++) {
            json_array_append_new(pre, json_string(m->deps.v[k]));
        }
        json_object_set_new(own, "preload", pre);
        json_array_append_new(jobs, own);
        json_t *tree = json_object();
        id = xasprintf("%s#tree", m->name);
        json_object_set_new(tree, "id", json_string(id));
        free(id);
        json_object_set_new(tree, "module", json_string(m->name));
        json_object_set_new(tree, "preload", json_array());
        json_array_append_new(jobs, tree);
    }
    json_object_set_new(spec, "jobs", jobs);
    char *spec_path = xasprintf("%s/spec.json", tmpl);
    char *out_path = xasprintf("%s/result.json", tmpl);
    if (ok && json_dump_file(spec, spec_path, JSON_INDENT(1)) != 0) {
        *err = xasprintf("cannot write %s", spec_path);
        ok = false;
    }
    json_decref(spec);
    if (ok) {
        char *qvm = shell_quote(vm), *qspec = shell_quote(spec_path), *qout = shell_quote(out_path);
        char *cmd = xasprintf("cd %s && node measure.mjs %s > %s", qvm, qspec, qout);
        int rc = system(cmd);
        if (rc != 0) {
            *err = xasprintf("'%s' failed (status %d); is node installed and tests/vm/node_modules there (make deps)?", cmd, rc);
            ok = false;
        }
        free(cmd);
        free(qvm);
        free(qspec);
        free(qout);
    }
    if (ok) {
        json_error_t je;
        json_t *res = json_load_file(out_path, 0, &je);
        json_t *results = res ? json_object_get(res, "results") : NULL;
        if (!json_is_array(results)) {
            *err = xasprintf("cannot read the VM's results: %s", je.text);
            ok = false;
        } else {
            size_t k;
            json_t *r;
            json_array_foreach(results, k, r) {
                const char *id = json_string_value(json_object_get(r, "id"));
                if (!id) {
                    continue;
                }
                const char *hash = strrchr(id, '#');
                if (!hash) {
                    continue;
                }
                char *name = xstrndup(id, (size_t)(hash - id));
                cmod *m = clib_find(&cx->lib, name);
                free(name);
                if (!m) {
                    continue;
                }
                bool good = json_is_true(json_object_get(r, "ok"));
                long long ram = (long long)json_integer_value(json_object_get(r, "ram_bytes"));
                if (!good) {
                    json_t *pr = json_object_get(r, "problems");
                    const char *why = json_is_array(pr) && json_array_size(pr) ? json_string_value(json_array_get(pr, 0)) : "failed";
                    free(m->m_err);
                    m->m_err = xstrdup(why ? why : "failed");
                    continue;
                }
                if (strcmp(hash, "#own") == 0) {
                    m->m_ram = ram;
                } else {
                    m->m_ram_deps = ram;
                    m->measured = true;
                }
            }
            cx->measured_any = true;
        }
        json_decref(res);
    }
    if (getenv("MPY_PACK_COST_DEBUG")) {
        char *cmd = xasprintf("cp '%s' /tmp/mpy-pack-measure-result.json; cp '%s' /tmp/mpy-pack-measure-spec.json", out_path, spec_path);
        if (system(cmd) != 0) {
            fprintf(stderr, "mpy-pack cost: could not keep the measurement files\n");
        }
        free(cmd);
    }
    remove_tree(tmpl);
    free(spec_path);
    free(out_path);
    free(libdir);
    free(mjs);
    free(vm);
    return ok;
}
