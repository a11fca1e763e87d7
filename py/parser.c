/* parser.c: table-driven parser with backtracking between alternatives, building the reference's
   tree shape and folding constants on the way, as the reference compiler does. */
#include "parser.h"

#include <stdlib.h>
#include <string.h>

/* ---- Tables generated from grammar.h ---- */

#include "grammar_tables.h"
#include "first_sets.h"   /* generated at build time by py/gen_first_sets.c */

const char *par_rule_name(int rule) {
    return rule >= 0 && rule < R_COUNT_ ? rules[rule].name : "?";
}

void par_config(ParseConfig *pc, const mpyc_options *opt) {
    /* Any -msmall-int-bits is accepted, as by the reference, whose test shifts by bits - 1 in a
       64-bit word: the shift count wraps at 64, so the effective width is this. */
    pc->small_int_bits = (int)(((unsigned)opt->small_int_bits - 1u) & 63u) + 1;
    pc->fold_floats = opt->target != MPYC_CIRCUITPYTHON9;
    pc->const_annotated = opt->target == MPYC_MICROPYTHON;
    pc->debug_false = opt->opt_level > 0;
    pc->dialect = opt->target == MPYC_CIRCUITPYTHON9 ? OBJ_DIALECT_CIRCUITPYTHON9 : OBJ_DIALECT_MICROPYTHON;
}

/* ---- Parser state ---- */

typedef struct {
    uint32_t line;   /* line of the first token the rule matched */
    uint16_t rule;
    uint32_t i;      /* how far through its elements the rule has got */
} Pending;

typedef struct {
    Qstr name;
    Obj *value;
} ConstEntry;

typedef struct {
    Arena *a;                /* what outlives the parse: constants */
    Arena *tree;             /* the tree and the parser's own stacks, dropped after compiling */
    DiagTrap *trap;
    Lexer *lx;
    const Token *tok;        /* the lexer's current token (lex_cur: one place for the whole parse) */
    QTab *qt;
    const ParseConfig *pc;
    Pending *rs;             /* rule stack */
    Pending next;            /* the rule to start at once (next.rule != NO_RULE), not stacked */
    size_t rs_top, rs_cap;
    PNode **res;             /* result stack */
    size_t res_top, res_cap;
    ConstEntry *consts;      /* names bound with const(), in definition order */
    size_t nconsts, consts_cap;
    bool backtrack;          /* the last rule failed without consuming anything */
    /* leaves never change once made, so one leaf serves every use of a name or bare token */
    PNode *token_leaves[T_COUNT_];
    PNode **id_leaves;       /* indexed by qstr */
    PNode **small_leaves;    /* the small ints from SMALL_LEAF_MIN on, indexed by value - SMALL_LEAF_MIN */
    Obj *math_objs[5];       /* math.e, pi, tau, inf, nan: one object each, as in the runtime */
    size_t id_cap;
} Parser;

/* Stacks live in the arena too, so an error that unwinds from anywhere leaks nothing. */
static void *grow(Arena *a, void *p, size_t *cap, size_t elem) {
    *cap = *cap ? *cap * 2 : 64;
    return arena_grow(a, p, *cap * elem);
}

/* The reference keeps its rule stack in a 2 MB heap, growing it 16 entries of 16 bytes at a time;
   past this many entries the next growth cannot fit, and it stops with a MemoryError. Doing the
   same bounds our memory and every later recursion over the tree. */
enum { RULE_STACK_LIMIT = 129904 };

/* The rule stack is full: grows it, or stops where the reference runs out of memory. */
static void __attribute__((noinline)) grow_pending(Parser *ps) {
    if (ps->rs_top >= RULE_STACK_LIMIT) {
        diag_raise_plain(ps->trap, "MemoryError", "memory allocation failed, allocating %u bytes",
                         (unsigned)(RULE_STACK_LIMIT + 16) * 16);
    }
    ps->rs = grow(ps->tree, ps->rs, &ps->rs_cap, sizeof *ps->rs);
}

static inline void push_pending(Parser *ps, uint32_t line, int rule, uint32_t i) {
    if (ps->rs_top == ps->rs_cap || ps->rs_top >= RULE_STACK_LIMIT) {
        grow_pending(ps);
    }
    ps->rs[ps->rs_top++] = (Pending){line, (uint16_t)rule, i};
}

enum { NO_RULE = 0xffff };

/* Starts rule at the current token: the main loop takes it up next without stacking it. */
static inline void start_rule(Parser *ps, int rule) {
    if (ps->rs_top >= RULE_STACK_LIMIT) {
        grow_pending(ps);   /* raises the reference's MemoryError */
    }
    ps->next = (Pending){ps->tok->line, (uint16_t)rule, 0};
}

static int peek_pending(const Parser *ps, size_t depth) {
    return ps->rs[ps->rs_top - 1 - depth].rule;
}

static void __attribute__((noinline)) grow_nodes(Parser *ps) {
    ps->res = grow(ps->tree, ps->res, &ps->res_cap, sizeof *ps->res);
}

static inline void push_node(Parser *ps, PNode *p) {
    if (ps->res_top == ps->res_cap) {
        grow_nodes(ps);
    }
    ps->res[ps->res_top++] = p;
}

static PNode *pop_node(Parser *ps) {
    return ps->res[--ps->res_top];
}

static PNode *peek_node(const Parser *ps, size_t depth) {
    return ps->res[ps->res_top - 1 - depth];
}

/* The current token's kind; __debug__ reads as True, or False from -O1 on, as in the reference. */
static inline int cur_kind(const Parser *ps) {
    int kind = ps->tok->kind;
    if (kind == T_KW_DEBUG) {
        kind = ps->pc->debug_false ? T_KW_FALSE : T_KW_TRUE;
    }
    return kind;
}

/* ---- Nodes ---- */

PNode *pn_new_rule(Arena *a, int rule, uint32_t line, uint32_t n) {
    PNode *p = arena_alloc(a, n == 0 ? sizeof *p : PN_RULE_SIZE(n));
    p->kind = PN_RULE;
    p->rule = (uint8_t)rule;
    p->line = line;
    p->n = n;
    return p;
}

/* ---- Leaves ---- */

static PNode *new_leaf(Parser *ps, PNodeKind kind) {
    PNode *p = arena_alloc(ps->tree, sizeof *p);
    p->kind = (uint8_t)kind;
    return p;
}

static PNode *new_token_leaf(Parser *ps, int tok) {
    PNode *p = ps->token_leaves[tok];
    if (p == NULL) {
        p = new_leaf(ps, PN_TOKEN);
        p->tok = (uint16_t)tok;
        ps->token_leaves[tok] = p;
    }
    return p;
}

static PNode *id_leaf(Parser *ps, Qstr q) {
    if (q >= ps->id_cap) {
        size_t cap = ps->id_cap ? ps->id_cap : 256;
        while (cap <= q) {
            cap *= 2;
        }
        ps->id_leaves = arena_grow(ps->tree, ps->id_leaves, cap * sizeof(PNode *));
        memset(ps->id_leaves + ps->id_cap, 0, (cap - ps->id_cap) * sizeof(PNode *));
        ps->id_cap = cap;
    }
    if (ps->id_leaves[q] == NULL) {
        PNode *p = new_leaf(ps, PN_ID);
        p->u.q = q;
        ps->id_leaves[q] = p;
    }
    return ps->id_leaves[q];
}

static PNode *new_const(Parser *ps, uint32_t line, Obj *o) {
    PNode *p = new_leaf(ps, PN_CONST);
    p->line = line;
    p->u.obj = o;
    return p;
}

/* An int that fits the target's small ints becomes a PN_SMALL leaf, anything else a constant. */
/* Leaves are never changed once made, so those of common small ints are shared. */
enum { SMALL_LEAF_MIN = -8, SMALL_LEAF_COUNT = 1024 };

static PNode *small_leaf(Parser *ps, int64_t v) {
    bool common = v >= SMALL_LEAF_MIN && v < SMALL_LEAF_MIN + SMALL_LEAF_COUNT;
    if (common && ps->small_leaves == NULL) {
        ps->small_leaves = arena_alloc(ps->tree, SMALL_LEAF_COUNT * sizeof(PNode *));
    }
    PNode **slot = common ? &ps->small_leaves[v - SMALL_LEAF_MIN] : NULL;
    if (slot != NULL && *slot != NULL) {
        return *slot;
    }
    PNode *p = new_leaf(ps, PN_SMALL);
    p->u.small = v;
    if (slot != NULL) {
        *slot = p;
    }
    return p;
}

static PNode *new_const_or_small(Parser *ps, uint32_t line, Obj *o) {
    int64_t v;
    if (obj_is_int(o) && obj_int_is_small(o, ps->pc->small_int_bits, &v)) {
        return small_leaf(ps, v);
    }
    return new_const(ps, line, o);
}

/* The common case of an int literal, a few decimal digits that fit the target's small ints, made
   into its leaf without building an object; false for anything else. */
static bool plain_small_decimal(Parser *ps, const char *s, size_t len, PNode **leaf) {
    if (len == 0 || len > 9 || (s[0] == '0' && len > 1)) {
        return false;
    }
    int64_t v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
        v = v * 10 + (s[i] - '0');
    }
    int bits = ps->pc->small_int_bits;
    if (bits <= 0 || (bits < 64 && v > ((int64_t)1 << (bits - 1)) - 1)) {
        return false;
    }
    *leaf = small_leaf(ps, v);
    return true;
}

static Qstr intern_name(Parser *ps, const char *s, size_t len) {
    if (len > 255) {
        diag_raise_plain(ps->trap, "RuntimeError", "name too long");
    }
    return qs_intern(ps->qt, s, len);
}

static Obj *find_const(const Parser *ps, Qstr name) {
    for (size_t i = ps->nconsts; i > 0; i--) {
        if (ps->consts[i - 1].name == name) {
            return ps->consts[i - 1].value;
        }
    }
    return NULL;
}

static void set_const(Parser *ps, Qstr name, Obj *value) {
    for (size_t i = 0; i < ps->nconsts; i++) {
        if (ps->consts[i].name == name) {
            ps->consts[i].value = value;
            return;
        }
    }
    if (ps->nconsts == ps->consts_cap) {
        ps->consts = grow(ps->tree, ps->consts, &ps->consts_cap, sizeof *ps->consts);
    }
    ps->consts[ps->nconsts++] = (ConstEntry){name, value};
}

/* Strings up to this many bytes are always interned; longer ones only when already known. */
enum { INTERN_STRING_MAX = 10 };

static void push_token_leaf(Parser *ps, int in_rule) {
    const Token *t = ps->tok;
    char err[160];
    PNode *p;
    Obj *o;
    switch (t->kind) {
    case T_NAME: {
        Qstr q = intern_name(ps, t->text, t->len);
        Obj *c = in_rule == R_atom ? find_const(ps, q) : NULL;
        if (c != NULL) {
            p = new_const_or_small(ps, t->line, c);
        } else {
            p = id_leaf(ps, q);
        }
        break;
    }
    case T_INTEGER:
        if (plain_small_decimal(ps, t->text, t->len, &p)) {
            break;
        }
        /* read into the tree's memory first: most ints become small-int leaves and the object
           is dropped with the tree; only a big one is read again to live on as a constant */
        o = obj_parse_int_for(ps->tree, ps->pc->dialect, t->text, t->len, err, sizeof err);
        if (o == NULL) {
            diag_raise(ps->trap, "SyntaxError", t->line, NULL, "%s", err);
        }
        p = new_const_or_small(ps, t->line, o);
        if (p->kind == PN_CONST) {
            p->u.obj = obj_parse_int_for(ps->a, ps->pc->dialect, t->text, t->len, err, sizeof err);
        }
        break;
    case T_FLOAT_OR_IMAG:
        o = obj_parse_float_for(ps->a, ps->pc->dialect, t->text, t->len, err, sizeof err);
        if (o == NULL) {
            diag_raise(ps->trap, "SyntaxError", t->line, NULL, "%s", err);
        }
        p = new_const(ps, t->line, o);
        break;
    case T_STRING: {
        Qstr q = 0;
        if (t->len <= INTERN_STRING_MAX) {
            q = qs_intern(ps->qt, t->text, t->len);
        } else if (qs_known(ps->qt, t->text, t->len)) {
            q = qs_intern(ps->qt, t->text, t->len);
        }
        if (q != 0) {
            p = new_leaf(ps, PN_STR);
            p->u.q = q;
        } else {
            p = new_const(ps, t->line, obj_str(ps->a, OBJ_STR, t->text, t->len));
        }
        break;
    }
    case T_BYTES:
        p = new_const(ps, t->line, obj_str(ps->a, OBJ_BYTES, t->text, t->len));
        break;
    default:
        p = new_token_leaf(ps, cur_kind(ps));
        break;
    }
    push_node(ps, p);
}

/* ---- Constant values of nodes ---- */

/* A node that stands for a constant value: the kinds a const() may hold and a tuple may fold. */
static bool node_is_const(const PNode *p) {
    if (p == NULL) {
        return false;
    }
    switch (p->kind) {
    case PN_SMALL:
    case PN_STR:
    case PN_CONST:
        return true;
    case PN_TOKEN:
        return p->tok == T_KW_NONE || p->tok == T_KW_FALSE || p->tok == T_KW_TRUE || p->tok == T_ELLIPSIS;
    case PN_RULE:
        return p->rule == R_atom_paren && p->kids[0] == NULL;  /* () */
    default:
        return false;
    }
}

static Obj *node_to_obj(Parser *ps, const PNode *p) {
    switch (p->kind) {
    case PN_SMALL:
        return obj_small(ps->a, p->u.small);
    case PN_STR:
        return obj_str(ps->a, OBJ_STR, qs_str(ps->qt, p->u.q), qs_len(ps->qt, p->u.q));
    case PN_CONST:
        return p->u.obj;
    case PN_TOKEN:
        switch (p->tok) {
        case T_KW_NONE:
            return obj_none(ps->a);
        case T_KW_FALSE:
            return obj_bool(ps->a, false);
        case T_KW_TRUE:
            return obj_bool(ps->a, true);
        default:
            return obj_ellipsis(ps->a);
        }
    default:
        return obj_tuple(ps->a, NULL, 0);
    }
}

static bool node_is_const_bool(Parser *ps, const PNode *p, bool value) {
    return node_is_const(p) && obj_is_true(node_to_obj(ps, p)) == value;
}

/* The number a node stands for, when folding may use it. */
static bool node_number(Parser *ps, const PNode *p, Obj **out) {
    if (p == NULL) {
        return false;
    }
    if (p->kind == PN_SMALL) {
        *out = obj_small(ps->a, p->u.small);
        return true;
    }
    if (p->kind == PN_CONST && obj_is_number(p->u.obj, ps->pc->fold_floats)) {
        *out = p->u.obj;
        return true;
    }
    return false;
}

/* ---- Folding ---- */

/* Drops the operands of "or"/"and" that a constant makes irrelevant; true when one is left. */
static bool fold_logical(Parser *ps, int rule, size_t *nargs) {
    if (rule == R_or_test || rule == R_and_test) {
        bool is_or = rule == R_or_test;
        size_t keep = *nargs;
        for (size_t i = keep; i > 0;) {
            PNode *p = peek_node(ps, --i);
            ps->res[ps->res_top - keep] = p;
            if (i == 0) {
                break;  /* the last operand always stays */
            }
            if (node_is_const_bool(ps, p, is_or)) {
                break;  /* short-circuits: the rest is never evaluated */
            }
            if (!node_is_const_bool(ps, p, !is_or)) {
                keep--;
            }
        }
        size_t drop = keep - 1;
        for (size_t i = 0; i < drop; i++) {
            pop_node(ps);
        }
        *nargs -= drop;
        return *nargs == 1;
    }
    if (rule == R_not_test_2) {
        PNode *p = peek_node(ps, 0);
        int tok;
        if (node_is_const_bool(ps, p, false)) {
            tok = T_KW_TRUE;
        } else if (node_is_const_bool(ps, p, true)) {
            tok = T_KW_FALSE;
        } else {
            return false;
        }
        pop_node(ps);
        push_node(ps, new_token_leaf(ps, tok));
        return true;
    }
    return false;
}

/* The runtime refuses these on ints in CircuitPython 9, whose parser checks before folding. */
static bool cp9_refuses(BinOp op, const Obj *rhs) {
    bool neg = rhs->u.i.big ? rhs->u.i.neg : rhs->u.i.v < 0;
    bool zero = rhs->u.i.big == NULL && rhs->u.i.v == 0;
    switch (op) {
    case BOP_POWER:
    case BOP_LSHIFT:
    case BOP_RSHIFT:
        return neg;
    case BOP_FLOOR_DIVIDE:
    case BOP_MODULO:
        return zero;
    case BOP_TRUE_DIVIDE:
    case BOP_MAT_MULTIPLY:
        return true;
    default:
        return false;
    }
}

static bool fold_binary(Parser *ps, BinOp op, Obj *x, Obj *y, Obj **out) {
    if (!ps->pc->fold_floats && cp9_refuses(op, y)) {
        return false;
    }
    if (!ps->pc->fold_floats && (op == BOP_LSHIFT || op == BOP_RSHIFT) && !obj_int_fits(y, 64, NULL)) {
        /* CircuitPython 9 folds without catching errors: a shift count past a machine word stops
           the whole compile */
        diag_raise_plain(ps->trap, "OverflowError", "overflow converting long int to machine word");
    }
    return obj_binary_op_for(ps->a, ps->pc->dialect, op, x, y, out);
}

static BinOp binop_of_token(int tok) {
    return (BinOp)(BOP_OR + (tok - T_OP_PIPE));
}

static const struct {
    const char *name;
    double value;
} math_consts[] = {
    {"e", 2.718281828459045},
    {"pi", 3.141592653589793},
    {"tau", 6.283185307179586},
    {"inf", __builtin_inf()},
    {"nan", __builtin_nan("")},
};

/* "X = const(V)": records X; returns true when the statement was replaced by "pass". */
static bool fold_const_assignment(Parser *ps) {
    PNode *rhs = peek_node(ps, 0);
    PNode *lhs = peek_node(ps, 1);
    if (rhs == NULL || pn_is_rule(rhs, R_expr_stmt_augassign) || pn_is_rule(rhs, R_expr_stmt_assign_list)) {
        return false;
    }
    if (lhs == NULL || lhs->kind != PN_ID) {
        return false;
    }
    if (pn_is_rule(rhs, R_annassign)) {
        if (!ps->pc->const_annotated) {
            return false;
        }
        rhs = rhs->kids[1];
    }
    if (!(pn_is_rule(rhs, R_atom_expr_normal) && rhs->kids[0] != NULL && rhs->kids[0]->kind == PN_ID &&
          strcmp(qs_str(ps->qt, rhs->kids[0]->u.q), "const") == 0 && pn_is_rule(rhs->kids[1], R_trailer_paren))) {
        return false;
    }
    PNode *value = rhs->kids[1]->kids[0];
    if (!node_is_const(value)) {
        diag_raise(ps->trap, "SyntaxError", rhs->line, NULL, "not a constant");
    }
    Qstr name = lhs->u.q;
    set_const(ps, name, node_to_obj(ps, value));
    if (qs_str(ps->qt, name)[0] == '_') {
        /* a private constant: no store is compiled at all */
        pop_node(ps);
        pop_node(ps);
        PNode *pass = arena_alloc(ps->tree, sizeof *pass);
        pass->kind = PN_RULE;
        pass->rule = R_pass_stmt;
        push_node(ps, pass);
        return true;
    }
    pop_node(ps);
    push_node(ps, value);
    return false;
}

/* Folds numeric expressions made only of constants; true when the rule became one constant. */
static bool fold_numbers(Parser *ps, int rule, size_t nargs) {
    Obj *acc = NULL, *rhs = NULL;
    if (rule == R_expr || rule == R_xor_expr || rule == R_and_expr || rule == R_power) {
        BinOp op = rule == R_expr ? BOP_OR : rule == R_xor_expr ? BOP_XOR : rule == R_and_expr ? BOP_AND : BOP_POWER;
        if (!node_number(ps, peek_node(ps, nargs - 1), &acc)) {
            return false;
        }
        for (size_t i = nargs - 1; i-- > 0;) {
            if (!node_number(ps, peek_node(ps, i), &rhs) || !fold_binary(ps, op, acc, rhs, &acc)) {
                return false;
            }
        }
    } else if (rule == R_shift_expr || rule == R_arith_expr || rule == R_term) {
        if (!node_number(ps, peek_node(ps, nargs - 1), &acc)) {
            return false;
        }
        for (size_t i = nargs - 1; i >= 2; i -= 2) {
            if (!node_number(ps, peek_node(ps, i - 2), &rhs)) {
                return false;
            }
            BinOp op = binop_of_token(peek_node(ps, i - 1)->tok);
            if (!fold_binary(ps, op, acc, rhs, &acc)) {
                return false;
            }
        }
    } else if (rule == R_factor_2) {
        if (!node_number(ps, peek_node(ps, 0), &acc)) {
            return false;
        }
        int tok = peek_node(ps, 1)->tok;
        UnOp op = tok == T_OP_TILDE ? UOP_INVERT : tok == T_OP_PLUS ? UOP_POSITIVE : UOP_NEGATIVE;
        if (op == UOP_INVERT && !obj_is_int(acc)) {
            return false;
        }
        if (!obj_unary_op(ps->a, op, acc, &acc)) {
            return false;
        }
    } else if (rule == R_expr_stmt) {
        return fold_const_assignment(ps);
    } else if (rule == R_atom_expr_normal) {
        PNode *base = peek_node(ps, 1), *attr = peek_node(ps, 0);
        if (!ps->pc->fold_floats || base == NULL || base->kind != PN_ID || !pn_is_rule(attr, R_trailer_period) ||
            strcmp(qs_str(ps->qt, base->u.q), "math") != 0) {
            return false;
        }
        /* math.nan and the others are single objects in the runtime: every use is the same one,
           which the constant table deduplicates by identity (NaN equals nothing) */
        const char *name = qs_str(ps->qt, attr->kids[0]->u.q);
        for (size_t i = 0; i < sizeof math_consts / sizeof math_consts[0]; i++) {
            if (strcmp(name, math_consts[i].name) == 0) {
                if (ps->math_objs[i] == NULL) {
                    ps->math_objs[i] = obj_float(ps->a, math_consts[i].value);
                }
                acc = ps->math_objs[i];
            }
        }
        if (acc == NULL) {
            return false;
        }
    } else {
        return false;
    }
    for (size_t i = 0; i < nargs; i++) {
        pop_node(ps);
    }
    push_node(ps, new_const_or_small(ps, 0, acc));
    return true;
}

/* ---- Constant tuples ---- */

static bool tuple_from_stack(Parser *ps, uint32_t line, size_t nargs) {
    for (size_t i = 0; i < nargs; i++) {
        if (!node_is_const(peek_node(ps, i))) {
            return false;
        }
    }
    Obj **items = arena_alloc(ps->tree, (nargs ? nargs : 1) * sizeof *items);
    for (size_t i = nargs; i > 0; i--) {
        items[i - 1] = node_to_obj(ps, pop_node(ps));
    }
    push_node(ps, new_const(ps, line, obj_tuple(ps->a, items, nargs)));
    return true;
}

static bool fold_tuple(Parser *ps, uint32_t line, int rule, size_t nargs) {
    if (rule == R_testlist_comp && peek_pending(ps, 0) == R_atom_paren) {
        return tuple_from_stack(ps, line, nargs);  /* (a,) */
    }
    if (rule == R_testlist_comp_3c && peek_pending(ps, 2) == R_atom_paren) {
        if (tuple_from_stack(ps, line, nargs)) {  /* (a, b) */
            ps->rs_top -= 2;  /* the enclosing testlist_comp_3b and testlist_comp are done */
            return true;
        }
    }
    if (rule == R_testlist_star_expr || rule == R_testlist || rule == R_subscriptlist) {
        return tuple_from_stack(ps, line, nargs);  /* a, b */
    }
    return false;
}

/* ---- Interior nodes ---- */

static void push_rule_node(Parser *ps, uint32_t line, int rule, size_t nargs) {
    if (rule == R_atom_paren) {
        PNode *inner = peek_node(ps, 0);
        if (inner != NULL && !pn_is_rule(inner, R_testlist_comp)) {
            return;  /* (x) is just x */
        }
    } else if (rule == R_testlist_comp) {
        PNode *tail = peek_node(ps, 0);
        if (pn_is_rule(tail, R_testlist_comp_3b)) {
            pop_node(ps);  /* one item and a trailing comma */
            nargs--;
        } else if (pn_is_rule(tail, R_testlist_comp_3c)) {
            pop_node(ps);  /* the item list already holds the first item: it becomes this node */
            tail->rule = R_testlist_comp;
            return;
        }
    } else if (rule == R_testlist_comp_3c) {
        nargs++;  /* take in the first item, which the enclosing testlist_comp matched */
    }
    if (fold_logical(ps, rule, &nargs) || fold_numbers(ps, rule, nargs) || fold_tuple(ps, line, rule, nargs)) {
        return;
    }
    if (nargs > PN_MAX_KIDS) {
        /* the reference's 2 MB heap cannot hold a node this big either */
        diag_raise_plain(ps->trap, "MemoryError", "memory allocation failed, allocating %zu bytes",
                         (nargs + 1) * sizeof(PNode *));
    }
    PNode *p = pn_new_rule(ps->tree, rule, line, (uint32_t)nargs);
    for (size_t i = nargs; i > 0; i--) {
        p->kids[i - 1] = pop_node(ps);
    }
    if (rule == R_testlist_comp_3c) {
        push_node(ps, p);  /* stands in for the item taken from testlist_comp */
    }
    push_node(ps, p);
}

/* ---- The engine ---- */

static _Noreturn void syntax_error(Parser *ps) {
    const Token *t = ps->tok;
    const char *exc = "SyntaxError", *msg = "invalid syntax";
    switch (t->kind) {
    case T_INDENT:
        exc = "IndentationError";
        msg = "unexpected indent";
        break;
    case T_DEDENT_MISMATCH:
        exc = "IndentationError";
        msg = "unindent doesn't match any outer indent level";
        break;
    case T_MALFORMED_FSTRING:
        msg = "malformed f-string";
        break;
    case T_RAW_FSTRING:
        msg = "raw f-strings are not supported";
        break;
    default:
        break;
    }
    diag_raise(ps->trap, exc, t->line, NULL, "%s", msg);
}



static uint32_t cur_line(const Parser *ps) {
    return ps->tok->line;
}

/* True when rule, started at token tok, fails at once: nothing consumed, kept or reported. Such a
   rule need not be tried at all, which spares most of the work of a table-driven parser. The
   answers come from the first-token sets generated from the grammar. */
static bool quick_fail(int rule, int tok) {
    return !(par_first[rule][tok >> 3] >> (tok & 7) & 1);
}

/* A docstring or other bare constant statement compiles to nothing: it becomes "pass". */
static bool drop_lonely_constant(Parser *ps, uint32_t line) {
    if (peek_node(ps, 0) != NULL) {
        return false;
    }
    PNode *p = peek_node(ps, 1);
    if (p == NULL || p->kind == PN_ID || p->kind == PN_RULE) {
        return false;
    }
    pop_node(ps);
    pop_node(ps);
    push_rule_node(ps, line, R_pass_stmt, 0);
    return true;
}

/* Steps an alternatives rule: tries each alternative that can start with the current token. */
static void step_any(Parser *ps, const RuleDef *r, int rule, uint32_t line, uint32_t i) {
    if (i > 0 && !ps->backtrack) {
        return;  /* an alternative matched: the rule is done */
    }
    ps->backtrack = false;
    int tok = cur_kind(ps);
    if (i == 0) {
        i = par_first_alt[rule][tok];   /* skip the alternatives that cannot start here */
    }
    for (; i < r->n; i++) {
        uint16_t el = r->elems[i];
        if ((el & EL_KIND) == EL_TOK) {
            if (tok == (el & EL_ARG)) {
                push_token_leaf(ps, rule);
                lex_next(ps->lx);
                return;
            }
        } else if (!quick_fail(el & EL_ARG, tok)) {
            if (i + 1 < r->n) {
                push_pending(ps, line, rule, i + 1);
            }
            start_rule(ps, el & EL_ARG);
            return;
        }
    }
    ps->backtrack = true;
}

/* Builds the node of a sequence rule that matched all its elements. */
static void finish_seq(Parser *ps, const RuleDef *r, int rule, uint32_t line) {
    if (rule == R_expr_stmt && drop_lonely_constant(ps, line)) {
        return;
    }
    /* count what the rule left on the result stack: NAME tokens and every sub-rule slot */
    size_t nargs = 0, present = 0;
    for (size_t x = r->n; x > 0; x--) {
        uint16_t el = r->elems[x - 1];
        if ((el & EL_KIND) == EL_TOK) {
            if ((el & EL_ARG) == T_NAME) {
                nargs++;
                present++;
            }
        } else {
            if (peek_node(ps, nargs) != NULL) {
                present++;
            }
            nargs++;
        }
    }
    if (present == 1 && r->shape == SHAPE_SEQ1) {
        PNode *only = NULL;
        for (size_t x = 0; x < nargs; x++) {
            PNode *p = pop_node(ps);
            if (p != NULL) {
                only = p;
            }
        }
        push_node(ps, only);
        return;
    }
    if (r->shape == SHAPE_SEQB) {
        push_node(ps, NULL);  /* a slot the compiler fills in */
        nargs++;
    }
    push_rule_node(ps, line, rule, nargs);
}

/* Steps a sequence rule. A failure after the first element is a syntax error: tokens (or an
   absent optional part) were already taken. */
static void step_seq(Parser *ps, const RuleDef *r, int rule, uint32_t line, uint32_t i) {
    for (;;) {
        if (ps->backtrack) {
            if ((r->elems[i - 1] & EL_KIND) == EL_OPT) {
                push_node(ps, NULL);  /* an optional part that is absent */
                ps->backtrack = false;
            } else if (i > 1) {
                syntax_error(ps);
            } else {
                return;  /* the first element failed: so does the rule */
            }
        }
        for (; i < r->n; i++) {
            uint16_t el = r->elems[i];
            if ((el & EL_KIND) == EL_TOK) {
                if (cur_kind(ps) != (el & EL_ARG)) {
                    if (i > 0) {
                        syntax_error(ps);
                    }
                    ps->backtrack = true;
                    return;
                }
                if ((el & EL_ARG) == T_NAME) {
                    push_token_leaf(ps, rule);
                }
                lex_next(ps->lx);
            } else if (quick_fail(el & EL_ARG, cur_kind(ps))) {
                ps->backtrack = true;  /* as if the sub-rule had been tried and failed */
                i++;
                break;
            } else {
                push_pending(ps, line, rule, i + 1);
                start_rule(ps, el & EL_ARG);
                return;
            }
        }
        if (!ps->backtrack) {
            finish_seq(ps, r, rule, line);
            return;
        }
    }
}

/* Steps a list rule (SEP, SEPEND, MANY). */
static void step_list(Parser *ps, const RuleDef *r, int rule, uint32_t line, uint32_t i) {
    bool many = r->shape == SHAPE_MANY;
    if (!ps->backtrack) {
        for (;;) {
            uint16_t el = r->elems[many ? 0 : (i & 1)];
            if ((el & EL_KIND) != EL_TOK) {
                if (quick_fail(el & EL_ARG, cur_kind(ps))) {
                    i++;
                    break;  /* as if the element had been tried and failed */
                }
                push_pending(ps, line, rule, i + 1);
                start_rule(ps, el & EL_ARG);
                return;
            }
            if (cur_kind(ps) != (el & EL_ARG)) {
                i++;
                break;  /* as if the element failed */
            }
            if (many || (i & 1) == 0) {
                push_token_leaf(ps, rule);  /* items are kept, token separators are not */
            }
            lex_next(ps->lx);
            i++;
        }
    }
    ps->backtrack = false;
    if (i == 1) {
        ps->backtrack = true;  /* the first item failed: the whole list fails */
        return;
    }
    bool trailing = false;
    if (!many && (i & 1) == 1) {
        /* an item failed after a separator */
        if (r->shape != SHAPE_SEPEND) {
            syntax_error(ps);
        }
        trailing = true;
    }
    size_t count = i - 1;
    if (!many && (r->elems[1] & EL_KIND) == EL_TOK) {
        count = (count + 1) / 2;  /* token separators were not kept */
    }
    if (count > 1 || trailing) {
        push_rule_node(ps, line, rule, count);
    }
}

PNode *par_parse(Arena *a, Arena *tree, DiagTrap *trap, Lexer *lx, QTab *qt, const ParseConfig *pc) {
    Parser ps = {.a = a, .tree = tree, .trap = trap, .lx = lx, .tok = lex_cur(lx), .qt = qt, .pc = pc};
    ps.next.rule = NO_RULE;
    push_pending(&ps, cur_line(&ps), R_file_input, 0);
    while (ps.rs_top > 0 || ps.next.rule != NO_RULE) {
        Pending top;
        if (ps.next.rule != NO_RULE) {
            top = ps.next;
            ps.next.rule = NO_RULE;
        } else {
            top = ps.rs[--ps.rs_top];
        }
        const RuleDef *r = &rules[top.rule];
        switch (r->shape) {
        case SHAPE_ANY:
            step_any(&ps, r, top.rule, top.line, top.i);
            break;
        case SHAPE_SEP:
        case SHAPE_SEPEND:
        case SHAPE_MANY:
            step_list(&ps, r, top.rule, top.line, top.i);
            break;
        default:
            step_seq(&ps, r, top.rule, top.line, top.i);
            break;
        }
    }
    if (cur_kind(&ps) != T_END || ps.res_top == 0) {
        syntax_error(&ps);
    }
    PNode *root = ps.res[0];
    /* the stacks and the leaf index are not needed by the compiler: give them back now */
    arena_release(tree, ps.rs);
    arena_release(tree, ps.res);
    arena_release(tree, ps.id_leaves);
    arena_release(tree, ps.consts);
    return root;
}

/* ---- Dump ---- */

static void dump_node(FILE *out, const PNode *p, const QTab *qt, int depth) {
    fprintf(out, "%*s", 2 * depth, "");
    if (p == NULL) {
        fputs("-\n", out);
        return;
    }
    switch (p->kind) {
    case PN_ID:
        fprintf(out, "id %s\n", qs_str(qt, p->u.q));
        break;
    case PN_SMALL:
        fprintf(out, "int %lld\n", (long long)p->u.small);
        break;
    case PN_STR:
        fprintf(out, "str %s\n", qs_str(qt, p->u.q));
        break;
    case PN_TOKEN:
        fprintf(out, "tok %s\n", tok_spelling((TokKind)p->tok));
        break;
    case PN_CONST: {
        char *r = obj_repr(p->u.obj);
        fprintf(out, "const %s\n", r);
        free(r);
        break;
    }
    default:
        fprintf(out, "%s line %u (%u)\n", par_rule_name(p->rule), (unsigned)p->line, (unsigned)p->n);
        for (uint32_t i = 0; i < p->n; i++) {
            dump_node(out, p->kids[i], qt, depth + 1);
        }
        break;
    }
}

void par_dump(FILE *out, const PNode *root, const QTab *qt) {
    dump_node(out, root, qt, 0);
}
