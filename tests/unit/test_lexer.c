/* test_lexer.c: the lexer's tokens, positions and values against hand-checked expectations. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lexer.h"
#include "suites.h"

#define MP MPYC_MICROPYTHON
#define CP MPYC_CIRCUITPYTHON
#define CP9 MPYC_CIRCUITPYTHON9

/* One expected token. Tokens without a value must have empty text. */
typedef struct {
    TokKind kind;
    uint32_t line, col;
    const char *text;
    size_t len;
} Exp;

#define K(kind, line, col) {T_##kind, line, col, "", 0}
#define V(kind, line, col, text) {T_##kind, line, col, text, sizeof(text) - 1}

static bool is_error_kind(TokKind k) {
    return k >= T_INVALID && k < T_NEWLINE;
}

static void show_text(const char *t, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c >= 32 && c < 127 && c != '\\') {
            fputc(c, stderr);
        } else {
            fprintf(stderr, "\\x%02x", c);
        }
    }
}

static const char *target_name(mpyc_target t) {
    return t == MP ? "mp" : t == CP ? "cp" : "cp9";
}

static Lexer *start(Arena *a, DiagTrap *trap, const char *src, size_t len, mpyc_target t) {
    mpyc_options o;
    memset(&o, 0, sizeof o);
    o.target = t;
    return lex_new(a, trap, src, len, &o);
}

/* Lexes src until END or the first error token (where the parser stops) and compares every token
   with exp; on a mismatch prints both streams' tokens from there. */
static void check_stream(mpyc_target t, const char *src, size_t len, const Exp *exp, size_t n, int at) {
    Arena *a = arena_new();
    DiagTrap trap;
    if (setjmp(trap.jb)) {
        fprintf(stderr, "\n[test_lexer.c:%d %s] unexpected raise %s: %s\n", at, target_name(t), trap.d.exc,
                trap.d.msg);
        CU_FAIL("unexpected raise");
        arena_free(a);
        return;
    }
    Lexer *lx = start(a, &trap, src, len, t);
    size_t i = 0;
    bool ok = true;
    for (;; i++) {
        const Token *tok = lex_cur(lx);
        bool same = i < n && tok->kind == exp[i].kind && tok->line == exp[i].line && tok->col == exp[i].col &&
                    tok->len == exp[i].len && memcmp(tok->text, exp[i].text, tok->len) == 0 &&
                    tok->text[tok->len] == '\0';
        if (!same) {
            fprintf(stderr, "\n[test_lexer.c:%d %s] token %zu: got %u:%u %s '", at, target_name(t), i, tok->line,
                    tok->col, tok_name(tok->kind));
            show_text(tok->text, tok->len);
            if (i < n) {
                fprintf(stderr, "', expected %u:%u %s '", exp[i].line, exp[i].col, tok_name(exp[i].kind));
                show_text(exp[i].text, exp[i].len);
            } else {
                fprintf(stderr, "', expected no more tokens");
            }
            fprintf(stderr, "'\n");
            ok = false;
            break;
        }
        if (tok->kind == T_END || is_error_kind(tok->kind)) {
            i++;
            break;
        }
        lex_next(lx);
    }
    if (ok && i != n) {
        fprintf(stderr, "\n[test_lexer.c:%d %s] stream ended after %zu of %zu tokens\n", at, target_name(t), i, n);
        ok = false;
    }
    CU_ASSERT(ok);
    arena_free(a);
}

/* CHECK(target, "source", expected tokens...): the source is a string literal (NULs allowed). */
#define CHECK(t, src, ...)                                                               \
    do {                                                                                 \
        static const Exp exp_[] = {__VA_ARGS__};                                         \
        check_stream(t, src, sizeof(src) - 1, exp_, sizeof exp_ / sizeof exp_[0], __LINE__); \
    } while (0)

/* The same expectations for every target. */
#define CHECK_ALL(src, ...)            \
    do {                               \
        CHECK(MP, src, __VA_ARGS__);   \
        CHECK(CP, src, __VA_ARGS__);   \
        CHECK(CP9, src, __VA_ARGS__);  \
    } while (0)

/* ---- keywords, names ---- */

static void test_keywords(void) {
    static const struct {
        const char *src;
        TokKind kind;
    } kws[] = {
        {"False", T_KW_FALSE},     {"None", T_KW_NONE},     {"True", T_KW_TRUE},       {"__debug__", T_KW_DEBUG},
        {"and", T_KW_AND},         {"as", T_KW_AS},         {"assert", T_KW_ASSERT},   {"async", T_KW_ASYNC},
        {"await", T_KW_AWAIT},     {"break", T_KW_BREAK},   {"class", T_KW_CLASS},     {"continue", T_KW_CONTINUE},
        {"def", T_KW_DEF},         {"del", T_KW_DEL},       {"elif", T_KW_ELIF},       {"else", T_KW_ELSE},
        {"except", T_KW_EXCEPT},   {"finally", T_KW_FINALLY}, {"for", T_KW_FOR},       {"from", T_KW_FROM},
        {"global", T_KW_GLOBAL},   {"if", T_KW_IF},         {"import", T_KW_IMPORT},   {"in", T_KW_IN},
        {"is", T_KW_IS},           {"lambda", T_KW_LAMBDA}, {"nonlocal", T_KW_NONLOCAL}, {"not", T_KW_NOT},
        {"or", T_KW_OR},           {"pass", T_KW_PASS},     {"raise", T_KW_RAISE},     {"return", T_KW_RETURN},
        {"try", T_KW_TRY},         {"while", T_KW_WHILE},   {"with", T_KW_WITH},       {"yield", T_KW_YIELD},
    };
    CU_ASSERT_EQUAL(sizeof kws / sizeof kws[0], T_LAST_KEYWORD - T_FIRST_KEYWORD + 1);
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        char src[32];
        snprintf(src, sizeof src, "%s x", kws[i].src);
        size_t n = strlen(kws[i].src);
        Exp exp[] = {
            {kws[i].kind, 1, 1, "", 0},
            {T_NAME, 1, (uint32_t)n + 2, "x", 1},
            {T_NEWLINE, 1, (uint32_t)n + 3, "", 0},
            {T_END, 2, 1, "", 0},
        };
        check_stream(MP, src, strlen(src), exp, 4, __LINE__);
        check_stream(CP9, src, strlen(src), exp, 4, __LINE__);
    }
    /* near misses are names */
    CHECK_ALL("false Await __debug async_ IF",
              V(NAME, 1, 1, "false"), V(NAME, 1, 7, "Await"), V(NAME, 1, 13, "__debug"), V(NAME, 1, 21, "async_"),
              V(NAME, 1, 28, "IF"), K(NEWLINE, 1, 30), K(END, 2, 1));
    CHECK_ALL("x.__debug__", V(NAME, 1, 1, "x"), K(DEL_PERIOD, 1, 2), K(KW_DEBUG, 1, 3), K(NEWLINE, 1, 12),
              K(END, 2, 1));
}

static void test_names(void) {
    CHECK_ALL("_x9 __init__ a1b2", V(NAME, 1, 1, "_x9"), V(NAME, 1, 5, "__init__"), V(NAME, 1, 14, "a1b2"),
              K(NEWLINE, 1, 18), K(END, 2, 1));
    /* UTF-8 bytes are name characters; columns count bytes */
    CHECK_ALL("\xc3\xa9 = \xc3\xbc" "1\n", V(NAME, 1, 1, "\xc3\xa9"), K(DEL_EQUAL, 1, 4), V(NAME, 1, 6, "\xc3\xbc" "1"),
              K(NEWLINE, 1, 9), K(END, 2, 1));
    /* invalid UTF-8 too */
    CHECK_ALL("\xff\xfe\x80 = 1", V(NAME, 1, 1, "\xff\xfe\x80"), K(DEL_EQUAL, 1, 5), V(INTEGER, 1, 7, "1"),
              K(NEWLINE, 1, 8), K(END, 2, 1));
    /* a UTF-8 BOM is not stripped: it becomes part of the first name */
    CHECK_ALL("\xef\xbb\xbfimport os\n", V(NAME, 1, 1, "\xef\xbb\xbfimport"), V(NAME, 1, 11, "os"),
              K(NEWLINE, 1, 13), K(END, 2, 1));
    /* Latin-1 no-break space after a number */
    CHECK_ALL("5\xa0+ 1", V(INTEGER, 1, 1, "5"), V(NAME, 1, 2, "\xa0"), K(OP_PLUS, 1, 3), V(INTEGER, 1, 5, "1"),
              K(NEWLINE, 1, 6), K(END, 2, 1));
}

/* ---- operators and stray characters ---- */

static void test_operators(void) {
    static const struct {
        const char *op;
        TokKind kind;
    } ops[] = {
        {":=", T_OP_ASSIGN},      {"~", T_OP_TILDE},          {"<", T_OP_LESS},             {">", T_OP_MORE},
        {"==", T_OP_DBL_EQUAL},   {"<=", T_OP_LESS_EQUAL},    {">=", T_OP_MORE_EQUAL},      {"!=", T_OP_NOT_EQUAL},
        {"|", T_OP_PIPE},         {"^", T_OP_CARET},          {"&", T_OP_AMPERSAND},        {"<<", T_OP_DBL_LESS},
        {">>", T_OP_DBL_MORE},    {"+", T_OP_PLUS},           {"-", T_OP_MINUS},            {"*", T_OP_STAR},
        {"@", T_OP_AT},           {"//", T_OP_DBL_SLASH},     {"/", T_OP_SLASH},            {"%", T_OP_PERCENT},
        {"**", T_OP_DBL_STAR},    {"|=", T_DEL_PIPE_EQUAL},   {"^=", T_DEL_CARET_EQUAL},    {"&=", T_DEL_AMPERSAND_EQUAL},
        {"<<=", T_DEL_DBL_LESS_EQUAL}, {">>=", T_DEL_DBL_MORE_EQUAL}, {"+=", T_DEL_PLUS_EQUAL}, {"-=", T_DEL_MINUS_EQUAL},
        {"*=", T_DEL_STAR_EQUAL}, {"@=", T_DEL_AT_EQUAL},     {"//=", T_DEL_DBL_SLASH_EQUAL}, {"/=", T_DEL_SLASH_EQUAL},
        {"%=", T_DEL_PERCENT_EQUAL}, {"**=", T_DEL_DBL_STAR_EQUAL}, {",", T_DEL_COMMA},      {":", T_DEL_COLON},
        {".", T_DEL_PERIOD},      {";", T_DEL_SEMICOLON},     {"=", T_DEL_EQUAL},           {"->", T_DEL_MINUS_MORE},
        {"...", T_ELLIPSIS},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        char src[16];
        snprintf(src, sizeof src, "a%sb", ops[i].op);
        uint32_t n = (uint32_t)strlen(ops[i].op);
        Exp exp[] = {
            {T_NAME, 1, 1, "a", 1},
            {ops[i].kind, 1, 2, "", 0},
            {T_NAME, 1, 2 + n, "b", 1},
            {T_NEWLINE, 1, 3 + n, "", 0},
            {T_END, 2, 1, "", 0},
        };
        check_stream(MP, src, strlen(src), exp, 5, __LINE__);
        check_stream(CP, src, strlen(src), exp, 5, __LINE__);
        /* the spelling in tokens.h is the source text */
        CU_ASSERT_STRING_EQUAL(tok_spelling(ops[i].kind), ops[i].op);
    }
    /* brackets, and longest match */
    CHECK_ALL("([{}])", K(DEL_PAREN_OPEN, 1, 1), K(DEL_BRACKET_OPEN, 1, 2), K(DEL_BRACE_OPEN, 1, 3),
              K(DEL_BRACE_CLOSE, 1, 4), K(DEL_BRACKET_CLOSE, 1, 5), K(DEL_PAREN_CLOSE, 1, 6), K(NEWLINE, 1, 7),
              K(END, 2, 1));
    CHECK_ALL("<<=<<<=>>=>>>", K(DEL_DBL_LESS_EQUAL, 1, 1), K(OP_DBL_LESS, 1, 4), K(OP_LESS_EQUAL, 1, 6),
              K(DEL_DBL_MORE_EQUAL, 1, 8), K(OP_DBL_MORE, 1, 11), K(OP_MORE, 1, 13), K(NEWLINE, 1, 14), K(END, 2, 1));
    CHECK_ALL(".... ..", K(ELLIPSIS, 1, 1), K(DEL_PERIOD, 1, 4), K(DEL_PERIOD, 1, 6), K(DEL_PERIOD, 1, 7),
              K(NEWLINE, 1, 8), K(END, 2, 1));
    CHECK_ALL("**=**->-!====:=:", K(DEL_DBL_STAR_EQUAL, 1, 1), K(OP_DBL_STAR, 1, 4), K(DEL_MINUS_MORE, 1, 6),
              K(OP_MINUS, 1, 8), K(OP_NOT_EQUAL, 1, 9), K(OP_DBL_EQUAL, 1, 11), K(DEL_EQUAL, 1, 13),
              K(OP_ASSIGN, 1, 14), K(DEL_COLON, 1, 16), K(NEWLINE, 1, 17), K(END, 2, 1));
    CHECK_ALL("//=//", K(DEL_DBL_SLASH_EQUAL, 1, 1), K(OP_DBL_SLASH, 1, 4), K(NEWLINE, 1, 6), K(END, 2, 1));
}

static void test_invalid_characters(void) {
    CHECK_ALL("a $ b", V(NAME, 1, 1, "a"), K(INVALID, 1, 3));
    CHECK_ALL("?", K(INVALID, 1, 1));
    CHECK_ALL("`x`", K(INVALID, 1, 1));
    CHECK_ALL("x!y", V(NAME, 1, 1, "x"), K(INVALID, 1, 2));
    CHECK_ALL("a = b \\ c", V(NAME, 1, 1, "a"), K(DEL_EQUAL, 1, 3), V(NAME, 1, 5, "b"), K(INVALID, 1, 7));
    CHECK_ALL("\x01", K(INVALID, 1, 1));
    /* a NUL byte is an invalid character (MicroPython reads it as 0x01) */
    CHECK_ALL("x\0y", V(NAME, 1, 1, "x"), K(INVALID, 1, 2));
    CHECK_ALL("x = 1\0", V(NAME, 1, 1, "x"), K(DEL_EQUAL, 1, 3), V(INTEGER, 1, 5, "1"), K(INVALID, 1, 6));
    CHECK_ALL("# c\0omment\nx", K(NEWLINE, 1, 11), V(NAME, 2, 1, "x"), K(NEWLINE, 2, 2), K(END, 3, 1));
}

/* ---- numbers ---- */

static void test_numbers(void) {
    static const struct {
        const char *src;
        TokKind kind;
        const char *text;
    } nums[] = {
        {"0", T_INTEGER, "0"},           {"123", T_INTEGER, "123"},       {"1_000", T_INTEGER, "1000"},
        {"0x1F", T_INTEGER, "0x1F"},     {"0o17", T_INTEGER, "0o17"},     {"0b101", T_INTEGER, "0b101"},
        {"0X_ff", T_INTEGER, "0Xff"},    {"0xe5", T_INTEGER, "0xe5"},     {"0B1e", T_INTEGER, "0B1e"},
        {"1.5", T_FLOAT_OR_IMAG, "1.5"}, {".5", T_FLOAT_OR_IMAG, ".5"},   {"5.", T_FLOAT_OR_IMAG, "5."},
        {"1e10", T_FLOAT_OR_IMAG, "1e10"}, {"1E+5", T_FLOAT_OR_IMAG, "1e+5"}, {"2.5e-3", T_FLOAT_OR_IMAG, "2.5e-3"},
        {"3j", T_FLOAT_OR_IMAG, "3j"},   {"1.5J", T_FLOAT_OR_IMAG, "1.5J"}, {"12px", T_INTEGER, "12px"},
        {"0x", T_INTEGER, "0x"},         {"1e", T_FLOAT_OR_IMAG, "1e"},   {"08", T_INTEGER, "08"},
        {"1_2_", T_INTEGER, "12"},       {"1..2", T_FLOAT_OR_IMAG, "1..2"}, {"1if", T_INTEGER, "1if"},
        {"0b12", T_INTEGER, "0b12"},     {"1E", T_FLOAT_OR_IMAG, "1e"},   {"1e+", T_FLOAT_OR_IMAG, "1e+"},
        {"1__0", T_INTEGER, "10"},       {"1.e5", T_FLOAT_OR_IMAG, "1.e5"}, {"0_7", T_INTEGER, "07"},
    };
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        char src[16];
        snprintf(src, sizeof src, "%s ", nums[i].src);
        Exp exp[] = {
            {nums[i].kind, 1, 1, nums[i].text, strlen(nums[i].text)},
            {T_NEWLINE, 1, (uint32_t)strlen(src) + 1, "", 0},
            {T_END, 2, 1, "", 0},
        };
        check_stream(MP, src, strlen(src), exp, 3, __LINE__);
        check_stream(CP, src, strlen(src), exp, 3, __LINE__);
    }
    CHECK_ALL("a.5 a.b 5\xc3\xa9", V(NAME, 1, 1, "a"), V(FLOAT_OR_IMAG, 1, 2, ".5"), V(NAME, 1, 5, "a"),
              K(DEL_PERIOD, 1, 6), V(NAME, 1, 7, "b"), V(INTEGER, 1, 9, "5"), V(NAME, 1, 10, "\xc3\xa9"),
              K(NEWLINE, 1, 12), K(END, 2, 1));
    CHECK_ALL("x=-1", V(NAME, 1, 1, "x"), K(DEL_EQUAL, 1, 2), K(OP_MINUS, 1, 3), V(INTEGER, 1, 4, "1"),
              K(NEWLINE, 1, 5), K(END, 2, 1));
}

/* ---- strings and bytes ---- */

static void test_string_prefixes(void) {
    CHECK_ALL("'a'\n\"a\"\nu'a'\nr'\\n'\nb'x'\nrb'\\x00'\nbr'\\''\n",
              V(STRING, 1, 1, "a"), K(NEWLINE, 1, 4),
              V(STRING, 2, 1, "a"), K(NEWLINE, 2, 4),
              V(STRING, 3, 1, "a"), K(NEWLINE, 3, 5),
              V(STRING, 4, 1, "\\n"), K(NEWLINE, 4, 6),
              V(BYTES, 5, 1, "x"), K(NEWLINE, 5, 5),
              V(BYTES, 6, 1, "\\x00"), K(NEWLINE, 6, 9),
              V(BYTES, 7, 1, "\\'"), K(NEWLINE, 7, 7),
              K(END, 8, 1));
    /* prefixes are lower case only; others are names */
    CHECK_ALL("R'x' B'y' Rb'z' ub'w'", V(NAME, 1, 1, "R"), V(STRING, 1, 2, "x"), V(NAME, 1, 6, "B"),
              V(STRING, 1, 7, "y"), V(NAME, 1, 11, "Rb"), V(STRING, 1, 13, "z"), V(NAME, 1, 17, "ub"),
              V(STRING, 1, 19, "w"), K(NEWLINE, 1, 22), K(END, 2, 1));
    CHECK_ALL("'' \"\"\"\"\"\"", V(STRING, 1, 1, ""), K(NEWLINE, 1, 10), K(END, 2, 1));
    CHECK_ALL("'a\"b' \"c'd\"", V(STRING, 1, 1, "a\"bc'd"), K(NEWLINE, 1, 12), K(END, 2, 1));
}

static void test_string_escapes(void) {
    CHECK_ALL("'\\\\|\\'|\\\"|\\a|\\b|\\f|\\n|\\r|\\t|\\v|\\101|\\x41|\\u00e9|\\U0001F600|\\q|\\0|\\777|\\1234'",
              V(STRING, 1, 1,
                "\\|'|\"|\a|\b|\f|\n|\r|\t|\v|A|A|\xc3\xa9|\xf0\x9f\x98\x80|\\q|\0|\xc7\xbf|S4"),
              K(NEWLINE, 1, 77), K(END, 2, 1));
    /* in bytes \u and \U are not escapes; \x and octal give bytes */
    CHECK_ALL("b'\\u12|\\U1|\\xff|\\177|\\0'", V(BYTES, 1, 1, "\\u12|\\U1|\xff|\x7f|\0"), K(NEWLINE, 1, 25),
              K(END, 2, 1));
    /* out of range or malformed escapes */
    CHECK_ALL("'\\U00110000'", K(INVALID, 1, 1));
    CHECK_ALL("b'\\400'", K(INVALID, 1, 1));
    CHECK_ALL("x = '\\xZZ'", V(NAME, 1, 1, "x"), K(DEL_EQUAL, 1, 3), K(INVALID, 1, 5));
    CHECK_ALL("'\\u12G4'", K(INVALID, 1, 1));
    /* the character that ends a short \x escape is swallowed, here the closing quote */
    CHECK_ALL("'\\x4'", K(LONELY_STRING_OPEN, 1, 1));
    CHECK_ALL("'\\U0010FFFF' '\\ud800'", V(STRING, 1, 1, "\xf4\x8f\xbf\xbf\xed\xa0\x80"), K(NEWLINE, 1, 22),
              K(END, 2, 1));
    /* backslash-newline inside a literal disappears */
    CHECK_ALL("'a\\\nb'\n", V(STRING, 1, 1, "ab"), K(NEWLINE, 2, 3), K(END, 3, 1));
    /* raw: the backslash stays and the next character is not special */
    CHECK_ALL("r'\\'' r\"\\\\\"", V(STRING, 1, 1, "\\'\\\\"), K(NEWLINE, 1, 12), K(END, 2, 1));
    /* a byte >= 0x80 after a backslash is taken as a code point and re-encoded in a str */
    CHECK_ALL("r'\\\xc3\xa9' '\\\xc3\xa9' b'\\\xc3\xa9'", V(STRING, 1, 1, "\\\xc3\x83\xa9\\\xc3\x83\xa9"),
              V(BYTES, 1, 14, "\\\xc3\xa9"), K(NEWLINE, 1, 20), K(END, 2, 1));
    /* a NUL byte inside a literal: MicroPython reads 0x01, CircuitPython keeps it */
    CHECK(MP, "'a\0b'", V(STRING, 1, 1, "a\x01" "b"), K(NEWLINE, 1, 6), K(END, 2, 1));
    CHECK(CP, "'a\0b'", V(STRING, 1, 1, "a\0b"), K(NEWLINE, 1, 6), K(END, 2, 1));
    CHECK(CP9, "'a\0b'", V(STRING, 1, 1, "a\0b"), K(NEWLINE, 1, 6), K(END, 2, 1));
    /* \N{...} is not implemented by the reference */
    CHECK_ALL("r'\\N{DASH}'", V(STRING, 1, 1, "\\N{DASH}"), K(NEWLINE, 1, 12), K(END, 2, 1));
}

static void expect_name_escape_raise(mpyc_target t, const char *src) {
    Arena *a = arena_new();
    DiagTrap trap;
    volatile int tokens = 0;
    if (setjmp(trap.jb) == 0) {
        Lexer *lx = start(a, &trap, src, strlen(src), t);
        while (lex_cur(lx)->kind != T_END) {
            tokens++;
            lex_next(lx);
        }
        CU_FAIL("no NotImplementedError");
    } else {
        CU_ASSERT_STRING_EQUAL(trap.d.exc, "NotImplementedError");
        CU_ASSERT_STRING_EQUAL(trap.d.msg, "unicode name escapes");
        CU_ASSERT_FALSE(trap.d.traceback);
        CU_ASSERT_EQUAL(tokens, 2); /* raised while lexing the third token */
    }
    arena_free(a);
}

static void test_unicode_name_escape_raises(void) {
    expect_name_escape_raise(MP, "x = '\\N{BULLET} '\n");
    expect_name_escape_raise(CP, "x = '\\N{BULLET} '\n");
    expect_name_escape_raise(CP9, "x = b'\\N'\n");
}

static void test_triple_quotes_and_unterminated(void) {
    CHECK_ALL("s = '''a\nb'''\nx\n", V(NAME, 1, 1, "s"), K(DEL_EQUAL, 1, 3), V(STRING, 1, 5, "a\nb"),
              K(NEWLINE, 2, 5), V(NAME, 3, 1, "x"), K(NEWLINE, 3, 2), K(END, 4, 1));
    CHECK_ALL("\"\"\"a\"\"b\"c\"\"\"", V(STRING, 1, 1, "a\"\"b\"c"), K(NEWLINE, 1, 13), K(END, 2, 1));
    CHECK_ALL("x = 'abc\ny = 1\n", V(NAME, 1, 1, "x"), K(DEL_EQUAL, 1, 3), K(LONELY_STRING_OPEN, 1, 5));
    CHECK_ALL("\n\n'''abc\n\n", K(NEWLINE, 1, 1), K(LONELY_STRING_OPEN, 3, 1));
    CHECK_ALL("'abc", K(LONELY_STRING_OPEN, 1, 1));
}

static void test_adjacent_literals(void) {
    CHECK_ALL("'a' 'b'", V(STRING, 1, 1, "ab"), K(NEWLINE, 1, 8), K(END, 2, 1));
    CHECK_ALL("'a' \\\n'b'", V(STRING, 1, 1, "ab"), K(NEWLINE, 2, 4), K(END, 3, 1));
    CHECK_ALL("('a'\n 'b')", K(DEL_PAREN_OPEN, 1, 1), V(STRING, 1, 2, "ab"), K(DEL_PAREN_CLOSE, 2, 5),
              K(NEWLINE, 2, 6), K(END, 3, 1));
    CHECK_ALL("b'a' br'\\b'", V(BYTES, 1, 1, "a\\b"), K(NEWLINE, 1, 12), K(END, 2, 1));
    CHECK_ALL("'a' r'\\n' u'c'", V(STRING, 1, 1, "a\\nc"), K(NEWLINE, 1, 15), K(END, 2, 1));
    /* str and bytes are not joined */
    CHECK_ALL("'a' b'b' 'c'", V(STRING, 1, 1, "a"), V(BYTES, 1, 5, "b"), V(STRING, 1, 10, "c"), K(NEWLINE, 1, 13),
              K(END, 2, 1));
    /* a newline or a comment line between them stops the joining */
    CHECK_ALL("'a'\n'b'", V(STRING, 1, 1, "a"), K(NEWLINE, 1, 4), V(STRING, 2, 1, "b"), K(NEWLINE, 2, 4),
              K(END, 3, 1));
    CHECK_ALL("'a' # c\n'b'", V(STRING, 1, 1, "a"), K(NEWLINE, 1, 8), V(STRING, 2, 1, "b"), K(NEWLINE, 2, 4),
              K(END, 3, 1));
}

/* ---- f-strings ---- */

static void test_fstring_expansion(void) {
    /* f"a{x}b{y!r:>{w}}" is lexed as "a{}b{!r:>{}}".format((x),(y),(w),); the added tokens carry on
       the column count from the end of the literal */
#define FMT_EXPANSION                                                                                 \
    V(STRING, 1, 1, "a{}b{!r:>{}}"), K(DEL_PERIOD, 1, 19), V(NAME, 1, 20, "format"),                 \
        K(DEL_PAREN_OPEN, 1, 26), K(DEL_PAREN_OPEN, 1, 27), V(NAME, 1, 28, "x"), K(DEL_PAREN_CLOSE, 1, 29), \
        K(DEL_COMMA, 1, 30), K(DEL_PAREN_OPEN, 1, 31), V(NAME, 1, 32, "y"), K(DEL_PAREN_CLOSE, 1, 33),     \
        K(DEL_COMMA, 1, 34), K(DEL_PAREN_OPEN, 1, 35), V(NAME, 1, 36, "w"), K(DEL_PAREN_CLOSE, 1, 37),     \
        K(DEL_COMMA, 1, 38), K(DEL_PAREN_CLOSE, 1, 39), K(NEWLINE, 1, 40)
    CHECK_ALL("f\"a{x}b{y!r:>{w}}\"\nz", FMT_EXPANSION, V(NAME, 2, 1, "z"), K(NEWLINE, 2, 2), K(END, 3, 1));
#undef FMT_EXPANSION
    /* f'{x=}' names the expression; '{{' and '}}' stay for str.format */
    CHECK_ALL("f'{x=}{{}}'", V(STRING, 1, 1, "x={}{{}}"), K(DEL_PERIOD, 1, 12), V(NAME, 1, 13, "format"),
              K(DEL_PAREN_OPEN, 1, 19), K(DEL_PAREN_OPEN, 1, 20), V(NAME, 1, 21, "x"), K(DEL_PAREN_CLOSE, 1, 22),
              K(DEL_COMMA, 1, 23), K(DEL_PAREN_CLOSE, 1, 24), K(NEWLINE, 1, 25), K(END, 2, 1));
    /* no fields: still a .format() call */
    CHECK_ALL("f''", V(STRING, 1, 1, ""), K(DEL_PERIOD, 1, 4), V(NAME, 1, 5, "format"), K(DEL_PAREN_OPEN, 1, 11),
              K(DEL_PAREN_CLOSE, 1, 12), K(NEWLINE, 1, 13), K(END, 2, 1));
    /* an empty field: MicroPython rejects it, CircuitPython passes an empty tuple */
    CHECK(MP, "x = f'{}'", V(NAME, 1, 1, "x"), K(DEL_EQUAL, 1, 3), K(MALFORMED_FSTRING, 1, 5));
    CHECK(CP, "f'{}'", V(STRING, 1, 1, "{}"), K(DEL_PERIOD, 1, 6), V(NAME, 1, 7, "format"), K(DEL_PAREN_OPEN, 1, 13),
          K(DEL_PAREN_OPEN, 1, 14), K(DEL_PAREN_CLOSE, 1, 15), K(DEL_COMMA, 1, 16), K(DEL_PAREN_CLOSE, 1, 17),
          K(NEWLINE, 1, 18), K(END, 2, 1));
    /* an unclosed field runs to the end and leaves the literal open */
    CHECK_ALL("f'{x'\n", K(LONELY_STRING_OPEN, 1, 1));
}

static void test_fstring_joining(void) {
    /* adjacent f-strings share one .format( call, except in CircuitPython 9 */
#define JOINED_START V(STRING, 1, 1, "{}b{}"), K(DEL_PERIOD, 1, 18), V(NAME, 1, 19, "format"), \
    K(DEL_PAREN_OPEN, 1, 25), K(DEL_PAREN_OPEN, 1, 26), V(NAME, 1, 27, "a"), K(DEL_PAREN_CLOSE, 1, 28), \
    K(DEL_COMMA, 1, 29)
    CHECK(MP, "f'{a}' 'b' f'{c}'", JOINED_START, K(DEL_PAREN_OPEN, 1, 30), V(NAME, 1, 31, "c"),
          K(DEL_PAREN_CLOSE, 1, 32), K(DEL_COMMA, 1, 33), K(DEL_PAREN_CLOSE, 1, 34), K(NEWLINE, 1, 35), K(END, 2, 1));
    CHECK(CP, "f'{a}' 'b' f'{c}'", JOINED_START, K(DEL_PAREN_OPEN, 1, 30), V(NAME, 1, 31, "c"),
          K(DEL_PAREN_CLOSE, 1, 32), K(DEL_COMMA, 1, 33), K(DEL_PAREN_CLOSE, 1, 34), K(NEWLINE, 1, 35), K(END, 2, 1));
    CHECK(CP9, "f'{a}' 'b' f'{c}'", JOINED_START, K(DEL_PERIOD, 1, 30), V(NAME, 1, 31, "format"),
          K(DEL_PAREN_OPEN, 1, 37), K(DEL_PAREN_OPEN, 1, 38), V(NAME, 1, 39, "c"), K(DEL_PAREN_CLOSE, 1, 40),
          K(DEL_COMMA, 1, 41), K(DEL_PAREN_CLOSE, 1, 42), K(END, 2, 1)); /* a bracket is left open */
#undef JOINED_START
}

static void test_raw_fstrings(void) {
#define RAW_EXPANSION V(STRING, 1, 1, "\\n{}"), K(DEL_PERIOD, 1, 10), V(NAME, 1, 11, "format"), \
    K(DEL_PAREN_OPEN, 1, 17), K(DEL_PAREN_OPEN, 1, 18), V(NAME, 1, 19, "x"), K(DEL_PAREN_CLOSE, 1, 20), \
    K(DEL_COMMA, 1, 21), K(DEL_PAREN_CLOSE, 1, 22), K(NEWLINE, 1, 23), K(END, 2, 1)
    CHECK(MP, "rf'\\n{x}'", RAW_EXPANSION);
    CHECK(CP, "fr'\\n{x}'", RAW_EXPANSION);
#undef RAW_EXPANSION
    CHECK(CP9, "rf'\\n{x}'", K(RAW_FSTRING, 1, 1));
    CHECK(CP9, "y = fr'{x}'", V(NAME, 1, 1, "y"), K(DEL_EQUAL, 1, 3), K(RAW_FSTRING, 1, 5));
    CHECK(CP9, "'a' rf'b'", K(RAW_FSTRING, 1, 1));
}

static void test_fstring_lines(void) {
    /* a newline inside a field is counted again when the expression is lexed, so the line after
       the literal is reported one further on (as the reference does) */
    CHECK_ALL("f'''{a +\nb}'''\nz\n", V(STRING, 1, 1, "{}"), K(DEL_PERIOD, 2, 6), V(NAME, 2, 7, "format"),
          K(DEL_PAREN_OPEN, 2, 13), K(DEL_PAREN_OPEN, 2, 14), V(NAME, 2, 15, "a"), K(OP_PLUS, 2, 17),
          V(NAME, 3, 1, "b"), K(DEL_PAREN_CLOSE, 3, 2), K(DEL_COMMA, 3, 3), K(DEL_PAREN_CLOSE, 3, 4),
          K(NEWLINE, 3, 5), V(NAME, 4, 1, "z"), K(NEWLINE, 4, 2), K(END, 5, 1));
    CHECK_ALL("x = f'{a}'\ny\n", V(NAME, 1, 1, "x"), K(DEL_EQUAL, 1, 3), V(STRING, 1, 5, "{}"), K(DEL_PERIOD, 1, 11),
              V(NAME, 1, 12, "format"), K(DEL_PAREN_OPEN, 1, 18), K(DEL_PAREN_OPEN, 1, 19), V(NAME, 1, 20, "a"),
              K(DEL_PAREN_CLOSE, 1, 21), K(DEL_COMMA, 1, 22), K(DEL_PAREN_CLOSE, 1, 23), K(NEWLINE, 1, 24),
              V(NAME, 2, 1, "y"), K(NEWLINE, 2, 2), K(END, 3, 1));
}

static void test_nested_fstrings(void) {
    /* MicroPython splices the inner .format( call in right after the inner literal */
    CHECK(MP, "f\"{f'{x}'}\"", V(STRING, 1, 1, "{}"), K(DEL_PERIOD, 1, 12), V(NAME, 1, 13, "format"),
          K(DEL_PAREN_OPEN, 1, 19), K(DEL_PAREN_OPEN, 1, 20), V(STRING, 1, 21, "{}"), K(DEL_PERIOD, 1, 27),
          V(NAME, 1, 28, "format"), K(DEL_PAREN_OPEN, 1, 34), K(DEL_PAREN_OPEN, 1, 35), V(NAME, 1, 36, "x"),
          K(DEL_PAREN_CLOSE, 1, 37), K(DEL_COMMA, 1, 38), K(DEL_PAREN_CLOSE, 1, 39), K(DEL_PAREN_CLOSE, 1, 40),
          K(DEL_COMMA, 1, 41), K(DEL_PAREN_CLOSE, 1, 42), K(NEWLINE, 1, 43), K(END, 2, 1));
    /* CircuitPython 10 appends the inner fields to the outer ones it is feeding */
    CHECK(CP, "f\"{f'{x}'}\"", V(STRING, 1, 1, "{}"), K(DEL_PERIOD, 1, 12), V(NAME, 1, 13, "format"),
          K(DEL_PAREN_OPEN, 1, 19), K(DEL_PAREN_OPEN, 1, 20), V(STRING, 1, 21, "{}"), K(DEL_PAREN_CLOSE, 1, 27),
          K(DEL_COMMA, 1, 28), K(DEL_PAREN_CLOSE, 1, 29), K(DEL_PAREN_OPEN, 1, 30), V(NAME, 1, 31, "x"),
          K(DEL_PAREN_CLOSE, 1, 32), K(DEL_COMMA, 1, 33), K(NEWLINE, 1, 34), K(END, 2, 1));
}

static void test_fstring_feedback_runaway(void) {
    /* CircuitPython: an inner field that never ends while its own bytes are fed back grows without
       end; the reference runs out of memory ("MemoryError: "), and so do we, quickly */
    const char *src = "f\"{f'{]'}\"\n";
    Arena *a = arena_new();
    DiagTrap trap;
    if (setjmp(trap.jb) == 0) {
        Lexer *lx = start(a, &trap, src, strlen(src), CP);
        for (int i = 0; i < 1000 && lex_cur(lx)->kind != T_END; i++) {
            lex_next(lx);
        }
        CU_FAIL("no MemoryError");
    } else {
        CU_ASSERT_STRING_EQUAL(trap.d.exc, "MemoryError");
        CU_ASSERT_STRING_EQUAL(trap.d.msg, "");
        CU_ASSERT_FALSE(trap.d.traceback);
    }
    arena_free(a);
}

/* ---- t-strings ---- */

static void test_tstrings(void) {
    /* MicroPython: t"a{x}" becomes __template__(("a","",),(x),"x",None,"",) */
    CHECK(MP, "t\"a{x}\"", V(NAME, 1, 1, "__template__"), K(DEL_PAREN_OPEN, 1, 8), K(DEL_PAREN_OPEN, 1, 9),
          V(STRING, 1, 10, "a"), K(DEL_COMMA, 1, 13), V(STRING, 1, 14, ""), K(DEL_COMMA, 1, 16),
          K(DEL_PAREN_CLOSE, 1, 17), K(DEL_COMMA, 1, 18), K(DEL_PAREN_OPEN, 1, 19), V(NAME, 1, 20, "x"),
          K(DEL_PAREN_CLOSE, 1, 21), K(DEL_COMMA, 1, 22), V(STRING, 1, 23, "x"), K(DEL_COMMA, 1, 26),
          K(KW_NONE, 1, 27), K(DEL_COMMA, 1, 31), V(STRING, 1, 32, ""), K(DEL_COMMA, 1, 34),
          K(DEL_PAREN_CLOSE, 1, 35), K(NEWLINE, 1, 36), K(END, 2, 1));
    /* conversion and format spec become strings */
    CHECK(MP, "t\"{x!r:>5}\"", V(NAME, 1, 1, "__template__"), K(DEL_PAREN_OPEN, 1, 12), K(DEL_PAREN_OPEN, 1, 13),
          V(STRING, 1, 14, ""), K(DEL_COMMA, 1, 16), V(STRING, 1, 17, ""), K(DEL_COMMA, 1, 19),
          K(DEL_PAREN_CLOSE, 1, 20), K(DEL_COMMA, 1, 21), K(DEL_PAREN_OPEN, 1, 22), V(NAME, 1, 23, "x"),
          K(DEL_PAREN_CLOSE, 1, 24), K(DEL_COMMA, 1, 25), V(STRING, 1, 26, "x"), K(DEL_COMMA, 1, 29),
          V(STRING, 1, 30, "r"), K(DEL_COMMA, 1, 33), V(STRING, 1, 34, ">5"), K(DEL_COMMA, 1, 38),
          K(DEL_PAREN_CLOSE, 1, 39), K(NEWLINE, 1, 40), K(END, 2, 1));
    CHECK(MP, "greeting = t\"hello {}\"", V(NAME, 1, 1, "greeting"), K(DEL_EQUAL, 1, 10),
          K(MALFORMED_FSTRING, 1, 12));
    CHECK(MP, "t'a}b'", K(MALFORMED_FSTRING, 1, 1));
    /* CircuitPython has no t-strings: a name and a string */
    CHECK(CP, "greeting = t\"hello {}\"", V(NAME, 1, 1, "greeting"), K(DEL_EQUAL, 1, 10), V(NAME, 1, 12, "t"),
          V(STRING, 1, 13, "hello {}"), K(NEWLINE, 1, 23), K(END, 2, 1));
    CHECK(CP9, "rt'x'", V(NAME, 1, 1, "rt"), V(STRING, 1, 3, "x"), K(NEWLINE, 1, 6), K(END, 2, 1));
}

/* ---- layout ---- */

static void test_indentation(void) {
    CHECK_ALL("if a:\n    b\n    c\nd\n", K(KW_IF, 1, 1), V(NAME, 1, 4, "a"), K(DEL_COLON, 1, 5), K(NEWLINE, 1, 6),
              K(INDENT, 2, 5), V(NAME, 2, 5, "b"), K(NEWLINE, 2, 6), V(NAME, 3, 5, "c"), K(NEWLINE, 3, 6),
              K(DEDENT, 4, 1), V(NAME, 4, 1, "d"), K(NEWLINE, 4, 2), K(END, 5, 1));
    /* dedents at the end of input, without a final newline */
    CHECK_ALL("if a:\n if b:\n  c", K(KW_IF, 1, 1), V(NAME, 1, 4, "a"), K(DEL_COLON, 1, 5), K(NEWLINE, 1, 6),
              K(INDENT, 2, 2), K(KW_IF, 2, 2), V(NAME, 2, 5, "b"), K(DEL_COLON, 2, 6), K(NEWLINE, 2, 7),
              K(INDENT, 3, 3), V(NAME, 3, 3, "c"), K(NEWLINE, 3, 4), K(DEDENT, 4, 1), K(DEDENT, 4, 1), K(END, 4, 1));
    /* a tab moves to the next multiple of 8 columns, so it matches 8 spaces */
    CHECK_ALL("if a:\n\tb\n        c\n", K(KW_IF, 1, 1), V(NAME, 1, 4, "a"), K(DEL_COLON, 1, 5), K(NEWLINE, 1, 6),
              K(INDENT, 2, 9), V(NAME, 2, 9, "b"), K(NEWLINE, 2, 10), V(NAME, 3, 9, "c"), K(NEWLINE, 3, 10),
              K(DEDENT, 4, 1), K(END, 4, 1));
    CHECK_ALL("x\n  \ty\n", V(NAME, 1, 1, "x"), K(NEWLINE, 1, 2), K(INDENT, 2, 9), V(NAME, 2, 9, "y"),
              K(NEWLINE, 2, 10), K(DEDENT, 3, 1), K(END, 3, 1));
    /* a form feed counts as a column */
    CHECK_ALL("x\n\f  y\n", V(NAME, 1, 1, "x"), K(NEWLINE, 1, 2), K(INDENT, 2, 4), V(NAME, 2, 4, "y"),
              K(NEWLINE, 2, 5), K(DEDENT, 3, 1), K(END, 3, 1));
    /* an unindent to no outer level: reported on the NEWLINE, at the end of the previous line */
    CHECK_ALL("if a:\n    b\n  c\n", K(KW_IF, 1, 1), V(NAME, 1, 4, "a"), K(DEL_COLON, 1, 5), K(NEWLINE, 1, 6),
              K(INDENT, 2, 5), V(NAME, 2, 5, "b"), K(DEDENT_MISMATCH, 2, 6));
    /* the first token must be in column 1 */
    CHECK_ALL("  x\n", K(INDENT, 1, 3), K(NEWLINE, 1, 4), K(END, 2, 1));
    CHECK_ALL("\n  x\n", K(NEWLINE, 1, 1), K(INDENT, 2, 3), V(NAME, 2, 3, "x"), K(NEWLINE, 2, 4), K(DEDENT, 3, 1),
              K(END, 3, 1));
}

static void test_newlines(void) {
    /* blank, blank-with-spaces and comment lines give no NEWLINE of their own */
    CHECK_ALL("x\n\n# c\n   \ny\n", V(NAME, 1, 1, "x"), K(NEWLINE, 1, 2), V(NAME, 5, 1, "y"), K(NEWLINE, 5, 2),
              K(END, 6, 1));
    CHECK_ALL("if a:\n    b\n  # c\n    d\n", K(KW_IF, 1, 1), V(NAME, 1, 4, "a"), K(DEL_COLON, 1, 5),
              K(NEWLINE, 1, 6), K(INDENT, 2, 5), V(NAME, 2, 5, "b"), K(NEWLINE, 2, 6), V(NAME, 4, 5, "d"),
              K(NEWLINE, 4, 6), K(DEDENT, 5, 1), K(END, 5, 1));
    /* none inside brackets */
    CHECK_ALL("(a,\n b)\nc\n", K(DEL_PAREN_OPEN, 1, 1), V(NAME, 1, 2, "a"), K(DEL_COMMA, 1, 3), V(NAME, 2, 2, "b"),
              K(DEL_PAREN_CLOSE, 2, 3), K(NEWLINE, 2, 4), V(NAME, 3, 1, "c"), K(NEWLINE, 3, 2), K(END, 4, 1));
    /* backslash continuation */
    CHECK_ALL("x = 1 + \\\n  2\n", V(NAME, 1, 1, "x"), K(DEL_EQUAL, 1, 3), V(INTEGER, 1, 5, "1"), K(OP_PLUS, 1, 7),
              V(INTEGER, 2, 3, "2"), K(NEWLINE, 2, 4), K(END, 3, 1));
    /* CR LF and lone CR are newlines */
    CHECK_ALL("a\r\nb\rc\n", V(NAME, 1, 1, "a"), K(NEWLINE, 1, 2), V(NAME, 2, 1, "b"), K(NEWLINE, 2, 2),
              V(NAME, 3, 1, "c"), K(NEWLINE, 3, 2), K(END, 4, 1));
    CHECK_ALL("a\r\r\nb", V(NAME, 1, 1, "a"), K(NEWLINE, 1, 2), V(NAME, 3, 1, "b"), K(NEWLINE, 3, 2), K(END, 4, 1));
    CHECK_ALL("if a:\r\n    b\r\n", K(KW_IF, 1, 1), V(NAME, 1, 4, "a"), K(DEL_COLON, 1, 5), K(NEWLINE, 1, 6),
              K(INDENT, 2, 5), V(NAME, 2, 5, "b"), K(NEWLINE, 2, 6), K(DEDENT, 3, 1), K(END, 3, 1));
    CHECK_ALL("'''a\r\nb\rc'''", V(STRING, 1, 1, "a\nb\nc"), K(NEWLINE, 3, 5), K(END, 4, 1));
    /* comment or blanks only */
    CHECK_ALL("# hi", K(NEWLINE, 1, 5), K(END, 2, 1));
    CHECK_ALL("   ", K(NEWLINE, 1, 4), K(END, 2, 1));
}

static void test_empty_source(void) {
    /* MicroPython sees nothing; CircuitPython's lexer starts with a NUL placeholder and so reads an
       empty source as one newline */
    CHECK(MP, "", K(END, 1, 1));
    CHECK(CP, "", K(NEWLINE, 1, 1), K(END, 2, 1));
    CHECK(CP9, "", K(NEWLINE, 1, 1), K(END, 2, 1));
    /* the source need not be NUL-terminated: only len bytes are read */
    Exp exp[] = {{T_NAME, 1, 1, "x", 1}, {T_DEL_EQUAL, 1, 3, "", 0}, {T_NEWLINE, 1, 4, "", 0}, {T_END, 2, 1, "", 0}};
    check_stream(MP, "x = 1", 3, exp, 4, __LINE__);
}

static void test_end_repeats_and_text_lifetime(void) {
    Arena *a = arena_new();
    DiagTrap trap;
    if (setjmp(trap.jb)) {
        CU_FAIL("unexpected raise");
        arena_free(a);
        return;
    }
    const char *src = "alpha = 'be' 'ta'\ngamma\n";
    Lexer *lx = start(a, &trap, src, strlen(src), MP);
    /* a token's text holds until the next token is read: copy it to keep it */
    char first[16], str[16];
    snprintf(first, sizeof first, "%s", lex_cur(lx)->text);
    lex_next(lx);
    lex_next(lx);
    snprintf(str, sizeof str, "%s", lex_cur(lx)->text);
    CU_ASSERT_EQUAL(lex_cur(lx)->len, 4);
    while (lex_cur(lx)->kind != T_END) {
        lex_next(lx);
    }
    for (int i = 0; i < 3; i++) {
        lex_next(lx);
        CU_ASSERT_EQUAL(lex_cur(lx)->kind, T_END);
        CU_ASSERT_EQUAL(lex_cur(lx)->line, 3);
    }
    CU_ASSERT_STRING_EQUAL(first, "alpha");
    CU_ASSERT_STRING_EQUAL(str, "beta");
    arena_free(a);
}

static void test_token_names(void) {
    CU_ASSERT_STRING_EQUAL(tok_name(T_END), "END");
    CU_ASSERT_STRING_EQUAL(tok_name(T_KW_DEBUG), "KW_DEBUG");
    CU_ASSERT_STRING_EQUAL(tok_name(T_DEL_MINUS_MORE), "DEL_MINUS_MORE");
    CU_ASSERT_STRING_EQUAL(tok_spelling(T_KW_DEBUG), "__debug__");
    CU_ASSERT_STRING_EQUAL(tok_spelling(T_NEWLINE), "newline");
    CU_ASSERT_STRING_EQUAL(tok_name(T_COUNT_), "?");
}

/* ---- robustness ---- */

static uint32_t rng_next(uint32_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

/* Lexes src to END (carrying on past error tokens) and says whether it got there. The reference's
   own aborts (MemoryError, NotImplementedError) count as an end. */
static bool lexes_to_end(const char *src, size_t len, mpyc_target t) {
    Arena *a = arena_new();
    DiagTrap trap;
    volatile bool ok = false;
    if (setjmp(trap.jb) == 0) {
        Lexer *lx = start(a, &trap, src, len, t);
        size_t cap = 64 * (len + 16);
        for (size_t i = 0; i < cap; i++) {
            const Token *tok = lex_cur(lx);
            if (tok->kind == T_END) {
                ok = true;
                break;
            }
            if (tok->text == NULL || tok->text[tok->len] != '\0' || tok->line == 0) {
                break;
            }
            lex_next(lx);
        }
    } else {
        ok = strcmp(trap.d.exc, "MemoryError") == 0 || strcmp(trap.d.exc, "NotImplementedError") == 0;
    }
    arena_free(a);
    return ok;
}

static void test_fuzz_random_bytes(void) {
    static const char *const atoms[] = {
        "'", "\"", "'''", "\"\"\"", "{", "}", "{{", "}}", "f", "r", "b", "t", "u", "rf", "fr", "rt", "rb",
        "\\", "\\n", "\\x4", "\\u12", "\\N", "\n", "\r", "\r\n", "\t", " ", "    ", "\f", "#", "x", "0", "1",
        "0x", "e", "j", "_", ".", "!", "!r", ":", "=", "[", "]", "(", ")", ",", "\xc3\xa9", "\xff", "$", "-",
        "if", "__debug__",
    };
    const size_t n_atoms = sizeof atoms / sizeof atoms[0];
    uint32_t seed = 0x12345678;
    char buf[512];
    unsigned failures = 0;
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        if (round % 3 == 0) {
            /* raw bytes, NUL included */
            len = rng_next(&seed) % 200;
            for (size_t i = 0; i < len; i++) {
                buf[i] = (char)(rng_next(&seed) & 0xFF);
            }
        } else {
            size_t k = 1 + rng_next(&seed) % 60;
            for (size_t i = 0; i < k; i++) {
                const char *at = atoms[rng_next(&seed) % n_atoms];
                size_t n = strlen(at);
                if (len + n > sizeof buf) {
                    break;
                }
                memcpy(buf + len, at, n);
                len += n;
            }
        }
        for (int t = 0; t < 3; t++) {
            if (!lexes_to_end(buf, len, (mpyc_target)t)) {
                failures++;
            }
        }
    }
    CU_ASSERT_EQUAL(failures, 0);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    *len = n > 0 ? fread(buf, 1, (size_t)n, f) : 0;
    fclose(f);
    return buf;
}

/* Lexes to END or the first error token and returns its kind (T_COUNT_ for a raise). */
static TokKind first_stop(const char *src, size_t len, mpyc_target t, uint32_t *line) {
    Arena *a = arena_new();
    DiagTrap trap;
    TokKind k = T_COUNT_;
    if (setjmp(trap.jb) == 0) {
        Lexer *lx = start(a, &trap, src, len, t);
        while (lex_cur(lx)->kind != T_END && !is_error_kind(lex_cur(lx)->kind)) {
            lex_next(lx);
        }
        k = lex_cur(lx)->kind;
        *line = lex_cur(lx)->line;
    }
    arena_free(a);
    return k;
}

/* Every conformance program lexes without an error token (CircuitPython 9 refuses the raw f-strings
   of one of them), and every truncation of it still reaches END. */
static void test_conformance_programs(void) {
    const char *dir_path = "tests/conformance/programs";
    DIR *dir = opendir(dir_path);
    if (dir == NULL) {
        CU_FAIL("tests/conformance/programs not found (run from the repository root)");
        return;
    }
    unsigned files = 0, error_tokens = 0, cp9_raw = 0, truncation_failures = 0;
    struct dirent *e;
    uint32_t seed = 0xC0FFEE;
    while ((e = readdir(dir)) != NULL) {
        size_t nl = strlen(e->d_name);
        if (nl < 4 || strcmp(e->d_name + nl - 3, ".py") != 0) {
            continue;
        }
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir_path, e->d_name);
        size_t len;
        char *src = read_file(path, &len);
        if (src == NULL) {
            continue;
        }
        files++;
        for (int t = 0; t < 3; t++) {
            uint32_t line = 0;
            TokKind k = first_stop(src, len, (mpyc_target)t, &line);
            if (k == T_RAW_FSTRING && t == CP9 && strcmp(e->d_name, "expr_fstring_basic.py") == 0) {
                cp9_raw++;
            } else if (k != T_END) {
                fprintf(stderr, "\n%s (%s): %s at %u\n", e->d_name, target_name((mpyc_target)t),
                        k == T_COUNT_ ? "raise" : tok_name(k), line);
                error_tokens++;
            }
        }
        for (int i = 0; i < 6; i++) {
            size_t cut = len ? rng_next(&seed) % (len + 1) : 0;
            for (int t = 0; t < 3; t++) {
                if (!lexes_to_end(src, cut, (mpyc_target)t)) {
                    truncation_failures++;
                }
            }
        }
        free(src);
    }
    closedir(dir);
    CU_ASSERT(files >= 100);
    CU_ASSERT_EQUAL(error_tokens, 0);
    CU_ASSERT_EQUAL(cp9_raw, 1);
    CU_ASSERT_EQUAL(truncation_failures, 0);
}

static bool count_tokens(const char *src, size_t len, size_t *floats, size_t *tokens, size_t *used) {
    Arena *a = arena_new();
    DiagTrap trap;
    bool ok = false;
    if (setjmp(trap.jb) == 0) {
        Lexer *lx = start(a, &trap, src, len, MP);
        while (lex_cur(lx)->kind != T_END) {
            *floats += lex_cur(lx)->kind == T_FLOAT_OR_IMAG;
            (*tokens)++;
            lex_next(lx);
        }
        *used = arena_used(a);
        ok = true;
    }
    arena_free(a);
    return ok;
}

/* A 2 MB source with 16,000 float literals lexes quickly and in memory proportional to it. */
static void test_large_source(void) {
    const size_t lines = 16000;
    size_t cap = lines * 160 + 1;
    char *src = malloc(cap);
    size_t len = 0;
    for (size_t i = 0; i < lines; i++) {
        len += (size_t)snprintf(src + len, cap - len, "value_%05zu = %zu.%06zue-3  # %s\n", i, i, i * 7,
                                "padding padding padding padding padding padding padding padding padding padding "
                                "padding padding padding");
    }
    CU_ASSERT(len > 2000000);
    size_t floats = 0, tokens = 0, used = 0;
    clock_t t0 = clock();
    CU_ASSERT(count_tokens(src, len, &floats, &tokens, &used));
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CU_ASSERT_EQUAL(floats, lines);
    CU_ASSERT_EQUAL(tokens, lines * 4);
    CU_ASSERT(used < 2 * len);
    CU_ASSERT(secs < 5.0);
    free(src);
}

void suite_lexer(void) {
    static const UnitTest tests[] = {
        {"keywords", test_keywords},
        {"names and UTF-8", test_names},
        {"operators", test_operators},
        {"invalid characters", test_invalid_characters},
        {"numbers", test_numbers},
        {"string prefixes", test_string_prefixes},
        {"string escapes", test_string_escapes},
        {"\\N escape raises", test_unicode_name_escape_raises},
        {"triple quotes and unterminated literals", test_triple_quotes_and_unterminated},
        {"adjacent literals", test_adjacent_literals},
        {"f-string expansion", test_fstring_expansion},
        {"f-string joining", test_fstring_joining},
        {"raw f-strings", test_raw_fstrings},
        {"f-string line numbers", test_fstring_lines},
        {"nested f-strings", test_nested_fstrings},
        {"f-string feedback runaway", test_fstring_feedback_runaway},
        {"t-strings", test_tstrings},
        {"indentation", test_indentation},
        {"newlines", test_newlines},
        {"empty source", test_empty_source},
        {"END repeats, text holds until the next token", test_end_repeats_and_text_lifetime},
        {"token names", test_token_names},
        {"fuzz: random bytes", test_fuzz_random_bytes},
        {"conformance programs and truncations", test_conformance_programs},
        {"large source", test_large_source},
        {NULL, NULL},
    };
    unit_add_suite("lexer", tests);
}
