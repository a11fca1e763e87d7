/* test_fuzz.c: deterministic fuzzing of the whole compiler (mpyc_check). Every input must come
   back, either compiled or with a report in one of the reference's two forms. Run under the
   sanitizer build (make asan) this also catches crashes, leaks and undefined behaviour.
   Inputs: random Python-flavoured byte strings, generated (mostly valid) programs and mutants of
   them, very deep nesting (each in a child process, so a stack overflow fails one test and not the
   run), every prefix of a few conformance programs, and random single-byte mutations of every
   conformance program. The seeds are fixed, so a failure reproduces; a failing input is printed
   as a C string. FUZZ_STATS=1 in the environment prints each test's counts and time.
   Budget (2 cores, busy machine): about 10 s in the normal build, 30 s under ASan. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mpyc.h"
#include "suites.h"

#define PROGRAMS_DIR "tests/conformance/programs"
#define SOURCE_NAME "fuzz.py"

/* ---- A small PRNG (splitmix64), one state per test ---- */

typedef struct {
    uint64_t s;
} Rng;

static uint64_t rng_next(Rng *r) {
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint32_t rng_below(Rng *r, uint32_t n) {
    return (uint32_t)(rng_next(r) % n);
}

/* ---- A growable byte buffer ---- */

typedef struct {
    char *p;
    size_t len, cap;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (b->len + n + 1 > cap) {
            cap *= 2;
        }
        char *p = realloc(b->p, cap);
        if (p == NULL) {
            abort();
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void buf_puts(Buf *b, const char *s) {
    buf_put(b, s, strlen(s));
}

/* ---- Checking one run ---- */

typedef struct {
    unsigned runs, ok, reports, failures;
    struct timespec t0;
} Stats;

static Stats stats_start(void) {
    Stats st = {0};
    clock_gettime(CLOCK_MONOTONIC, &st.t0);
    return st;
}

static const char *const traceback_excs[] = {
    "SyntaxError", "IndentationError", "RuntimeError", "NotImplementedError", "MemoryError", "ValueError",
};
static const char *const plain_excs[] = {
    "RuntimeError", "NotImplementedError", "MemoryError", "OverflowError", "SyntaxError", "ValueError",
};

/* "EXC: MESSAGE\n" with EXC in the list, a non-empty message, and nothing after. */
static const char *check_exc_line(const char *s, const char *const *excs, size_t nexcs) {
    const char *colon = strstr(s, ": ");
    if (colon == NULL) {
        return "no 'EXC: ' in the last line";
    }
    bool known = false;
    for (size_t i = 0; i < nexcs; i++) {
        known = known || (strlen(excs[i]) == (size_t)(colon - s) && strncmp(s, excs[i], (size_t)(colon - s)) == 0);
    }
    if (!known) {
        return "unexpected exception name";
    }
    const char *msg = colon + 2;
    const char *nl = strchr(msg, '\n');
    if (nl == NULL || nl == msg) {
        return "empty message or no final newline";
    }
    if (nl[1] != '\0') {
        return "text after the message line";
    }
    if (memchr(msg, '\r', (size_t)(nl - msg)) != NULL) {
        return "CR in the message line";
    }
    return NULL;
}

/* NULL when report is one of the reference's forms for target, else what is wrong. */
static const char *check_report_form(const char *report, const char *src, size_t len, mpyc_target target) {
    static const char head[] = "Traceback (most recent call last):";
    const char *crlf = target == MPYC_MICROPYTHON ? "\n" : "\r\n";
    if (strncmp(report, head, sizeof head - 1) != 0) {
        /* no traceback: one line */
        return check_exc_line(report, plain_excs, sizeof plain_excs / sizeof plain_excs[0]);
    }
    const char *p = report + sizeof head - 1;
    if (strncmp(p, crlf, strlen(crlf)) != 0) {
        return "traceback header not ended as the target ends it";
    }
    p += strlen(crlf);
    static const char file[] = "  File \"" SOURCE_NAME "\", line ";
    if (strncmp(p, file, sizeof file - 1) != 0) {
        return "no File line";
    }
    p += sizeof file - 1;
    if (*p < '0' || *p > '9') {
        return "no line number";
    }
    unsigned long line = strtoul(p, (char **)&p, 10);
    unsigned long lines = 1;
    for (size_t i = 0; i < len; i++) {
        lines += src[i] == '\n' || src[i] == '\r';
    }
    /* the lexer may add a newline at the end of the input, and one more after the arguments
       of an f-string it injects there (the reference counts both) */
    if (line < 1 || line > lines + 2) {
        return "line number outside the source";
    }
    if (strncmp(p, ", in ", 5) == 0) {
        const char *end = strstr(p, crlf);
        if (end == NULL || end == p + 5 || memchr(p, '\n', (size_t)(end - p)) != NULL) {
            return "bad scope in the File line";
        }
        p = end + strlen(crlf);
    } else if (*p == '\n') {
        p++;
    } else {
        return "File line not ended by a newline";
    }
    return check_exc_line(p, traceback_excs, sizeof traceback_excs / sizeof traceback_excs[0]);
}

static void show_bytes(const char *src, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\n') {
            fputs("\\n\"\n\"", stderr);
        } else if (c == '"' || c == '\\') {
            fprintf(stderr, "\\%c", c);
        } else if (c < 32 || c >= 127) {
            fprintf(stderr, "\\%03o", c);
        } else {
            fputc(c, stderr);
        }
    }
}

/* The input as a C string: all of it, or its first 300 and last 700 bytes. */
static void show_input(const char *src, size_t len) {
    fprintf(stderr, "--- input, %zu bytes (C escaped):\n\"", len);
    if (len <= 1000) {
        show_bytes(src, 0, len);
    } else {
        show_bytes(src, 0, 300);
        fputs("\"\n...\n\"", stderr);
        show_bytes(src, len - 700, len);
    }
    fputs("\"\n", stderr);
}

static void fail(Stats *st, const char *what, const char *src, size_t len, mpyc_target target, const char *report) {
    st->failures++;
    if (st->failures <= 5) {
        fprintf(stderr, "\nfuzz: %s (target %s)\n", what, mpyc_target_name(target));
        show_input(src, len);
        fprintf(stderr, "--- report:\n%s\n", report ? report : "(none)");
    }
    CU_FAIL(what);
}

/* Runs one input through mpyc_check; every 8th also again (same answer) and through
   mpyc_dump_parse (a parse error must be the very report mpyc_check gives). */
static void run_one(Stats *st, const char *src, size_t len, unsigned variant) {
    static const mpyc_target targets[3] = {MPYC_MICROPYTHON, MPYC_CIRCUITPYTHON, MPYC_CIRCUITPYTHON9};
    mpyc_options opt;
    mpyc_options_init(&opt, targets[variant % 3]);
    opt.opt_level = (int)(variant / 3 % 4);
    st->runs++;
    mpyc_result r = mpyc_check(src, len, SOURCE_NAME, &opt);
    if (r.ok) {
        st->ok++;
        if (r.report != NULL || r.mpy != NULL) {
            fail(st, "ok result carries a report or .mpy bytes", src, len, opt.target, r.report);
        }
    } else {
        st->reports++;
        const char *bad = r.report == NULL ? "error without a report" : check_report_form(r.report, src, len, opt.target);
        if (bad != NULL) {
            fail(st, bad, src, len, opt.target, r.report);
        }
    }
    if (variant % 8 == 0) {
        mpyc_result again = mpyc_check(src, len, SOURCE_NAME, &opt);
        if (again.ok != r.ok || (!r.ok && (again.report == NULL || r.report == NULL || strcmp(again.report, r.report) != 0))) {
            fail(st, "a second run answers differently", src, len, opt.target, again.report);
        }
        mpyc_result_free(&again);
        mpyc_result dump = mpyc_dump_parse(src, len, SOURCE_NAME, &opt);
        if (!dump.ok && (r.ok || r.report == NULL || dump.report == NULL || strcmp(dump.report, r.report) != 0)) {
            fail(st, "mpyc_dump_parse and mpyc_check report different parse errors", src, len, opt.target, dump.report);
        }
        mpyc_result_free(&dump);
    }
    mpyc_result_free(&r);
}

static void finish(const Stats *st, unsigned min_runs) {
    if (getenv("FUZZ_STATS") != NULL) {
        struct timespec t1;
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double secs = (double)(t1.tv_sec - st->t0.tv_sec) + (double)(t1.tv_nsec - st->t0.tv_nsec) / 1e9;
        fprintf(stderr, "[%u runs: %u compiled, %u reports, %.2f s] ", st->runs, st->ok, st->reports, secs);
    }
    CU_ASSERT(st->runs >= min_runs);
    CU_ASSERT_EQUAL(st->failures, 0);
    /* the generators must reach both outcomes, or they test little */
    CU_ASSERT(st->ok > 0);
    CU_ASSERT(st->reports > 0);
}

/* ---- Inputs ---- */

static const char *const pieces[] = {
    /* keywords and names */
    "def ", "class ", "if ", "elif ", "else", "while ", "for ", " in ", "not ", " and ", " or ", " is ",
    "lambda", "return", "yield", "yield from ", "from ", "import ", " as ", "try", "except", "finally",
    "with ", "async ", "await ", "pass", "break", "continue", "global ", "nonlocal ", "del ", "assert ",
    "raise ", "None", "True", "False", "__debug__", "const", "micropython", "math.pi", "self", "super()",
    "print", "a", "b", "x", "y", "_X", "f", "g", "\xc3\xa9", "__init__", "__class__", "range", "*args",
    "**kw",
    /* operators and delimiters */
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "~", "<", ">", "==", "!=", "<=",
    ">=", "=", "+=", "-=", ":=", "->", "@", ".", ",", ":", ";", "...", "!", "$", "?", "`",
    "(", ")", "[", "]", "{", "}", "(", ")", "[", "]",
    /* literals */
    "'", "\"", "'''", "\"\"\"", "f'", "f\"", "b'", "r'", "rf'", "t'", "u'", "br'", "fr\"", "f'{x}'",
    "f'{x!r:>{w}}'", "f\"{a=}\"", "f'{}'", "'abc'", "\"hello world!\"", "b'\\x00'", "'\\N{DASH}'",
    "'\\u12'", "'\\777'", "\\", "\\n", "{", "}", "{{", "}}", "!r", "=}",
    "0", "1", "7", "9", "08", "0x", "0xff", "0b1", "0b2", "0o7", "1e", "1e5", "1.5", ".5", "5j", "1_000",
    "1__0", "1073741823", "1073741824", "123456789012345678901234567890", "1e400", "0.1",
    /* layout */
    " ", " ", "  ", "    ", "\t", "\n", "\n", "\n", "\r\n", "\r", "\f", "\n    ", "\n        ", "\n\t",
    "\n  ", "#", "# comment\n", "\\\n",
    /* whole constructs, for the compiler's sake */
    "def f(a, b=1, *c, d, **e):\n    ", "class A(B):\n    ", "X = const(1)\n", "_Y = const(2)\n",
    "if x:\n    ", "for i in range(3):\n    ", "while True:\n    ", "try:\n    pass\nexcept E as e:\n    ",
    "with a as b:\n    ", "[i for i in x if i]", "{k: v for k, v in d}", "(j for j in y)", "lambda q: q",
    "async def g():\n    await ", "nonlocal x\n", "global y\n", "return\n", "yield\n", "del x\n",
    "@dec\n", "x = 1\n", "print(x)\n", "import a.b as c\n", "from . import d\n", "assert x, 'm'\n",
    "raise E from None\n", "*a, b = c\n", "x[1:2:3] = y\n", "def h():\n    def i():\n        nonlocal z\n",
};

static void random_program(Rng *rng, Buf *b) {
    b->len = 0;
    buf_put(b, "", 0);
    uint32_t n = 1 + rng_below(rng, rng_below(rng, 8) == 0 ? 200 : 40);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k = rng_below(rng, 100);
        if (k < 4) {
            char c = (char)rng_below(rng, 256);  /* any byte, NUL and non-UTF-8 included */
            buf_put(b, &c, 1);
        } else {
            buf_puts(b, pieces[rng_below(rng, sizeof pieces / sizeof pieces[0])]);
        }
    }
}

static bool read_file(const char *path, Buf *b) {
    FILE *f = fopen(path, "rb");
    b->len = 0;
    buf_put(b, "", 0);
    if (f == NULL) {
        return false;
    }
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        buf_put(b, chunk, n);
    }
    fclose(f);
    return true;
}

static int cmp_names(const void *x, const void *y) {
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The conformance programs, sorted by name (malloc'd list of malloc'd names). */
static char **list_programs(size_t *count) {
    *count = 0;
    DIR *d = opendir(PROGRAMS_DIR);
    if (d == NULL) {
        return NULL;
    }
    size_t cap = 0;
    char **names = NULL;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".py") != 0) {
            continue;
        }
        if (*count == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *names);
            if (p == NULL) {
                abort();
            }
            names = p;
        }
        names[(*count)++] = strdup(e->d_name);
    }
    closedir(d);
    if (*count > 0) {
        qsort(names, *count, sizeof *names, cmp_names);
    }
    return names;
}

static void free_programs(char **names, size_t count) {
    for (size_t i = 0; i < count; i++) {
        free(names[i]);
    }
    free(names);
}

/* ---- Mostly valid programs, for the compiler's later stages ---- */

typedef struct {
    Rng *rng;
    Buf *b;
    bool in_func, in_loop, in_async, nested;
    unsigned consts;
} Gen;

static const char *pick(Gen *g, const char *const *list, size_t n) {
    return list[rng_below(g->rng, (uint32_t)n)];
}

#define PICK(g, list) pick(g, list, sizeof list / sizeof list[0])

static const char *const gen_names[] = {"a", "b", "c", "x", "y", "z", "self", "_X", "Y", "math", "print",
                                        "len", "range", "i", "\xc3\xa9t\xc3\xa9"};
static const char *const gen_atoms[] = {
    "0", "1", "-1", "7", "255", "1073741823", "1073741824", "-1073741825", "0x7f", "0b101", "0o17",
    "123456789012345678901234567890", "1.5", "-0.0", "1e10", "2j", "'s'", "'abcdefghij'", "'abcdefghijk'",
    "\"hello world\"", "b'\\x00\\xff'", "'''tri\nple'''", "'\\u00e9'", "None", "True", "False", "...",
    "()", "math.pi", "math.e", "__debug__", "f'{a}'", "f'{a!r:>{b}}'", "f\"{x=}\"", "r'\\d'",
};
static const char *const gen_binops[] = {" + ", " - ", " * ", " / ", " // ", " % ", " ** ", " << ", " >> ",
                                         " & ", " | ", " ^ ", " @ ", " < ", " > ", " == ", " != ", " <= ",
                                         " >= ", " in ", " not in ", " is ", " is not ", " and ", " or "};
static const char *const gen_unops[] = {"-", "+", "~"};
static const char *const gen_augops[] = {" += ", " -= ", " *= ", " /= ", " //= ", " %= ", " **= ", " >>= ",
                                         " <<= ", " &= ", " |= ", " ^= ", " @= "};

static void gen_expr(Gen *g, int d);

/* Call arguments in an order the compiler takes: positional, *, keyword, **. */
static void gen_args(Gen *g, int d) {
    static const char *const prefix[] = {"", "*", "kw=", "**"};
    uint32_t n = rng_below(g->rng, 4), kind = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (i > 0) {
            buf_puts(g->b, ", ");
        }
        kind += rng_below(g->rng, 2);
        kind = kind > 3 ? 3 : kind;
        buf_puts(g->b, prefix[kind]);
        if (kind == 2) {
            kind = 3;  /* one keyword at most: no repeats */
        }
        gen_expr(g, d - 1);
    }
}

static void gen_expr(Gen *g, int d) {
    Buf *b = g->b;
    if (d <= 0) {
        buf_puts(b, rng_below(g->rng, 2) ? PICK(g, gen_names) : PICK(g, gen_atoms));
        return;
    }
    switch (rng_below(g->rng, 20)) {
    case 0:
    case 1:
    case 2:
        gen_expr(g, d - 1);
        buf_puts(b, PICK(g, gen_binops));
        gen_expr(g, d - 1);
        break;
    case 3:
        if (rng_below(g->rng, 3) == 0) {
            buf_puts(b, "(not ");
            gen_expr(g, d - 1);
            buf_puts(b, ")");
        } else {
            buf_puts(b, PICK(g, gen_unops));
            gen_expr(g, d - 1);
        }
        break;
    case 4:
        buf_puts(b, PICK(g, gen_names));
        buf_puts(b, "(");
        gen_args(g, d);
        buf_puts(b, ")");
        break;
    case 5:
        buf_puts(b, PICK(g, gen_names));
        buf_puts(b, rng_below(g->rng, 2) ? ".attr" : ".real");
        break;
    case 6:
        buf_puts(b, PICK(g, gen_names));
        buf_puts(b, "[");
        gen_expr(g, d - 1);
        buf_puts(b, rng_below(g->rng, 2) ? "]" : ":]");
        break;
    case 7:
        buf_puts(b, PICK(g, gen_names));
        buf_puts(b, "[::");
        gen_expr(g, d - 1);
        buf_puts(b, "]");
        break;
    case 8: {
        bool list = rng_below(g->rng, 2) != 0;
        buf_puts(b, list ? "[" : "(");
        gen_expr(g, d - 1);
        buf_puts(b, ", ");
        gen_expr(g, d - 1);
        buf_puts(b, list ? "]" : ")");
        break;
    }
    case 9:
        buf_puts(b, "(");
        gen_expr(g, d - 1);
        buf_puts(b, ",)");
        break;
    case 10:
        buf_puts(b, "{");
        gen_expr(g, d - 1);
        buf_puts(b, ": ");
        gen_expr(g, d - 1);
        buf_puts(b, rng_below(g->rng, 2) ? "}" : ", 1: 2}");
        break;
    case 11:
        buf_puts(b, "{");
        gen_expr(g, d - 1);
        buf_puts(b, ", ");
        gen_expr(g, d - 1);
        buf_puts(b, "}");
        break;
    case 12: {
        static const char *const open[] = {"[", "(", "{"}, *const close[] = {"]", ")", "}"};
        uint32_t k = rng_below(g->rng, 3);
        buf_puts(b, open[k]);
        gen_expr(g, d - 1);
        buf_puts(b, " for i in ");
        gen_expr(g, d - 1);
        if (rng_below(g->rng, 2)) {
            buf_puts(b, " if ");
            gen_expr(g, d - 1);
        }
        if (rng_below(g->rng, 3) == 0) {
            buf_puts(b, " for j in i");
        }
        buf_puts(b, close[k]);
        break;
    }
    case 13:
        buf_puts(b, rng_below(g->rng, 2) ? "(lambda: " : "(lambda a, b=1, *c, **d: ");
        gen_expr(g, d - 1);
        buf_puts(b, ")");
        break;
    case 14:
        buf_puts(b, "(");
        gen_expr(g, d - 1);
        buf_puts(b, " if ");
        gen_expr(g, d - 1);
        buf_puts(b, " else ");
        gen_expr(g, d - 1);
        buf_puts(b, ")");
        break;
    case 15:
        buf_puts(b, "(z := ");
        gen_expr(g, d - 1);
        buf_puts(b, ")");
        break;
    case 16:
        if (g->in_async) {
            buf_puts(b, "(await (");
            gen_expr(g, d - 1);
            buf_puts(b, "))");
        } else if (g->in_func) {
            buf_puts(b, rng_below(g->rng, 2) ? "(yield " : "(yield from ");
            gen_expr(g, d - 1);
            buf_puts(b, ")");
        } else {
            gen_expr(g, d - 1);
        }
        break;
    default:
        gen_expr(g, d - 1);
        break;
    }
}

static void gen_block(Gen *g, int indent, int d);

static void gen_indent(Gen *g, int indent) {
    for (int i = 0; i < indent; i++) {
        buf_puts(g->b, "    ");
    }
}

static void gen_simple(Gen *g) {
    Buf *b = g->b;
    int d = (int)rng_below(g->rng, 4);
    switch (rng_below(g->rng, 22)) {
    case 0:
    case 1:
    case 2:
        buf_puts(b, PICK(g, gen_names));
        buf_puts(b, " = ");
        gen_expr(g, d);
        break;
    case 3:
        buf_puts(b, "a, *b = ");
        gen_expr(g, d);
        break;
    case 4:
        buf_puts(b, PICK(g, gen_names));
        buf_puts(b, PICK(g, gen_augops));
        gen_expr(g, d);
        break;
    case 5:
        buf_puts(b, "x: int = ");
        gen_expr(g, d);
        break;
    case 6:
    case 7:
        gen_expr(g, d + 1);
        break;
    case 8:
        buf_puts(b, rng_below(g->rng, 2) ? "del x" : "del a[0], b.attr");
        break;
    case 9:
        buf_puts(b, "assert ");
        gen_expr(g, d);
        buf_puts(b, ", 'message'");
        break;
    case 10:
        buf_puts(b, rng_below(g->rng, 2) ? "raise ValueError(x)" : "raise");
        break;
    case 11:
        /* now and then outside a function, for the compiler's error path */
        if (g->in_func || rng_below(g->rng, 8) == 0) {
            buf_puts(b, "return ");
            gen_expr(g, d);
        } else {
            buf_puts(b, "pass");
        }
        break;
    case 12:
        if (g->in_loop || rng_below(g->rng, 8) == 0) {
            buf_puts(b, rng_below(g->rng, 2) ? "break" : "continue");
        } else {
            buf_puts(b, "pass");
        }
        break;
    case 13:
        buf_puts(b, "global gv");
        break;
    case 14:
        buf_puts(b, g->nested || rng_below(g->rng, 8) == 0 ? "nonlocal z" : "pass");
        break;
    case 15:
        buf_puts(b, rng_below(g->rng, 2) ? "import a.b as c" : "from .m import (d, e as f)");
        break;
    case 16: {
        /* a new name each time: a second definition would assign to the constant */
        char def[48];
        snprintf(def, sizeof def, "%sC%u = const(", rng_below(g->rng, 2) ? "_" : "", g->consts++);
        buf_puts(b, def);
        buf_puts(b, rng_below(g->rng, 2) ? "1 << 20)" : "'text')");
        break;
    }
    case 17:
        if (g->in_func) {
            buf_puts(b, "yield ");
            gen_expr(g, d);
        } else {
            buf_puts(b, "pass");
        }
        break;
    case 18:
        buf_puts(b, "a.b[");
        gen_expr(g, d);
        buf_puts(b, "] = b.c = ");
        gen_expr(g, d);
        break;
    default:
        buf_puts(b, "print(");
        gen_args(g, d + 1);
        buf_puts(b, ")");
        break;
    }
}

static void gen_stmt(Gen *g, int indent, int d) {
    Buf *b = g->b;
    gen_indent(g, indent);
    uint32_t k = d > 0 ? rng_below(g->rng, 24) : 99;
    Gen saved = *g;
    switch (k) {
    case 0:
    case 1:
        buf_puts(b, "if ");
        gen_expr(g, 2);
        buf_puts(b, ":\n");
        gen_block(g, indent + 1, d - 1);
        if (rng_below(g->rng, 2)) {
            gen_indent(g, indent);
            buf_puts(b, "elif x:\n");
            gen_block(g, indent + 1, d - 1);
        }
        if (rng_below(g->rng, 2)) {
            gen_indent(g, indent);
            buf_puts(b, "else:\n");
            gen_block(g, indent + 1, d - 1);
        }
        return;
    case 2:
        buf_puts(b, "while ");
        gen_expr(g, 1);
        buf_puts(b, ":\n");
        g->in_loop = true;
        gen_block(g, indent + 1, d - 1);
        g->in_loop = saved.in_loop;
        if (rng_below(g->rng, 3) == 0) {
            gen_indent(g, indent);
            buf_puts(b, "else:\n");
            gen_block(g, indent + 1, d - 1);
        }
        return;
    case 3:
    case 4:
        buf_puts(b, g->in_async && rng_below(g->rng, 2) ? "async for " : "for ");
        buf_puts(b, rng_below(g->rng, 2) ? "i" : "i, *j");
        buf_puts(b, " in ");
        gen_expr(g, 2);
        buf_puts(b, ":\n");
        g->in_loop = true;
        gen_block(g, indent + 1, d - 1);
        g->in_loop = saved.in_loop;
        return;
    case 5:
    case 6: {
        buf_puts(b, "try:\n");
        gen_block(g, indent + 1, d - 1);
        bool handler = rng_below(g->rng, 4) != 0;
        if (handler) {
            gen_indent(g, indent);
            buf_puts(b, rng_below(g->rng, 2) ? "except ValueError as e:\n" : "except:\n");
            gen_block(g, indent + 1, d - 1);
            if (rng_below(g->rng, 2)) {
                gen_indent(g, indent);
                buf_puts(b, "else:\n");
                gen_block(g, indent + 1, d - 1);
            }
        }
        if (!handler || rng_below(g->rng, 2)) {
            gen_indent(g, indent);
            buf_puts(b, "finally:\n");
            gen_block(g, indent + 1, d - 1);
        }
        return;
    }
    case 7:
        buf_puts(b, g->in_async && rng_below(g->rng, 2) ? "async with " : "with ");
        gen_expr(g, 1);
        buf_puts(b, rng_below(g->rng, 2) ? " as w:\n" : ", b as (c, d):\n");
        gen_block(g, indent + 1, d - 1);
        return;
    case 8:
    case 9:
    case 10: {
        uint32_t form = rng_below(g->rng, 4);
        if (form == 0) {
            buf_puts(b, "@decorator\n");
            gen_indent(g, indent);
        }
        bool is_async = form == 1;
        buf_puts(b, is_async ? "async def " : "def ");
        buf_puts(b, PICK(g, gen_names));
        buf_puts(b, rng_below(g->rng, 2) ? "(a, b=2, *c, d: int = 3, **e) -> int:\n" : "(self, z):\n");
        g->nested = g->in_func;
        g->in_func = true;
        g->in_async = is_async;
        g->in_loop = false;
        gen_block(g, indent + 1, d - 1);
        *g = saved;
        return;
    }
    case 11:
        buf_puts(b, "class ");
        buf_puts(b, rng_below(g->rng, 2) ? "K(Base, metaclass=M):\n" : "K:\n");
        g->in_loop = false;
        gen_block(g, indent + 1, d - 1);
        *g = saved;
        return;
    default:
        gen_simple(g);
        if (rng_below(g->rng, 6) == 0) {
            buf_puts(b, "; ");
            gen_simple(g);
        }
        buf_puts(b, "\n");
        return;
    }
}

static void gen_block(Gen *g, int indent, int d) {
    uint32_t n = 1 + rng_below(g->rng, 3);
    for (uint32_t i = 0; i < n; i++) {
        gen_stmt(g, indent, d);
    }
}

static void structured_program(Rng *rng, Buf *b) {
    b->len = 0;
    buf_put(b, "", 0);
    Gen g = {.rng = rng, .b = b};
    if (rng_below(rng, 4) == 0) {
        buf_puts(b, "'''Module docstring.'''\n");
    }
    uint32_t n = 1 + rng_below(rng, 8);
    for (uint32_t i = 0; i < n; i++) {
        gen_stmt(&g, 0, 3);
    }
}

/* ---- Tests ---- */

enum {
    RANDOM_PROGRAMS = 40000,
    STRUCTURED_PROGRAMS = 8000,
    MUTATIONS_PER_PROGRAM = 30,
    MUTATION_SOURCE_MAX = 24000,   /* larger programs get one mutation each, to bound the time */
};

static void test_random_bytes(void) {
    Rng rng = {0x5EED0001u};
    Stats st = stats_start();
    Buf b = {0};
    for (unsigned i = 0; i < RANDOM_PROGRAMS; i++) {
        random_program(&rng, &b);
        run_one(&st, b.p, b.len, i);
    }
    free(b.p);
    finish(&st, RANDOM_PROGRAMS);
}

static const char mutation_bytes[] = "\n\r\t\f \\'\"#()[]{}:;,.=+-*/%<>!@~^|&0123456789abefjxoOLN_\x80\xc3\xff";

static void mutate_once(Rng *rng, const Buf *orig, Buf *out);

static void test_structured_programs(void) {
    Rng rng = {0x5EED0002u};
    Stats st = stats_start();
    Buf b = {0}, mut = {0};
    for (unsigned i = 0; i < STRUCTURED_PROGRAMS; i++) {
        structured_program(&rng, &b);
        run_one(&st, b.p, b.len, i);
        mutate_once(&rng, &b, &mut);
        run_one(&st, mut.p, mut.len, i + 1);
    }
    free(b.p);
    free(mut.p);
    finish(&st, 2 * STRUCTURED_PROGRAMS);
    /* most of them compile, or the later stages get little of the fuzzing */
    CU_ASSERT(st.ok > st.runs / 4);
}

/* Deep nesting, each input in a child process so that a crash (a stack overflow in a recursive
   stage) fails this test instead of ending the whole run. The reference stops such inputs with
   "MemoryError: memory allocation failed, ..."; either that form or a compiled result passes. */
static void test_deep_nesting(void) {
    static const struct {
        const char *open, *close;
        int depth;
    } shapes[] = {
        {"(", ")", 100000}, {"(", ",)", 100000}, {"[", "]", 100000}, {"{", "}", 100000},
        {"f(", ")", 100000}, {"-", "", 100000}, {"not ", "", 100000}, {"lambda:", "", 100000},
        {"a if b else ", "", 100000}, {"a[", "]", 100000}, {"yield ", "", 100000},
    };
    Buf b = {0};
    for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++) {
        b.len = 0;
        buf_puts(&b, "def g():\n    x = ");
        for (int d = 0; d < shapes[k].depth; d++) {
            buf_puts(&b, shapes[k].open);
        }
        buf_puts(&b, "1");
        for (int d = 0; d < shapes[k].depth; d++) {
            buf_puts(&b, shapes[k].close);
        }
        buf_puts(&b, "\n");
        fflush(NULL);
        pid_t pid = fork();
        if (pid == 0) {
            Stats st = {0};
            run_one(&st, b.p, b.len, 1);
            _exit(st.failures == 0 ? 0 : 2);
        }
        int status = 0;
        bool clean = pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
        if (!clean) {
            fprintf(stderr, "\nfuzz: %d-deep nesting of '%s' %s\n", shapes[k].depth, shapes[k].open,
                    pid <= 0                ? "could not be run (fork failed)"
                    : WIFSIGNALED(status)   ? "crashed the compiler (signal)"
                    : WEXITSTATUS(status) == 2 ? "gave a malformed report"
                                            : "ended the compiler abnormally");
            if (WIFSIGNALED(status)) {
                fprintf(stderr, "      signal %d\n", WTERMSIG(status));
            }
        }
        CU_ASSERT(clean);
    }
    free(b.p);
}

static void test_prefixes_of_programs(void) {
    static const char *const names[] = {
        "func_class_cell.py", "func_gen_send_throw.py", "expr_fstring_nested.py", "stmt_try_combos.py",
        "expr_const.py", "edge_mixed_eol.py", "edge_tabs_ff.py", "func_async_misc.py",
    };
    Stats st = stats_start();
    Buf b = {0};
    char path[512];
    unsigned variant = 0;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        snprintf(path, sizeof path, "%s/%s", PROGRAMS_DIR, names[k]);
        if (!read_file(path, &b)) {
            fprintf(stderr, "\nfuzz: cannot read %s (run from the repository root)\n", path);
            CU_FAIL("conformance program missing");
            continue;
        }
        for (size_t n = 0; n <= b.len; n++) {
            run_one(&st, b.p, n, variant++);
        }
    }
    free(b.p);
    finish(&st, 1000);
}

static void mutate_once(Rng *rng, const Buf *orig, Buf *out) {
    out->len = 0;
    size_t at = orig->len ? rng_below(rng, (uint32_t)orig->len) : 0;
    uint32_t kind = rng_below(rng, 3);
    char c = rng_below(rng, 4) == 0 ? (char)rng_below(rng, 256)
                                    : mutation_bytes[rng_below(rng, sizeof mutation_bytes - 1)];
    buf_put(out, orig->p, at);
    if (kind == 0) {          /* replace a byte */
        buf_put(out, &c, 1);
        if (at < orig->len) {
            buf_put(out, orig->p + at + 1, orig->len - at - 1);
        }
    } else if (kind == 1) {   /* insert a byte */
        buf_put(out, &c, 1);
        buf_put(out, orig->p + at, orig->len - at);
    } else {                  /* delete a byte */
        if (at < orig->len) {
            buf_put(out, orig->p + at + 1, orig->len - at - 1);
        }
    }
}

static void test_mutated_programs(void) {
    Rng rng = {0x5EED0003u};
    Stats st = stats_start();
    Buf orig = {0}, mut = {0};
    size_t count;
    char **names = list_programs(&count);
    CU_ASSERT(count >= 10);
    char path[512];
    unsigned variant = 0;
    for (size_t k = 0; k < count; k++) {
        snprintf(path, sizeof path, "%s/%s", PROGRAMS_DIR, names[k]);
        if (!read_file(path, &orig)) {
            CU_FAIL("cannot read a conformance program");
            continue;
        }
        /* the program as it is, then mutants */
        run_one(&st, orig.p, orig.len, variant++);
        unsigned m = orig.len > MUTATION_SOURCE_MAX ? 1 : MUTATIONS_PER_PROGRAM;
        for (unsigned i = 0; i < m; i++) {
            mutate_once(&rng, &orig, &mut);
            run_one(&st, mut.p, mut.len, variant++);
        }
    }
    free_programs(names, count);
    free(orig.p);
    free(mut.p);
    finish(&st, (unsigned)count);
}

void suite_fuzz(void) {
    static const UnitTest tests[] = {
        {"random Python-flavoured bytes", test_random_bytes},
        {"generated programs and their mutants", test_structured_programs},
        {"deep nesting", test_deep_nesting},
        {"every prefix of some programs", test_prefixes_of_programs},
        {"single-byte mutations of every program", test_mutated_programs},
        {NULL, NULL},
    };
    unit_add_suite("fuzz", tests);
}
