/* tokens.h: the token set, defined once; the lexer, parser and dumps derive from it. */
#ifndef MPYC_TOKENS_H
#define MPYC_TOKENS_H

/* X(NAME, "spelling") for every token kind. Spelling is the source text for keywords, operators
   and delimiters, and a description for the rest. Groups marked "binary-op order" list the
   operators in the order of the runtime's binary-op numbers, so an offset maps one to the other. */
#define TOKEN_LIST(X) \
    X(END, "end of input") \
    /* error tokens: the parser turns them into the reference's messages */ \
    X(INVALID, "invalid token") \
    X(DEDENT_MISMATCH, "unindent mismatch") \
    X(LONELY_STRING_OPEN, "unterminated string") \
    X(MALFORMED_FSTRING, "malformed f-string") \
    X(RAW_FSTRING, "raw f-string (circuitpython9)") \
    /* layout */ \
    X(NEWLINE, "newline") \
    X(INDENT, "indent") \
    X(DEDENT, "dedent") \
    /* leaves with a value */ \
    X(NAME, "name") \
    X(INTEGER, "integer") \
    X(FLOAT_OR_IMAG, "float") \
    X(STRING, "string") \
    X(BYTES, "bytes") \
    X(ELLIPSIS, "...") \
    /* keywords, sorted by spelling (strcmp order) */ \
    X(KW_FALSE, "False") \
    X(KW_NONE, "None") \
    X(KW_TRUE, "True") \
    X(KW_DEBUG, "__debug__") \
    X(KW_AND, "and") \
    X(KW_AS, "as") \
    X(KW_ASSERT, "assert") \
    X(KW_ASYNC, "async") \
    X(KW_AWAIT, "await") \
    X(KW_BREAK, "break") \
    X(KW_CLASS, "class") \
    X(KW_CONTINUE, "continue") \
    X(KW_DEF, "def") \
    X(KW_DEL, "del") \
    X(KW_ELIF, "elif") \
    X(KW_ELSE, "else") \
    X(KW_EXCEPT, "except") \
    X(KW_FINALLY, "finally") \
    X(KW_FOR, "for") \
    X(KW_FROM, "from") \
    X(KW_GLOBAL, "global") \
    X(KW_IF, "if") \
    X(KW_IMPORT, "import") \
    X(KW_IN, "in") \
    X(KW_IS, "is") \
    X(KW_LAMBDA, "lambda") \
    X(KW_NONLOCAL, "nonlocal") \
    X(KW_NOT, "not") \
    X(KW_OR, "or") \
    X(KW_PASS, "pass") \
    X(KW_RAISE, "raise") \
    X(KW_RETURN, "return") \
    X(KW_TRY, "try") \
    X(KW_WHILE, "while") \
    X(KW_WITH, "with") \
    X(KW_YIELD, "yield") \
    /* operators */ \
    X(OP_ASSIGN, ":=") \
    X(OP_TILDE, "~") \
    /* comparisons, binary-op order */ \
    X(OP_LESS, "<") \
    X(OP_MORE, ">") \
    X(OP_DBL_EQUAL, "==") \
    X(OP_LESS_EQUAL, "<=") \
    X(OP_MORE_EQUAL, ">=") \
    X(OP_NOT_EQUAL, "!=") \
    /* arithmetic, binary-op order */ \
    X(OP_PIPE, "|") \
    X(OP_CARET, "^") \
    X(OP_AMPERSAND, "&") \
    X(OP_DBL_LESS, "<<") \
    X(OP_DBL_MORE, ">>") \
    X(OP_PLUS, "+") \
    X(OP_MINUS, "-") \
    X(OP_STAR, "*") \
    X(OP_AT, "@") \
    X(OP_DBL_SLASH, "//") \
    X(OP_SLASH, "/") \
    X(OP_PERCENT, "%") \
    X(OP_DBL_STAR, "**") \
    /* augmented assignments, binary-op order */ \
    X(DEL_PIPE_EQUAL, "|=") \
    X(DEL_CARET_EQUAL, "^=") \
    X(DEL_AMPERSAND_EQUAL, "&=") \
    X(DEL_DBL_LESS_EQUAL, "<<=") \
    X(DEL_DBL_MORE_EQUAL, ">>=") \
    X(DEL_PLUS_EQUAL, "+=") \
    X(DEL_MINUS_EQUAL, "-=") \
    X(DEL_STAR_EQUAL, "*=") \
    X(DEL_AT_EQUAL, "@=") \
    X(DEL_DBL_SLASH_EQUAL, "//=") \
    X(DEL_SLASH_EQUAL, "/=") \
    X(DEL_PERCENT_EQUAL, "%=") \
    X(DEL_DBL_STAR_EQUAL, "**=") \
    /* delimiters */ \
    X(DEL_PAREN_OPEN, "(") \
    X(DEL_PAREN_CLOSE, ")") \
    X(DEL_BRACKET_OPEN, "[") \
    X(DEL_BRACKET_CLOSE, "]") \
    X(DEL_BRACE_OPEN, "{") \
    X(DEL_BRACE_CLOSE, "}") \
    X(DEL_COMMA, ",") \
    X(DEL_COLON, ":") \
    X(DEL_PERIOD, ".") \
    X(DEL_SEMICOLON, ";") \
    X(DEL_EQUAL, "=") \
    X(DEL_MINUS_MORE, "->")

typedef enum {
#define TOKEN_ENUM(name, spelling) T_##name,
    TOKEN_LIST(TOKEN_ENUM)
#undef TOKEN_ENUM
    T_COUNT_
} TokKind;

#define T_FIRST_KEYWORD T_KW_FALSE
#define T_LAST_KEYWORD T_KW_YIELD

/* "spelling" of a token kind, for dumps and tests. */
const char *tok_spelling(TokKind k);
/* "NAME" of a token kind, without the T_ prefix. */
const char *tok_name(TokKind k);

#endif
