/* scope.h: code blocks and the names they use: which are local, global, cells or free variables. */
#ifndef MPYC_SCOPE_H
#define MPYC_SCOPE_H

#include <stdint.h>

#include "arena.h"
#include "ir.h"
#include "parser.h"
#include "qstr.h"

typedef enum {
    SK_MODULE,
    SK_CLASS,
    SK_LAMBDA,
    SK_LIST_COMP,
    SK_DICT_COMP,
    SK_SET_COMP,
    SK_GEN_EXPR,
    SK_FUNCTION,
} ScopeKind;

#define SK_FUNC_LIKE(k) ((k) >= SK_LAMBDA)
#define SK_COMP_LIKE(k) ((k) >= SK_LIST_COMP && (k) <= SK_GEN_EXPR)

typedef enum {
    ID_UNDECIDED,
    ID_GLOBAL_IMPLICIT,
    ID_GLOBAL_IMPLICIT_ASSIGNED,
    ID_GLOBAL_EXPLICIT,
    ID_LOCAL,      /* written in this function and used only here */
    ID_CELL,       /* local here, used by an inner function */
    ID_FREE,       /* belongs to an enclosing function */
} IdKind;

enum { IDF_PARAM = 1, IDF_STAR_PARAM = 2, IDF_DBL_STAR_PARAM = 4 };

typedef struct {
    uint8_t kind;
    uint8_t flags;
    uint16_t local_num;
    Qstr q;
} IdInfo;

enum { EMIT_OPT_NONE, EMIT_OPT_BYTECODE, EMIT_OPT_NATIVE, EMIT_OPT_VIPER, EMIT_OPT_ASM };

typedef struct Scope {
    ScopeKind kind;
    struct Scope *parent;
    struct Scope *next;        /* the next scope in compile order */
    PNode *pn;
    Qstr simple_name;
    uint32_t flags;            /* IR_FLAG_* */
    uint8_t emit_opt;
    uint16_t num_pos_args, num_kwonly_args, num_def_pos_args, num_locals;
    IdInfo *ids;
    uint32_t n_ids, cap_ids;
    CodeUnit *unit;
} Scope;

Scope *scope_new(Arena *a, QTab *qt, ScopeKind kind, PNode *pn, uint8_t emit_opt);
IdInfo *scope_find(Scope *s, Qstr q);
IdInfo *scope_find_or_add(Arena *a, Scope *s, Qstr q, IdKind kind);
/* Drops s's names (once neither s's code pass nor its parent's needs them). */
void scope_release_ids(Arena *a, Scope *s);
IdInfo *scope_find_global(Scope *s, Qstr q);
/* A name read in s but not bound there: if an enclosing function binds it, it becomes free here. */
void scope_check_to_close_over(Arena *a, Scope *s, IdInfo *id);
/* After the scope pass: numbers the locals, cells and free variables as the reference does. */
void scope_compute_locals(Scope *s, Qstr class_cell_name);

#endif
