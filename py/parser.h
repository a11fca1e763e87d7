/* parser.h: the parse tree, and the table-driven parser that builds it from the lexer's tokens. */
#ifndef MPYC_PARSER_H
#define MPYC_PARSER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "diag.h"
#include "grammar.h"
#include "lexer.h"
#include "mpyc.h"
#include "objects.h"
#include "qstr.h"

typedef enum {
#define RULE_ENUM(name, shape, ...) R_##name,
#define RULE_IGNORE(x)
    GRAMMAR(RULE_ENUM, RULE_IGNORE, RULE_IGNORE, RULE_IGNORE)
#undef RULE_ENUM
#undef RULE_IGNORE
    R_COUNT_
} RuleId;

typedef enum {
    PN_ID,      /* a name: u.q */
    PN_SMALL,   /* an int that fits the target's small ints: u.small */
    PN_STR,     /* a str literal whose text is interned: u.q */
    PN_TOKEN,   /* a bare token (None, True, False, ..., operators kept by the grammar): tok */
    PN_CONST,   /* any other constant (long str, bytes, float, big int, tuple...): u.obj */
    PN_RULE,    /* an interior node: rule, n children in kids (children may be NULL) */
} PNodeKind;

/* A parse-tree node. A NULL PNode pointer is an empty slot (an absent optional part). A rule node
   is an 8-byte header followed by its children; a leaf adds its value, 16 bytes in all. */
enum { PN_MAX_KIDS = (1 << 21) - 1 };
typedef struct PNode {
    /* Two views of the same bytes (a GNU C extension lets the first end in a flexible array):
       both start with the kind and a source line. */
    union {
        struct {                 /* PN_RULE */
            uint32_t kind : 3;   /* PNodeKind, in every node */
            uint32_t rule : 8;   /* RuleId */
            uint32_t n : 21;     /* the number of children, at most PN_MAX_KIDS */
            uint32_t line;       /* PN_RULE and PN_CONST: the source line (0 for folded constants) */
            struct PNode *kids[];
        };
        struct {                 /* the leaves */
            uint32_t kind_ : 3;  /* the same bits as kind */
            uint32_t tok : 8;    /* PN_TOKEN: the token kind */
            uint32_t : 21;
            uint32_t line_;      /* the same bytes as line */
            union {
                Qstr q;
                int64_t small;
                Obj *obj;
            } u;
        };
    };
} PNode;

/* Bytes of a rule node with n children. */
#define PN_RULE_SIZE(n) (offsetof(PNode, kids) + (n) * sizeof(PNode *))

/* The compiler's note on a node that opens a scope (funcdef, classdef, lambdef, comp_for): the
   grammar gives these rules an empty last slot for it, as the reference's does. */
static inline uint32_t pn_note(const PNode *p) {
    return (uint32_t)(uintptr_t)p->kids[p->n - 1];
}
static inline void pn_set_note(PNode *p, uint32_t note) {
    p->kids[p->n - 1] = (struct PNode *)(uintptr_t)note;
}

/* A rule node with room for n children (all empty). */
PNode *pn_new_rule(Arena *a, int rule, uint32_t line, uint32_t n);

/* What the parser needs from the target beyond the token stream. */
typedef struct {
    int small_int_bits;
    bool fold_floats;         /* fold float arithmetic and math.pi & co (not CircuitPython 9) */
    bool const_annotated;     /* "_X: int = const(1)" is a constant (MicroPython only) */
    bool debug_false;         /* -O1 and up: __debug__ is False */
    ObjDialect dialect;       /* whose runtime the constants follow (number syntax, folding) */
} ParseConfig;

void par_config(ParseConfig *pc, const mpyc_options *opt);

/* Parses a whole module: the tree and the parser's stacks come from tree, the constants the tree
   holds from a (they live on in the compiled code). Errors unwind through trap. */
PNode *par_parse(Arena *a, Arena *tree, DiagTrap *trap, Lexer *lx, QTab *qt, const ParseConfig *pc);

const char *par_rule_name(int rule);
static inline int pn_is_rule(const PNode *p, int rule) {
    return p != NULL && p->kind == PN_RULE && p->rule == rule;
}
static inline int pn_is_token(const PNode *p, int tok) {
    return p != NULL && p->kind == PN_TOKEN && p->tok == tok;
}

/* Writes the tree, one node a line, indented by depth (developer aid and tests). */
void par_dump(FILE *out, const PNode *root, const QTab *qt);

#endif
