/* lexer.c: splits source bytes into the reference compilers' token stream, their quirks included. */
#include "lexer.h"

#include <stdbool.h>
#include <string.h>

/*
 * How it works. Like the reference, the lexer looks at the source through a window of three
 * characters (c0 is the current one) and keeps line and column counts for c0. Reading normalises
 * CR and CR LF to LF and makes sure the text before the end of input ends with LF.
 *
 * f-strings are rewritten while lexing: f"a{x}b" becomes the token of "a{}b" and the expressions
 * are collected in fargs as ".format((x),"; afterwards fargs (closed with ')') is fed back through
 * the window as if it followed the literal in the source, so it gets lexed into tokens and moves
 * the line and column counts on. The targets feed it back differently:
 *  - MicroPython splices it into a replay buffer right when the literal ends, in front of the
 *    window's three characters (which go into the buffer too);
 *  - CircuitPython sets the window aside at the start of the next token, feeds fargs, then NUL
 *    bytes, and restores the window when a NUL reaches c0. It reads the fed bytes as signed chars.
 * MicroPython also has t-strings: t"a{x}" becomes __template__(("a","",),(x),"x",None,"",).
 */

/* A character of the window. Source bytes are 0..255; CircuitPython's fed-back bytes >= 0x80
   are sign-extended (0xFFFFFF80..), and 0xFF then reads as the end of input, as it does there. */
typedef uint32_t Ch;
#define CH_EOF ((Ch)0xFFFFFFFFu)
#define TAB_WIDTH 8

typedef struct {
    unsigned char *data;
    size_t len, cap;
} Buf;

struct Lexer {
    Arena *arena;
    DiagTrap *trap;
    bool mp;   /* MicroPython's lexer; otherwise CircuitPython's */
    bool cp9;  /* CircuitPython 9: rejects raw f-strings, restarts ".format(" for each f-string */

    const unsigned char *src;
    size_t src_len, src_pos;

    Ch c0, c1, c2;
    size_t line, col;  /* position of c0 */

    ptrdiff_t dents;   /* INDENTs (> 0) or DEDENTs (< 0) still to emit */
    ptrdiff_t depth;   /* bracket nesting: inside brackets newlines are plain whitespace */
    uint16_t *indents; /* indentation stack; the reference keeps 16-bit columns */
    size_t n_indents, cap_indents;

    TokKind kind;
    size_t tok_line, tok_col;
    Buf text;          /* the value of the token being built */
    Buf fargs;         /* f-string expressions waiting to be fed back */

    Buf replay;        /* MicroPython: bytes read before the source; 0 stands for end of input */
    size_t replay_pos; /* index of the next replay byte; 0 when reading the source */

    size_t fargs_pos;  /* CircuitPython: index of the next fargs byte to feed; 0 when not feeding */
    Ch held[3];        /* CircuitPython: the window set aside while fargs is fed */

    size_t buf_limit;  /* no buffer grows past this (see buf_reserve) */
    Token tok;
};

/* ---- growable byte buffers in the arena ---- */

/* Makes room for extra more bytes. CircuitPython's lexer can feed an f-string's fields back into
   the buffer it is reading from and never stop; the reference then runs out of heap and prints
   "MemoryError: ". Real buffers stay within a few times the source, so past buf_limit we stop the
   same way. */
static void buf_reserve(Lexer *lx, Buf *b, size_t extra) {
    if (b->len + extra <= b->cap) {
        return;
    }
    if (b->len + extra > lx->buf_limit) {
        diag_raise_plain(lx->trap, "MemoryError", "%s", "");
    }
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra) {
        cap *= 2;
    }
    unsigned char *p = arena_alloc(lx->arena, cap);
    if (b->len > 0) {
        memcpy(p, b->data, b->len);
    }
    b->data = p;
    b->cap = cap;
}

static void buf_byte(Lexer *lx, Buf *b, unsigned char c) {
    buf_reserve(lx, b, 1);
    b->data[b->len++] = c;
}

static void buf_bytes(Lexer *lx, Buf *b, const void *p, size_t n) {
    buf_reserve(lx, b, n);
    if (n > 0) {
        memcpy(b->data + b->len, p, n);
    }
    b->len += n;
}

static void buf_str(Lexer *lx, Buf *b, const char *s) {
    buf_bytes(lx, b, s, strlen(s));
}

static void buf_repeat(Lexer *lx, Buf *b, unsigned char c, size_t n) {
    while (n-- > 0) {
        buf_byte(lx, b, c);
    }
}

/* Inserts n bytes (which must not live in b) at index at. */
static void buf_insert(Lexer *lx, Buf *b, size_t at, const void *p, size_t n) {
    buf_reserve(lx, b, n);
    memmove(b->data + at + n, b->data + at, b->len - at);
    if (n > 0) {
        memcpy(b->data + at, p, n);
    }
    b->len += n;
}

/* Appends code point c in UTF-8 (surrogates too: the reference does not check). */
static void buf_utf8(Lexer *lx, Buf *b, uint32_t c) {
    if (c < 0x80) {
        buf_byte(lx, b, (unsigned char)c);
    } else if (c < 0x800) {
        buf_byte(lx, b, (unsigned char)(0xC0 | (c >> 6)));
        buf_byte(lx, b, (unsigned char)(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        buf_byte(lx, b, (unsigned char)(0xE0 | (c >> 12)));
        buf_byte(lx, b, (unsigned char)(0x80 | ((c >> 6) & 0x3F)));
        buf_byte(lx, b, (unsigned char)(0x80 | (c & 0x3F)));
    } else {
        buf_byte(lx, b, (unsigned char)(0xF0 | (c >> 18)));
        buf_byte(lx, b, (unsigned char)(0x80 | ((c >> 12) & 0x3F)));
        buf_byte(lx, b, (unsigned char)(0x80 | ((c >> 6) & 0x3F)));
        buf_byte(lx, b, (unsigned char)(0x80 | (c & 0x3F)));
    }
}

/* ---- character classes (ASCII only, like the reference) ---- */

static bool is_space(Ch c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(Ch c) {
    return c >= '0' && c <= '9';
}

static bool is_alpha(Ch c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int hex_value(Ch c) {
    if (is_digit(c)) {
        return (int)(c - '0');
    }
    if (c >= 'a' && c <= 'f') {
        return (int)(c - 'a' + 10);
    }
    if (c >= 'A' && c <= 'F') {
        return (int)(c - 'A' + 10);
    }
    return -1;
}

static bool is_quote(Ch c) {
    return c == '\'' || c == '"';
}

/* Bytes >= 0x80 count as letters so UTF-8 names pass through (CH_EOF too: callers test it first). */
static bool is_name_head(Ch c) {
    return is_alpha(c) || c == '_' || c >= 0x80;
}

static bool is_name_tail(Ch c) {
    return is_name_head(c) || is_digit(c);
}

/* ---- reading characters into the window ---- */

static Ch read_source(Lexer *lx) {
    if (lx->src_pos >= lx->src_len) {
        return CH_EOF;
    }
    unsigned char b = lx->src[lx->src_pos++];
    /* MicroPython marks the end of input with NUL internally, so a NUL byte is read as 0x01 */
    return (b == 0 && lx->mp) ? 1 : b;
}

static unsigned char replay_byte_of(Ch c) {
    return c == CH_EOF ? 0 : (unsigned char)c;
}

static Ch replay_char_of(unsigned char b) {
    return b == 0 ? CH_EOF : b;
}

static Ch read_replay_or_source(Lexer *lx) {
    if (lx->replay_pos == 0) {
        return read_source(lx);
    }
    Ch c = replay_char_of(lx->replay.data[lx->replay_pos++]);
    if (lx->replay_pos >= lx->replay.len) {
        lx->replay.len = 0;
        lx->replay_pos = 0;
    }
    return c;
}

static Ch as_signed_char(unsigned char b) {
    return b < 0x80 ? b : (Ch)b | 0xFFFFFF00u;
}

/* CircuitPython: the next fed fargs byte (NUL past the end), or the source. Runs after the
   window has shifted, so a NUL in c0 means the feed is over and the saved window returns. */
static Ch read_fargs_or_source(Lexer *lx) {
    if (lx->fargs_pos == 0) {
        return read_source(lx);
    }
    Ch c = 0;
    if (lx->fargs_pos < lx->fargs.len) {
        c = as_signed_char(lx->fargs.data[lx->fargs_pos++]);
    }
    if (lx->c0 == 0) {
        lx->c0 = lx->held[0];
        lx->c1 = lx->held[1];
        c = lx->held[2];
        lx->fargs.len = 0;
        lx->fargs_pos = 0;
    }
    return c;
}

/* Moves the window one character on, counting lines and columns (tabs to the next multiple of 8). */
static void advance(Lexer *lx) {
    if (lx->c0 == '\n') {
        lx->line++;
        lx->col = 1;
    } else if (lx->c0 == '\t') {
        lx->col = (lx->col - 1 + TAB_WIDTH) / TAB_WIDTH * TAB_WIDTH + 1;
    } else {
        lx->col++;
    }
    lx->c0 = lx->c1;
    lx->c1 = lx->c2;
    Ch c = lx->mp ? read_replay_or_source(lx) : read_fargs_or_source(lx);
    if (lx->c1 == '\r') {
        lx->c1 = '\n';
        if (c == '\n') {
            /* CircuitPython takes the byte after CR LF from the source even while feeding */
            c = lx->mp ? read_replay_or_source(lx) : read_source(lx);
        }
    }
    if (c == CH_EOF && lx->c1 != CH_EOF && lx->c1 != '\n') {
        c = '\n';
    }
    lx->c2 = c;
}

static void advance_n(Lexer *lx, int n) {
    while (n-- > 0) {
        advance(lx);
    }
}

/* MicroPython: puts fargs, closed with ')', in front of the window's characters. */
static void replay_fargs(Lexer *lx) {
    buf_byte(lx, &lx->fargs, ')');
    if (lx->replay_pos == 0) {
        lx->replay.len = 0;
        buf_byte(lx, &lx->replay, replay_byte_of(lx->c0));
        buf_byte(lx, &lx->replay, replay_byte_of(lx->c1));
        buf_byte(lx, &lx->replay, replay_byte_of(lx->c2));
    } else {
        /* the window holds the last three replay bytes read: read them again after fargs */
        lx->replay_pos -= 3;
    }
    buf_insert(lx, &lx->replay, lx->replay_pos, lx->fargs.data, lx->fargs.len);
    lx->fargs.len = 0;
    lx->c0 = replay_char_of(lx->replay.data[lx->replay_pos++]);
    lx->c1 = replay_char_of(lx->replay.data[lx->replay_pos++]);
    lx->c2 = replay_char_of(lx->replay.data[lx->replay_pos++]);
}

/* CircuitPython: starts feeding fargs, closed with ')', setting the window aside. */
static void feed_fargs(Lexer *lx) {
    buf_byte(lx, &lx->fargs, ')');
    lx->held[0] = lx->c0;
    lx->held[1] = lx->c1;
    lx->held[2] = lx->c2;
    lx->c0 = as_signed_char(lx->fargs.data[0]);
    lx->c1 = as_signed_char(lx->fargs.data[1]);
    lx->c2 = as_signed_char(lx->fargs.data[2]);
    lx->fargs_pos = 3;
}

/* ---- whitespace, comments, indentation ---- */

/* Skips blanks, comments and backslash-newlines, and newlines too unless stop_at_newline is set
   and no bracket is open. Returns whether it stopped on a newline. */
static bool skip_blanks(Lexer *lx, bool stop_at_newline) {
    while (lx->c0 != CH_EOF) {
        if (lx->c0 == '\n') {
            if (stop_at_newline && lx->depth == 0) {
                return true;
            }
            advance(lx);
        } else if (is_space(lx->c0)) {
            advance(lx);
        } else if (lx->c0 == '#') {
            while (lx->c0 != CH_EOF && lx->c0 != '\n') {
                advance(lx);
            }
        } else if (lx->c0 == '\\' && lx->c1 == '\n') {
            advance_n(lx, 2);
        } else {
            break;
        }
    }
    return false;
}

static size_t indent_top(const Lexer *lx) {
    return lx->indents[lx->n_indents - 1];
}

static void indent_push(Lexer *lx, size_t col) {
    if (lx->n_indents == lx->cap_indents) {
        size_t cap = lx->cap_indents * 2;
        uint16_t *p = arena_alloc(lx->arena, cap * sizeof *p);
        memcpy(p, lx->indents, lx->n_indents * sizeof *p);
        lx->indents = p;
        lx->cap_indents = cap;
    }
    lx->indents[lx->n_indents++] = (uint16_t)col;
}

/* After a NEWLINE: compares the new line's indentation with the stack and queues the dents. */
static void measure_indent(Lexer *lx) {
    size_t spaces = lx->col - 1;
    if (spaces > indent_top(lx)) {
        indent_push(lx, spaces);
        lx->dents++;
    } else if (spaces < indent_top(lx)) {
        while (spaces < indent_top(lx)) {
            lx->n_indents--;
            lx->dents--;
        }
        if (spaces != indent_top(lx)) {
            lx->kind = T_DEDENT_MISMATCH;
        }
    }
}

/* ---- string, bytes, f-string and t-string literals ---- */

typedef struct {
    Ch quote;
    size_t quotes;      /* 1 or 3 */
    bool raw, fmt, tmpl;
    /* t-strings only */
    size_t fields;      /* replacement fields finished */
    size_t spec_at;     /* index in text of the '{' before the open field's format spec */
    size_t spec_depth;  /* > 0 while in a field's format spec: 1 + nested braces */
    bool spec_nested;   /* the spec has a nested field, so it is passed on as an f-string */
} Literal;

/* Does c0 start a literal (a quote, or a prefix the target knows followed by a quote)? */
static bool starts_literal(const Lexer *lx) {
    Ch a = lx->c0, b = lx->c1;
    if (is_quote(a)) {
        return true;
    }
    if (is_quote(b) && (a == 'r' || a == 'u' || a == 'b' || a == 'f' || (a == 't' && lx->mp))) {
        return true;
    }
    if (!is_quote(lx->c2)) {
        return false;
    }
    if ((a == 'r' && b == 'b') || (a == 'b' && b == 'r') || (a == 'r' && b == 'f') || (a == 'f' && b == 'r')) {
        return true;
    }
    return lx->mp && ((a == 'r' && b == 't') || (a == 't' && b == 'r'));
}

static bool read_hex(Lexer *lx, int digits, uint32_t *out) {
    uint32_t v = 0;
    while (digits-- > 0) {
        advance(lx);
        int d = hex_value(lx->c0);
        if (d < 0) {
            return false;
        }
        v = v * 16 + (uint32_t)d;
    }
    *out = v;
    return true;
}

/* Adds a decoded escape value: a code point to a str, a byte to bytes; else INVALID. */
static void add_escaped(Lexer *lx, Ch c) {
    if (c == CH_EOF) {
        if (!lx->mp) {
            return;
        }
        c = 0; /* MicroPython's end-of-input value */
    }
    if (c < 0x110000 && lx->kind == T_STRING) {
        buf_utf8(lx, &lx->text, c);
    } else if (c < 0x100 && lx->kind == T_BYTES) {
        buf_byte(lx, &lx->text, (unsigned char)c);
    } else {
        lx->kind = T_INVALID;
    }
}

/* On a backslash: decodes the escape sequence and leaves c0 on its last character. */
static void take_escape(Lexer *lx, const Literal *lit) {
    advance(lx);
    Ch c = lx->c0;
    if (lit->raw) {
        /* raw literals keep the backslash, and the next character is taken as it is */
        buf_byte(lx, &lx->text, '\\');
        add_escaped(lx, c);
        return;
    }
    uint32_t v = 0;
    switch (c) {
        case '\n':
            return; /* backslash-newline: both dropped */
        case '\\':
        case '\'':
        case '"':
            break;
        case 'a':
            c = 0x07;
            break;
        case 'b':
            c = 0x08;
            break;
        case 't':
            c = 0x09;
            break;
        case 'n':
            c = 0x0A;
            break;
        case 'v':
            c = 0x0B;
            break;
        case 'f':
            c = 0x0C;
            break;
        case 'r':
            c = 0x0D;
            break;
        case 'u':
        case 'U':
            if (lx->kind == T_BYTES) {
                buf_byte(lx, &lx->text, '\\'); /* not an escape in bytes */
                break;
            }
            /* fall through */
        case 'x':
            if (!read_hex(lx, c == 'x' ? 2 : c == 'u' ? 4 : 8, &v)) {
                lx->kind = T_INVALID;
            }
            c = v;
            break;
        case 'N':
            diag_raise_plain(lx->trap, "NotImplementedError", "unicode name escapes");
        default:
            if (c >= '0' && c <= '7') {
                v = c - '0';
                int more = 2;
                while (lx->c1 >= '0' && lx->c1 <= '7' && more-- > 0) {
                    advance(lx);
                    v = v * 8 + (lx->c0 - '0');
                }
                c = v;
            } else {
                buf_byte(lx, &lx->text, '\\'); /* unknown escape: kept with its backslash */
            }
            break;
    }
    add_escaped(lx, c);
}

/* Does c0 end a replacement field's expression (':', '}', or a "!r"/"!s" conversion)? */
static bool at_field_end(const Lexer *lx) {
    if (lx->c0 == ':' || lx->c0 == '}') {
        return true;
    }
    return lx->c0 == '!' && (lx->c1 == 'r' || lx->c1 == 's') && (lx->c2 == ':' || lx->c2 == '}');
}

/* Copies a replacement field's expression into fargs as "(expr),", c0 being its first character.
   "expr=" puts "expr=" in the text and drops the '='. Returns where the expression starts in fargs
   and sets *debug when it had the '='. Brackets count only as [ and {, the reference's rule. */
static size_t take_field_expr(Lexer *lx, const Literal *lit, bool *debug) {
    Buf *a = &lx->fargs;
    buf_byte(lx, a, '(');
    size_t start = a->len;
    unsigned depth = 0;
    while (lx->c0 != CH_EOF && (depth != 0 || !at_field_end(lx))) {
        Ch c = lx->c0;
        if (c == '[' || c == '{') {
            depth++;
        } else if (c == ']' || c == '}') {
            depth--;
        }
        buf_byte(lx, a, (unsigned char)c);
        advance(lx);
    }
    *debug = false;
    if (a->data[a->len - 1] == '=') {
        buf_bytes(lx, &lx->text, a->data + start, a->len - start);
        a->len--;
        *debug = true;
    }
    if (lit->tmpl) {
        while (a->len > 0 && is_space(a->data[a->len - 1])) {
            a->len--;
        }
    }
    if (lx->mp && a->len == start) {
        lx->kind = T_MALFORMED_FSTRING; /* f"{}" */
    }
    buf_byte(lx, a, ')');
    buf_byte(lx, a, ',');
    return start;
}

/* t-string field, after its expression: adds the expression's text, the conversion and the start
   of the format spec to fargs, and closes the current string part in the text. */
static void start_template_field(Lexer *lx, Literal *lit, size_t start, bool debug) {
    Buf *a = &lx->fargs;
    unsigned char q = (unsigned char)lit->quote;
    buf_byte(lx, a, q);
    size_t n = a->len - start - 3;
    for (size_t j = 0; j < n; j++) {
        unsigned char b = a->data[start + j];
        if (b == q || b == '\\') {
            buf_byte(lx, a, '\\');
        }
        buf_byte(lx, a, b);
    }
    buf_byte(lx, a, q);
    buf_byte(lx, a, ',');
    buf_repeat(lx, &lx->text, q, lit->quotes);
    buf_byte(lx, &lx->text, ',');
    buf_repeat(lx, &lx->text, q, lit->quotes);
    if (lx->c0 == '!') {
        advance(lx);
        buf_byte(lx, a, q);
        buf_byte(lx, a, (unsigned char)lx->c0);
        buf_byte(lx, a, q);
        buf_byte(lx, a, ',');
        advance(lx);
    } else if (debug && lx->c0 != ':') {
        buf_str(lx, a, "'r',");
    } else {
        buf_str(lx, a, "None,");
    }
    if (lx->c0 == ':') {
        advance(lx);
    }
    lit->spec_depth = 1;
    lit->spec_at = lx->text.len;
}

/* t-string: a '}' inside a format spec; the outermost one ends the field and moves the spec
   (collected in the text) to fargs as a string. */
static void close_template_spec(Lexer *lx, Literal *lit) {
    if (--lit->spec_depth > 0) {
        lit->spec_nested = true;
        buf_byte(lx, &lx->text, '}');
        return;
    }
    lit->fields++;
    Buf *a = &lx->fargs;
    unsigned char q = (unsigned char)lit->quote;
    if (lit->spec_nested) {
        buf_byte(lx, a, 'f');
        lit->spec_nested = false;
    }
    buf_byte(lx, a, q);
    buf_bytes(lx, a, lx->text.data + lit->spec_at + 1, lx->text.len - lit->spec_at - 1);
    buf_byte(lx, a, q);
    buf_byte(lx, a, ',');
    lx->text.len = lit->spec_at;
}

/* MicroPython, on a '{' of an f-string or t-string: "{{" or a replacement field. Leaves c0 on
   the character after it, which the caller looks at afresh. */
static void open_brace_mp(Lexer *lx, Literal *lit) {
    advance(lx);
    if (lx->c0 == '{') {
        if (!lit->tmpl) {
            buf_byte(lx, &lx->text, '{');
        }
        advance(lx);
    } else {
        bool debug;
        size_t start = take_field_expr(lx, lit, &debug);
        if (lit->tmpl) {
            start_template_field(lx, lit, start, debug);
        }
    }
    buf_byte(lx, &lx->text, '{');
}

/* MicroPython: one character (or escape, or field) of a literal's body. */
static void take_body_char_mp(Lexer *lx, Literal *lit, size_t *closing) {
    Ch c = lx->c0;
    if (c == lit->quote) {
        (*closing)++;
        buf_byte(lx, &lx->text, (unsigned char)c);
    } else if (lit->tmpl && c == '\n') {
        buf_str(lx, &lx->text, "\\n"); /* the part is lexed again as a one-line literal */
    } else {
        *closing = 0;
        if ((lit->fmt || lit->tmpl) && c == '{') {
            if (lit->tmpl && lit->spec_depth > 0) {
                lit->spec_depth++;
            } else {
                open_brace_mp(lx, lit);
                return;
            }
        }
        if (lit->tmpl && c == '\\') {
            /* kept as written: the part is lexed again */
            buf_byte(lx, &lx->text, '\\');
            if (lit->raw) {
                buf_byte(lx, &lx->text, '\\');
            } else {
                advance(lx);
                buf_byte(lx, &lx->text, (unsigned char)lx->c0);
            }
        } else if (c == '\\') {
            take_escape(lx, lit);
        } else if (lit->tmpl && lit->spec_depth > 0 && c == '}') {
            close_template_spec(lx, lit);
        } else {
            buf_byte(lx, &lx->text, (unsigned char)c);
            if (lit->tmpl && c == '}') {
                if (lx->c1 == '}') {
                    advance(lx);
                } else {
                    lx->kind = T_MALFORMED_FSTRING;
                }
            }
        }
    }
    advance(lx);
}

/* CircuitPython: one character (or escape, or fields) of a literal's body. After a '{' is
   handled, the character that follows is taken as body text without the quote test. */
static void take_body_char_cp(Lexer *lx, Literal *lit, size_t *closing) {
    if (lx->c0 == lit->quote) {
        (*closing)++;
        buf_byte(lx, &lx->text, (unsigned char)lx->c0);
    } else {
        *closing = 0;
        while (lit->fmt && lx->c0 == '{') {
            advance(lx);
            if (lx->c0 == '{') {
                buf_byte(lx, &lx->text, '{');
                advance(lx);
            } else {
                bool debug;
                take_field_expr(lx, lit, &debug);
            }
            buf_byte(lx, &lx->text, '{');
        }
        if (lx->c0 == '\\') {
            take_escape(lx, lit);
        } else {
            buf_byte(lx, &lx->text, (unsigned char)lx->c0);
        }
    }
    advance(lx);
}

/* Reads one literal from its opening quote; its value is appended to the text. */
static void read_literal(Lexer *lx, Literal *lit) {
    lit->quote = lx->c0 == '"' ? '"' : '\'';
    advance(lx);
    lit->quotes = 1;
    if (lx->c0 == lit->quote && lx->c1 == lit->quote) {
        advance_n(lx, 2);
        lit->quotes = 3;
    }
    if (lit->fmt && (lx->cp9 || lx->fargs.len == 0)) {
        buf_str(lx, &lx->fargs, ".format(");
    }
    if (lit->tmpl && lx->fargs.len == 0) {
        buf_str(lx, &lx->text, "((");
        buf_repeat(lx, &lx->text, (unsigned char)lit->quote, lit->quotes);
    }
    size_t closing = 0;
    while (lx->c0 != CH_EOF && (lit->quotes > 1 || lx->c0 != '\n') && closing < lit->quotes) {
        if (lx->mp) {
            take_body_char_mp(lx, lit, &closing);
        } else {
            take_body_char_cp(lx, lit, &closing);
        }
    }
    if (closing < lit->quotes) {
        lx->kind = T_LONELY_STRING_OPEN;
    }
    if (lit->tmpl) {
        if (lit->spec_depth > 0) {
            lx->kind = T_MALFORMED_FSTRING;
        }
        if (1 + lit->fields * 4 > 255) {
            /* too many arguments for one call: the fields go into a tuple */
            buf_insert(lx, &lx->fargs, 0, "(", 1);
            buf_byte(lx, &lx->fargs, ')');
        }
    } else {
        lx->text.len -= closing < lx->text.len ? closing : lx->text.len; /* the closing quotes */
    }
}

/* Reads the prefix at c0 into lit and returns the literal's kind, or T_RAW_FSTRING for
   CircuitPython 9's raw f-strings. Sets *skip to the prefix's length. */
static TokKind read_prefix(const Lexer *lx, Literal *lit, int *skip) {
    Ch a = lx->c0, b = lx->c1;
    TokKind kind = T_STRING;
    *skip = 0;
    if (a == 'u') {
        *skip = 1;
    } else if (a == 'b') {
        kind = T_BYTES;
        *skip = 1;
        if (b == 'r') {
            lit->raw = true;
            *skip = 2;
        }
    } else if (a == 'r') {
        lit->raw = true;
        *skip = 1;
        if (b == 'b') {
            kind = T_BYTES;
            *skip = 2;
        } else if (b == 'f') {
            if (lx->cp9) {
                return T_RAW_FSTRING;
            }
            lit->fmt = true;
            *skip = 2;
        } else if (b == 't' && lx->mp) {
            lit->tmpl = true;
            *skip = 2;
        }
    } else if (a == 'f') {
        if (b == 'r' && lx->cp9) {
            return T_RAW_FSTRING;
        }
        lit->fmt = true;
        *skip = 1;
        if (b == 'r') {
            lit->raw = true;
            *skip = 2;
        }
    } else if (a == 't' && lx->mp) {
        lit->tmpl = true;
        *skip = 1;
        if (b == 'r') {
            lit->raw = true;
            *skip = 2;
        }
    }
    return kind;
}

/* t-strings: the literal's text becomes the first argument of __template__, ahead of fargs. */
static void finish_template(Lexer *lx) {
    buf_str(lx, &lx->text, ",),");
    buf_insert(lx, &lx->fargs, 0, lx->text.data, lx->text.len);
    if (lx->kind == T_STRING || lx->kind == T_BYTES) {
        lx->kind = T_NAME;
        lx->text.len = 0;
        buf_str(lx, &lx->text, "__template__");
    }
}

/* A run of adjacent literals, joined while they are all str or all bytes. */
static void lex_literals(Lexer *lx) {
    lx->kind = T_END; /* nothing read yet */
    bool had_tmpl = false;
    do {
        Literal lit = {0};
        int skip;
        TokKind kind = read_prefix(lx, &lit, &skip);
        if (kind == T_RAW_FSTRING) {
            lx->kind = T_RAW_FSTRING;
            return;
        }
        if (lit.tmpl) {
            had_tmpl = true;
        }
        if (lx->kind == T_END) {
            lx->kind = kind;
        } else if (lx->kind != kind) {
            break; /* str next to bytes (or after an error): not joined */
        }
        advance_n(lx, skip);
        read_literal(lx, &lit);
        skip_blanks(lx, true);
    } while (starts_literal(lx));
    if (had_tmpl) {
        finish_template(lx);
    }
    if (lx->mp && lx->fargs.len > 0) {
        replay_fargs(lx);
    }
}

/* ---- names, numbers, operators ---- */

/* Each token's spelling and its length, for telling keywords from names. */
static const unsigned char spelling_len[T_COUNT_] = {
#define TOKEN_LENGTH(name, spelling) sizeof spelling - 1,
    TOKEN_LIST(TOKEN_LENGTH)
#undef TOKEN_LENGTH
};
static const char *const spelling_text[T_COUNT_] = {
#define TOKEN_TEXT(name, spelling) spelling,
    TOKEN_LIST(TOKEN_TEXT)
#undef TOKEN_TEXT
};

static void lex_name(Lexer *lx) {
    lx->kind = T_NAME;
    do {
        buf_byte(lx, &lx->text, (unsigned char)lx->c0);
        advance(lx);
    } while (lx->c0 != CH_EOF && is_name_tail(lx->c0));
    for (int k = T_FIRST_KEYWORD; k <= T_LAST_KEYWORD; k++) {
        if (spelling_len[k] == lx->text.len && spelling_text[k][0] == lx->text.data[0] &&
            memcmp(spelling_text[k], lx->text.data, lx->text.len) == 0) {
            lx->kind = (TokKind)k;
            break;
        }
    }
}

/* Numbers are delimited greedily ("12px" is one INTEGER); '_' is dropped, 'E' becomes 'e'. */
static void lex_number(Lexer *lx) {
    bool based = false; /* 0b, 0o, 0x: 'e' is a digit */
    if (lx->c0 == '.') {
        lx->kind = T_FLOAT_OR_IMAG;
    } else {
        lx->kind = T_INTEGER;
        Ch b = lx->c1 | 0x20;
        based = lx->c0 == '0' && (b == 'b' || b == 'o' || b == 'x');
    }
    buf_byte(lx, &lx->text, (unsigned char)lx->c0);
    advance(lx);
    while (lx->c0 != CH_EOF) {
        Ch c = lx->c0;
        if (!based && (c == 'e' || c == 'E')) {
            lx->kind = T_FLOAT_OR_IMAG;
            buf_byte(lx, &lx->text, 'e');
            advance(lx);
            if (lx->c0 == '+' || lx->c0 == '-') {
                buf_byte(lx, &lx->text, (unsigned char)lx->c0);
                advance(lx);
            }
        } else if (is_alpha(c) || is_digit(c) || c == '.') {
            if (c == '.' || c == 'j' || c == 'J') {
                lx->kind = T_FLOAT_OR_IMAG;
            }
            buf_byte(lx, &lx->text, (unsigned char)c);
            advance(lx);
        } else if (c == '_') {
            advance(lx);
        } else {
            break;
        }
    }
}

/* If c0 is `next`, consumes it and returns true. */
static bool take_if(Lexer *lx, Ch next) {
    if (lx->c0 != next) {
        return false;
    }
    advance(lx);
    return true;
}

/* An operator whose forms are X, X= and, when doubled is set, XX and XX=. */
static TokKind lex_op_family(Lexer *lx, TokKind single, TokKind with_eq, Ch doubled, TokKind dbl,
                             TokKind dbl_eq) {
    Ch first = lx->c0;
    advance(lx);
    if (take_if(lx, '=')) {
        return with_eq;
    }
    if (doubled && take_if(lx, first)) {
        return take_if(lx, '=') ? dbl_eq : dbl;
    }
    return single;
}

static TokKind lex_operator(Lexer *lx) {
    Ch c = lx->c0;
    switch (c) {
        case '<':
            return lex_op_family(lx, T_OP_LESS, T_OP_LESS_EQUAL, '<', T_OP_DBL_LESS, T_DEL_DBL_LESS_EQUAL);
        case '>':
            return lex_op_family(lx, T_OP_MORE, T_OP_MORE_EQUAL, '>', T_OP_DBL_MORE, T_DEL_DBL_MORE_EQUAL);
        case '*':
            return lex_op_family(lx, T_OP_STAR, T_DEL_STAR_EQUAL, '*', T_OP_DBL_STAR, T_DEL_DBL_STAR_EQUAL);
        case '/':
            return lex_op_family(lx, T_OP_SLASH, T_DEL_SLASH_EQUAL, '/', T_OP_DBL_SLASH, T_DEL_DBL_SLASH_EQUAL);
        case '+':
            return lex_op_family(lx, T_OP_PLUS, T_DEL_PLUS_EQUAL, 0, T_END, T_END);
        case '&':
            return lex_op_family(lx, T_OP_AMPERSAND, T_DEL_AMPERSAND_EQUAL, 0, T_END, T_END);
        case '|':
            return lex_op_family(lx, T_OP_PIPE, T_DEL_PIPE_EQUAL, 0, T_END, T_END);
        case '%':
            return lex_op_family(lx, T_OP_PERCENT, T_DEL_PERCENT_EQUAL, 0, T_END, T_END);
        case '^':
            return lex_op_family(lx, T_OP_CARET, T_DEL_CARET_EQUAL, 0, T_END, T_END);
        case '@':
            return lex_op_family(lx, T_OP_AT, T_DEL_AT_EQUAL, 0, T_END, T_END);
        case '=':
            return lex_op_family(lx, T_DEL_EQUAL, T_OP_DBL_EQUAL, 0, T_END, T_END);
        case ':':
            return lex_op_family(lx, T_DEL_COLON, T_OP_ASSIGN, 0, T_END, T_END);
        case '-':
            advance(lx);
            if (take_if(lx, '=')) {
                return T_DEL_MINUS_EQUAL;
            }
            return take_if(lx, '>') ? T_DEL_MINUS_MORE : T_OP_MINUS;
        case '!':
            advance(lx);
            return take_if(lx, '=') ? T_OP_NOT_EQUAL : T_INVALID;
        case '.':
            advance(lx);
            if (lx->c0 == '.' && lx->c1 == '.') {
                advance_n(lx, 2);
                return T_ELLIPSIS;
            }
            return T_DEL_PERIOD;
        default:
            break;
    }
    advance(lx);
    switch (c) {
        case '(':
            lx->depth++;
            return T_DEL_PAREN_OPEN;
        case '[':
            lx->depth++;
            return T_DEL_BRACKET_OPEN;
        case '{':
            lx->depth++;
            return T_DEL_BRACE_OPEN;
        case ')':
            lx->depth--;
            return T_DEL_PAREN_CLOSE;
        case ']':
            lx->depth--;
            return T_DEL_BRACKET_CLOSE;
        case '}':
            lx->depth--;
            return T_DEL_BRACE_CLOSE;
        case ',':
            return T_DEL_COMMA;
        case ';':
            return T_DEL_SEMICOLON;
        case '~':
            return T_OP_TILDE;
        default:
            return T_INVALID; /* '$', '?', '`', a lone '\\', control characters */
    }
}

/* ---- tokens ---- */

static bool has_text(TokKind k) {
    return k == T_NAME || k == T_INTEGER || k == T_FLOAT_OR_IMAG || k == T_STRING || k == T_BYTES;
}

/* Works out the next token into kind, tok_line, tok_col and text. */
static void scan_token(Lexer *lx) {
    if (!lx->mp && lx->fargs.len > 0 && lx->fargs_pos == 0) {
        feed_fargs(lx);
    }
    lx->text.len = 0;
    /* a NEWLINE is placed at the end of its line, before the blank lines after it are skipped */
    bool at_newline = skip_blanks(lx, true);
    lx->tok_line = lx->line;
    lx->tok_col = lx->col;
    if (lx->dents < 0) {
        lx->kind = T_DEDENT;
        lx->dents++;
    } else if (lx->dents > 0) {
        lx->kind = T_INDENT;
        lx->dents--;
    } else if (at_newline) {
        skip_blanks(lx, false);
        lx->kind = T_NEWLINE;
        measure_indent(lx);
    } else if (lx->c0 == CH_EOF) {
        lx->kind = T_END;
    } else if (starts_literal(lx)) {
        lex_literals(lx);
    } else if (is_name_head(lx->c0)) {
        lex_name(lx);
    } else if (is_digit(lx->c0) || (lx->c0 == '.' && is_digit(lx->c1))) {
        lex_number(lx);
    } else {
        lx->kind = lex_operator(lx);
    }
}

static void publish_token(Lexer *lx) {
    Token *t = &lx->tok;
    t->kind = lx->kind;
    t->line = (uint32_t)lx->tok_line;
    t->col = (uint32_t)lx->tok_col;
    if (has_text(lx->kind)) {
        /* the text buffer is rebuilt for the next token only, so the token can point into it */
        buf_reserve(lx, &lx->text, 1);
        lx->text.data[lx->text.len] = '\0';
        t->text = (const char *)lx->text.data;
        t->len = lx->text.len;
    } else {
        t->text = "";
        t->len = 0;
    }
}

Lexer *lex_new(Arena *a, DiagTrap *trap, const char *src, size_t len, const mpyc_options *opt) {
    Lexer *lx = arena_alloc(a, sizeof *lx);
    lx->arena = a;
    lx->trap = trap;
    lx->mp = opt->target == MPYC_MICROPYTHON;
    lx->cp9 = opt->target == MPYC_CIRCUITPYTHON9;
    lx->src = (const unsigned char *)src;
    lx->src_len = src == NULL ? 0 : len;
    lx->buf_limit = ((size_t)16 << 20) + 16 * lx->src_len;
    lx->line = 1;
    lx->col = (size_t)-2; /* the three priming reads below bring it to 1 */
    lx->cap_indents = 16;
    lx->indents = arena_alloc(a, lx->cap_indents * sizeof *lx->indents);
    lx->n_indents = 1; /* indents[0] == 0 */
    /* The window starts as three placeholders. MicroPython's placeholder is its end marker;
       CircuitPython's is a NUL character, so an empty source reads there as a single newline. */
    Ch placeholder = lx->mp ? CH_EOF : 0;
    lx->c0 = lx->c1 = lx->c2 = placeholder;
    advance_n(lx, 3);
    scan_token(lx);
    /* the first token must be in column 1: otherwise it is reported as an unexpected indent */
    if (lx->tok_col != 1 && lx->kind != T_NEWLINE) {
        lx->kind = T_INDENT;
    }
    publish_token(lx);
    return lx;
}

const Token *lex_cur(const Lexer *lx) {
    return &lx->tok;
}

void lex_next(Lexer *lx) {
    if (lx->tok.kind == T_END) {
        return;
    }
    if (lx->kind == T_RAW_FSTRING) {
        /* CircuitPython 9 stops at this token without consuming anything (its parser never asks
           for more); step over the prefix so a caller that reads on still reaches the end */
        advance_n(lx, 2);
    }
    scan_token(lx);
    publish_token(lx);
}
