/* lexer.h: turns Python source bytes into tokens, one at a time, the way the reference lexer does. */
#ifndef MPYC_LEXER_H
#define MPYC_LEXER_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"
#include "mpyc.h"
#include "tokens.h"

typedef struct {
    TokKind kind;
    uint32_t line, col;   /* where the token starts; 1-based */
    /* NAME, INTEGER, FLOAT_OR_IMAG: the source text. STRING, BYTES: the value after escapes and
       adjacent-literal joining (may hold NUL bytes). Others: empty. NUL-terminated; valid until
       the next lex_next (whoever keeps it copies it). */
    const char *text;
    size_t len;
} Token;

typedef struct Lexer Lexer;

/* Starts lexing src (which need not be NUL-terminated) and loads the first token.
   Errors the reference raises while lexing (e.g. "NotImplementedError: unicode name escapes")
   unwind through trap; syntax problems come out as the error tokens of tokens.h. */
Lexer *lex_new(Arena *a, DiagTrap *trap, const char *src, size_t len, const mpyc_options *opt);

/* The current token; valid until the next lex_next. */
const Token *lex_cur(const Lexer *lx);

/* Moves to the next token. After END it keeps returning END. */
void lex_next(Lexer *lx);

#endif
