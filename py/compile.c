/* compile.c: walks the parse tree as the reference compiler does: a scope pass over every code
   block that finds the blocks and classifies names, then a code pass per block that writes its
   instruction list (ir.h) for the assembler. */
#include "compile.h"

#include <stdio.h>
#include <string.h>

#include "imports.h"
#include "scope.h"

enum { PASS_SCOPE = 1, PASS_CODE = 2 };

#define NO_LABEL 0xffffu
#define FROM_FOR 0x8000u  /* marks a break label whose loop keeps an iterator on the stack */

typedef struct {
    Arena *a;
    QTab *qt;
    const mpyc_options *opt;
    IrBuild ir;
    int pass;
    Scope *head, *tail, *cur;
    /* every scope in the order it was opened; a node that opens one notes its number + 1
       (pn_set_note) */
    Scope **scopes;
    size_t n_scopes, cap_scopes;
    /* the first error wins; compiling goes on, as in the reference, to settle its line */
    bool failed;
    const char *err_exc;
    char err_msg[96];
    uint32_t err_line;
    uint32_t next_label;
    uint32_t break_label, continue_label;
    uint16_t except_level, break_continue_except_level;
    bool have_star;
    uint16_t num_dict_params, num_default_params;
    uintptr_t stack_base;       /* where the walk's C stack starts (see STACK_BUDGET) */
    size_t stack_budget;
    struct {
        Qstr class_, name, module, qualname, empty, star, super, range, const_, micropython, bytecode, native,
            viper, asm_thumb, asm_xtensa, asm_rv32, AssertionError, BaseException, StopAsyncIteration, aiter,
            anext, aenter, aexit, await;
    } q;
} Comp;

static void compile_node(Comp *c, PNode *pn);
static void compile_leaf_or_rule(Comp *c, PNode *pn);
static void c_if_cond(Comp *c, PNode *pn, bool jump_if, uint32_t label);
static void c_del_stmt(Comp *c, PNode *pn);
static void compile_with_helper(Comp *c, size_t n, PNode **items, PNode *body);
static void compile_async_with_helper(Comp *c, size_t n, PNode **items, PNode *body);
static void compile_comp_iter(Comp *c, PNode *comp_for, PNode *inner, int depth);
static void compile_trailer_paren_helper(Comp *c, PNode *pn_arglist, bool is_method_call, int n_positional_extra);
static void compile_comprehension(Comp *c, PNode *pns, ScopeKind kind);
static void compile_atom_brace_helper(Comp *c, PNode *pns, bool create_map);

/* ---- Small helpers ---- */

/* Records that the scope pass opened s at pn. */
static void note_scope(Comp *c, PNode *pn, Scope *s) {
    if (c->n_scopes == c->cap_scopes) {
        c->cap_scopes = c->cap_scopes ? 2 * c->cap_scopes : 64;
        c->scopes = arena_grow(c->a, c->scopes, c->cap_scopes * sizeof *c->scopes);
    }
    c->scopes[c->n_scopes++] = s;
    pn_set_note(pn, (uint32_t)c->n_scopes);
}

/* The scope opened at pn (which the scope pass has noted). */
static Scope *scope_at(const Comp *c, const PNode *pn) {
    return c->scopes[pn_note(pn) - 1];
}

static bool is_struct(const PNode *p) {
    return p != NULL && (p->kind == PN_RULE || p->kind == PN_CONST);
}

static bool is_id(const PNode *p) {
    return p != NULL && p->kind == PN_ID;
}

static bool is_leaf(const PNode *p) {
    return p != NULL && p->kind != PN_RULE && p->kind != PN_CONST;
}

static PNode *kid(const PNode *p, size_t i) {
    return p->kids[i];
}

/* The list a node stands for: a node of the given rule gives its children, anything else itself. */
static size_t extract_list(PNode **slot, int rule, PNode ***nodes) {
    PNode *p = *slot;
    if (p == NULL) {
        *nodes = NULL;
        return 0;
    }
    if (pn_is_rule(p, rule)) {
        *nodes = p->kids;
        return p->n;
    }
    *nodes = slot;
    return 1;
}

/* -1 when the node is not a constant, else its truth value. */
static int node_truth(const Comp *c, const PNode *p) {
    if (p == NULL) {
        return -1;
    }
    switch (p->kind) {
    case PN_SMALL:
        return p->u.small != 0;
    case PN_STR:
        return qs_len(c->qt, p->u.q) != 0;
    case PN_CONST:
        return obj_is_true(p->u.obj);
    case PN_TOKEN:
        if (p->tok == T_KW_NONE || p->tok == T_KW_FALSE) {
            return 0;
        }
        return p->tok == T_KW_TRUE || p->tok == T_ELLIPSIS ? 1 : -1;
    default:
        return pn_is_rule(p, R_atom_paren) && kid(p, 0) == NULL ? 0 : -1;
    }
}

static bool is_const_false(const Comp *c, const PNode *p) {
    return node_truth(c, p) == 0;
}

static bool is_const_true(const Comp *c, const PNode *p) {
    return node_truth(c, p) == 1;
}

static bool has_comp_for(const PNode *p) {
    return p->n == 2 && pn_is_rule(kid(p, 1), R_comp_for);
}

static Qstr intern(Comp *c, const char *s) {
    return qs_intern(c->qt, s, strlen(s));
}

/* ---- Errors ---- */

static void set_error_line(Comp *c, const PNode *pn) {
    if (c->err_line == 0 && is_struct(pn)) {
        c->err_line = pn->line;
    }
}

static void syntax_error(Comp *c, const PNode *pn, const char *msg) {
    if (c->failed) {
        return;
    }
    c->failed = true;
    c->err_exc = "SyntaxError";
    snprintf(c->err_msg, sizeof c->err_msg, "%s", msg);
    set_error_line(c, pn);
}

/* How much C stack the walk over the tree may use when the options do not say (leaving 2 MB of
   an 8 MB stack). The reference recurses as deeply as its parser lets a tree grow (its own limit
   is its 2 MB heap); so does this walk, as long as it stays within the budget (the larger frames
   of a sanitizer build reach it at a smaller depth). */
enum { STACK_BUDGET = 6 * 1024 * 1024 };

/* Whether the walk may recurse once more; false (with the error recorded) when it is too deep. */
static bool descend(Comp *c) {
    char here;
    uintptr_t now = (uintptr_t)&here;
    uintptr_t used = now < c->stack_base ? c->stack_base - now : now - c->stack_base;
    if (used > c->stack_budget) {
        if (c->err_line != UINT32_MAX) {
            /* the reference's stack check raises at once, over any error noted so far */
            c->failed = true;
            c->err_exc = "RuntimeError";
            snprintf(c->err_msg, sizeof c->err_msg, "maximum recursion depth exceeded");
            c->err_line = UINT32_MAX;  /* reported without a traceback */
        }
        return false;
    }
    return true;
}

/* ---- Emitting ---- */

static Insn *emit(Comp *c, IrOp op) {
    if (op == IR_YIELD_VALUE || op == IR_YIELD_FROM) {
        c->cur->flags |= IR_FLAG_GENERATOR;  /* as the reference's emitter does, in every pass */
    }
    return ir_add(&c->ir, c->cur->unit, op, c->pass == PASS_SCOPE);
}

static void emit_a(Comp *c, IrOp op, uint32_t a) {
    emit(c, op)->a = a;
}

static void emit_ab(Comp *c, IrOp op, uint32_t a, uint32_t b) {
    Insn *in = emit(c, op);
    in->a = a;
    in->b = b;
}

static void emit_q(Comp *c, IrOp op, Qstr q) {
    emit(c, op)->u.q = q;
}

static void emit_tok(Comp *c, int tok) {
    emit_a(c, IR_LOAD_CONST_TOK, (uint32_t)tok);
}

static void emit_small(Comp *c, int64_t v) {
    emit(c, IR_LOAD_CONST_SMALL_INT)->u.i = v;
}

static void emit_adjust(Comp *c, int64_t delta) {
    emit(c, IR_ADJUST_STACK)->u.i = delta;
}

static void emit_line(Comp *c, uint32_t line) {
    emit_a(c, IR_LINE, line);
}

static void emit_label(Comp *c, uint32_t label) {
    emit_a(c, IR_LABEL, label);
}

static void emit_jump(Comp *c, uint32_t label) {
    emit_a(c, IR_JUMP, label);
}

static void emit_pop_jump_if(Comp *c, bool cond, uint32_t label) {
    emit_ab(c, IR_POP_JUMP_IF, label, cond);
}

static void emit_binary(Comp *c, BinOp op) {
    emit_a(c, IR_BINARY_OP, op);
}

static void emit_build(Comp *c, uint32_t n, uint32_t kind) {
    emit_ab(c, IR_BUILD, n, kind);
}

static void emit_call(Comp *c, IrOp op, uint32_t npos, uint32_t nkw, uint32_t star) {
    Insn *in = emit(c, op);
    in->a = npos;
    in->b = nkw;
    in->c = star;
}

static void emit_load_method(Comp *c, Qstr q, bool is_super) {
    Insn *in = emit(c, IR_LOAD_METHOD);
    in->u.q = q;
    in->a = is_super;
}

static void emit_local(Comp *c, IrOp op, Qstr q, uint32_t num) {
    Insn *in = emit(c, op);
    in->u.q = q;
    in->a = num;
}

static uint32_t new_label(Comp *c) {
    return c->next_label++;
}

static void increase_except_level(Comp *c, uint32_t label, IrOp setup) {
    emit_a(c, setup, label);
    c->except_level++;
    if (c->except_level > c->cur->unit->exc_stack_size) {
        c->cur->unit->exc_stack_size = c->except_level;
    }
}

static void decrease_except_level(Comp *c) {
    c->except_level--;
    emit(c, IR_END_FINALLY);
}

/* ---- Names ---- */

static IdInfo *id_for_modification(Comp *c, Scope *s, Qstr q) {
    IdInfo *id = scope_find_or_add(c->a, s, q, ID_GLOBAL_IMPLICIT);
    if (id->kind == ID_GLOBAL_IMPLICIT) {
        /* a function binds it as a local; elsewhere it is marked assigned so it is not closed over */
        id->kind = SK_FUNC_LIKE(s->kind) ? ID_LOCAL : ID_GLOBAL_IMPLICIT_ASSIGNED;
    }
    return id;
}

/* The id operation of the code pass: load (0), store (1) or delete (2) of a name. */
static void emit_id_op(Comp *c, Qstr q, int what) {
    static const IrOp ops[3][4] = {
        {IR_LOAD_NAME, IR_LOAD_GLOBAL, IR_LOAD_FAST, IR_LOAD_DEREF},
        {IR_STORE_NAME, IR_STORE_GLOBAL, IR_STORE_FAST, IR_STORE_DEREF},
        {IR_DELETE_NAME, IR_DELETE_GLOBAL, IR_DELETE_FAST, IR_DELETE_DEREF},
    };
    IdInfo *id = scope_find(c->cur, q);
    int form;
    switch (id->kind) {
    case ID_GLOBAL_IMPLICIT:
    case ID_GLOBAL_IMPLICIT_ASSIGNED:
        form = 0;
        break;
    case ID_GLOBAL_EXPLICIT:
        form = 1;
        break;
    case ID_LOCAL:
        form = 2;
        break;
    default:
        form = 3;
        break;
    }
    if (form >= 2) {
        emit_local(c, ops[what][form], q, id->local_num);
    } else {
        emit_q(c, ops[what][form], q);
    }
}

static void load_id(Comp *c, Qstr q) {
    if (c->pass == PASS_SCOPE) {
        scope_find_or_add(c->a, c->cur, q, ID_GLOBAL_IMPLICIT);
    } else {
        emit_id_op(c, q, 0);
    }
}

static void store_id(Comp *c, Qstr q) {
    if (c->pass == PASS_SCOPE) {
        id_for_modification(c, c->cur, q);
    } else {
        emit_id_op(c, q, 1);
    }
}

static void delete_id(Comp *c, Qstr q) {
    if (c->pass == PASS_SCOPE) {
        id_for_modification(c, c->cur, q);
    } else {
        emit_id_op(c, q, 2);
    }
}

static Scope *new_scope(Comp *c, ScopeKind kind, PNode *pn, uint8_t emit_opt) {
    Scope *s = scope_new(c->a, c->qt, kind, pn, emit_opt);
    s->parent = c->cur;
    if (c->head == NULL) {
        c->head = s;
    } else {
        c->tail->next = s;
    }
    c->tail = s;
    return s;
}

/* ---- Statements and expressions ---- */

static void compile_generic_all_nodes(Comp *c, PNode *pns) {
    for (uint32_t i = 0; i < pns->n; i++) {
        compile_node(c, kid(pns, i));
        if (c->failed) {
            set_error_line(c, kid(pns, i));
            return;
        }
    }
}

static void apply_to_single_or_list(Comp *c, PNode *pn, int rule, void (*f)(Comp *, PNode *)) {
    if (pn_is_rule(pn, rule)) {
        for (uint32_t i = 0; i < pn->n; i++) {
            f(c, kid(pn, i));
        }
    } else if (pn != NULL) {
        f(c, pn);
    }
}

static void compile_generic_tuple(Comp *c, PNode *pns) {
    for (uint32_t i = 0; i < pns->n; i++) {
        compile_node(c, kid(pns, i));
    }
    emit_build(c, pns->n, IR_BUILD_TUPLE);
}

static void c_if_cond_body(Comp *c, PNode *pn, bool jump_if, uint32_t label) {
    if (is_const_false(c, pn)) {
        if (!jump_if) {
            emit_jump(c, label);
        }
        return;
    }
    if (is_const_true(c, pn)) {
        if (jump_if) {
            emit_jump(c, label);
        }
        return;
    }
    if (pn->kind == PN_RULE && (pn->rule == R_or_test || pn->rule == R_and_test)) {
        /* "or" jumping on false, or "and" jumping on true, needs a skip label */
        bool need_skip = (pn->rule == R_or_test) != jump_if;
        if (need_skip) {
            uint32_t skip = new_label(c);
            for (uint32_t i = 0; i + 1 < pn->n; i++) {
                c_if_cond(c, kid(pn, i), !jump_if, skip);
            }
            c_if_cond(c, kid(pn, pn->n - 1), jump_if, label);
            emit_label(c, skip);
        } else {
            for (uint32_t i = 0; i < pn->n; i++) {
                c_if_cond(c, kid(pn, i), jump_if, label);
            }
        }
        return;
    }
    if (pn_is_rule(pn, R_not_test_2)) {
        c_if_cond(c, kid(pn, 0), !jump_if, label);
        return;
    }
    compile_node(c, pn);
    emit_pop_jump_if(c, jump_if, label);
}

static void c_if_cond(Comp *c, PNode *pn, bool jump_if, uint32_t label) {
    if (!descend(c)) {
        return;
    }
    c_if_cond_body(c, pn, jump_if, label);
}


typedef enum { ASSIGN_STORE, ASSIGN_AUG_LOAD, ASSIGN_AUG_STORE } AssignKind;
static void c_assign(Comp *c, PNode *pn, AssignKind kind);

static void c_assign_atom_expr(Comp *c, PNode *pns, AssignKind kind) {
    if (kind != ASSIGN_AUG_STORE) {
        compile_node(c, kid(pns, 0));
    }
    PNode *last = kid(pns, 1);
    if (last != NULL && last->kind == PN_RULE) {
        if (last->rule == R_atom_expr_trailers) {
            if (kind != ASSIGN_AUG_STORE) {
                for (uint32_t i = 0; i + 1 < last->n; i++) {
                    compile_node(c, kid(last, i));
                }
            }
            last = kid(last, last->n - 1);
        }
        if (last->rule == R_trailer_bracket) {
            if (kind == ASSIGN_AUG_STORE) {
                emit(c, IR_ROT_THREE);
                emit(c, IR_STORE_SUBSCR);
            } else {
                compile_node(c, kid(last, 0));
                if (kind == ASSIGN_AUG_LOAD) {
                    emit(c, IR_DUP_TOP_TWO);
                    emit(c, IR_LOAD_SUBSCR);
                } else {
                    emit(c, IR_STORE_SUBSCR);
                }
            }
            return;
        }
        if (last->rule == R_trailer_period) {
            Qstr attr = kid(last, 0)->u.q;
            if (kind == ASSIGN_AUG_LOAD) {
                emit(c, IR_DUP_TOP);
                emit_q(c, IR_LOAD_ATTR, attr);
            } else {
                if (kind == ASSIGN_AUG_STORE) {
                    emit(c, IR_ROT_TWO);
                }
                emit_q(c, IR_STORE_ATTR, attr);
            }
            return;
        }
    }
    syntax_error(c, pns, "can't assign to expression");
}

static void c_assign_tuple(Comp *c, uint32_t n, PNode **nodes) {
    uint32_t star_at = UINT32_MAX;
    for (uint32_t i = 0; i < n; i++) {
        if (pn_is_rule(nodes[i], R_star_expr)) {
            if (star_at != UINT32_MAX) {
                syntax_error(c, nodes[i], "multiple *x in assignment");
                return;
            }
            emit_ab(c, IR_UNPACK_EX, i, n - i - 1);
            star_at = i;
        }
    }
    if (star_at == UINT32_MAX) {
        emit_a(c, IR_UNPACK_SEQUENCE, n);
    }
    for (uint32_t i = 0; i < n; i++) {
        c_assign(c, i == star_at ? kid(nodes[i], 0) : nodes[i], ASSIGN_STORE);
    }
}

static void c_assign_body(Comp *c, PNode *pn, AssignKind kind) {
    if (is_leaf(pn)) {
        if (!is_id(pn)) {
            goto cannot_assign;
        }
        if (kind == ASSIGN_AUG_LOAD) {
            load_id(c, pn->u.q);
        } else {
            store_id(c, pn->u.q);
        }
        return;
    }
    if (pn->kind != PN_RULE) {
        goto cannot_assign;
    }
    PNode *seq;
    switch (pn->rule) {
    case R_atom_expr_normal:
        c_assign_atom_expr(c, pn, kind);
        return;
    case R_testlist_star_expr:
    case R_exprlist:
        if (kind != ASSIGN_STORE) {
            goto cannot_assign;
        }
        c_assign_tuple(c, pn->n, pn->kids);
        return;
    case R_atom_paren:
        if (kid(pn, 0) == NULL || kind != ASSIGN_STORE) {
            goto cannot_assign;
        }
        seq = kid(pn, 0);
        break;
    case R_atom_bracket:
        if (kind != ASSIGN_STORE) {
            goto cannot_assign;
        }
        if (kid(pn, 0) == NULL) {
            c_assign_tuple(c, 0, NULL);
            return;
        }
        if (!pn_is_rule(kid(pn, 0), R_testlist_comp)) {
            c_assign_tuple(c, 1, pn->kids);
            return;
        }
        seq = kid(pn, 0);
        break;
    default:
        goto cannot_assign;
    }
    if (has_comp_for(seq)) {
        goto cannot_assign;
    }
    c_assign_tuple(c, seq->n, seq->kids);
    return;
cannot_assign:
    syntax_error(c, pn, "can't assign to expression");
}

static void c_assign(Comp *c, PNode *pn, AssignKind kind) {
    if (!descend(c)) {
        return;
    }
    c_assign_body(c, pn, kind);
}


/* Leaves the function (or closure) for this_scope on the stack; defaults are already there. */
static void close_over_variables_etc(Comp *c, Scope *this_scope, int n_pos_defaults, int n_kw_defaults) {
    if (n_kw_defaults > 0) {
        this_scope->flags |= IR_FLAG_DEFKWARGS;
    }
    this_scope->num_def_pos_args = (uint16_t)n_pos_defaults;
    uint32_t nfree = 0;
    if (c->cur->kind != SK_MODULE) {
        for (uint32_t i = 0; i < c->cur->n_ids; i++) {
            IdInfo *id = &c->cur->ids[i];
            if (id->kind != ID_CELL && id->kind != ID_FREE) {
                continue;
            }
            for (uint32_t j = 0; j < this_scope->n_ids; j++) {
                IdInfo *id2 = &this_scope->ids[j];
                if (id2->kind == ID_FREE && id->q == id2->q) {
                    emit_local(c, IR_LOAD_FAST, id->q, id->local_num);
                    nfree++;
                }
            }
        }
    }
    Insn *in = emit(c, nfree == 0 ? IR_MAKE_FUNCTION : IR_MAKE_CLOSURE);
    in->u.child = this_scope->unit;
    in->a = (uint32_t)n_pos_defaults;
    in->b = (uint32_t)n_kw_defaults;
    in->c = nfree;
}

static void compile_funcdef_lambdef_param(Comp *c, PNode *pn) {
    int kind = is_id(pn) ? -1 : pn->rule;
    if (kind == R_typedargslist_star || kind == R_varargslist_star) {
        c->have_star = true;
        return;
    }
    if (kind == R_typedargslist_dbl_star || kind == R_varargslist_dbl_star) {
        return;
    }
    PNode *pn_id, *pn_equal;
    if (kind == -1) {
        pn_id = pn;
        pn_equal = NULL;
    } else if (kind == R_typedargslist_name) {
        pn_id = kid(pn, 0);
        pn_equal = kid(pn, 2);
    } else {
        pn_id = kid(pn, 0);
        pn_equal = kid(pn, 1);
    }
    if (pn_equal == NULL) {
        if (!c->have_star && c->num_default_params != 0) {
            syntax_error(c, pn, "non-default argument follows default argument");
        }
        return;
    }
    if (c->have_star) {
        c->num_dict_params++;
        if (c->num_dict_params == 1) {
            /* positional defaults go into a tuple before the keyword-defaults map is started */
            if (c->num_default_params > 0) {
                emit_build(c, c->num_default_params, IR_BUILD_TUPLE);
            } else {
                emit(c, IR_LOAD_NULL);
            }
            emit_build(c, 0, IR_BUILD_MAP);
        }
        compile_node(c, pn_equal);
        emit_q(c, IR_LOAD_CONST_STR, pn_id->u.q);
        emit(c, IR_STORE_MAP);
    } else {
        c->num_default_params++;
        compile_node(c, pn_equal);
    }
}

static void compile_funcdef_lambdef(Comp *c, Scope *scope, PNode *pn_params, int list_rule) {
    /* default values may hold a lambda, which comes back here: save the state */
    bool orig_have_star = c->have_star;
    uint16_t orig_dict = c->num_dict_params, orig_default = c->num_default_params;
    c->have_star = false;
    c->num_dict_params = 0;
    c->num_default_params = 0;
    apply_to_single_or_list(c, pn_params, list_rule, compile_funcdef_lambdef_param);
    if (c->failed) {
        return;
    }
    if (c->num_default_params > 0 && c->num_dict_params == 0) {
        emit_build(c, c->num_default_params, IR_BUILD_TUPLE);
        emit(c, IR_LOAD_NULL);
    }
    close_over_variables_etc(c, scope, c->num_default_params, c->num_dict_params);
    c->have_star = orig_have_star;
    c->num_dict_params = orig_dict;
    c->num_default_params = orig_default;
}

static Qstr compile_funcdef_helper(Comp *c, PNode *pns, uint8_t emit_opt) {
    if (c->pass == PASS_SCOPE) {
        note_scope(c, pns, new_scope(c, SK_FUNCTION, pns, emit_opt));
    }
    Scope *fscope = scope_at(c, pns);
    compile_funcdef_lambdef(c, fscope, kid(pns, 1), R_typedargslist);
    return fscope->simple_name;
}

static Qstr compile_classdef_helper(Comp *c, PNode *pns, uint8_t emit_opt) {
    if (c->pass == PASS_SCOPE) {
        note_scope(c, pns, new_scope(c, SK_CLASS, pns, emit_opt));
    }
    emit(c, IR_LOAD_BUILD_CLASS);
    Scope *cscope = scope_at(c, pns);
    close_over_variables_etc(c, cscope, 0, 0);
    emit_q(c, IR_LOAD_CONST_STR, cscope->simple_name);
    PNode *parents = kid(pns, 1);
    if (pn_is_rule(parents, R_classdef_2)) {
        parents = NULL;  /* class C(): */
    }
    compile_trailer_paren_helper(c, parents, false, 2);
    return cscope->simple_name;
}

/* @micropython.xxx decorators; true when the decorator is one of them (even a bad one). */
static bool compile_built_in_decorator(Comp *c, size_t name_len, PNode **name_nodes, uint8_t *emit_opt) {
    if (name_nodes[0]->u.q != c->q.micropython) {
        return false;
    }
    if (name_len != 2) {
        syntax_error(c, name_nodes[0], "invalid micropython decorator");
        return true;
    }
    Qstr attr = name_nodes[1]->u.q;
    if (attr == c->q.bytecode) {
        *emit_opt = EMIT_OPT_BYTECODE;
    } else if (attr == c->q.native) {
        *emit_opt = EMIT_OPT_NATIVE;
    } else if (attr == c->q.viper) {
        *emit_opt = EMIT_OPT_VIPER;
    } else if (attr == c->q.asm_thumb || attr == c->q.asm_xtensa ||
               (attr == c->q.asm_rv32 && c->opt->target != MPYC_CIRCUITPYTHON9)) {
        *emit_opt = EMIT_OPT_ASM;
    } else {
        syntax_error(c, name_nodes[1], "invalid micropython decorator");
    }
    if (*emit_opt == EMIT_OPT_NATIVE || *emit_opt == EMIT_OPT_VIPER || *emit_opt == EMIT_OPT_ASM) {
        if (c->opt->native_arch == NULL) {
            syntax_error(c, name_nodes[1], "invalid arch");
        } else if (!c->failed) {
            syntax_error(c, name_nodes[1], "native code is not supported yet");
            c->err_exc = "NotImplementedError";
        }
    }
    return true;
}

static void compile_decorated(Comp *c, PNode *pns) {
    PNode **nodes;
    size_t n = extract_list(&pns->kids[0], R_decorators, &nodes);
    uint8_t emit_opt = c->cur->emit_opt;
    size_t n_builtin = 0;
    for (size_t i = 0; i < n; i++) {
        PNode *deco = nodes[i];
        PNode **name_nodes;
        size_t name_len = extract_list(&deco->kids[0], R_dotted_name, &name_nodes);
        if (compile_built_in_decorator(c, name_len, name_nodes, &emit_opt)) {
            n_builtin++;
            continue;
        }
        compile_node(c, name_nodes[0]);
        for (size_t j = 1; j < name_len; j++) {
            emit_q(c, IR_LOAD_ATTR, name_nodes[j]->u.q);
        }
        if (kid(deco, 1) != NULL) {
            compile_node(c, kid(deco, 1));
        }
    }
    PNode *body = kid(pns, 1);
    Qstr name;
    if (body->rule == R_funcdef) {
        name = compile_funcdef_helper(c, body, emit_opt);
    } else if (body->rule == R_async_funcdef) {
        PNode *def = kid(body, 0);
        name = compile_funcdef_helper(c, def, emit_opt);
        scope_at(c, def)->flags |= IR_FLAG_GENERATOR | ir_flag_async(c->opt->target);
    } else {
        name = compile_classdef_helper(c, body, emit_opt);
    }
    for (size_t i = 0; i < n - n_builtin; i++) {
        emit_call(c, IR_CALL_FUNCTION, 1, 0, 0);
    }
    store_id(c, name);
}

static void compile_funcdef(Comp *c, PNode *pns) {
    store_id(c, compile_funcdef_helper(c, pns, c->cur->emit_opt));
}

static void c_del_stmt_body(Comp *c, PNode *pn) {
    if (is_id(pn)) {
        delete_id(c, pn->u.q);
        return;
    }
    if (pn_is_rule(pn, R_atom_expr_normal)) {
        compile_node(c, kid(pn, 0));
        PNode *last = kid(pn, 1);
        if (last == NULL || last->kind != PN_RULE) {
            goto cannot_delete;
        }
        if (last->rule == R_atom_expr_trailers) {
            for (uint32_t i = 0; i + 1 < last->n; i++) {
                compile_node(c, kid(last, i));
            }
            last = kid(last, last->n - 1);
        }
        if (last->rule == R_trailer_bracket) {
            compile_node(c, kid(last, 0));
            emit(c, IR_DELETE_SUBSCR);
        } else if (last->rule == R_trailer_period) {
            emit_q(c, IR_DELETE_ATTR, kid(last, 0)->u.q);
        } else {
            goto cannot_delete;
        }
        return;
    }
    if (pn_is_rule(pn, R_atom_paren)) {
        pn = kid(pn, 0);
        if (pn == NULL || has_comp_for(pn)) {
            goto cannot_delete;
        }
        for (uint32_t i = 0; i < pn->n; i++) {
            c_del_stmt(c, kid(pn, i));
        }
        return;
    }
cannot_delete:
    syntax_error(c, pn, "can't delete expression");
}

static void c_del_stmt(Comp *c, PNode *pn) {
    if (!descend(c)) {
        return;
    }
    c_del_stmt_body(c, pn);
}


static void compile_del_stmt(Comp *c, PNode *pns) {
    apply_to_single_or_list(c, kid(pns, 0), R_exprlist, c_del_stmt);
}

static void compile_break_cont_stmt(Comp *c, PNode *pns) {
    uint32_t label = pns->rule == R_break_stmt ? c->break_label : c->continue_label;
    if (label == NO_LABEL) {
        syntax_error(c, pns, "'break'/'continue' outside loop");
    }
    Insn *in = emit(c, IR_UNWIND_JUMP);
    in->a = label & ~FROM_FOR;
    in->b = (uint32_t)(c->except_level - c->break_continue_except_level);
    in->c = (label & FROM_FOR) != 0 && label != NO_LABEL;
}

static void compile_return_stmt(Comp *c, PNode *pns) {
    if (c->cur->kind != SK_FUNCTION) {
        syntax_error(c, pns, "'return' outside function");
        return;
    }
    PNode *value = kid(pns, 0);
    if (value == NULL) {
        emit_tok(c, T_KW_NONE);
    } else if (pn_is_rule(value, R_test_if_expr)) {
        /* return a if c else b: two returns, as CPython does */
        PNode *if_else = kid(value, 1);
        uint32_t l_fail = new_label(c);
        c_if_cond(c, kid(if_else, 0), false, l_fail);
        compile_node(c, kid(value, 0));
        emit(c, IR_RETURN_VALUE);
        emit_label(c, l_fail);
        compile_node(c, kid(if_else, 1));
    } else {
        compile_node(c, value);
    }
    emit(c, IR_RETURN_VALUE);
}

static void compile_yield_stmt(Comp *c, PNode *pns) {
    compile_node(c, kid(pns, 0));
    emit(c, IR_POP_TOP);
}

static void compile_raise_stmt(Comp *c, PNode *pns) {
    PNode *arg = kid(pns, 0);
    if (arg == NULL) {
        emit_a(c, IR_RAISE_VARARGS, 0);
    } else if (pn_is_rule(arg, R_raise_stmt_arg)) {
        compile_node(c, kid(arg, 0));
        compile_node(c, kid(arg, 1));
        emit_a(c, IR_RAISE_VARARGS, 2);
    } else {
        compile_node(c, arg);
        emit_a(c, IR_RAISE_VARARGS, 1);
    }
}

/* Imports the module pn names; *q_base is the name the statement binds. */
static void do_import_name(Comp *c, PNode *pn, Qstr *q_base) {
    bool is_as = false;
    if (pn_is_rule(pn, R_dotted_as_name)) {
        *q_base = kid(pn, 1)->u.q;
        pn = kid(pn, 0);
        is_as = true;
    }
    if (pn == NULL) {
        *q_base = c->q.empty;
        emit_q(c, IR_IMPORT_NAME, c->q.empty);
        return;
    }
    if (is_id(pn)) {
        if (!is_as) {
            *q_base = pn->u.q;
        }
        emit_q(c, IR_IMPORT_NAME, pn->u.q);
        return;
    }
    if (!is_as) {
        *q_base = kid(pn, 0)->u.q;
    }
    size_t len = pn->n - 1;
    for (uint32_t i = 0; i < pn->n; i++) {
        len += qs_len(c->qt, kid(pn, i)->u.q);
    }
    if (len > 255) {
        c->failed = true;  /* the reference raises at once here, with no traceback */
        c->err_exc = "RuntimeError";
        snprintf(c->err_msg, sizeof c->err_msg, "name too long");
        c->err_line = UINT32_MAX;
        return;
    }
    char buf[256];
    size_t at = 0;
    for (uint32_t i = 0; i < pn->n; i++) {
        if (i > 0) {
            buf[at++] = '.';
        }
        Qstr part = kid(pn, i)->u.q;
        memcpy(buf + at, qs_str(c->qt, part), qs_len(c->qt, part));
        at += qs_len(c->qt, part);
    }
    emit_q(c, IR_IMPORT_NAME, qs_intern(c->qt, buf, len));
    if (is_as) {
        for (uint32_t i = 1; i < pn->n; i++) {
            emit_q(c, IR_LOAD_ATTR, kid(pn, i)->u.q);
        }
    }
}

static void compile_dotted_as_name(Comp *c, PNode *pn) {
    emit_small(c, 0);
    emit_tok(c, T_KW_NONE);
    Qstr q_base = 0;
    do_import_name(c, pn, &q_base);
    if (c->err_line == UINT32_MAX) {
        return;
    }
    store_id(c, q_base);
}

static void compile_import_name(Comp *c, PNode *pns) {
    apply_to_single_or_list(c, kid(pns, 0), R_dotted_as_names, compile_dotted_as_name);
}

static void compile_import_from(Comp *c, PNode *pns) {
    PNode *source = kid(pns, 0);
    uint32_t level = 0;
    PNode *rel = NULL;
    if (pn_is_token(source, T_DEL_PERIOD) || pn_is_token(source, T_ELLIPSIS) ||
        pn_is_rule(source, R_one_or_more_period_or_ellipsis)) {
        rel = source;  /* only dots: from .. import x */
        source = NULL;
    } else if (pn_is_rule(source, R_import_from_2b)) {
        rel = kid(source, 0);  /* dots then a name: from .x import y */
        source = kid(source, 1);
    }
    if (rel != NULL) {
        PNode **dots;
        size_t n = extract_list(&rel, R_one_or_more_period_or_ellipsis, &dots);
        for (size_t i = 0; i < n; i++) {
            level += pn_is_token(dots[i], T_DEL_PERIOD) ? 1 : 3;
        }
    }
    Qstr dummy = 0;
    if (pn_is_token(kid(pns, 1), T_OP_STAR)) {
        if (c->cur->kind != SK_MODULE) {
            syntax_error(c, pns, "import * not at module level");
            return;
        }
        emit_small(c, level);
        emit_q(c, IR_LOAD_CONST_STR, c->q.star);
        emit_build(c, 1, IR_BUILD_TUPLE);
        do_import_name(c, source, &dummy);
        emit(c, IR_IMPORT_STAR);
        return;
    }
    emit_small(c, level);
    PNode **names;
    size_t n = extract_list(&pns->kids[1], R_import_as_names, &names);
    for (size_t i = 0; i < n; i++) {
        emit_q(c, IR_LOAD_CONST_STR, kid(names[i], 0)->u.q);
    }
    emit_build(c, (uint32_t)n, IR_BUILD_TUPLE);
    do_import_name(c, source, &dummy);
    for (size_t i = 0; i < n; i++) {
        Qstr name = kid(names[i], 0)->u.q;
        emit_q(c, IR_IMPORT_FROM, name);
        store_id(c, kid(names[i], 1) == NULL ? name : kid(names[i], 1)->u.q);
    }
    emit(c, IR_POP_TOP);
}

static void declare_global(Comp *c, PNode *pn, IdInfo *id) {
    if (id->kind != ID_UNDECIDED && id->kind != ID_GLOBAL_EXPLICIT) {
        syntax_error(c, pn, "identifier redefined as global");
        return;
    }
    id->kind = ID_GLOBAL_EXPLICIT;
    IdInfo *g = scope_find_global(c->cur, id->q);
    if (g != NULL) {
        g->kind = ID_GLOBAL_EXPLICIT;
    }
}

static void declare_nonlocal(Comp *c, PNode *pn, IdInfo *id) {
    if (id->kind == ID_UNDECIDED) {
        id->kind = ID_GLOBAL_IMPLICIT;
        scope_check_to_close_over(c->a, c->cur, id);
        if (id->kind == ID_GLOBAL_IMPLICIT) {
            syntax_error(c, pn, "no binding for nonlocal found");
        }
    } else if (id->kind != ID_FREE) {
        syntax_error(c, pn, "identifier redefined as nonlocal");
    }
}

static void compile_global_nonlocal_stmt(Comp *c, PNode *pns) {
    if (c->pass != PASS_SCOPE) {
        return;
    }
    bool is_global = pns->rule == R_global_stmt;
    if (!is_global && c->cur->kind == SK_MODULE) {
        syntax_error(c, pns, "can't declare nonlocal in outer code");
        return;
    }
    PNode **names;
    size_t n = extract_list(&pns->kids[0], R_name_list, &names);
    for (size_t i = 0; i < n; i++) {
        IdInfo *id = scope_find_or_add(c->a, c->cur, names[i]->u.q, ID_UNDECIDED);
        if (is_global) {
            declare_global(c, pns, id);
        } else {
            declare_nonlocal(c, pns, id);
        }
    }
}

static void compile_assert_stmt(Comp *c, PNode *pns) {
    if (c->opt->opt_level != 0) {
        return;  /* -O1 and up drop asserts */
    }
    uint32_t l_end = new_label(c);
    c_if_cond(c, kid(pns, 0), true, l_end);
    emit_q(c, IR_LOAD_GLOBAL, c->q.AssertionError);
    if (kid(pns, 1) != NULL) {
        compile_node(c, kid(pns, 1));
        emit_call(c, IR_CALL_FUNCTION, 1, 0, 0);
    }
    emit_a(c, IR_RAISE_VARARGS, 1);
    emit_label(c, l_end);
}

static void compile_if_stmt(Comp *c, PNode *pns) {
    uint32_t l_end = new_label(c);
    if (!is_const_false(c, kid(pns, 0))) {
        uint32_t l_fail = new_label(c);
        c_if_cond(c, kid(pns, 0), false, l_fail);
        compile_node(c, kid(pns, 1));
        if (is_const_true(c, kid(pns, 0))) {
            goto done;
        }
        if (!(kid(pns, 2) == NULL && kid(pns, 3) == NULL)) {
            emit_jump(c, l_end);
        }
        emit_label(c, l_fail);
    }
    PNode **elifs;
    size_t n = extract_list(&pns->kids[2], R_if_stmt_elif_list, &elifs);
    for (size_t i = 0; i < n; i++) {
        PNode *elif = elifs[i];
        if (is_const_false(c, kid(elif, 0))) {
            continue;
        }
        uint32_t l_fail = new_label(c);
        c_if_cond(c, kid(elif, 0), false, l_fail);
        compile_node(c, kid(elif, 1));
        if (is_const_true(c, kid(elif, 0))) {
            goto done;
        }
        emit_jump(c, l_end);
        emit_label(c, l_fail);
    }
    compile_node(c, kid(pns, 3));
done:
    emit_label(c, l_end);
}

/* Loop bookkeeping: break/continue labels and the handler depth they unwind to. */
typedef struct {
    uint32_t break_label, continue_label;
    uint16_t except_level;
} LoopState;

static LoopState start_loop(Comp *c, uint32_t *break_label, uint32_t *continue_label) {
    LoopState saved = {c->break_label, c->continue_label, c->break_continue_except_level};
    *break_label = new_label(c);
    *continue_label = new_label(c);
    c->break_label = *break_label;
    c->continue_label = *continue_label;
    c->break_continue_except_level = c->except_level;
    return saved;
}

static void end_loop(Comp *c, LoopState saved) {
    c->break_label = saved.break_label;
    c->continue_label = saved.continue_label;
    c->break_continue_except_level = saved.except_level;
}

static void compile_while_stmt(Comp *c, PNode *pns) {
    uint32_t break_label, continue_label;
    LoopState saved = start_loop(c, &break_label, &continue_label);
    if (!is_const_false(c, kid(pns, 0))) {
        uint32_t top = new_label(c);
        if (!is_const_true(c, kid(pns, 0))) {
            emit_jump(c, continue_label);
        }
        emit_label(c, top);
        compile_node(c, kid(pns, 1));
        emit_label(c, continue_label);
        c_if_cond(c, kid(pns, 0), true, top);
    }
    end_loop(c, saved);
    compile_node(c, kid(pns, 2));
    emit_label(c, break_label);
}

static bool is_plain_argument(const PNode *p) {
    return !(pn_is_rule(p, R_arglist_star) || pn_is_rule(p, R_arglist_dbl_star) || pn_is_rule(p, R_argument));
}

/* for x in range(start, end, step) with a constant step: a counter instead of an iterator. */
static void compile_for_range(Comp *c, PNode *var, PNode *start, PNode *end, PNode *step, PNode *body, PNode *els) {
    uint32_t break_label, continue_label;
    LoopState saved = start_loop(c, &break_label, &continue_label);
    uint32_t top = new_label(c);
    uint32_t entry = new_label(c);
    bool end_on_stack = end->kind != PN_SMALL;
    if (end_on_stack) {
        compile_node(c, end);
    }
    compile_node(c, start);
    emit_jump(c, entry);
    emit_label(c, top);
    emit(c, IR_DUP_TOP);
    c_assign(c, var, ASSIGN_STORE);
    compile_node(c, body);
    emit_label(c, continue_label);
    compile_node(c, step);
    emit_binary(c, BOP_INPLACE_ADD);
    emit_label(c, entry);
    if (end_on_stack) {
        emit(c, IR_DUP_TOP_TWO);
        emit(c, IR_ROT_TWO);
    } else {
        emit(c, IR_DUP_TOP);
        compile_node(c, end);
    }
    emit_binary(c, step->u.small >= 0 ? BOP_LESS : BOP_MORE);
    emit_pop_jump_if(c, true, top);
    end_loop(c, saved);
    uint32_t end_label = 0;
    if (els != NULL) {
        emit(c, IR_POP_TOP);
        if (end_on_stack) {
            emit(c, IR_POP_TOP);
        }
        compile_node(c, els);
        end_label = new_label(c);
        emit_jump(c, end_label);
        emit_adjust(c, 1 + end_on_stack);
    }
    emit_label(c, break_label);
    emit(c, IR_POP_TOP);
    if (end_on_stack) {
        emit(c, IR_POP_TOP);
    }
    if (els != NULL) {
        emit_label(c, end_label);
    }
}

static PNode *small_leaf(Comp *c, int64_t v) {
    PNode *p = arena_alloc(c->a, sizeof *p);
    p->kind = PN_SMALL;
    p->u.small = v;
    return p;
}

static bool try_for_range(Comp *c, PNode *pns) {
    PNode *it = kid(pns, 1);
    if (!is_id(kid(pns, 0)) || !pn_is_rule(it, R_atom_expr_normal) || !is_id(kid(it, 0)) ||
        kid(it, 0)->u.q != c->q.range || !pn_is_rule(kid(it, 1), R_trailer_paren)) {
        return false;
    }
    PNode **args;
    size_t n = extract_list(&kid(it, 1)->kids[0], R_arglist, &args);
    if (n < 1 || n > 3) {
        return false;
    }
    PNode *start, *end, *step;
    if (n == 1) {
        start = small_leaf(c, 0);
        end = args[0];
        step = small_leaf(c, 1);
    } else if (n == 2) {
        start = args[0];
        end = args[1];
        step = small_leaf(c, 1);
    } else {
        start = args[0];
        end = args[1];
        step = args[2];
        if (step == NULL || step->kind != PN_SMALL || step->u.small == 0) {
            return false;
        }
    }
    if ((start->kind == PN_RULE && !is_plain_argument(start)) || (end->kind == PN_RULE && !is_plain_argument(end))) {
        return false;
    }
    compile_for_range(c, kid(pns, 0), start, end, step, kid(pns, 2), kid(pns, 3));
    return true;
}

static void compile_for_stmt(Comp *c, PNode *pns) {
    if (try_for_range(c, pns)) {
        return;
    }
    uint32_t break_label, continue_label;
    LoopState saved = start_loop(c, &break_label, &continue_label);
    c->break_label |= FROM_FOR;
    uint32_t pop_label = new_label(c);
    compile_node(c, kid(pns, 1));
    emit_a(c, IR_GET_ITER, 1);
    emit_label(c, continue_label);
    emit_a(c, IR_FOR_ITER, pop_label);
    c_assign(c, kid(pns, 0), ASSIGN_STORE);
    compile_node(c, kid(pns, 2));
    emit_jump(c, continue_label);
    emit_label(c, pop_label);
    emit(c, IR_FOR_ITER_END);
    end_loop(c, saved);
    compile_node(c, kid(pns, 3));
    emit_label(c, break_label);
}

static void compile_try_except(Comp *c, PNode *body, size_t n_except, PNode **excepts, PNode *els) {
    uint32_t l1 = new_label(c);
    uint32_t success = new_label(c);
    increase_except_level(c, l1, IR_SETUP_EXCEPT);
    compile_node(c, body);
    emit_ab(c, IR_POP_EXCEPT_JUMP, success, 0);
    emit_label(c, l1);
    emit(c, IR_START_EXCEPT_HANDLER);
    uint32_t l2 = new_label(c);
    for (size_t i = 0; i < n_except; i++) {
        PNode *handler = excepts[i];
        Qstr bound = 0;
        uint32_t end_finally = new_label(c);
        if (kid(handler, 0) == NULL) {
            if (i + 1 != n_except) {
                syntax_error(c, handler, "default 'except' must be last");
                decrease_except_level(c);
                return;
            }
        } else {
            PNode *match = kid(handler, 0);
            if (pn_is_rule(match, R_try_stmt_as_name)) {
                bound = kid(match, 1)->u.q;
                match = kid(match, 0);
            }
            emit(c, IR_DUP_TOP);
            compile_node(c, match);
            emit_binary(c, BOP_EXCEPTION_MATCH);
            emit_pop_jump_if(c, false, end_finally);
        }
        if (bound == 0) {
            emit(c, IR_POP_TOP);
        } else {
            store_id(c, bound);
        }
        /* "except E as e": the body runs in a try/finally that clears e */
        uint32_t l3 = 0;
        if (bound != 0) {
            l3 = new_label(c);
            increase_except_level(c, l3, IR_SETUP_FINALLY);
        }
        compile_node(c, kid(handler, 1));
        if (bound != 0) {
            emit_tok(c, T_KW_NONE);
            emit_label(c, l3);
            emit_adjust(c, 1);
            emit_tok(c, T_KW_NONE);
            store_id(c, bound);
            delete_id(c, bound);
            emit_adjust(c, -1);
            decrease_except_level(c);
        }
        emit_ab(c, IR_POP_EXCEPT_JUMP, l2, 1);
        emit_label(c, end_finally);
        emit_adjust(c, 1);
    }
    decrease_except_level(c);
    emit(c, IR_END_EXCEPT_HANDLER);
    emit_label(c, success);
    compile_node(c, els);
    emit_label(c, l2);
}

static void compile_try_finally(Comp *c, PNode *body, size_t n_except, PNode **excepts, PNode *els, PNode *fin) {
    uint32_t l_finally = new_label(c);
    increase_except_level(c, l_finally, IR_SETUP_FINALLY);
    if (n_except == 0) {
        emit_adjust(c, 3);
        compile_node(c, body);
        emit_adjust(c, -3);
    } else {
        compile_try_except(c, body, n_except, excepts, els);
    }
    emit_tok(c, T_KW_NONE);
    emit_label(c, l_finally);
    emit_adjust(c, 1);
    compile_node(c, fin);
    emit_adjust(c, -1);
    decrease_except_level(c);
}

static void compile_try_stmt(Comp *c, PNode *pns) {
    PNode *rest = kid(pns, 1);
    PNode **excepts;
    if (pn_is_rule(rest, R_try_stmt_finally)) {
        compile_try_finally(c, kid(pns, 0), 0, NULL, NULL, kid(rest, 0));
    } else if (pn_is_rule(rest, R_try_stmt_except_and_more)) {
        size_t n = extract_list(&rest->kids[0], R_try_stmt_except_list, &excepts);
        if (kid(rest, 2) == NULL) {
            compile_try_except(c, kid(pns, 0), n, excepts, kid(rest, 1));
        } else {
            compile_try_finally(c, kid(pns, 0), n, excepts, kid(rest, 1), kid(kid(rest, 2), 0));
        }
    } else {
        size_t n = extract_list(&pns->kids[1], R_try_stmt_except_list, &excepts);
        compile_try_except(c, kid(pns, 0), n, excepts, NULL);
    }
}

static void compile_with_helper_body(Comp *c, size_t n, PNode **items, PNode *body) {
    if (n == 0) {
        compile_node(c, body);
        return;
    }
    uint32_t l_end = new_label(c);
    if (pn_is_rule(items[0], R_with_item)) {
        compile_node(c, kid(items[0], 0));
        increase_except_level(c, l_end, IR_SETUP_WITH);
        c_assign(c, kid(items[0], 1), ASSIGN_STORE);
    } else {
        compile_node(c, items[0]);
        increase_except_level(c, l_end, IR_SETUP_WITH);
        emit(c, IR_POP_TOP);
    }
    compile_with_helper(c, n - 1, items + 1, body);
    emit_a(c, IR_WITH_CLEANUP, l_end);
    decrease_except_level(c);
}

static void compile_with_helper(Comp *c, size_t n, PNode **items, PNode *body) {
    if (!descend(c)) {
        return;
    }
    compile_with_helper_body(c, n, items, body);
}


static void compile_with_stmt(Comp *c, PNode *pns) {
    PNode **items;
    size_t n = extract_list(&pns->kids[0], R_with_stmt_list, &items);
    compile_with_helper(c, n, items, kid(pns, 1));
}

static void compile_yield_from(Comp *c) {
    emit_a(c, IR_GET_ITER, 0);
    emit_tok(c, T_KW_NONE);
    emit(c, IR_YIELD_FROM);
}

static void compile_await_object_method(Comp *c, Qstr method) {
    emit_load_method(c, method, false);
    emit_call(c, IR_CALL_METHOD, 0, 0, 0);
    compile_yield_from(c);
}

static void compile_async_for_stmt(Comp *c, PNode *pns) {
    uint32_t while_else = new_label(c);
    uint32_t try_exception = new_label(c);
    uint32_t try_else = new_label(c);
    uint32_t try_finally = new_label(c);
    compile_node(c, kid(pns, 1));
    emit_load_method(c, c->q.aiter, false);
    emit_call(c, IR_CALL_METHOD, 0, 0, 0);
    uint32_t break_label, continue_label;
    LoopState saved = start_loop(c, &break_label, &continue_label);
    emit_label(c, continue_label);
    increase_except_level(c, try_exception, IR_SETUP_EXCEPT);
    emit(c, IR_DUP_TOP);
    compile_await_object_method(c, c->q.anext);
    c_assign(c, kid(pns, 0), ASSIGN_STORE);
    emit_ab(c, IR_POP_EXCEPT_JUMP, try_else, 0);
    emit_label(c, try_exception);
    emit(c, IR_START_EXCEPT_HANDLER);
    emit(c, IR_DUP_TOP);
    emit_q(c, IR_LOAD_GLOBAL, c->q.StopAsyncIteration);
    emit_binary(c, BOP_EXCEPTION_MATCH);
    emit_pop_jump_if(c, false, try_finally);
    emit(c, IR_POP_TOP);
    emit_ab(c, IR_POP_EXCEPT_JUMP, while_else, 1);
    emit_label(c, try_finally);
    emit_adjust(c, 1);
    decrease_except_level(c);
    emit(c, IR_END_EXCEPT_HANDLER);
    emit_label(c, try_else);
    compile_node(c, kid(pns, 2));
    emit_jump(c, continue_label);
    end_loop(c, saved);
    emit_label(c, while_else);
    compile_node(c, kid(pns, 3));
    emit_label(c, break_label);
    emit(c, IR_POP_TOP);
}

static void compile_async_with_helper_body(Comp *c, size_t n, PNode **items, PNode *body) {
    if (n == 0) {
        compile_node(c, body);
        return;
    }
    uint32_t l_finally = new_label(c);
    uint32_t l_aexit_no_exc = new_label(c);
    uint32_t l_ret_unwind = new_label(c);
    uint32_t l_end = new_label(c);
    if (pn_is_rule(items[0], R_with_item)) {
        compile_node(c, kid(items[0], 0));
        emit(c, IR_DUP_TOP);
        compile_await_object_method(c, c->q.aenter);
        c_assign(c, kid(items[0], 1), ASSIGN_STORE);
    } else {
        compile_node(c, items[0]);
        emit(c, IR_DUP_TOP);
        compile_await_object_method(c, c->q.aenter);
        emit(c, IR_POP_TOP);
    }
    increase_except_level(c, l_finally, IR_SETUP_FINALLY);
    emit_adjust(c, 3);
    compile_async_with_helper(c, n - 1, items + 1, body);
    emit_adjust(c, -3);
    /* no exception: None marks it for end_finally, then on to __aexit__ */
    emit_tok(c, T_KW_NONE);
    emit(c, IR_ROT_TWO);
    emit_jump(c, l_aexit_no_exc);
    emit_label(c, l_finally);
    emit(c, IR_DUP_TOP);
    emit_q(c, IR_LOAD_GLOBAL, c->q.BaseException);
    emit_binary(c, BOP_EXCEPTION_MATCH);
    emit_pop_jump_if(c, false, l_ret_unwind);
    /* an exception: call __aexit__ and swallow or re-raise it */
    emit(c, IR_DUP_TOP);
    emit(c, IR_ROT_THREE);
    emit(c, IR_ROT_TWO);
    emit_load_method(c, c->q.aexit, false);
    emit(c, IR_ROT_THREE);
    emit(c, IR_ROT_THREE);
    emit(c, IR_DUP_TOP);
    emit_q(c, IR_LOAD_ATTR, c->q.class_);
    emit(c, IR_ROT_TWO);
    emit_tok(c, T_KW_NONE);
    emit_call(c, IR_CALL_METHOD, 3, 0, 0);
    compile_yield_from(c);
    emit_pop_jump_if(c, false, l_end);
    emit(c, IR_POP_TOP);
    emit_tok(c, T_KW_NONE);
    emit_jump(c, l_end);
    emit_adjust(c, 2);
    /* a return or unwind jump, or the no-exception path: call __aexit__(None, None, None) */
    emit_label(c, l_ret_unwind);
    emit(c, IR_ROT_THREE);
    emit(c, IR_ROT_THREE);
    emit_label(c, l_aexit_no_exc);
    emit_load_method(c, c->q.aexit, false);
    emit_tok(c, T_KW_NONE);
    emit(c, IR_DUP_TOP);
    emit(c, IR_DUP_TOP);
    emit_call(c, IR_CALL_METHOD, 3, 0, 0);
    compile_yield_from(c);
    emit(c, IR_POP_TOP);
    emit_adjust(c, -1);
    emit_label(c, l_end);
    decrease_except_level(c);
}

static void compile_async_with_helper(Comp *c, size_t n, PNode **items, PNode *body) {
    if (!descend(c)) {
        return;
    }
    compile_async_with_helper_body(c, n, items, body);
}


static void compile_async_stmt(Comp *c, PNode *pns) {
    PNode *inner = kid(pns, 0);
    if (inner->rule == R_funcdef) {
        compile_funcdef(c, inner);
        scope_at(c, inner)->flags |= IR_FLAG_GENERATOR | ir_flag_async(c->opt->target);
        return;
    }
    if (!(c->cur->flags & IR_FLAG_GENERATOR)) {
        syntax_error(c, inner, "async for/with outside async function");
        return;
    }
    if (inner->rule == R_for_stmt) {
        compile_async_for_stmt(c, inner);
    } else {
        PNode **items;
        size_t n = extract_list(&inner->kids[0], R_with_stmt_list, &items);
        compile_async_with_helper(c, n, items, kid(inner, 1));
    }
}

static bool is_lonely_constant(const PNode *p) {
    return (is_leaf(p) && !is_id(p)) || (p != NULL && p->kind == PN_CONST);
}

static void compile_tuple_assign(Comp *c, PNode *lhs, PNode *rhs) {
    compile_node(c, kid(rhs, 0));
    compile_node(c, kid(rhs, 1));
    if (lhs->n == 3) {
        compile_node(c, kid(rhs, 2));
        emit(c, IR_ROT_THREE);
    }
    emit(c, IR_ROT_TWO);
    for (uint32_t i = 0; i < lhs->n; i++) {
        c_assign(c, kid(lhs, i), ASSIGN_STORE);
    }
}

static void compile_plain_assign(Comp *c, PNode *lhs, PNode *rhs) {
    /* a, b = c, d and a, b, c = d, e, f go through the stack without a tuple */
    if (pn_is_rule(rhs, R_testlist_star_expr) && pn_is_rule(lhs, R_testlist_star_expr) && lhs->n == rhs->n &&
        (lhs->n == 2 || lhs->n == 3)) {
        bool star = false;
        for (uint32_t i = 0; i < lhs->n; i++) {
            star |= pn_is_rule(kid(lhs, i), R_star_expr);
        }
        if (!star) {
            compile_tuple_assign(c, lhs, rhs);
            return;
        }
    }
    compile_node(c, rhs);
    c_assign(c, lhs, ASSIGN_STORE);
}

static void compile_expr_stmt(Comp *c, PNode *pns) {
    PNode *lhs = kid(pns, 0), *rhs = kid(pns, 1);
    if (rhs == NULL) {
        if (!is_lonely_constant(lhs)) {
            compile_node(c, lhs);
            emit(c, IR_POP_TOP);
        }
        return;
    }
    if (rhs->kind != PN_RULE) {
        compile_plain_assign(c, lhs, rhs);
        return;
    }
    switch (rhs->rule) {
    case R_annassign:
        if (kid(rhs, 1) == NULL) {
            /* "x: T" alone declares a local inside a function */
            if (c->cur->kind == SK_FUNCTION && is_id(lhs)) {
                scope_find_or_add(c->a, c->cur, lhs->u.q, ID_LOCAL);
            }
        } else {
            compile_plain_assign(c, lhs, kid(rhs, 1));
        }
        break;
    case R_expr_stmt_augassign: {
        c_assign(c, lhs, ASSIGN_AUG_LOAD);
        compile_node(c, kid(rhs, 1));
        int tok = kid(rhs, 0)->tok;
        emit_binary(c, (BinOp)(BOP_INPLACE_OR + (tok - T_DEL_PIPE_EQUAL)));
        c_assign(c, lhs, ASSIGN_AUG_STORE);
        break;
    }
    case R_expr_stmt_assign_list: {
        uint32_t last = rhs->n - 1;
        compile_node(c, kid(rhs, last));
        if (last > 0) {
            emit(c, IR_DUP_TOP);
        }
        c_assign(c, lhs, ASSIGN_STORE);  /* left-most first, as CPython */
        for (uint32_t i = 0; i < last; i++) {
            if (i + 1 < last) {
                emit(c, IR_DUP_TOP);
            }
            c_assign(c, kid(rhs, i), ASSIGN_STORE);
        }
        break;
    }
    default:
        compile_plain_assign(c, lhs, rhs);
        break;
    }
}

static void compile_test_if_expr(Comp *c, PNode *pns) {
    PNode *if_else = kid(pns, 1);
    uint32_t l_fail = new_label(c);
    uint32_t l_end = new_label(c);
    c_if_cond(c, kid(if_else, 0), false, l_fail);
    compile_node(c, kid(pns, 0));
    emit_jump(c, l_end);
    emit_label(c, l_fail);
    emit_adjust(c, -1);
    compile_node(c, kid(if_else, 1));
    emit_label(c, l_end);
}

static void compile_lambdef(Comp *c, PNode *pns) {
    if (c->pass == PASS_SCOPE) {
        note_scope(c, pns, new_scope(c, SK_LAMBDA, pns, c->cur->emit_opt));
    }
    compile_funcdef_lambdef(c, scope_at(c, pns), kid(pns, 0), R_varargslist);
}

static void compile_namedexpr_helper(Comp *c, PNode *name, PNode *value) {
    if (!is_id(name)) {
        syntax_error(c, name, "can't assign to expression");
    }
    compile_node(c, value);
    emit(c, IR_DUP_TOP);
    Qstr target = name->u.q;
    if (c->pass == PASS_SCOPE && SK_COMP_LIKE(c->cur->kind)) {
        /* := in a comprehension binds in the enclosing scope */
        IdInfo *outer = id_for_modification(c, c->cur->parent, target);
        if (outer->kind == ID_GLOBAL_EXPLICIT) {
            scope_find_or_add(c->a, c->cur, target, ID_GLOBAL_EXPLICIT);
        } else {
            IdInfo *id = scope_find_or_add(c->a, c->cur, target, ID_UNDECIDED);
            bool is_global = c->cur->parent->parent == NULL;
            if (!is_global && id->kind == ID_GLOBAL_IMPLICIT) {
                id->kind = ID_UNDECIDED;
            }
            if (is_global) {
                declare_global(c, name, id);
            } else {
                declare_nonlocal(c, name, id);
            }
        }
    }
    store_id(c, target);
}

static void compile_namedexpr(Comp *c, PNode *pns) {
    compile_namedexpr_helper(c, kid(pns, 0), kid(pns, 1));
}

static void compile_or_and_test(Comp *c, PNode *pns) {
    bool cond = pns->rule == R_or_test;
    uint32_t l_end = new_label(c);
    for (uint32_t i = 0; i < pns->n; i++) {
        compile_node(c, kid(pns, i));
        if (i + 1 < pns->n) {
            emit_ab(c, IR_JUMP_IF_OR_POP, l_end, cond);
        }
    }
    emit_label(c, l_end);
}

static void compile_not_test_2(Comp *c, PNode *pns) {
    compile_node(c, kid(pns, 0));
    emit_a(c, IR_UNARY_OP, UOP_NOT);
}

/* "not in" and "is not" are "in" and "is" followed by a not. */
static void emit_comparison(Comp *c, const PNode *op) {
    if (op->kind == PN_TOKEN) {
        emit_binary(c, op->tok == T_KW_IN ? BOP_IN : (BinOp)(BOP_LESS + (op->tok - T_OP_LESS)));
        return;
    }
    bool negated = op->rule == R_comp_op_not_in || kid(op, 0) != NULL;
    emit_binary(c, op->rule == R_comp_op_not_in ? BOP_IN : BOP_IS);
    if (negated) {
        emit_a(c, IR_UNARY_OP, UOP_NOT);
    }
}

static void compile_comparison(Comp *c, PNode *pns) {
    uint32_t n = pns->n;
    compile_node(c, kid(pns, 0));
    bool multi = n > 3;
    uint32_t l_fail = multi ? new_label(c) : 0;
    for (uint32_t i = 1; i + 1 < n; i += 2) {
        compile_node(c, kid(pns, i + 1));
        if (i + 2 < n) {
            emit(c, IR_DUP_TOP);
            emit(c, IR_ROT_THREE);
        }
        emit_comparison(c, kid(pns, i));
        if (i + 2 < n) {
            emit_ab(c, IR_JUMP_IF_OR_POP, l_fail, 0);
        }
    }
    if (multi) {
        uint32_t l_end = new_label(c);
        emit_jump(c, l_end);
        emit_label(c, l_fail);
        emit_adjust(c, 1);
        emit(c, IR_ROT_TWO);
        emit(c, IR_POP_TOP);
        emit_label(c, l_end);
    }
}

static void compile_star_expr(Comp *c, PNode *pns) {
    syntax_error(c, pns, "*x must be assignment target");
}

static void compile_binary_op(Comp *c, PNode *pns) {
    BinOp op = pns->rule == R_expr ? BOP_OR : pns->rule == R_xor_expr ? BOP_XOR : BOP_AND;
    compile_node(c, kid(pns, 0));
    for (uint32_t i = 1; i < pns->n; i++) {
        compile_node(c, kid(pns, i));
        emit_binary(c, op);
    }
}

static void compile_term(Comp *c, PNode *pns) {
    compile_node(c, kid(pns, 0));
    for (uint32_t i = 1; i + 1 < pns->n; i += 2) {
        compile_node(c, kid(pns, i + 1));
        emit_binary(c, (BinOp)(BOP_OR + (kid(pns, i)->tok - T_OP_PIPE)));
    }
}

static void compile_factor_2(Comp *c, PNode *pns) {
    compile_node(c, kid(pns, 1));
    int tok = kid(pns, 0)->tok;
    emit_a(c, IR_UNARY_OP, tok == T_OP_TILDE ? UOP_INVERT : tok == T_OP_PLUS ? UOP_POSITIVE : UOP_NEGATIVE);
}

static void compile_atom_expr_normal(Comp *c, PNode *pns) {
    compile_node(c, kid(pns, 0));
    if (kid(pns, 1) == NULL) {
        return;  /* await with a bare atom */
    }
    size_t num = 1;
    PNode **trail = &pns->kids[1];
    if (trail[0]->rule == R_atom_expr_trailers) {
        num = trail[0]->n;
        trail = trail[0]->kids;
    }
    size_t i = 0;
    if (c->cur->kind == SK_FUNCTION && is_id(kid(pns, 0)) && kid(pns, 0)->u.q == c->q.super &&
        trail[0]->rule == R_trailer_paren && kid(trail[0], 0) == NULL) {
        /* super() inside a function: pass __class__ and the first parameter */
        load_id(c, c->q.class_);
        bool found = false;
        for (uint32_t k = 0; k < c->cur->n_ids; k++) {
            if (c->cur->ids[k].flags & IDF_PARAM) {
                load_id(c, c->cur->ids[k].q);
                found = true;
                break;
            }
        }
        if (!found) {
            syntax_error(c, trail[0], "super() can't find self");
            return;
        }
        if (num >= 3 && trail[1]->rule == R_trailer_period && trail[2]->rule == R_trailer_paren) {
            emit_load_method(c, kid(trail[1], 0)->u.q, true);
            compile_trailer_paren_helper(c, kid(trail[2], 0), true, 0);
            i = 3;
        } else {
            emit_call(c, IR_CALL_FUNCTION, 2, 0, 0);
            i = 1;
        }
    }
    for (; i < num; i++) {
        if (i + 1 < num && trail[i]->rule == R_trailer_period && trail[i + 1]->rule == R_trailer_paren) {
            /* a.f(...) calls the method without making a bound method */
            emit_load_method(c, kid(trail[i], 0)->u.q, false);
            compile_trailer_paren_helper(c, kid(trail[i + 1], 0), true, 0);
            i++;
        } else {
            compile_node(c, trail[i]);
        }
    }
}

static void compile_power(Comp *c, PNode *pns) {
    compile_generic_all_nodes(c, pns);
    emit_binary(c, BOP_POWER);
}

static void compile_trailer_paren_helper(Comp *c, PNode *pn_arglist, bool is_method_call, int n_positional_extra) {
    PNode **args;
    size_t n_args = extract_list(&pn_arglist, R_arglist, &args);
    uint32_t n_positional = (uint32_t)n_positional_extra, n_keyword = 0, star_flags = 0;
    uint64_t star_args = 0;
    for (size_t i = 0; i < n_args; i++) {
        PNode *arg = args[i];
        if (arg != NULL && arg->kind == PN_RULE && arg->rule == R_arglist_star) {
            if (star_flags & IR_STAR_DOUBLE) {
                syntax_error(c, arg, "* arg after **");
                return;
            }
            if (n_keyword && c->opt->target == MPYC_MICROPYTHON) {
                syntax_error(c, arg, "* arg after kwarg");
                return;
            }
            if (i >= (size_t)c->opt->small_int_bits - 1) {
                syntax_error(c, arg, "too many args");
                return;
            }
            star_flags |= IR_STAR_SINGLE;
            star_args |= (uint64_t)1 << (i & 63);  /* a 64-bit word, as in the reference */
            compile_node(c, kid(arg, 0));
            n_positional++;
        } else if (arg != NULL && arg->kind == PN_RULE && arg->rule == R_arglist_dbl_star) {
            star_flags |= IR_STAR_DOUBLE;
            emit(c, IR_LOAD_NULL);  /* ** args are keyword args with a null key */
            compile_node(c, kid(arg, 0));
            n_keyword++;
        } else if (arg != NULL && arg->kind == PN_RULE && arg->rule == R_argument) {
            if (pn_is_rule(kid(arg, 1), R_argument_3)) {
                compile_namedexpr_helper(c, kid(arg, 0), kid(kid(arg, 1), 0));
                n_positional++;
            } else if (!pn_is_rule(kid(arg, 1), R_comp_for)) {
                if (!is_id(kid(arg, 0))) {
                    syntax_error(c, arg, "LHS of keyword arg must be an id");
                    return;
                }
                emit_q(c, IR_LOAD_CONST_STR, kid(arg, 0)->u.q);
                compile_node(c, kid(arg, 1));
                n_keyword++;
            } else {
                compile_comprehension(c, arg, SK_GEN_EXPR);
                n_positional++;
            }
        } else {
            if (star_flags & IR_STAR_DOUBLE) {
                syntax_error(c, arg, "positional arg after **");
                return;
            }
            if (n_keyword > 0) {
                syntax_error(c, arg, "positional arg after keyword arg");
                return;
            }
            compile_node(c, arg);
            n_positional++;
        }
    }
    if (star_flags != 0) {
        emit_small(c, (int64_t)star_args);  /* which positional args are starred */
    }
    emit_call(c, is_method_call ? IR_CALL_METHOD : IR_CALL_FUNCTION, n_positional, n_keyword, star_flags);
}

/* pns has two children: the element expression and its comp_for. */
static void compile_comprehension(Comp *c, PNode *pns, ScopeKind kind) {
    PNode *comp_for = kid(pns, 1);
    if (c->pass == PASS_SCOPE) {
        note_scope(c, comp_for, new_scope(c, kind, pns, c->cur->emit_opt));
    }
    Scope *s = scope_at(c, comp_for);
    close_over_variables_etc(c, s, 0, 0);
    compile_node(c, kid(comp_for, 1));
    if (kind == SK_GEN_EXPR) {
        emit_a(c, IR_GET_ITER, 0);
    }
    emit_call(c, IR_CALL_FUNCTION, 1, 0, 0);
}

static void compile_atom_paren(Comp *c, PNode *pns) {
    PNode *inner = kid(pns, 0);
    if (inner == NULL) {
        emit_build(c, 0, IR_BUILD_TUPLE);
    } else if (has_comp_for(inner)) {
        compile_comprehension(c, inner, SK_GEN_EXPR);
    } else {
        compile_generic_tuple(c, inner);
    }
}

static void compile_atom_bracket(Comp *c, PNode *pns) {
    PNode *inner = kid(pns, 0);
    if (inner == NULL) {
        emit_build(c, 0, IR_BUILD_LIST);
    } else if (pn_is_rule(inner, R_testlist_comp)) {
        if (has_comp_for(inner)) {
            compile_comprehension(c, inner, SK_LIST_COMP);
        } else {
            compile_generic_all_nodes(c, inner);
            emit_build(c, inner->n, IR_BUILD_LIST);
        }
    } else {
        compile_node(c, inner);
        emit_build(c, 1, IR_BUILD_LIST);
    }
}

static void compile_atom_brace_helper(Comp *c, PNode *pns, bool create_map) {
    PNode *pn = kid(pns, 0);
    if (pn == NULL) {
        if (create_map) {
            emit_build(c, 0, IR_BUILD_MAP);
        }
        return;
    }
    if (pn_is_rule(pn, R_dictorsetmaker_item)) {
        if (create_map) {
            emit_build(c, 1, IR_BUILD_MAP);
        }
        compile_node(c, pn);
        emit(c, IR_STORE_MAP);
        return;
    }
    if (!pn_is_rule(pn, R_dictorsetmaker)) {
        compile_node(c, pn);  /* a set of one */
        emit_build(c, 1, IR_BUILD_SET);
        return;
    }
    PNode *tail = kid(pn, 1);
    if (tail->rule == R_comp_for) {
        compile_comprehension(c, pn, pn_is_rule(kid(pn, 0), R_dictorsetmaker_item) ? SK_DICT_COMP : SK_SET_COMP);
        return;
    }
    PNode **rest;
    size_t n = extract_list(&tail->kids[0], R_dictorsetmaker_list2, &rest);
    bool is_dict = pn_is_rule(kid(pn, 0), R_dictorsetmaker_item);
    if (is_dict) {
        if (create_map) {
            emit_build(c, (uint32_t)(1 + n), IR_BUILD_MAP);
        }
        compile_node(c, kid(pn, 0));
        emit(c, IR_STORE_MAP);
    } else {
        compile_node(c, kid(pn, 0));
    }
    for (size_t i = 0; i < n; i++) {
        bool is_pair = pn_is_rule(rest[i], R_dictorsetmaker_item);
        compile_node(c, rest[i]);
        if (is_dict) {
            if (!is_pair) {
                syntax_error(c, pn, "expecting key:value for dict");
                return;
            }
            emit(c, IR_STORE_MAP);
        } else if (is_pair) {
            syntax_error(c, pn, "expecting just a value for set");
            return;
        }
    }
    if (!is_dict) {
        emit_build(c, (uint32_t)(1 + n), IR_BUILD_SET);
    }
}

static void compile_trailer_bracket(Comp *c, PNode *pns) {
    compile_node(c, kid(pns, 0));
    emit(c, IR_LOAD_SUBSCR);
}

static void compile_subscript(Comp *c, PNode *pns) {
    if (pns->rule == R_subscript_2) {
        compile_node(c, kid(pns, 0));
        pns = kid(pns, 1);
    } else {
        emit_tok(c, T_KW_NONE);
    }
    PNode *pn = kid(pns, 0);
    if (pn == NULL) {
        emit_tok(c, T_KW_NONE);  /* [a:] */
        emit_build(c, 2, IR_BUILD_SLICE);
    } else if (pn_is_rule(pn, R_subscript_3c)) {
        emit_tok(c, T_KW_NONE);
        if (kid(pn, 0) == NULL) {
            emit_build(c, 2, IR_BUILD_SLICE);  /* [a::] */
        } else {
            compile_node(c, kid(pn, 0));  /* [a::c] */
            emit_build(c, 3, IR_BUILD_SLICE);
        }
    } else if (pn_is_rule(pn, R_subscript_3d)) {
        compile_node(c, kid(pn, 0));
        PNode *sliceop = kid(pn, 1);
        if (kid(sliceop, 0) == NULL) {
            emit_build(c, 2, IR_BUILD_SLICE);  /* [a:b:] */
        } else {
            compile_node(c, kid(sliceop, 0));  /* [a:b:c] */
            emit_build(c, 3, IR_BUILD_SLICE);
        }
    } else {
        compile_node(c, pn);  /* [a:b] */
        emit_build(c, 2, IR_BUILD_SLICE);
    }
}

static void compile_dictorsetmaker_item(Comp *c, PNode *pns) {
    compile_node(c, kid(pns, 1));
    compile_node(c, kid(pns, 0));
}

static void compile_classdef(Comp *c, PNode *pns) {
    store_id(c, compile_classdef_helper(c, pns, c->cur->emit_opt));
}

static void compile_yield_expr(Comp *c, PNode *pns) {
    if (c->cur->kind != SK_FUNCTION && c->cur->kind != SK_LAMBDA) {
        syntax_error(c, pns, "'yield' outside function");
        return;
    }
    PNode *arg = kid(pns, 0);
    if (arg == NULL) {
        emit_tok(c, T_KW_NONE);
        emit(c, IR_YIELD_VALUE);
    } else if (pn_is_rule(arg, R_yield_arg_from)) {
        if (c->opt->target != MPYC_MICROPYTHON && (c->cur->flags & ir_flag_async(c->opt->target))) {
            syntax_error(c, pns, "'yield from' inside async function");
            return;
        }
        compile_node(c, kid(arg, 0));
        compile_yield_from(c);
    } else {
        compile_node(c, arg);
        emit(c, IR_YIELD_VALUE);
    }
}

static void compile_atom_expr_await(Comp *c, PNode *pns) {
    if (c->cur->kind != SK_FUNCTION && c->cur->kind != SK_LAMBDA) {
        syntax_error(c, pns, "'await' outside function");
        return;
    }
    compile_atom_expr_normal(c, pns);
    if (c->opt->target == MPYC_MICROPYTHON) {
        compile_yield_from(c);
    } else {
        /* CircuitPython awaits through __await__ */
        emit_load_method(c, c->q.await, false);
        emit_call(c, IR_CALL_METHOD, 0, 0, 0);
        emit_tok(c, T_KW_NONE);
        emit(c, IR_YIELD_FROM);
    }
}

static void compile_rule(Comp *c, PNode *pns) {
    switch (pns->rule) {
    case R_file_input:
    case R_file_input_2:
    case R_simple_stmt_2:
    case R_suite_block_stmts:
    case R_pass_stmt:
        compile_generic_all_nodes(c, pns);
        break;
    case R_decorated:
        compile_decorated(c, pns);
        break;
    case R_funcdef:
        compile_funcdef(c, pns);
        break;
    case R_expr_stmt:
        compile_expr_stmt(c, pns);
        break;
    case R_testlist_star_expr:
    case R_subscriptlist:
    case R_testlist:
        compile_generic_tuple(c, pns);
        break;
    case R_del_stmt:
        compile_del_stmt(c, pns);
        break;
    case R_break_stmt:
    case R_continue_stmt:
        compile_break_cont_stmt(c, pns);
        break;
    case R_return_stmt:
        compile_return_stmt(c, pns);
        break;
    case R_yield_stmt:
        compile_yield_stmt(c, pns);
        break;
    case R_raise_stmt:
        compile_raise_stmt(c, pns);
        break;
    case R_import_name:
        compile_import_name(c, pns);
        break;
    case R_import_from:
        compile_import_from(c, pns);
        break;
    case R_global_stmt:
    case R_nonlocal_stmt:
        compile_global_nonlocal_stmt(c, pns);
        break;
    case R_assert_stmt:
        compile_assert_stmt(c, pns);
        break;
    case R_async_stmt:
        compile_async_stmt(c, pns);
        break;
    case R_if_stmt:
        compile_if_stmt(c, pns);
        break;
    case R_while_stmt:
        compile_while_stmt(c, pns);
        break;
    case R_for_stmt:
        compile_for_stmt(c, pns);
        break;
    case R_try_stmt:
        compile_try_stmt(c, pns);
        break;
    case R_with_stmt:
        compile_with_stmt(c, pns);
        break;
    case R_namedexpr_test:
        compile_namedexpr(c, pns);
        break;
    case R_test_if_expr:
        compile_test_if_expr(c, pns);
        break;
    case R_lambdef:
    case R_lambdef_nocond:
        compile_lambdef(c, pns);
        break;
    case R_or_test:
    case R_and_test:
        compile_or_and_test(c, pns);
        break;
    case R_not_test_2:
        compile_not_test_2(c, pns);
        break;
    case R_comparison:
        compile_comparison(c, pns);
        break;
    case R_star_expr:
        compile_star_expr(c, pns);
        break;
    case R_expr:
    case R_xor_expr:
    case R_and_expr:
        compile_binary_op(c, pns);
        break;
    case R_shift_expr:
    case R_arith_expr:
    case R_term:
        compile_term(c, pns);
        break;
    case R_factor_2:
        compile_factor_2(c, pns);
        break;
    case R_power:
        compile_power(c, pns);
        break;
    case R_atom_expr_await:
        compile_atom_expr_await(c, pns);
        break;
    case R_atom_expr_normal:
        compile_atom_expr_normal(c, pns);
        break;
    case R_atom_paren:
        compile_atom_paren(c, pns);
        break;
    case R_atom_bracket:
        compile_atom_bracket(c, pns);
        break;
    case R_atom_brace:
        compile_atom_brace_helper(c, pns, true);
        break;
    case R_trailer_paren:
        compile_trailer_paren_helper(c, kid(pns, 0), false, 0);
        break;
    case R_trailer_bracket:
        compile_trailer_bracket(c, pns);
        break;
    case R_trailer_period:
        emit_q(c, IR_LOAD_ATTR, kid(pns, 0)->u.q);
        break;
    case R_subscript_2:
    case R_subscript_3:
        compile_subscript(c, pns);
        break;
    case R_dictorsetmaker_item:
        compile_dictorsetmaker_item(c, pns);
        break;
    case R_classdef:
        compile_classdef(c, pns);
        break;
    case R_yield_expr:
        compile_yield_expr(c, pns);
        break;
    default:
        /* rules that only occur inside the ones above never reach here in a valid tree */
        syntax_error(c, pns, "invalid syntax");
        break;
    }
}

static void compile_node(Comp *c, PNode *pn) {
    if (pn == NULL || !descend(c)) {
        return;
    }
    compile_leaf_or_rule(c, pn);
}

static void compile_leaf_or_rule(Comp *c, PNode *pn) {
    switch (pn->kind) {
    case PN_SMALL:
        emit_small(c, pn->u.small);
        break;
    case PN_ID:
        load_id(c, pn->u.q);
        break;
    case PN_STR:
        emit_q(c, IR_LOAD_CONST_STR, pn->u.q);
        break;
    case PN_TOKEN:
        if (pn->tok != T_NEWLINE) {
            emit_tok(c, pn->tok);
        }
        break;
    case PN_CONST:
        emit_line(c, pn->line);
        emit(c, IR_LOAD_CONST_OBJ)->u.obj = pn->u.obj;
        break;
    default:
        emit_line(c, pn->line);
        compile_rule(c, pn);
        break;
    }
}

/* ---- Code blocks ---- */

static void compile_scope_param(Comp *c, PNode *pn, int name_rule, int star_rule) {
    if (c->cur->flags & IR_FLAG_VARKEYWORDS) {
        syntax_error(c, pn, "invalid syntax");  /* **kwargs must be last */
        return;
    }
    Qstr name = 0;
    uint8_t flags = IDF_PARAM;
    if (is_id(pn) || pn->rule == name_rule) {
        name = is_id(pn) ? pn->u.q : kid(pn, 0)->u.q;
        if (c->have_star) {
            c->cur->num_kwonly_args++;
        } else {
            c->cur->num_pos_args++;
        }
    } else if (pn->rule == star_rule) {
        if (c->have_star) {
            syntax_error(c, pn, "invalid syntax");  /* a second star */
            return;
        }
        c->have_star = true;
        flags = IDF_PARAM | IDF_STAR_PARAM;
        PNode *what = kid(pn, 0);
        if (what != NULL) {
            c->cur->flags |= IR_FLAG_VARARGS;
            name = is_id(what) ? what->u.q : kid(what, 0)->u.q;
        }
    } else {
        name = kid(pn, 0)->u.q;  /* **kwargs */
        flags = IDF_PARAM | IDF_DBL_STAR_PARAM;
        c->cur->flags |= IR_FLAG_VARKEYWORDS;
    }
    if (name == 0) {
        return;
    }
    IdInfo *id = scope_find_or_add(c->a, c->cur, name, ID_UNDECIDED);
    if (id->kind != ID_UNDECIDED) {
        syntax_error(c, pn, "argument name reused");
        return;
    }
    id->kind = ID_LOCAL;
    id->flags = flags;
}

static void compile_func_param(Comp *c, PNode *pn) {
    compile_scope_param(c, pn, R_typedargslist_name, R_typedargslist_star);
}

static void compile_lambda_param(Comp *c, PNode *pn) {
    compile_scope_param(c, pn, R_varargslist_name, R_varargslist_star);
}

static void compile_comp_iter_body(Comp *c, PNode *comp_for, PNode *inner, int depth) {
    uint32_t l_top = new_label(c);
    uint32_t l_end = new_label(c);
    emit_label(c, l_top);
    emit_a(c, IR_FOR_ITER, l_end);
    c_assign(c, kid(comp_for, 0), ASSIGN_STORE);
    PNode *iter = kid(comp_for, 2);
    for (;;) {
        if (iter == NULL) {
            compile_node(c, inner);
            if (c->cur->kind == SK_GEN_EXPR) {
                emit(c, IR_YIELD_VALUE);
                emit(c, IR_POP_TOP);
            } else {
                uint32_t kind = c->cur->kind == SK_LIST_COMP ? IR_COMP_LIST
                                : c->cur->kind == SK_DICT_COMP ? IR_COMP_DICT
                                                               : IR_COMP_SET;
                emit_ab(c, IR_STORE_COMP, kind, (uint32_t)(4 * depth + 5));
            }
            break;
        }
        if (iter->rule == R_comp_if) {
            c_if_cond(c, kid(iter, 0), false, l_top);
            iter = kid(iter, 1);
            continue;
        }
        compile_node(c, kid(iter, 1));
        emit_a(c, IR_GET_ITER, 1);
        compile_comp_iter(c, iter, inner, depth + 1);
        break;
    }
    emit_jump(c, l_top);
    emit_label(c, l_end);
    emit(c, IR_FOR_ITER_END);
}

static void compile_comp_iter(Comp *c, PNode *comp_for, PNode *inner, int depth) {
    if (!descend(c)) {
        return;
    }
    compile_comp_iter_body(c, comp_for, inner, depth);
}


static void compile_scope_body(Comp *c, Scope *s) {
    PNode *pns = s->pn;
    switch (s->kind) {
    case SK_MODULE:
        compile_node(c, pns);
        emit_tok(c, T_KW_NONE);
        emit(c, IR_RETURN_VALUE);
        break;
    case SK_FUNCTION:
        if (c->pass == PASS_SCOPE) {
            c->have_star = false;
            apply_to_single_or_list(c, kid(pns, 1), R_typedargslist, compile_func_param);
        }
        compile_node(c, kid(pns, 3));
        emit_tok(c, T_KW_NONE);
        emit(c, IR_RETURN_VALUE);
        break;
    case SK_LAMBDA:
        emit_line(c, pns->line);
        if (c->pass == PASS_SCOPE) {
            c->have_star = false;
            apply_to_single_or_list(c, kid(pns, 0), R_varargslist, compile_lambda_param);
        }
        compile_node(c, kid(pns, 1));
        if (s->flags & IR_FLAG_GENERATOR) {
            emit(c, IR_POP_TOP);  /* a generator lambda returns None */
            emit_tok(c, T_KW_NONE);
        }
        emit(c, IR_RETURN_VALUE);
        break;
    case SK_CLASS: {
        if (c->pass == PASS_SCOPE) {
            scope_find_or_add(c->a, s, c->q.class_, ID_LOCAL);
        }
        load_id(c, c->q.name);
        store_id(c, c->q.module);
        emit_q(c, IR_LOAD_CONST_STR, kid(pns, 0)->u.q);
        store_id(c, c->q.qualname);
        compile_node(c, kid(pns, 2));
        IdInfo *id = scope_find(s, c->q.class_);
        if (id->kind == ID_LOCAL) {
            emit_tok(c, T_KW_NONE);
        } else {
            emit_local(c, IR_LOAD_FAST, c->q.class_, id->local_num);
        }
        emit(c, IR_RETURN_VALUE);
        break;
    }
    default: {
        /* a comprehension: its one argument, the iterator, is named by the empty string */
        PNode *comp_for = kid(pns, 1);
        if (c->pass == PASS_SCOPE) {
            scope_find_or_add(c->a, s, c->q.empty, ID_LOCAL);
            s->num_pos_args = 1;
        }
        emit_line(c, pns->line);
        if (s->kind == SK_LIST_COMP) {
            emit_build(c, 0, IR_BUILD_LIST);
        } else if (s->kind == SK_DICT_COMP) {
            emit_build(c, 0, IR_BUILD_MAP);
        } else if (s->kind == SK_SET_COMP) {
            emit_build(c, 0, IR_BUILD_SET);
        }
        if (s->kind == SK_GEN_EXPR) {
            emit(c, IR_LOAD_NULL);
            load_id(c, c->q.empty);
            emit(c, IR_LOAD_NULL);
            emit(c, IR_LOAD_NULL);
        } else {
            load_id(c, c->q.empty);
            emit_a(c, IR_GET_ITER, 1);
        }
        compile_comp_iter(c, comp_for, kid(pns, 0), 0);
        if (s->kind == SK_GEN_EXPR) {
            emit_tok(c, T_KW_NONE);
        }
        emit(c, IR_RETURN_VALUE);
        break;
    }
    }
}

static void compile_scope(Comp *c, Scope *s, int pass) {
    c->pass = pass;
    c->cur = s;
    c->next_label = 0;
    if (pass == PASS_SCOPE) {
        s->unit->exc_stack_size = 0;
    }
    compile_scope_body(c, s);
    ir_close(&c->ir);
    if (c->next_label > s->unit->n_labels) {
        s->unit->n_labels = c->next_label;
    }
}

/* Fills in what the assembler reads of a scope. */
static void finish_unit(Comp *c, Scope *s) {
    CodeUnit *u = s->unit;
    u->simple_name = s->simple_name;
    u->scope_flags = s->flags;
    u->n_pos_args = s->num_pos_args;
    u->n_kwonly_args = s->num_kwonly_args;
    u->n_def_pos_args = s->num_def_pos_args;
    u->n_locals = s->num_locals;
    size_t nargs = (size_t)s->num_pos_args + s->num_kwonly_args;
    u->arg_names = arena_alloc(c->a, (nargs ? nargs : 1) * sizeof(Qstr));
    for (size_t i = 0; i < nargs; i++) {
        u->arg_names[i] = c->q.star;
        for (uint32_t j = 0; j < s->n_ids; j++) {
            if ((s->ids[j].flags & IDF_PARAM) && s->ids[j].local_num == i) {
                u->arg_names[i] = s->ids[j].q;
                break;
            }
        }
    }
    u->cells = arena_alloc(c->a, (s->n_ids ? s->n_ids : 1) * sizeof(uint16_t));
    for (uint32_t j = 0; j < s->n_ids; j++) {
        if (s->ids[j].kind == ID_CELL) {
            u->cells[u->n_cells++] = s->ids[j].local_num;
        }
    }
}

static void init_names(Comp *c) {
    c->q.class_ = intern(c, "__class__");
    c->q.name = intern(c, "__name__");
    c->q.module = intern(c, "__module__");
    c->q.qualname = intern(c, "__qualname__");
    c->q.empty = intern(c, "");
    c->q.star = intern(c, "*");
    c->q.super = intern(c, "super");
    c->q.range = intern(c, "range");
    c->q.micropython = intern(c, "micropython");
    c->q.bytecode = intern(c, "bytecode");
    c->q.native = intern(c, "native");
    c->q.viper = intern(c, "viper");
    c->q.asm_thumb = intern(c, "asm_thumb");
    c->q.asm_xtensa = intern(c, "asm_xtensa");
    c->q.asm_rv32 = intern(c, "asm_rv32");
    c->q.AssertionError = intern(c, "AssertionError");
    c->q.BaseException = intern(c, "BaseException");
    c->q.StopAsyncIteration = intern(c, "StopAsyncIteration");
    c->q.aiter = intern(c, "__aiter__");
    c->q.anext = intern(c, "__anext__");
    c->q.aenter = intern(c, "__aenter__");
    c->q.aexit = intern(c, "__aexit__");
    c->q.await = intern(c, "__await__");
}

static _Noreturn void raise_compile_error(Comp *c, DiagTrap *trap) {
    if (c->err_line == UINT32_MAX) {
        diag_raise_plain(trap, c->err_exc, "%s", c->err_msg);
    }
    set_error_line(c, c->cur->pn);
    diag_raise(trap, c->err_exc, c->err_line, qs_str(c->qt, c->cur->simple_name), "%s", c->err_msg);
}

/* Lists the code blocks in m, in the order the scope pass found them, each with what the
   assembler reads of its scope. */
static void list_units(Comp *c, IrModule *m) {
    size_t n = 0;
    for (Scope *s = c->head; s != NULL; s = s->next) {
        n++;
    }
    m->units = arena_alloc(m->arena, (n ? n : 1) * sizeof *m->units);
    m->n_units = m->cap_units = 0;
    for (Scope *s = c->head; s != NULL; s = s->next) {
        finish_unit(c, s);
        m->units[m->n_units++] = s->unit;
    }
    m->cap_units = n;
}

void cmp_module(IrModule *m, PNode *root, Qstr source_file, const mpyc_options *opt, DiagTrap *trap,
                const IrSink *sink) {
    Comp comp = {.a = m->arena, .qt = m->qt, .opt = opt, .ir = {.arena = m->arena}};
    Comp *c = &comp;
    c->stack_base = (uintptr_t)&comp;
    c->stack_budget = opt->stack_budget ? opt->stack_budget : STACK_BUDGET;
    c->break_label = NO_LABEL;
    c->continue_label = NO_LABEL;
    init_names(c);
    m->source_file = source_file;
    root = imp_rewrite_tree(m->arena, m->qt, trap, root, opt); /* mpy-pack flatten: no-op unless opt->imports */
    new_scope(c, SK_MODULE, root, EMIT_OPT_NONE);
    /* the scope pass: every block, including those it discovers on the way */
    for (Scope *s = c->head; s != NULL && !c->failed; s = s->next) {
        compile_scope(c, s, PASS_SCOPE);
        for (uint32_t i = 0; i < s->n_ids; i++) {
            if (s->ids[i].kind == ID_GLOBAL_IMPLICIT) {
                scope_check_to_close_over(c->a, s, &s->ids[i]);
            }
        }
    }
    if (c->failed) {
        raise_compile_error(c, trap);
    }
    for (Scope *s = c->head; s != NULL; s = s->next) {
        scope_compute_locals(s, c->q.class_);
    }
    list_units(c, m);
    if (sink != NULL) {
        sink->begin(sink->ctx, m);
    }
    /* the code pass, block by block, each handed on as soon as it is complete */
    for (Scope *s = c->head; s != NULL; s = s->next) {
        compile_scope(c, s, PASS_CODE);
        if (c->failed) {
            raise_compile_error(c, trap);
        }
        if (sink != NULL) {
            sink->unit(sink->ctx, s->unit);
        }
        /* a block's names are read by its own code pass and its parent's, both done by now */
        scope_release_ids(c->a, s);
    }
}
