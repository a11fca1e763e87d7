/* mpyc.c: the public entry points: options, targets, and running the stages on one source. */
#include "mpyc.h"

#include <stdio.h>
#include <sys/resource.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "compile.h"
#include "diag.h"
#include "lexer.h"
#include "parser.h"
#include "qstr.h"

void mpyc_options_init(mpyc_options *opt, mpyc_target target) {
    memset(opt, 0, sizeof *opt);
    opt->target = target;
    opt->small_int_bits = 31;
}

static const struct {
    const char *name;
    mpyc_target target;
} target_names[] = {
    {"circuitpython", MPYC_CIRCUITPYTHON},
    {"circuitpython10", MPYC_CIRCUITPYTHON},
    {"cp", MPYC_CIRCUITPYTHON},
    {"cp10", MPYC_CIRCUITPYTHON},
    {"circuitpython9", MPYC_CIRCUITPYTHON9},
    {"cp9", MPYC_CIRCUITPYTHON9},
    {"micropython", MPYC_MICROPYTHON},
    {"mp", MPYC_MICROPYTHON},
};

bool mpyc_target_parse(const char *name, mpyc_target *out) {
    for (size_t i = 0; i < sizeof target_names / sizeof target_names[0]; i++) {
        if (strcmp(name, target_names[i].name) == 0) {
            *out = target_names[i].target;
            return true;
        }
    }
    return false;
}

const char *mpyc_target_name(mpyc_target t) {
    switch (t) {
    case MPYC_CIRCUITPYTHON9:
        return "circuitpython9";
    case MPYC_MICROPYTHON:
        return "micropython";
    default:
        return "circuitpython";
    }
}

void mpyc_result_free(mpyc_result *r) {
    free(r->report);
    free(r->mpy);
    memset(r, 0, sizeof *r);
}

/* One compilation's working state; everything hangs off the arena. */
typedef struct {
    Arena *arena;
    Arena *tree_arena; /* lexer and parse tree: freed once the code is generated */
    DiagTrap trap;
    QTab *qt;
    PNode *tree;
    Qstr source;
    bool past_parse;   /* errors from here on name the -s source name, before it the input path */
    char *owned_src;   /* the source when it is ours to free (the *_owned calls); NULL once freed */
} Front;

/* Lexes and parses; on an error longjmps to f->trap, which the caller has set. */
static void front_run(Front *f, const char *src, size_t len, const char *source_name, const mpyc_options *opt) {
    f->qt = qs_new(f->arena, opt->target);
    /* the reference interns the input path, then the -s name; either past 255 bytes is refused */
    const char *names[2] = {opt->file_name, source_name};
    for (int i = 0; i < 2; i++) {
        if (names[i] != NULL && strlen(names[i]) > 255) {
            diag_raise_plain(&f->trap, "RuntimeError", "name too long");
        }
        if (names[i] != NULL) {
            f->source = qs_intern(f->qt, names[i], strlen(names[i]));
        }
    }
    ParseConfig pc;
    par_config(&pc, opt);
    Lexer *lx = lex_new(f->tree_arena, &f->trap, src, len, opt);
    f->tree = par_parse(f->arena, f->tree_arena, &f->trap, lx, f->qt, &pc);
}

/* The reference names the input path in lexer and parser errors, and the -s name in later ones. */
static mpyc_result report_of(const Front *f, const char *source_name, const mpyc_options *opt) {
    mpyc_result r = {0};
    const char *name = f->past_parse || opt->file_name == NULL ? source_name : opt->file_name;
    r.report = diag_format(&f->trap.d, name, opt->target);
    return r;
}

/* A compilation's state lives on the heap: it changes between setjmp and a possible longjmp,
   which leaves locals of the function that called setjmp indeterminate. */
static Front *front_new(void) {
    Front *f = calloc(1, sizeof *f);
    if (f == NULL) {
        abort();
    }
    f->arena = arena_new();
    f->tree_arena = arena_new();
    return f;
}

static void front_free(Front *f) {
    free(f->owned_src);
    arena_free(f->tree_arena);
    arena_free(f->arena);
    free(f);
}

/* Assembling each code block as the compiler completes it, so that only one block's
   instruction list exists at a time. */
typedef struct {
    const mpyc_options *opt;
    DiagTrap *trap;
    MpyWriter *w;
} Writing;

static void writing_begin(void *ctx, const IrModule *m) {
    Writing *wr = ctx;
    wr->w = mpw_begin(m, wr->opt, wr->trap);
}

static void writing_unit(void *ctx, CodeUnit *cu) {
    Writing *wr = ctx;
    mpw_add_unit(wr->w, cu);
}

size_t mpyc_main_stack_budget(void) {
    enum { MOST = 6 << 20, MARGIN = 2 << 20, LEAST = 256 << 10 };
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= MOST + MARGIN) {
        return MOST;
    }
    return rl.rlim_cur > MARGIN + LEAST ? (size_t)rl.rlim_cur - MARGIN : LEAST;
}

/* The whole pipeline; with keep false the .mpy bytes are dropped. */
static mpyc_result compile_source(const char *src, size_t len, const char *source_name, const mpyc_options *opt,
                                  bool keep, char *owned_src) {
    Front *f = front_new();
    f->owned_src = owned_src;
    mpyc_result r = {.ok = true};
    if (setjmp(f->trap.jb) == 0) {
        front_run(f, src, len, source_name, opt);
        f->past_parse = true;
        free(f->owned_src);  /* the tree holds copies of all it needs */
        f->owned_src = NULL;
        IrModule m = {.arena = f->arena, .qt = f->qt};
        Writing wr = {opt, &f->trap, NULL};
        IrSink sink = {writing_begin, writing_unit, &wr};
        cmp_module(&m, f->tree, f->source, opt, &f->trap, &sink);
        arena_free(f->tree_arena);  /* the tree is done with: what follows needs only the code */
        f->tree_arena = NULL;
        mpw_finish(wr.w, &r.mpy, &r.mpy_len);
        if (!keep) {
            free(r.mpy);
            r.mpy = NULL;
            r.mpy_len = 0;
        }
    } else {
        /* mpw_finish hands out its buffer only once nothing can fail, so none leaks here */
        r = report_of(f, source_name, opt);
    }
    front_free(f);
    return r;
}

mpyc_result mpyc_check(const char *src, size_t len, const char *source_name, const mpyc_options *opt) {
    return compile_source(src, len, source_name, opt, false, NULL);
}

mpyc_result mpyc_compile(const char *src, size_t len, const char *source_name, const mpyc_options *opt) {
    return compile_source(src, len, source_name, opt, true, NULL);
}

mpyc_result mpyc_check_owned(char *src, size_t len, const char *source_name, const mpyc_options *opt) {
    return compile_source(src, len, source_name, opt, false, src);
}

mpyc_result mpyc_compile_owned(char *src, size_t len, const char *source_name, const mpyc_options *opt) {
    return compile_source(src, len, source_name, opt, true, src);
}

/* Runs the front end; with dump, the tree goes into r.report. */
static mpyc_result parse_source(const char *src, size_t len, const char *source_name, const mpyc_options *opt,
                                bool dump) {
    Front *f = front_new();
    mpyc_result r = {.ok = true};
    if (setjmp(f->trap.jb) == 0) {
        front_run(f, src, len, source_name, opt);
        if (dump) {
            char *buf = NULL;
            size_t size = 0;
            FILE *mem = open_memstream(&buf, &size);
            if (mem == NULL) {
                abort();
            }
            par_dump(mem, f->tree, f->qt);
            fclose(mem);
            r.report = buf;
        }
    } else {
        r = report_of(f, source_name, opt);
    }
    front_free(f);
    return r;
}

mpyc_result mpyc_parse(const char *src, size_t len, const char *source_name, const mpyc_options *opt) {
    return parse_source(src, len, source_name, opt, false);
}

mpyc_result mpyc_dump_parse(const char *src, size_t len, const char *source_name, const mpyc_options *opt) {
    return parse_source(src, len, source_name, opt, true);
}
