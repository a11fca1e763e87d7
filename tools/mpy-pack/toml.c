/* toml.c: the TOML reader of mpy-pack (see toml.h). A recursive-descent parser over the bytes of
   the document. Every node and string lives in one arena owned by the root, so an error simply
   drops the arena; each error carries the line it was found on. */
#include "toml.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    F_DEFINED = 1,  /* a table given its own [header] */
    F_IMPLICIT = 2, /* a table made on the way to a header */
    F_DOTTED = 4,   /* a table made by a dotted key */
    F_INLINE = 8,   /* an inline table or a static array: closed */
    F_AOT = 16,     /* an array of tables ([[name]]) */
};

/* The arena: a chain of blocks; the root node is the first allocation of the first block. */
typedef struct Block {
    struct Block *next;
    size_t used, cap;
    max_align_t data[];
} Block;

typedef struct {
    const char *s;
    size_t len, pos;
    unsigned line;
    char *err;
    size_t err_size;
    jmp_buf jb;
    Block *blocks;
    toml_value *root, *cur;
} P;

static _Noreturn void fail(P *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static _Noreturn void fail(P *p, const char *fmt, ...) {
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (p->err != NULL && p->err_size > 0) {
        snprintf(p->err, p->err_size, "line %u: %s", p->line, msg);
    }
    longjmp(p->jb, 1);
}

static void *alloc(P *p, size_t n) {
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    if (p->blocks == NULL || p->blocks->cap - p->blocks->used < n) {
        size_t cap = n > 8192 ? n : 8192;
        Block *b = malloc(sizeof *b + cap);
        if (b == NULL) {
            fail(p, "out of memory");
        }
        b->next = p->blocks;
        b->used = 0;
        b->cap = cap;
        p->blocks = b;
    }
    void *m = (char *)p->blocks->data + p->blocks->used;
    p->blocks->used += n;
    memset(m, 0, n);
    return m;
}

static void free_blocks(Block *b) {
    while (b != NULL) {
        Block *next = b->next;
        free(b);
        b = next;
    }
}

/* The document: the root node with the block chain that holds everything, root included. */
typedef struct {
    Block *blocks;
    toml_value root;
} Doc;

void toml_free(toml_value *v) {
    if (v != NULL) {
        Doc *d = (Doc *)((char *)v - offsetof(Doc, root));
        free_blocks(d->blocks);
    }
}

static toml_value *new_value(P *p, toml_kind kind) {
    toml_value *v = alloc(p, sizeof *v);
    v->kind = kind;
    return v;
}

static char *dup_n(P *p, const char *s, size_t n) {
    char *m = alloc(p, n + 1);
    memcpy(m, s, n);
    m[n] = 0;
    return m;
}

/* Appends to an array or table (key NULL for arrays); capacities are powers of two. */
static void push(P *p, toml_value *into, char *key, toml_value *v) {
    if ((into->n & (into->n - 1)) == 0) {
        size_t cap = into->n ? into->n * 2 : 1;
        toml_value **items = alloc(p, cap * sizeof *items);
        if (into->n > 0) {
            memcpy(items, into->items, into->n * sizeof *items);
        }
        into->items = items;
        if (into->kind == TOML_TABLE) {
            char **keys = alloc(p, cap * sizeof *keys);
            if (into->n > 0) {
                memcpy(keys, into->keys, into->n * sizeof *keys);
            }
            into->keys = keys;
        }
    }
    if (into->kind == TOML_TABLE) {
        into->keys[into->n] = key;
    }
    into->items[into->n++] = v;
}

static toml_value *lookup(const toml_value *t, const char *key) {
    if (t == NULL || t->kind != TOML_TABLE) {
        return NULL;
    }
    for (size_t i = 0; i < t->n; i++) {
        if (strcmp(t->keys[i], key) == 0) {
            return t->items[i];
        }
    }
    return NULL;
}

/* ---- characters ---- */

static int peek(const P *p) {
    return p->pos < p->len ? (unsigned char)p->s[p->pos] : -1;
}

static int peek_at(const P *p, size_t k) {
    return p->pos + k < p->len ? (unsigned char)p->s[p->pos + k] : -1;
}

static bool looking_at(const P *p, const char *lit) {
    size_t n = strlen(lit);
    return p->pos + n <= p->len && memcmp(p->s + p->pos, lit, n) == 0;
}

static void skip_ws(P *p) {
    while (peek(p) == ' ' || peek(p) == '\t') {
        p->pos++;
    }
}

static void skip_comment(P *p) {
    if (peek(p) != '#') {
        return;
    }
    while (p->pos < p->len && p->s[p->pos] != '\n') {
        unsigned char c = (unsigned char)p->s[p->pos];
        if (c == '\r' && peek_at(p, 1) == '\n') {
            break;
        }
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            fail(p, "control character in a comment");
        }
        p->pos++;
    }
}

/* A newline (LF or CR LF); false when there is none here. */
static bool eat_newline(P *p) {
    if (peek(p) == '\n') {
        p->pos++;
        p->line++;
        return true;
    }
    if (peek(p) == '\r' && peek_at(p, 1) == '\n') {
        p->pos += 2;
        p->line++;
        return true;
    }
    return false;
}

/* Whitespace, comments and newlines (inside arrays). */
static void skip_ws_nl(P *p) {
    for (;;) {
        skip_ws(p);
        skip_comment(p);
        if (!eat_newline(p)) {
            return;
        }
    }
}

/* After a key/value pair or a header only a comment may follow on the line. */
static void end_of_line(P *p) {
    skip_ws(p);
    skip_comment(p);
    if (p->pos < p->len && !eat_newline(p)) {
        fail(p, "expected the end of the line");
    }
}

/* ---- strings ---- */

typedef struct {
    char *s;
    size_t len, cap;
} Str;

static void str_add(P *p, Str *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        while (cap < b->len + n + 1) {
            cap *= 2;
        }
        char *m = alloc(p, cap);
        if (b->len > 0) {
            memcpy(m, b->s, b->len);
        }
        b->s = m;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void str_utf8(P *p, Str *b, uint32_t cp) {
    char u[4];
    size_t n;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        fail(p, "invalid unicode escape");
    }
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    str_add(p, b, u, n);
}

static void check_char(P *p, unsigned char c) {
    if ((c < 0x20 && c != '\t') || c == 0x7f) {
        fail(p, "control character in a string");
    }
}

static void escape(P *p, Str *b) {
    int c = peek(p);
    p->pos++;
    switch (c) {
    case 'b': str_add(p, b, "\b", 1); return;
    case 't': str_add(p, b, "\t", 1); return;
    case 'n': str_add(p, b, "\n", 1); return;
    case 'f': str_add(p, b, "\f", 1); return;
    case 'r': str_add(p, b, "\r", 1); return;
    case 'e': str_add(p, b, "\x1b", 1); return;
    case '"': str_add(p, b, "\"", 1); return;
    case '\\': str_add(p, b, "\\", 1); return;
    case 'u':
    case 'U': {
        int digits = c == 'u' ? 4 : 8;
        uint32_t cp = 0;
        for (int i = 0; i < digits; i++) {
            int h = peek(p);
            int d = h >= '0' && h <= '9'   ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                           : -1;
            if (d < 0) {
                fail(p, "bad \\%c escape", c);
            }
            cp = cp * 16 + (uint32_t)d;
            p->pos++;
        }
        str_utf8(p, b, cp);
        return;
    }
    default:
        fail(p, "unknown escape in a string");
    }
}

/* A string of any of the four forms, at its opening quote. */
static char *parse_string(P *p, size_t *out_len) {
    Str b = {0};
    str_add(p, &b, "", 0);
    char q = (char)peek(p);
    bool literal = q == '\'';
    const char *triple = literal ? "'''" : "\"\"\"";
    if (looking_at(p, triple)) {
        p->pos += 3;
        eat_newline(p); /* a newline right after the opening quotes is not part of the string */
        for (;;) {
            if (p->pos >= p->len) {
                fail(p, "unterminated string");
            }
            if (looking_at(p, triple)) {
                /* up to two more quotes belong to the string: """a""""" is a"" */
                size_t extra = 0;
                while (extra < 2 && peek_at(p, 3 + extra) == q) {
                    extra++;
                }
                str_add(p, &b, p->s + p->pos, extra);
                p->pos += 3 + extra;
                break;
            }
            int c = peek(p);
            if (!literal && c == '\\') {
                /* a backslash ending a line trims the newline and the whitespace after it */
                size_t save = p->pos;
                p->pos++;
                skip_ws(p);
                if (peek(p) == '\n' || (peek(p) == '\r' && peek_at(p, 1) == '\n')) {
                    for (;;) {
                        skip_ws(p);
                        if (!eat_newline(p)) {
                            break;
                        }
                    }
                    continue;
                }
                p->pos = save + 1;
                escape(p, &b);
                continue;
            }
            if (eat_newline(p)) {
                str_add(p, &b, "\n", 1);
                continue;
            }
            check_char(p, (unsigned char)c);
            str_add(p, &b, p->s + p->pos, 1);
            p->pos++;
        }
    } else {
        p->pos++;
        for (;;) {
            int c = peek(p);
            if (c < 0 || c == '\n') {
                fail(p, "unterminated string");
            }
            p->pos++;
            if (c == q) {
                break;
            }
            if (!literal && c == '\\') {
                escape(p, &b);
                continue;
            }
            check_char(p, (unsigned char)c);
            str_add(p, &b, p->s + p->pos - 1, 1);
        }
    }
    *out_len = b.len;
    return b.s;
}

/* ---- keys ---- */

static bool is_bare(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

static char *parse_key_part(P *p) {
    int c = peek(p);
    if (c == '"' || c == '\'') {
        if (looking_at(p, "\"\"\"") || looking_at(p, "'''")) {
            fail(p, "a key cannot be a multi-line string");
        }
        size_t n;
        return parse_string(p, &n);
    }
    size_t start = p->pos;
    while (is_bare(peek(p))) {
        p->pos++;
    }
    if (p->pos == start) {
        fail(p, "expected a key");
    }
    return dup_n(p, p->s + start, p->pos - start);
}

typedef struct {
    char *parts[32];
    size_t n;
} Key;

static void parse_key(P *p, Key *k) {
    for (;;) {
        skip_ws(p);
        if (k->n == sizeof k->parts / sizeof k->parts[0]) {
            fail(p, "key too deep");
        }
        k->parts[k->n++] = parse_key_part(p);
        skip_ws(p);
        if (peek(p) != '.') {
            return;
        }
        p->pos++;
    }
}

/* ---- values ---- */

static toml_value *parse_value(P *p, int depth);

static bool is_value_end(int c) {
    return c < 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ']' || c == '}' || c == '#';
}

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static toml_value *parse_scalar(P *p) {
    size_t start = p->pos;
    toml_kind kind;
    if (looking_at(p, "true") && is_value_end(peek_at(p, 4))) {
        p->pos += 4;
        kind = TOML_BOOL;
    } else if (looking_at(p, "false") && is_value_end(peek_at(p, 5))) {
        p->pos += 5;
        kind = TOML_BOOL;
    } else {
        bool date = is_digit(peek(p)) && is_digit(peek_at(p, 1)) &&
                    ((is_digit(peek_at(p, 2)) && is_digit(peek_at(p, 3)) && peek_at(p, 4) == '-') ||
                     peek_at(p, 2) == ':');
        while (!is_value_end(peek(p))) {
            p->pos++;
        }
        /* "1979-05-27 07:32:00": a space may separate the date and the time */
        if (date && peek(p) == ' ' && is_digit(peek_at(p, 1)) && is_digit(peek_at(p, 2)) && peek_at(p, 3) == ':') {
            p->pos++;
            while (!is_value_end(peek(p))) {
                p->pos++;
            }
        }
        if (p->pos == start) {
            fail(p, "expected a value");
        }
        const char *t = p->s + start;
        size_t n = p->pos - start;
        bool radix = n > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o' || t[1] == 'b');
        kind = TOML_INTEGER;
        if (date) {
            kind = TOML_DATETIME;
        } else if (!radix) {
            for (size_t i = 0; i < n; i++) {
                if (t[i] == '.' || t[i] == 'e' || t[i] == 'E' || t[i] == 'i' || t[i] == 'n') {
                    kind = TOML_FLOAT;
                }
            }
        }
        for (size_t i = 0; i < n; i++) {
            char c = t[i];
            bool ok = is_digit(c) || c == '_' || c == '+' || c == '-' || c == '.' || c == ':' || c == ' ' ||
                      (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!ok) {
                fail(p, "invalid value");
            }
        }
        if (kind == TOML_INTEGER && !radix) {
            size_t i = (t[0] == '+' || t[0] == '-') ? 1 : 0;
            if (i >= n) {
                fail(p, "invalid value");
            }
            for (; i < n; i++) {
                if (!is_digit(t[i]) && t[i] != '_') {
                    fail(p, "invalid value");
                }
            }
        }
        if (kind == TOML_FLOAT) {
            const char *s = (t[0] == '+' || t[0] == '-') ? t + 1 : t;
            size_t m = n - (size_t)(s - t);
            bool special = m == 3 && (memcmp(s, "inf", 3) == 0 || memcmp(s, "nan", 3) == 0);
            if (!special && (m == 0 || !is_digit(s[0]))) {
                fail(p, "invalid value");
            }
        }
    }
    toml_value *v = new_value(p, kind);
    v->len = p->pos - start;
    v->text = dup_n(p, p->s + start, v->len);
    return v;
}

static void set_key(P *p, toml_value *table, Key *k, toml_value *v);

static toml_value *parse_array(P *p, int depth) {
    toml_value *a = new_value(p, TOML_ARRAY);
    a->flags = F_INLINE;
    p->pos++;
    for (;;) {
        skip_ws_nl(p);
        if (peek(p) == ']') {
            p->pos++;
            return a;
        }
        push(p, a, NULL, parse_value(p, depth + 1));
        skip_ws_nl(p);
        if (peek(p) == ',') {
            p->pos++;
            continue;
        }
        if (peek(p) != ']') {
            fail(p, "expected ',' or ']' in an array");
        }
        p->pos++;
        return a;
    }
}

static toml_value *parse_inline_table(P *p, int depth) {
    toml_value *t = new_value(p, TOML_TABLE);
    p->pos++;
    skip_ws(p);
    if (peek(p) == '}') {
        p->pos++;
        t->flags = F_INLINE;
        return t;
    }
    for (;;) {
        Key k = {0};
        parse_key(p, &k);
        skip_ws(p);
        if (peek(p) != '=') {
            fail(p, "expected '=' after a key");
        }
        p->pos++;
        skip_ws(p);
        set_key(p, t, &k, parse_value(p, depth + 1));
        skip_ws(p);
        if (peek(p) == ',') {
            p->pos++;
            skip_ws(p);
            continue;
        }
        if (peek(p) != '}') {
            fail(p, "expected ',' or '}' in an inline table");
        }
        p->pos++;
        break;
    }
    t->flags = F_INLINE;
    return t;
}

static toml_value *parse_value(P *p, int depth) {
    if (depth > 100) {
        fail(p, "nested too deeply");
    }
    int c = peek(p);
    if (c == '"' || c == '\'') {
        toml_value *v = new_value(p, TOML_STRING);
        v->text = parse_string(p, &v->len);
        return v;
    }
    if (c == '[') {
        return parse_array(p, depth);
    }
    if (c == '{') {
        return parse_inline_table(p, depth);
    }
    return parse_scalar(p);
}

/* ---- tables ---- */

/* Sets table[k] = v, making the tables of a dotted key on the way. */
static void set_key(P *p, toml_value *table, Key *k, toml_value *v) {
    toml_value *t = table;
    for (size_t i = 0; i + 1 < k->n; i++) {
        toml_value *next = lookup(t, k->parts[i]);
        if (next == NULL) {
            next = new_value(p, TOML_TABLE);
            next->flags = F_DOTTED;
            push(p, t, k->parts[i], next);
        } else if (next->kind != TOML_TABLE || (next->flags & (F_INLINE | F_DEFINED))) {
            fail(p, "cannot add keys to '%s' here", k->parts[i]);
        }
        t = next;
    }
    const char *last = k->parts[k->n - 1];
    if (lookup(t, last) != NULL) {
        fail(p, "duplicate key '%s'", last);
    }
    push(p, t, k->parts[k->n - 1], v);
}

/* A [header] or [[header]]: the table that the pairs after it go into. */
static toml_value *parse_header(P *p) {
    bool aot = looking_at(p, "[[");
    p->pos += aot ? 2 : 1;
    Key k = {0};
    parse_key(p, &k);
    skip_ws(p);
    if (!looking_at(p, aot ? "]]" : "]")) {
        fail(p, "expected '%s' to close a table header", aot ? "]]" : "]");
    }
    p->pos += aot ? 2 : 1;
    toml_value *t = p->root;
    for (size_t i = 0; i + 1 < k.n; i++) {
        toml_value *next = lookup(t, k.parts[i]);
        if (next == NULL) {
            next = new_value(p, TOML_TABLE);
            next->flags = F_IMPLICIT;
            push(p, t, k.parts[i], next);
        } else if (next->kind == TOML_ARRAY && (next->flags & F_AOT) && next->n > 0) {
            next = next->items[next->n - 1];
        } else if (next->kind != TOML_TABLE || (next->flags & F_INLINE)) {
            fail(p, "a table header goes through '%s', which is not a table", k.parts[i]);
        }
        t = next;
    }
    char *last = k.parts[k.n - 1];
    toml_value *cur = lookup(t, last);
    if (aot) {
        if (cur == NULL) {
            cur = new_value(p, TOML_ARRAY);
            cur->flags = F_AOT;
            push(p, t, last, cur);
        } else if (cur->kind != TOML_ARRAY || !(cur->flags & F_AOT)) {
            fail(p, "[[%s]] names a value that is not an array of tables", last);
        }
        toml_value *item = new_value(p, TOML_TABLE);
        item->flags = F_DEFINED;
        push(p, cur, NULL, item);
        return item;
    }
    if (cur == NULL) {
        toml_value *item = new_value(p, TOML_TABLE);
        item->flags = F_DEFINED;
        push(p, t, last, item);
        return item;
    }
    if (cur->kind == TOML_TABLE && (cur->flags & F_IMPLICIT)) {
        cur->flags = F_DEFINED;
        return cur;
    }
    fail(p, "table '%s' defined twice", last);
}

toml_value *toml_parse(const char *src, size_t len, char *err, size_t err_size) {
    P p = {.s = src, .len = len, .line = 1, .err = err, .err_size = err_size};
    if (err != NULL && err_size > 0) {
        err[0] = 0;
    }
    if (setjmp(p.jb) != 0) {
        free_blocks(p.blocks);
        return NULL;
    }
    Doc *doc = alloc(&p, sizeof *doc);
    p.root = &doc->root;
    p.root->kind = TOML_TABLE;
    p.cur = p.root;
    /* a UTF-8 byte order mark may start the document */
    if (looking_at(&p, "\xEF\xBB\xBF")) {
        p.pos += 3;
    }
    while (p.pos < p.len) {
        skip_ws(&p);
        skip_comment(&p);
        if (eat_newline(&p) || p.pos >= p.len) {
            continue;
        }
        if (peek(&p) == '[') {
            p.cur = parse_header(&p);
            end_of_line(&p);
            continue;
        }
        Key k = {0};
        parse_key(&p, &k);
        skip_ws(&p);
        if (peek(&p) != '=') {
            fail(&p, "expected '=' after a key");
        }
        p.pos++;
        skip_ws(&p);
        set_key(&p, p.cur, &k, parse_value(&p, 0));
        end_of_line(&p);
    }
    doc->blocks = p.blocks;
    return p.root;
}

const toml_value *toml_get(const toml_value *t, const char *key) {
    return lookup(t, key);
}

static const toml_value *vpath(const toml_value *t, va_list ap) {
    for (const char *k = va_arg(ap, const char *); k != NULL; k = va_arg(ap, const char *)) {
        t = lookup(t, k);
        if (t == NULL) {
            return NULL;
        }
    }
    return t;
}

const toml_value *toml_path(const toml_value *t, ...) {
    va_list ap;
    va_start(ap, t);
    const toml_value *r = vpath(t, ap);
    va_end(ap);
    return r;
}

const char *toml_path_string(const toml_value *t, ...) {
    va_list ap;
    va_start(ap, t);
    const toml_value *r = vpath(t, ap);
    va_end(ap);
    return r != NULL && r->kind == TOML_STRING ? r->text : NULL;
}
