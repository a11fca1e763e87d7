/* imports.c: the import rewriting of mpy-pack flatten. When P/x.py becomes the top-level module
   P_x, every import statement that reaches P.x is rewritten on the parse tree before the code is
   compiled:
       from P.x import A        ->  from P_x import A
       from P import x, A       ->  import P_x as x; from P import A
       import P.x as q          ->  import P_x as q
       from . import x (in P)   ->  import P_x as x
       from .x import A (in P)  ->  from P_x import A
   A moved module's relative imports all become absolute, since it no longer sits in a package.
   Forms whose meaning would change are errors at their line: plain `import P.x` (it binds P and
   reaches x as P.x), a name that P/__init__.py binds while P/x.py also exists, a dynamic
   __import__. The same rewriting gives source text for files that stay source (code.py). */
#include "imports.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"

typedef struct {
    const char *name;   /* import: a dotted module name; from: a name in the module */
    const char *alias;  /* NULL: none */
} Item;

typedef struct {
    bool is_from;
    unsigned level;     /* from: leading dots */
    const char *module; /* from: the dotted module after the dots ("" for "from . import x") */
    PNode *star;        /* from ... import *: the star token */
    Item *items;
    size_t n;
} Stmt;

/* A rewritten import statement in text mode: its line, and its new text (NULL: unchanged). */
typedef struct {
    uint32_t line;
    const char *text;
} Placed;

typedef struct {
    Arena *a;
    QTab *qt;
    DiagTrap *trap;
    const mpyc_imports *im;
    const char *pkg;   /* the package relative imports start from; NULL when unknown (user files) */
    bool moved;        /* the module compiled is itself a flattened one */
    uint32_t line;     /* the line of the statement being looked at */
    bool text_mode;    /* record text for each statement instead of rewriting the tree */
    Placed *placed;
    size_t n_placed, cap_placed;
} Ctx;

static _Noreturn void fail(Ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static _Noreturn void fail(Ctx *c, const char *fmt, ...) {
    char msg[180];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_raise(c->trap, "ImportError", c->line, NULL, "cannot flatten: %s", msg);
}

/* ---- strings in the arena ---- */

static char *adup(Ctx *c, const char *s, size_t n) {
    return arena_dup(c->a, s, n);
}

static char *acat(Ctx *c, const char *a, const char *sep, const char *b) {
    size_t la = strlen(a), ls = strlen(sep), lb = strlen(b);
    char *s = arena_alloc(c->a, la + ls + lb + 1);
    memcpy(s, a, la);
    memcpy(s + la, sep, ls);
    memcpy(s + la + ls, b, lb);
    return s;
}

static const char *qstr_text(Ctx *c, Qstr q) {
    return adup(c, qs_str(c->qt, q), qs_len(c->qt, q));
}

/* "P.sub" for "P.sub.x"; "" for "P" */
static const char *parent_of(Ctx *c, const char *name) {
    const char *dot = strrchr(name, '.');
    return dot ? adup(c, name, (size_t)(dot - name)) : "";
}

/* ---- the rename table ---- */

static const mpyc_rename *find_rename(const mpyc_imports *im, const char *name) {
    for (size_t i = 0; i < im->n_renames; i++) {
        if (strcmp(im->renames[i].from, name) == 0) {
            return &im->renames[i];
        }
    }
    return NULL;
}

/* Whether a proper prefix of name ("P" of "P.x.y") was flattened: then name must be one too. */
static bool renamed_prefix(const mpyc_imports *im, const char *name) {
    for (size_t i = 0; i < im->n_renames; i++) {
        size_t n = strlen(im->renames[i].from);
        if (strncmp(name, im->renames[i].from, n) == 0 && name[n] == '.') {
            return true;
        }
    }
    return false;
}

static bool init_binds(const mpyc_imports *im, const char *dotted) {
    for (size_t i = 0; i < im->n_init_names; i++) {
        if (strcmp(im->init_names[i], dotted) == 0) {
            return true;
        }
    }
    return false;
}

/* ---- reading a statement off the tree ---- */

static const char *dotted_text(Ctx *c, PNode *p) {
    if (p == NULL) {
        return "";
    }
    if (p->kind == PN_ID) {
        return qstr_text(c, p->u.q);
    }
    const char *s = "";
    for (uint32_t i = 0; i < p->n; i++) {
        s = i == 0 ? qstr_text(c, p->kids[i]->u.q) : acat(c, s, ".", qstr_text(c, p->kids[i]->u.q));
    }
    return s;
}

/* The items of a list node of the given rule, or the node itself. */
static PNode **list_of(PNode **slot, int rule, size_t *n) {
    if (*slot == NULL) {
        *n = 0;
        return NULL;
    }
    if (pn_is_rule(*slot, rule)) {
        *n = (*slot)->n;
        return (*slot)->kids;
    }
    *n = 1;
    return slot;
}

static void read_stmt(Ctx *c, PNode *p, Stmt *s) {
    memset(s, 0, sizeof *s);
    if (p->rule == R_import_name) {
        size_t n;
        PNode **items = list_of(&p->kids[0], R_dotted_as_names, &n);
        s->items = arena_alloc(c->a, (n ? n : 1) * sizeof *s->items);
        s->n = n;
        for (size_t i = 0; i < n; i++) {
            PNode *it = items[i];
            if (pn_is_rule(it, R_dotted_as_name)) {
                s->items[i].name = dotted_text(c, it->kids[0]);
                s->items[i].alias = qstr_text(c, it->kids[1]->u.q);
            } else {
                s->items[i].name = dotted_text(c, it);
            }
        }
        return;
    }
    s->is_from = true;
    PNode *source = p->kids[0];
    PNode *dots = NULL;
    if (pn_is_token(source, T_DEL_PERIOD) || pn_is_token(source, T_ELLIPSIS) ||
        pn_is_rule(source, R_one_or_more_period_or_ellipsis)) {
        dots = source;
        source = NULL;
    } else if (pn_is_rule(source, R_import_from_2b)) {
        dots = source->kids[0];
        source = source->kids[1];
    }
    if (dots != NULL) {
        size_t n;
        PNode **d = list_of(&dots, R_one_or_more_period_or_ellipsis, &n);
        for (size_t i = 0; i < n; i++) {
            s->level += pn_is_token(d[i], T_DEL_PERIOD) ? 1 : 3;
        }
    }
    s->module = dotted_text(c, source);
    if (pn_is_token(p->kids[1], T_OP_STAR)) {
        s->star = p->kids[1];
        return;
    }
    size_t n;
    PNode **names = list_of(&p->kids[1], R_import_as_names, &n);
    s->items = arena_alloc(c->a, (n ? n : 1) * sizeof *s->items);
    s->n = n;
    for (size_t i = 0; i < n; i++) {
        s->items[i].name = qstr_text(c, names[i]->kids[0]->u.q);
        s->items[i].alias = names[i]->kids[1] ? qstr_text(c, names[i]->kids[1]->u.q) : NULL;
    }
}

/* ---- building statements ---- */

typedef struct {
    Stmt *v;
    size_t n, cap;
} Stmts;

static Stmt *stmts_add(Ctx *c, Stmts *o) {
    if (o->n == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 4;
        Stmt *v = arena_alloc(c->a, cap * sizeof *v);
        if (o->n) {
            memcpy(v, o->v, o->n * sizeof *v);
        }
        o->v = v;
        o->cap = cap;
    }
    Stmt *s = &o->v[o->n++];
    memset(s, 0, sizeof *s);
    return s;
}

static void stmt_add_item(Ctx *c, Stmt *s, const char *name, const char *alias) {
    Item *items = arena_alloc(c->a, (s->n + 1) * sizeof *items);
    if (s->n) {
        memcpy(items, s->items, s->n * sizeof *items);
    }
    items[s->n].name = name;
    items[s->n].alias = alias;
    s->items = items;
    s->n++;
}

/* The absolute name a relative import of `level` dots reaches; NULL when it cannot be known. */
static const char *resolve_relative(Ctx *c, unsigned level, const char *module) {
    if (c->pkg == NULL) {
        return NULL;
    }
    unsigned depth = 0;
    if (*c->pkg) {
        depth = 1;
        for (const char *s = c->pkg; *s; s++) {
            depth += *s == '.';
        }
    }
    if (level > depth) {
        if (c->moved) {
            fail(c, "a relative import goes beyond the top-level package");
        }
        return NULL;
    }
    const char *base = c->pkg;
    for (unsigned i = 1; i < level; i++) {
        base = parent_of(c, base);
    }
    return *module ? acat(c, base, ".", module) : base;
}

/* What an import statement becomes: false when it stays as written. */
static bool rewrite(Ctx *c, const Stmt *s, Stmts *out) {
    const mpyc_imports *im = c->im;
    if (!s->is_from) {
        Stmt *o = stmts_add(c, out);
        bool changed = false;
        for (size_t i = 0; i < s->n; i++) {
            const char *name = s->items[i].name, *alias = s->items[i].alias;
            const mpyc_rename *r = find_rename(im, name);
            if (r == NULL && renamed_prefix(im, name)) {
                fail(c, "no module %s among the flattened modules", name);
            }
            if (r != NULL && r->to == NULL) {
                fail(c, "%s is a package folder without __init__.py: flattened, there is no module %s", name, name);
            }
            if (r != NULL && strchr(name, '.') != NULL && alias == NULL) {
                const char *dot = strrchr(name, '.');
                fail(c, "'import %s' binds %.*s and reaches %s through it, which flattening takes away: write "
                        "'import %s as %s' or 'from %.*s import %s'",
                     name, (int)strcspn(name, "."), name, name, name, dot + 1, (int)(dot - name), name, dot + 1);
            }
            if (r != NULL && strcmp(r->to, name) != 0) {
                stmt_add_item(c, o, r->to, alias ? alias : name);
                changed = true;
            } else {
                stmt_add_item(c, o, name, alias);
            }
        }
        return changed;
    }

    const char *abs = s->module;
    if (s->level > 0) {
        abs = resolve_relative(c, s->level, s->module);
        if (abs == NULL) {
            return false; /* unknown package (a user file) or outside any: left as written */
        }
    }
    bool changed = s->level > 0 && c->moved;
    const mpyc_rename *mr = find_rename(im, abs);
    bool inside = mr == NULL && renamed_prefix(im, abs);
    if (mr != NULL && strcmp(mr->to ? mr->to : "", abs) != 0) {
        changed = true;
    }
    if (s->star != NULL) {
        if (inside) {
            fail(c, "no module %s among the flattened modules", abs);
        }
        if (mr != NULL && mr->to == NULL) {
            fail(c, "%s is a package folder without __init__.py: flattened, there is nothing to import * from", abs);
        }
        if (!changed) {
            return false;
        }
        Stmt *o = stmts_add(c, out);
        o->is_from = true;
        o->module = mr ? mr->to : abs;
        o->star = s->star;
        return true;
    }
    for (size_t i = 0; i < s->n; i++) {
        const char *name = s->items[i].name, *alias = s->items[i].alias;
        const char *sub = acat(c, abs, ".", name);
        const mpyc_rename *sr = find_rename(im, sub);
        if (sr != NULL) {
            if (init_binds(im, sub)) {
                fail(c, "name collision: %s/__init__.py binds %s, and %s is a module too: 'from %s import %s' is "
                        "ambiguous",
                     abs, name, sub, abs, name);
            }
            if (sr->to == NULL) {
                fail(c, "%s is a package folder without __init__.py: flattened, there is no module %s", sub, sub);
            }
            Stmt *o = stmts_add(c, out);
            stmt_add_item(c, o, sr->to, alias ? alias : name);
            changed = true;
            continue;
        }
        if (inside) {
            fail(c, "no module %s among the flattened modules", abs);
        }
        if (mr != NULL && mr->to == NULL) {
            fail(c, "%s is a package folder without __init__.py, and %s is not a module in it", abs, sub);
        }
        const char *target = mr ? mr->to : abs;
        Stmt *last = out->n ? &out->v[out->n - 1] : NULL;
        if (last == NULL || !last->is_from || strcmp(last->module, target) != 0) {
            last = stmts_add(c, out);
            last->is_from = true;
            last->module = target;
        }
        stmt_add_item(c, last, name, alias);
    }
    return changed;
}

/* ---- statements back into tree nodes ---- */

static PNode *new_rule(Ctx *c, int rule, size_t n) {
    return pn_new_rule(c->a, rule, c->line, (uint32_t)n);
}

static PNode *new_id(Ctx *c, const char *s, size_t n) {
    PNode *p = arena_alloc(c->a, sizeof *p);
    p->kind = PN_ID;
    p->u.q = qs_intern(c->qt, s, n);
    return p;
}

static PNode *new_dotted(Ctx *c, const char *s) {
    size_t parts = 1;
    for (const char *t = s; *t; t++) {
        parts += *t == '.';
    }
    if (parts == 1) {
        return new_id(c, s, strlen(s));
    }
    PNode *p = new_rule(c, R_dotted_name, parts);
    for (size_t i = 0; i < parts; i++) {
        size_t n = strcspn(s, ".");
        p->kids[i] = new_id(c, s, n);
        s += n + 1;
    }
    return p;
}

static PNode *stmt_node(Ctx *c, const Stmt *s) {
    if (!s->is_from) {
        PNode *p = new_rule(c, R_import_name, 1);
        PNode *list = s->n == 1 ? NULL : new_rule(c, R_dotted_as_names, s->n);
        for (size_t i = 0; i < s->n; i++) {
            PNode *it = new_dotted(c, s->items[i].name);
            if (s->items[i].alias != NULL) {
                PNode *as = new_rule(c, R_dotted_as_name, 2);
                as->kids[0] = it;
                as->kids[1] = new_id(c, s->items[i].alias, strlen(s->items[i].alias));
                it = as;
            }
            if (list != NULL) {
                list->kids[i] = it;
            } else {
                p->kids[0] = it;
            }
        }
        if (list != NULL) {
            p->kids[0] = list;
        }
        return p;
    }
    PNode *p = new_rule(c, R_import_from, 2);
    p->kids[0] = new_dotted(c, s->module);
    if (s->star != NULL) {
        p->kids[1] = s->star;
        return p;
    }
    PNode *list = s->n == 1 ? NULL : new_rule(c, R_import_as_names, s->n);
    for (size_t i = 0; i < s->n; i++) {
        PNode *it = new_rule(c, R_import_as_name, 2);
        it->kids[0] = new_id(c, s->items[i].name, strlen(s->items[i].name));
        it->kids[1] = s->items[i].alias ? new_id(c, s->items[i].alias, strlen(s->items[i].alias)) : NULL;
        if (list != NULL) {
            list->kids[i] = it;
        } else {
            p->kids[1] = it;
        }
    }
    if (list != NULL) {
        p->kids[1] = list;
    }
    return p;
}

/* ---- statements as text ---- */

typedef struct {
    char *s;
    size_t len, cap;
} Text;

static void text_add(Ctx *c, Text *t, const char *s) {
    size_t n = strlen(s);
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        while (cap < t->len + n + 1) {
            cap *= 2;
        }
        char *m = arena_alloc(c->a, cap);
        if (t->len) {
            memcpy(m, t->s, t->len);
        }
        t->s = m;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n + 1);
    t->len += n;
}

static const char *stmts_text(Ctx *c, const Stmts *o) {
    Text t = {0};
    text_add(c, &t, "");
    for (size_t k = 0; k < o->n; k++) {
        const Stmt *s = &o->v[k];
        if (k > 0) {
            text_add(c, &t, "; ");
        }
        if (s->is_from) {
            text_add(c, &t, "from ");
            text_add(c, &t, s->module);
            text_add(c, &t, " import ");
        } else {
            text_add(c, &t, "import ");
        }
        if (s->star != NULL) {
            text_add(c, &t, "*");
        }
        for (size_t i = 0; i < s->n; i++) {
            if (i > 0) {
                text_add(c, &t, ", ");
            }
            text_add(c, &t, s->items[i].name);
            if (s->items[i].alias != NULL) {
                text_add(c, &t, " as ");
                text_add(c, &t, s->items[i].alias);
            }
        }
    }
    return t.s;
}

/* ---- the walk ---- */

static PNode *rewrite_stmt(Ctx *c, PNode *p) {
    Stmt s;
    read_stmt(c, p, &s);
    Stmts out = {0};
    bool changed = rewrite(c, &s, &out);
    if (c->text_mode) {
        if (c->n_placed == c->cap_placed) {
            size_t cap = c->cap_placed ? c->cap_placed * 2 : 16;
            Placed *v = arena_alloc(c->a, cap * sizeof *v);
            if (c->n_placed) {
                memcpy(v, c->placed, c->n_placed * sizeof *v);
            }
            c->placed = v;
            c->cap_placed = cap;
        }
        c->placed[c->n_placed++] = (Placed){p->line, changed ? stmts_text(c, &out) : NULL};
        return p;
    }
    if (!changed) {
        return p;
    }
    if (out.n == 1) {
        return stmt_node(c, &out.v[0]);
    }
    PNode *list = new_rule(c, R_simple_stmt_2, out.n);
    for (size_t i = 0; i < out.n; i++) {
        list->kids[i] = stmt_node(c, &out.v[i]);
    }
    return list;
}

static bool is_dunder_import(Ctx *c, const PNode *p) {
    return p != NULL && p->kind == PN_ID && qs_len(c->qt, p->u.q) == 10 &&
           memcmp(qs_str(c->qt, p->u.q), "__import__", 10) == 0;
}

/* The module name of a call's trailers __import__("name", ...), or NULL when not a constant. */
static const char *import_call_name(Ctx *c, PNode *trailers) {
    PNode *t = trailers;
    if (pn_is_rule(t, R_atom_expr_trailers) && t->n > 0) {
        t = t->kids[0];
    }
    if (!pn_is_rule(t, R_trailer_paren)) {
        return NULL;
    }
    PNode *arg = t->kids[0];
    if (pn_is_rule(arg, R_arglist) && arg->n > 0) {
        arg = arg->kids[0];
    }
    if (arg != NULL && arg->kind == PN_STR) {
        return qstr_text(c, arg->u.q);
    }
    if (arg != NULL && arg->kind == PN_CONST && arg->u.obj->type == OBJ_STR) {
        return adup(c, arg->u.obj->u.str.s, arg->u.obj->u.str.len);
    }
    return NULL;
}

static PNode *visit(Ctx *c, PNode *p) {
    if (p == NULL) {
        return p;
    }
    if (p->kind == PN_ID) {
        if (is_dunder_import(c, p)) {
            fail(c, "a dynamic __import__ cannot be rewritten");
        }
        return p;
    }
    if (p->kind != PN_RULE) {
        return p;
    }
    uint32_t saved = c->line;
    if (p->line != 0) {
        c->line = p->line;
    }
    if (p->rule == R_import_name || p->rule == R_import_from) {
        p = rewrite_stmt(c, p);
    } else if (p->rule == R_atom_expr_normal && p->n == 2 && is_dunder_import(c, p->kids[0])) {
        /* __import__("name") with a constant name that flattening leaves alone is fine */
        const char *name = import_call_name(c, p->kids[1]);
        if (name == NULL) {
            fail(c, "a dynamic __import__ cannot be rewritten");
        }
        if (find_rename(c->im, name) != NULL || renamed_prefix(c->im, name)) {
            fail(c, "__import__(\"%s\") names a flattened module: write an import statement", name);
        }
        p->kids[1] = visit(c, p->kids[1]);
    } else {
        for (uint32_t i = 0; i < p->n; i++) {
            p->kids[i] = visit(c, p->kids[i]);
        }
    }
    c->line = saved;
    return p;
}

static void ctx_init(Ctx *c, Arena *a, QTab *qt, DiagTrap *trap, const mpyc_options *opt) {
    memset(c, 0, sizeof *c);
    c->a = a;
    c->qt = qt;
    c->trap = trap;
    c->im = opt->imports;
    if (c->im->module != NULL) {
        c->pkg = c->im->is_package ? c->im->module : parent_of(c, c->im->module);
        c->moved = find_rename(c->im, c->im->module) != NULL;
    }
}

PNode *imp_rewrite_tree(Arena *a, QTab *qt, DiagTrap *trap, PNode *root, const mpyc_options *opt) {
    if (opt->imports == NULL) {
        return root;
    }
    Ctx c;
    ctx_init(&c, a, qt, trap, opt);
    c.line = 1;
    return visit(&c, root);
}

/* ---- the entry points that parse on their own ---- */

typedef struct {
    Arena *arena;
    DiagTrap trap;
    QTab *qt;
    PNode *tree;
} Front;

static void front_parse(Front *f, const char *src, size_t len, const char *source_name, const mpyc_options *opt) {
    f->qt = qs_new(f->arena, opt->target);
    qs_intern(f->qt, source_name, strlen(source_name));
    ParseConfig pc;
    par_config(&pc, opt);
    Lexer *lx = lex_new(f->arena, &f->trap, src, len, opt);
    f->tree = par_parse(f->arena, f->arena, &f->trap, lx, f->qt, &pc);
}

static mpyc_result bytes_result(const char *s, size_t n) {
    mpyc_result r = {.ok = true};
    r.mpy = malloc(n + 1);
    if (r.mpy == NULL) {
        abort();
    }
    memcpy(r.mpy, s, n);
    r.mpy[n] = 0;
    r.mpy_len = n;
    return r;
}

/* Where each import statement is in the source: byte offsets of its first and after its last token. */
typedef struct {
    size_t start, end;
    uint32_t line;
} Span;

typedef struct {
    const char *src;
    size_t len;
    size_t *line_start; /* index by line (1-based) */
    size_t n_lines;
} Lines;

static void lines_init(Ctx *c, Lines *l, const char *src, size_t len) {
    size_t n = 2;
    for (size_t i = 0; i < len; i++) {
        n += src[i] == '\n' || (src[i] == '\r' && (i + 1 >= len || src[i + 1] != '\n'));
    }
    l->src = src;
    l->len = len;
    l->line_start = arena_alloc(c->a, (n + 1) * sizeof *l->line_start);
    size_t line = 1;
    l->line_start[1] = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\n' || (src[i] == '\r' && (i + 1 >= len || src[i + 1] != '\n'))) {
            l->line_start[++line] = i + 1;
        }
    }
    l->n_lines = line;
}

/* The byte where the lexer's (line, col) is; tabs count to the next multiple of 8. */
static bool offset_of(const Lines *l, uint32_t line, uint32_t col, size_t *out) {
    if (line < 1 || line > l->n_lines) {
        return false;
    }
    size_t p = l->line_start[line];
    uint32_t c = 1;
    while (c < col && p < l->len && l->src[p] != '\n' && l->src[p] != '\r') {
        c = l->src[p] == '\t' ? (c - 1 + 8) / 8 * 8 + 1 : c + 1;
        p++;
    }
    *out = p;
    return c == col;
}

static bool is_stmt_start(TokKind prev) {
    return prev == T_NEWLINE || prev == T_INDENT || prev == T_DEDENT || prev == T_DEL_SEMICOLON ||
           prev == T_DEL_COLON || prev == T_END;
}

static size_t find_spans(Ctx *c, const Lines *l, const char *src, size_t len, const mpyc_options *opt, Span **out) {
    Lexer *lx = lex_new(c->a, c->trap, src, len, opt);
    size_t n = 0, cap = 16;
    Span *v = arena_alloc(c->a, cap * sizeof *v);
    TokKind prev = T_END; /* the start of the file counts as a statement start */
    for (;;) {
        const Token *t = lex_cur(lx);
        if (t->kind == T_END) {
            break;
        }
        if ((t->kind == T_KW_IMPORT || t->kind == T_KW_FROM) && is_stmt_start(prev)) {
            c->line = t->line;
            size_t start;
            if (!offset_of(l, t->line, t->col, &start) ||
                strncmp(src + start, t->kind == T_KW_IMPORT ? "import" : "from", t->kind == T_KW_IMPORT ? 6 : 4) != 0) {
                fail(c, "cannot place this import statement in the source");
            }
            uint32_t line = t->line;
            /* a token's text lasts until the next token is read: keep a copy of the last one */
            Token last = *t;
            last.text = adup(c, t->text, t->len);
            lex_next(lx);
            for (;;) {
                t = lex_cur(lx);
                if (t->kind == T_NEWLINE || t->kind == T_DEL_SEMICOLON || t->kind == T_END || t->kind == T_DEDENT ||
                    t->kind == T_INDENT) {
                    break;
                }
                last = *t;
                last.text = adup(c, t->text, t->len);
                lex_next(lx);
            }
            size_t end;
            size_t tok_len = last.kind == T_NAME ? last.len : 1;
            if (!offset_of(l, last.line, last.col, &end) || end + tok_len > len ||
                (last.kind == T_NAME && memcmp(src + end, last.text, last.len) != 0) ||
                (last.kind == T_DEL_PAREN_CLOSE && src[end] != ')') || (last.kind == T_OP_STAR && src[end] != '*')) {
                fail(c, "cannot place this import statement in the source");
            }
            if (n == cap) {
                Span *nv = arena_alloc(c->a, cap * 2 * sizeof *nv);
                memcpy(nv, v, n * sizeof *v);
                v = nv;
                cap *= 2;
            }
            v[n++] = (Span){start, end + tok_len, line};
            prev = T_NAME;
            continue;
        }
        prev = t->kind;
        lex_next(lx);
    }
    *out = v;
    return n;
}

mpyc_result mpyc_rewrite_source(const char *src, size_t len, const char *source_name, const mpyc_options *opt) {
    Front f = {.arena = arena_new()};
    mpyc_result r = {.ok = true};
    if (f.arena == NULL) {
        abort();
    }
    if (setjmp(f.trap.jb) == 0) {
        front_parse(&f, src, len, source_name, opt);
        if (opt->imports == NULL) {
            r = bytes_result(src, len);
        } else {
            Ctx c;
            ctx_init(&c, f.arena, f.qt, &f.trap, opt);
            c.text_mode = true;
            c.line = 1;
            visit(&c, f.tree);
            Lines l;
            lines_init(&c, &l, src, len);
            Span *spans;
            size_t n = find_spans(&c, &l, src, len, opt, &spans);
            if (n != c.n_placed) {
                c.line = 1;
                fail(&c, "found %zu import statements in the text and %zu in the code", n, c.n_placed);
            }
            Text t = {0};
            text_add(&c, &t, "");
            size_t at = 0;
            for (size_t i = 0; i < n; i++) {
                if (spans[i].line != c.placed[i].line) {
                    c.line = spans[i].line;
                    fail(&c, "cannot place this import statement in the source");
                }
                if (c.placed[i].text == NULL) {
                    continue;
                }
                text_add(&c, &t, adup(&c, src + at, spans[i].start - at));
                text_add(&c, &t, c.placed[i].text);
                /* the statement keeps its lines: each line break it spanned becomes a continuation */
                bool first = true;
                for (size_t k = spans[i].start; k < spans[i].end; k++) {
                    if (src[k] == '\n' || src[k] == '\r') {
                        bool crlf = src[k] == '\r' && k + 1 < spans[i].end && src[k + 1] == '\n';
                        text_add(&c, &t, first ? " \\" : "\\");
                        text_add(&c, &t, crlf ? "\r\n" : src[k] == '\r' ? "\r" : "\n");
                        k += crlf;
                        first = false;
                    }
                }
                at = spans[i].end;
            }
            /* the tail may hold NUL bytes: copy it by length */
            r = bytes_result(t.s, t.len);
            size_t tail = len - at;
            unsigned char *m = realloc(r.mpy, r.mpy_len + tail + 1);
            if (m == NULL) {
                abort();
            }
            memcpy(m + r.mpy_len, src + at, tail);
            r.mpy = m;
            r.mpy_len += tail;
            r.mpy[r.mpy_len] = 0;
        }
    } else {
        r = (mpyc_result){0};
        r.report = diag_format(&f.trap.d, source_name, opt->target);
    }
    arena_free(f.arena);
    return r;
}

/* ---- names bound at the top level ---- */

typedef struct {
    Text t;
} Names;

static void name_add(Ctx *c, Names *n, const char *s) {
    /* each once */
    size_t l = strlen(s);
    for (const char *p = n->t.s; p != NULL && *p;) {
        const char *e = strchr(p, '\n');
        if ((size_t)(e - p) == l && memcmp(p, s, l) == 0) {
            return;
        }
        p = e + 1;
    }
    text_add(c, &n->t, s);
    text_add(c, &n->t, "\n");
}

static void targets(Ctx *c, Names *n, PNode *p) {
    if (p == NULL) {
        return;
    }
    if (p->kind == PN_ID) {
        name_add(c, n, qstr_text(c, p->u.q));
        return;
    }
    if (pn_is_rule(p, R_testlist_star_expr) || pn_is_rule(p, R_exprlist) || pn_is_rule(p, R_atom_paren) ||
        pn_is_rule(p, R_testlist_comp) || pn_is_rule(p, R_atom_bracket) || pn_is_rule(p, R_star_expr)) {
        for (uint32_t i = 0; i < p->n; i++) {
            targets(c, n, p->kids[i]);
        }
    }
}

static bool renamed_or_inside(const mpyc_imports *im, const char *name) {
    return find_rename(im, name) != NULL || renamed_prefix(im, name);
}

static void import_names(Ctx *c, Names *n, PNode *p) {
    Stmt s;
    read_stmt(c, p, &s);
    if (!s.is_from) {
        for (size_t i = 0; i < s.n; i++) {
            const char *name = s.items[i].name;
            const char *bound = s.items[i].alias ? s.items[i].alias : adup(c, name, strcspn(name, "."));
            const char *module = s.items[i].alias ? name : bound;
            if (!renamed_or_inside(c->im, module)) {
                name_add(c, n, bound);
            }
        }
        return;
    }
    if (s.star != NULL) {
        return;
    }
    const char *abs = s.level > 0 ? resolve_relative(c, s.level, s.module) : s.module;
    for (size_t i = 0; i < s.n; i++) {
        const char *bound = s.items[i].alias ? s.items[i].alias : s.items[i].name;
        if (abs == NULL || find_rename(c->im, acat(c, abs, ".", s.items[i].name)) == NULL) {
            name_add(c, n, bound);
        }
    }
}

static void module_names(Ctx *c, Names *n, PNode *p) {
    if (p == NULL || p->kind != PN_RULE) {
        return;
    }
    switch (p->rule) {
    case R_funcdef:
    case R_classdef:
        targets(c, n, p->kids[0]);
        return;
    case R_expr_stmt: {
        PNode *rhs = p->kids[1];
        if (rhs == NULL) {
            return;
        }
        targets(c, n, p->kids[0]);
        if (pn_is_rule(rhs, R_expr_stmt_assign_list)) {
            for (uint32_t i = 0; i + 1 < rhs->n; i++) {
                targets(c, n, rhs->kids[i]);
            }
        }
        return;
    }
    case R_for_stmt:
        targets(c, n, p->kids[0]);
        for (uint32_t i = 2; i < p->n; i++) {
            module_names(c, n, p->kids[i]);
        }
        return;
    case R_with_item:
        targets(c, n, p->kids[1]);
        return;
    case R_try_stmt_as_name:
        targets(c, n, p->kids[1]);
        return;
    case R_import_name:
    case R_import_from:
        import_names(c, n, p);
        return;
    case R_lambdef:
    case R_atom_expr_normal:
        return;
    default:
        for (uint32_t i = 0; i < p->n; i++) {
            module_names(c, n, p->kids[i]);
        }
    }
}

mpyc_result mpyc_module_names(const char *src, size_t len, const char *source_name, const mpyc_options *opt) {
    Front f = {.arena = arena_new()};
    mpyc_result r = {.ok = true};
    if (f.arena == NULL) {
        abort();
    }
    if (setjmp(f.trap.jb) == 0) {
        front_parse(&f, src, len, source_name, opt);
        static const mpyc_imports none = {0};
        mpyc_options o = *opt;
        if (o.imports == NULL) {
            o.imports = &none;
        }
        Ctx c;
        ctx_init(&c, f.arena, f.qt, &f.trap, &o);
        Names n = {{0}};
        text_add(&c, &n.t, "");
        module_names(&c, &n, f.tree);
        r = bytes_result(n.t.s, n.t.len);
    } else {
        r = (mpyc_result){0};
        r.report = diag_format(&f.trap.d, source_name, opt->target);
    }
    arena_free(f.arena);
    return r;
}
