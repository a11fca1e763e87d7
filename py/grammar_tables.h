/* grammar_tables.h: the parser's rule table, generated from grammar.h by the preprocessor; shared
   by the parser and the build-time generator of its first-token sets (gen_first_sets.c). */
#ifndef MPYC_GRAMMAR_TABLES_H
#define MPYC_GRAMMAR_TABLES_H

#include <stdint.h>

#include "grammar.h"
#include "parser.h"
#include "tokens.h"

enum { SHAPE_ANY, SHAPE_SEQ, SHAPE_SEQ1, SHAPE_SEQB, SHAPE_SEP, SHAPE_SEPEND, SHAPE_MANY };
#define SHAPE_OF_ANY SHAPE_ANY
#define SHAPE_OF_SEQ SHAPE_SEQ
#define SHAPE_OF_SEQ1 SHAPE_SEQ1
#define SHAPE_OF_SEQB SHAPE_SEQB
#define SHAPE_OF_SEP SHAPE_SEP
#define SHAPE_OF_SEPEND SHAPE_SEPEND
#define SHAPE_OF_MANY SHAPE_MANY

/* An element: kind in the top bits, token or rule number below. */
enum { EL_TOK = 0x1000, EL_RULE = 0x2000, EL_OPT = 0x3000, EL_KIND = 0xf000, EL_ARG = 0x0fff };

#define EL_T(tok) (EL_TOK | T_##tok)
#define EL_R(rule) (EL_RULE | R_##rule)
#define EL_O(rule) (EL_OPT | R_##rule)

#define RULE_ELEMS(name, shape, ...) static const uint16_t elems_##name[] = {__VA_ARGS__};
GRAMMAR(RULE_ELEMS, EL_T, EL_R, EL_O)
#undef RULE_ELEMS

typedef struct {
    const char *name;
    uint8_t shape;
    uint8_t n;
    const uint16_t *elems;
} RuleDef;

static const RuleDef rules[R_COUNT_] = {
#define RULE_DEF(name, shape, ...) \
    {#name, SHAPE_OF_##shape, (uint8_t)(sizeof elems_##name / sizeof elems_##name[0]), elems_##name},
    GRAMMAR(RULE_DEF, EL_T, EL_R, EL_O)
#undef RULE_DEF
};

#endif
