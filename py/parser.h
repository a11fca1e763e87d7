/* parser.h: the parse tree, and the table-driven parser that builds it from the lexer's tokens. */
#ifndef MPYC_PARSER_H
#define MPYC_PARSER_H

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

/* A parse-tree node. A NULL PNode pointer is an empty slot (an absent optional part). Leaves
   are 16 bytes; a rule node is a 16-byte header followed by its children. */
typedef struct PNode {
    uint8_t kind;
    uint8_t rule;
    uint16_t tok;
    uint32_t line;      /* PN_RULE and PN_CONST: the source line (0 for folded constants) */
    union {
        uint32_t n;     /* PN_RULE: the number of children */
        union {         /* the leaves' values */
            Qstr q;
            int64_t small;
            Obj *obj;
        } u;
    };
    struct PNode *kids[];
} PNode;

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
