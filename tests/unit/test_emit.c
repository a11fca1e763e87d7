/* test_emit.c: the assembler and .mpy writer on hand-built instruction lists, against bytes the
   reference compilers wrote for the same programs, and hand-checked jump and line-table layouts. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "ir.h"
#include "suites.h"
#include "tokens.h"

/* ---- Building modules from tables ---- */

/* One instruction: q names a qstr by its text; ref is a child's unit index (MAKE_*) or a
   constant's index in the test's constant list (LOAD_CONST_OBJ), else -1. */
typedef struct {
    IrOp op;
    uint32_t a, b, c;
    const char *q;
    int64_t i;
    int ref;
} Row;

#define R(op) {IR_##op, 0, 0, 0, NULL, 0, -1}
#define RA(op, a) {IR_##op, (a), 0, 0, NULL, 0, -1}
#define RAB(op, a, b) {IR_##op, (a), (b), 0, NULL, 0, -1}
#define RABC(op, a, b, c) {IR_##op, (a), (b), (c), NULL, 0, -1}
#define RI(op, i) {IR_##op, 0, 0, 0, NULL, (i), -1}
#define RQ(op, q) {IR_##op, 0, 0, 0, (q), 0, -1}
#define RQA(op, q, a) {IR_##op, (a), 0, 0, (q), 0, -1}
#define RK(op, k) {IR_##op, 0, 0, 0, NULL, 0, (k)}
#define RF(op, unit, a, b, c) {IR_##op, (a), (b), (c), NULL, 0, (unit)}

#define ROWS(x) (x), sizeof(x) / sizeof((x)[0])

typedef struct {
    const char *name;
    uint32_t flags;
    uint16_t n_pos, n_kwonly, n_def_pos, n_locals, exc;
    const char *args[8];
    uint16_t cells[4];
    uint16_t n_cells;
    const Row *code;
    size_t n_code;
    const Row *scope;   /* what the scope pass emitted (only what names qstrs or constants matters) */
    size_t n_scope;
} UnitSpec;

typedef struct {
    Arena *arena;
    IrModule m;
    mpyc_options opt;
} Fixture;

static Qstr q_of(Fixture *f, const char *s) {
    return qs_intern(f->m.qt, s, strlen(s));
}

static void add_rows(Fixture *f, CodeUnit *cu, const Row *rows, size_t n, bool scope, CodeUnit **units,
                     Obj **consts) {
    IrBuild b = {.arena = f->arena};
    for (size_t k = 0; k < n; k++) {
        const Row *r = &rows[k];
        Insn *in = ir_add(&b, cu, r->op, scope);
        in->a = r->a;
        in->b = r->b;
        in->c = r->c;
        if (r->q != NULL) {
            in->u.q = q_of(f, r->q);
        } else if (r->op == IR_MAKE_FUNCTION || r->op == IR_MAKE_CLOSURE) {
            in->u.child = units[r->ref];
        } else if (r->op == IR_LOAD_CONST_OBJ) {
            in->u.obj = consts[r->ref];
        } else {
            in->u.i = r->i;
        }
    }
    ir_close(&b);
}

static void fixture_init(Fixture *f, mpyc_target target, const char *source, const UnitSpec *specs, size_t n,
                         Obj **consts) {
    memset(f, 0, sizeof *f);
    f->arena = arena_new();
    mpyc_options_init(&f->opt, target);
    f->m.arena = f->arena;
    f->m.qt = qs_new(f->arena, target);
    f->m.source_file = q_of(f, source);
    f->m.n_units = f->m.cap_units = n;
    f->m.units = arena_alloc(f->arena, (n + 1) * sizeof(CodeUnit *));
    for (size_t u = 0; u < n; u++) {
        f->m.units[u] = arena_alloc(f->arena, sizeof(CodeUnit));
    }
    for (size_t u = 0; u < n; u++) {
        const UnitSpec *s = &specs[u];
        CodeUnit *cu = f->m.units[u];
        cu->simple_name = q_of(f, s->name);
        cu->scope_flags = s->flags;
        cu->n_pos_args = s->n_pos;
        cu->n_kwonly_args = s->n_kwonly;
        cu->n_def_pos_args = s->n_def_pos;
        cu->n_locals = s->n_locals;
        cu->exc_stack_size = s->exc;
        cu->arg_names = arena_alloc(f->arena, 8 * sizeof(Qstr));
        for (int k = 0; k < s->n_pos + s->n_kwonly; k++) {
            cu->arg_names[k] = q_of(f, s->args[k]);
        }
        cu->cells = arena_alloc(f->arena, 4 * sizeof(uint16_t));
        memcpy(cu->cells, s->cells, sizeof s->cells);
        cu->n_cells = s->n_cells;
        add_rows(f, cu, s->code, s->n_code, false, f->m.units, consts);
        add_rows(f, cu, s->scope, s->n_scope, true, f->m.units, consts);
    }
}

static void fixture_free(Fixture *f) {
    arena_free(f->arena);
}

/* ---- Checking bytes ---- */

static size_t unhex(const char *hex, unsigned char *out, size_t cap) {
    size_t n = 0;
    for (const char *p = hex; p[0] != '\0' && p[1] != '\0' && n < cap;) {
        if (p[0] == ' ') {
            p++;
            continue;
        }
        unsigned v;
        sscanf(p, "%2x", &v);
        out[n++] = (unsigned char)v;
        p += 2;
    }
    return n;
}

/* The number of bytes a hex string (spaces allowed) stands for. */
static size_t hex_len(const char *hex) {
    size_t digits = 0;
    for (const char *p = hex; *p != '\0'; p++) {
        digits += *p != ' ';
    }
    return digits / 2;
}

static bool same_bytes(const unsigned char *got, size_t got_len, const char *want_hex) {
    static unsigned char want[8192];
    size_t want_len = unhex(want_hex, want, sizeof want);
    if (got_len == want_len && memcmp(got, want, got_len) == 0) {
        return true;
    }
    fprintf(stderr, "\n  got  (%zu): ", got_len);
    for (size_t k = 0; k < got_len; k++) {
        fprintf(stderr, "%02x", got[k]);
    }
    fprintf(stderr, "\n  want (%zu): %s\n", want_len, want_hex);
    return false;
}

/* Runs mpy_write_module; returns false (with the report in *d) when it raised. */
static bool write_module(Fixture *f, unsigned char **out, size_t *len, Diag *d) {
    DiagTrap trap;
    if (setjmp(trap.jb) != 0) {
        *d = trap.d;
        return false;
    }
    mpy_write_module(&f->m, &f->opt, &trap, out, len);
    return true;
}

static void check_module(const UnitSpec *specs, size_t n, Obj **consts, mpyc_target target, const char *source,
                         const char *want_hex) {
    Fixture f;
    fixture_init(&f, target, source, specs, n, consts);
    unsigned char *out = NULL;
    size_t len = 0;
    Diag d;
    bool ok = write_module(&f, &out, &len, &d);
    CU_ASSERT_TRUE(ok);
    if (ok) {
        CU_ASSERT_TRUE(same_bytes(out, len, want_hex));
    }
    free(out);
    fixture_free(&f);
}

/* Assembles unit 0 of a one-unit module alone; false when it raised. */
static bool assemble_one(Fixture *f, EmitCode *ec, Diag *d) {
    DiagTrap trap;
    if (setjmp(trap.jb) != 0) {
        *d = trap.d;
        return false;
    }
    MpwTables *t = mpw_tables_new(f->arena, f->m.qt, f->opt.target, f->m.source_file);
    emit_scope_pass(t, f->m.units[0]);
    emit_assemble(t, f->m.units[0], &f->opt, f->arena, &trap, ec);
    return true;
}

/* ---- Whole modules against the references ---- */

static const Row empty_code[] = {
    RA(LOAD_CONST_TOK, T_KW_NONE),
    R(RETURN_VALUE),
};

/* edge_empty.mpy of each target (tests/conformance): only the header byte differs. */
static void test_empty_module(void) {
    static const UnitSpec u[] = {{.name = "<module>", .code = ROWS(empty_code)}};
    check_module(u, 1, NULL, MPYC_MICROPYTHON, "edge_empty.py",
                 "4d06001f02001a656467655f656d7074792e7079000f280002015163");
    check_module(u, 1, NULL, MPYC_CIRCUITPYTHON, "edge_empty.py",
                 "4306001f02001a656467655f656d7074792e7079000f280002015163");
    check_module(u, 1, NULL, MPYC_CIRCUITPYTHON9, "edge_empty.py",
                 "4306001f02001a656467655f656d7074792e7079000f280002015163");
}

/* tests/conformance/programs/edge_no_newline.py (its .dis lists these instructions):
     def last():
         return 'last'

     for step in range(2):
         print('step', step)
     if last():
         print(last())
         print('done')                                                                      */
static const Row nonl_mod_scope[] = {
    RQ(LOAD_CONST_STR, "step"),
    RQ(LOAD_CONST_STR, "done"),
};
static const Row nonl_mod_code[] = {
    RA(LINE, 1), RA(LINE, 2),
    RF(MAKE_FUNCTION, 1, 0, 0, 0),
    RQ(STORE_NAME, "last"),
    RA(LINE, 5),
    RI(LOAD_CONST_SMALL_INT, 0),
    RA(JUMP, 3),
    RA(LABEL, 2),
    R(DUP_TOP),
    RQ(STORE_NAME, "step"),
    RA(LINE, 6), RA(LINE, 6),
    RQ(LOAD_NAME, "print"),
    RA(LINE, 6),
    RQ(LOAD_CONST_STR, "step"),
    RQ(LOAD_NAME, "step"),
    RABC(CALL_FUNCTION, 2, 0, 0),
    R(POP_TOP),
    RA(LABEL, 1),
    RI(LOAD_CONST_SMALL_INT, 1),
    RA(BINARY_OP, BOP_INPLACE_ADD),
    RA(LABEL, 3),
    R(DUP_TOP),
    RI(LOAD_CONST_SMALL_INT, 2),
    RA(BINARY_OP, BOP_LESS),
    RAB(POP_JUMP_IF, 2, 1),
    RA(LABEL, 0),
    R(POP_TOP),
    RA(LINE, 7), RA(LINE, 7),
    RQ(LOAD_NAME, "last"),
    RA(LINE, 7),
    RABC(CALL_FUNCTION, 0, 0, 0),
    RAB(POP_JUMP_IF, 5, 0),
    RA(LINE, 8), RA(LINE, 8), RA(LINE, 8),
    RQ(LOAD_NAME, "print"),
    RA(LINE, 8), RA(LINE, 8),
    RQ(LOAD_NAME, "last"),
    RA(LINE, 8),
    RABC(CALL_FUNCTION, 0, 0, 0),
    RABC(CALL_FUNCTION, 1, 0, 0),
    R(POP_TOP),
    RA(LINE, 9), RA(LINE, 9),
    RQ(LOAD_NAME, "print"),
    RA(LINE, 9),
    RQ(LOAD_CONST_STR, "done"),
    RABC(CALL_FUNCTION, 1, 0, 0),
    R(POP_TOP),
    RA(LABEL, 5),
    RA(LABEL, 4),
    RA(LOAD_CONST_TOK, T_KW_NONE),
    R(RETURN_VALUE),
};
static const Row nonl_last_code[] = {
    RA(LINE, 3),
    RQ(LOAD_CONST_STR, "last"),
    R(RETURN_VALUE),
    RA(LOAD_CONST_TOK, T_KW_NONE),
    R(RETURN_VALUE),
};

static void test_corpus_program(void) {
    static const UnitSpec u[] = {
        {.name = "<module>", .code = ROWS(nonl_mod_code), .scope = ROWS(nonl_mod_scope)},
        {.name = "last", .code = ROWS(nonl_last_code), .scope = ROWS(nonl_last_code)},
    };
    /* tests/conformance/micropython/edge_no_newline.mpy */
    check_module(u, 2, NULL, MPYC_MICROPYTHON, "edge_no_newline.py",
                 "4d06001f060024656467655f6e6f5f6e65776c696e652e7079000f822b08646f6e6500086c6173740081778364180e"
                 "012064263126293200160480424e57160211051002110234025981e55782d7432d5911043400445011051104340034"
                 "0159110510033401595163013800040440100463");
}

/* p1.py:
     def outer(a, b=2, *c, d, **e):
         x = a
         def inner(y):
             return x + y + 1.5
         return inner
     print(outer(1, d=3)(4), 'abc')                                                          */
static const Row p1_mod_scope[] = {
    RQ(LOAD_CONST_STR, "d"),
    RQ(LOAD_CONST_STR, "abc"),
};
static const Row p1_mod_code[] = {
    RA(LINE, 1), RA(LINE, 1),
    RI(LOAD_CONST_SMALL_INT, 2),
    RAB(BUILD, 1, IR_BUILD_TUPLE),
    R(LOAD_NULL),
    RF(MAKE_FUNCTION, 1, 1, 0, 0),
    RQ(STORE_NAME, "outer"),
    RA(LINE, 6), RA(LINE, 6),
    RQ(LOAD_NAME, "print"),
    RA(LINE, 6), RA(LINE, 6),
    RQ(LOAD_NAME, "outer"),
    RA(LINE, 6),
    RI(LOAD_CONST_SMALL_INT, 1),
    RQ(LOAD_CONST_STR, "d"),
    RI(LOAD_CONST_SMALL_INT, 3),
    RABC(CALL_FUNCTION, 1, 1, 0),
    RA(LINE, 6),
    RI(LOAD_CONST_SMALL_INT, 4),
    RABC(CALL_FUNCTION, 1, 0, 0),
    RQ(LOAD_CONST_STR, "abc"),
    RABC(CALL_FUNCTION, 2, 0, 0),
    R(POP_TOP),
    RA(LOAD_CONST_TOK, T_KW_NONE),
    R(RETURN_VALUE),
};
static const Row p1_outer_code[] = {
    RA(LINE, 2), RA(LINE, 2),
    RA(LOAD_FAST, 0),
    RA(STORE_DEREF, 6),
    RA(LINE, 3),
    RA(LOAD_FAST, 6),
    RF(MAKE_CLOSURE, 2, 0, 0, 1),
    RA(STORE_FAST, 5),
    RA(LINE, 5),
    RA(LOAD_FAST, 5),
    R(RETURN_VALUE),
    RA(LOAD_CONST_TOK, T_KW_NONE),
    R(RETURN_VALUE),
};
static const Row p1_inner_scope[] = {
    RK(LOAD_CONST_OBJ, 0),
};
static const Row p1_inner_code[] = {
    RA(LINE, 4), RA(LINE, 4),
    RA(LOAD_DEREF, 0),
    RA(LOAD_FAST, 1),
    RA(BINARY_OP, BOP_ADD),
    RA(LINE, 4),
    RK(LOAD_CONST_OBJ, 0),
    RA(BINARY_OP, BOP_ADD),
    R(RETURN_VALUE),
    RA(LOAD_CONST_TOK, T_KW_NONE),
    R(RETURN_VALUE),
};

static void test_closure_and_arguments(void) {
    static const UnitSpec u[] = {
        {.name = "<module>", .code = ROWS(p1_mod_code), .scope = ROWS(p1_mod_scope)},
        {.name = "outer", .flags = IR_FLAG_VARARGS | IR_FLAG_VARKEYWORDS, .n_pos = 2, .n_kwonly = 1,
         .n_def_pos = 1, .n_locals = 7, .args = {"a", "b", "d"}, .cells = {6}, .n_cells = 1,
         .code = ROWS(p1_outer_code)},
        {.name = "inner", .n_pos = 2, .n_locals = 2, .args = {"*", "y"}, .code = ROWS(p1_inner_code),
         .scope = ROWS(p1_inner_scope)},
    };
    Obj one_and_half = {.type = OBJ_FLOAT, .u.f = 1.5};
    Obj *consts[] = {&one_and_half};
    const char *body =
        "06001f0b010a70312e7079000f02640006616263000a6f75746572000a696e6e65720081770261000262000b02790008"
        "03312e3582142006016840822a01533300160411061104811002833482018434011003340259516301813cba89c0400f"
        "0407080220234506b02706b6200001c5b56301701a0805090a602500b1f22300f263";
    char want[600];
    snprintf(want, sizeof want, "4d%s", body);
    check_module(u, 3, consts, MPYC_MICROPYTHON, "p1.py", want);
    snprintf(want, sizeof want, "43%s", body);
    check_module(u, 3, consts, MPYC_CIRCUITPYTHON, "p1.py", want);
}

/* p2.py:
     for i in range(3):
         if i == 1:
             continue
         try:
             while i:
                 i -= 1
                 break
         except ValueError as e:
             raise
         finally:
             pass
     with open('f') as g:
         g.read()                                                                             */
static const Row p2_scope[] = {
    RQ(LOAD_CONST_STR, "f"),
    RQA(LOAD_METHOD, "read", 0),
};
static const Row p2_code[] = {
    RA(LINE, 1), RA(LINE, 1),
    RI(LOAD_CONST_SMALL_INT, 0),
    RA(JUMP, 3),
    RA(LABEL, 2),
    R(DUP_TOP),
    RQ(STORE_NAME, "i"),
    RA(LINE, 2), RA(LINE, 2), RA(LINE, 2),
    RQ(LOAD_NAME, "i"),
    RI(LOAD_CONST_SMALL_INT, 1),
    RA(BINARY_OP, BOP_EQUAL),
    RAB(POP_JUMP_IF, 5, 0),
    RA(LINE, 3),
    RABC(UNWIND_JUMP, 1, 0, 0),
    RA(LABEL, 5),
    RA(LABEL, 4),
    RA(LINE, 4),
    RA(SETUP_FINALLY, 6),
    RA(SETUP_EXCEPT, 7),
    RA(LINE, 5),
    RA(JUMP, 10),
    RA(LABEL, 11),
    RA(LINE, 6), RA(LINE, 6),
    RQ(LOAD_NAME, "i"),
    RI(LOAD_CONST_SMALL_INT, 1),
    RA(BINARY_OP, BOP_INPLACE_SUBTRACT),
    RQ(STORE_NAME, "i"),
    RA(LINE, 7),
    RABC(UNWIND_JUMP, 9, 0, 0),
    RA(LABEL, 10),
    RQ(LOAD_NAME, "i"),
    RAB(POP_JUMP_IF, 11, 1),
    RA(LABEL, 9),
    RAB(POP_EXCEPT_JUMP, 8, 0),
    RA(LABEL, 7),
    R(START_EXCEPT_HANDLER),
    R(DUP_TOP),
    RQ(LOAD_NAME, "ValueError"),
    RA(BINARY_OP, BOP_EXCEPTION_MATCH),
    RAB(POP_JUMP_IF, 13, 0),
    RQ(STORE_NAME, "e"),
    RA(SETUP_FINALLY, 14),
    RA(LINE, 9),
    RA(RAISE_VARARGS, 0),
    RA(LOAD_CONST_TOK, T_KW_NONE),
    RA(LABEL, 14),
    RI(ADJUST_STACK, 1),
    RA(LOAD_CONST_TOK, T_KW_NONE),
    RQ(STORE_NAME, "e"),
    RQ(DELETE_NAME, "e"),
    RI(ADJUST_STACK, -1),
    R(END_FINALLY),
    RAB(POP_EXCEPT_JUMP, 12, 1),
    RA(LABEL, 13),
    RI(ADJUST_STACK, 1),
    R(END_FINALLY),
    R(END_EXCEPT_HANDLER),
    RA(LABEL, 8),
    RA(LABEL, 12),
    RA(LOAD_CONST_TOK, T_KW_NONE),
    RA(LABEL, 6),
    RI(ADJUST_STACK, 1),
    RA(LINE, 11),
    RI(ADJUST_STACK, -1),
    R(END_FINALLY),
    RA(LABEL, 1),
    RI(LOAD_CONST_SMALL_INT, 1),
    RA(BINARY_OP, BOP_INPLACE_ADD),
    RA(LABEL, 3),
    R(DUP_TOP),
    RI(LOAD_CONST_SMALL_INT, 3),
    RA(BINARY_OP, BOP_LESS),
    RAB(POP_JUMP_IF, 2, 1),
    RA(LABEL, 0),
    R(POP_TOP),
    RA(LINE, 12), RA(LINE, 12),
    RQ(LOAD_NAME, "open"),
    RA(LINE, 12),
    RQ(LOAD_CONST_STR, "f"),
    RABC(CALL_FUNCTION, 1, 0, 0),
    RA(SETUP_WITH, 15),
    RQ(STORE_NAME, "g"),
    RA(LINE, 13), RA(LINE, 13),
    RQ(LOAD_NAME, "g"),
    RQA(LOAD_METHOD, "read", 0),
    RABC(CALL_METHOD, 0, 0, 0),
    R(POP_TOP),
    RA(WITH_CLEANUP, 15),
    R(END_FINALLY),
    RA(LOAD_CONST_TOK, T_KW_NONE),
    R(RETURN_VALUE),
};

static void test_loops_and_handlers(void) {
    static const UnitSpec u[] = {
        {.name = "<module>", .exc = 3, .code = ROWS(p2_code), .scope = ROWS(p2_scope)},
    };
    const char *body =
        "06001f09000a70322e7079000f026600817b0269006f026500816d0267008620b4021601262622242226524b292a8042"
        "77571604110481d94442426a492748104248110481e616044244110443344a14571105df444d160649016451160619065d"
        "4a015d515d81e55783d7430459110710023401470a160811081403360059515c5d5163";
    char want[600];
    snprintf(want, sizeof want, "4d%s", body);
    check_module(u, 1, NULL, MPYC_MICROPYTHON, "p2.py", want);
    snprintf(want, sizeof want, "43%s", body);
    check_module(u, 1, NULL, MPYC_CIRCUITPYTHON9, "p2.py", want);
}

/* ---- Prelude details ---- */

/* Signature flags: CircuitPython keeps its async bit (0x10), MicroPython's mask drops bit 4. */
static void test_signature_flags_per_target(void) {
    static const UnitSpec u[] = {{.name = "f", .flags = IR_FLAG_GENERATOR | 0x10, .code = ROWS(empty_code)}};
    Fixture f;
    EmitCode ec;
    Diag d;
    fixture_init(&f, MPYC_MICROPYTHON, "s.py", u, 1, NULL);
    CU_ASSERT_TRUE_FATAL(assemble_one(&f, &ec, &d));
    /* n_state 1, flags 1: 80 40; sizes 02; name index 1 */
    CU_ASSERT_TRUE(same_bytes(ec.data, ec.len, "8040 02 01 5163"));
    fixture_free(&f);
    fixture_init(&f, MPYC_CIRCUITPYTHON, "s.py", u, 1, NULL);
    CU_ASSERT_TRUE_FATAL(assemble_one(&f, &ec, &d));
    /* flags 0x11: F bits 1, 0, 0, 0, 1 over five continuation bytes */
    CU_ASSERT_TRUE(same_bytes(ec.data, ec.len, "80c0808080 40 02 01 5163"));
    fixture_free(&f);
}

/* A yield makes a generator even when the flags do not say so; big counts spread over bytes. */
static void test_signature_encoding(void) {
    static const Row code[] = {
        RA(LOAD_CONST_TOK, T_KW_NONE),
        R(YIELD_VALUE),
        R(RETURN_VALUE),
    };
    static const UnitSpec u[] = {{.name = "g", .n_pos = 5, .n_kwonly = 2, .n_def_pos = 3, .n_locals = 40,
                                  .exc = 3, .args = {"a", "b", "c", "d", "e", "f", "k"}, .cells = {7, 200},
                                  .n_cells = 2, .code = ROWS(code)}};
    Fixture f;
    fixture_init(&f, MPYC_MICROPYTHON, "s.py", u, 1, NULL);
    EmitCode ec;
    Diag d;
    CU_ASSERT_TRUE_FATAL(assemble_one(&f, &ec, &d));
    /* n_state 41 (S=40: 1000 low 4 bits, then 10), E=3, F=1, A=5, K=2, D=3:
       first xSSSSEAA = 1 1000 1 01 = 0xc5 (S low 4 bits 8, E bit 0, A low 2 bits)
       then xFSSKAED: F1 S(40>>4=2)&3=10 K0 A(5>>2=1)1 E1 D1 -> 1 1 10 0 1 1 1 = 0xe7
       then: F0 S0 K1 A0 E0 D1 -> 0x09; all bits used up.
       sizes: n_info 8 (name + 7 args), n_cell 2: 0x10 with C bit 0, more follows -> 0x90;
       then C bit 1 -> 0x01 */
    CU_ASSERT_TRUE(same_bytes(ec.data, ec.len, "c5e709 9001 01 02030405060708 07c8 51 67 63"));
    fixture_free(&f);
}

/* ---- Jump sizes ---- */

/* k bytes that leave the stack alone: ROT_TWOs. */
static size_t filler(Row *rows, size_t at, size_t k) {
    for (size_t j = 0; j < k; j++) {
        rows[at++] = (Row)R(ROT_TWO);
    }
    return at;
}

static Row jump_rows[20000];

/* Assembles unit code built in jump_rows; returns the bytecode (after the prelude) through *code. */
static bool assemble_rows(size_t n, const unsigned char **code, size_t *len, Diag *d, Fixture *f) {
    UnitSpec u = {.name = "<module>", .code = jump_rows, .n_code = n};
    fixture_init(f, MPYC_MICROPYTHON, "j.py", &u, 1, NULL);
    EmitCode ec;
    if (!assemble_one(f, &ec, d)) {
        return false;
    }
    /* the prelude here: signature, sizes, name index: 3 bytes, or 4 when n_state needs two */
    size_t skip = 0;
    while (ec.data[skip] & 0x80) {
        skip++;
    }
    skip++;
    while (ec.data[skip] & 0x80) {
        skip++;
    }
    skip += 2;
    *code = ec.data + skip;
    *len = ec.len - skip;
    return true;
}

/* LOAD_NAME x; POP_JUMP_IF_FALSE over k bytes; the target; return None. */
static void check_forward(size_t k, const char *want_jump) {
    size_t n = 0;
    jump_rows[n++] = (Row)RQ(LOAD_NAME, "x");
    jump_rows[n++] = (Row)RAB(POP_JUMP_IF, 0, 0);
    n = filler(jump_rows, n, k);
    jump_rows[n++] = (Row)RA(LABEL, 0);
    jump_rows[n++] = (Row)RA(LOAD_CONST_TOK, T_KW_NONE);
    jump_rows[n++] = (Row)R(RETURN_VALUE);
    Fixture f;
    const unsigned char *code;
    size_t len;
    Diag d;
    CU_ASSERT_TRUE_FATAL(assemble_rows(n, &code, &len, &d, &f));
    CU_ASSERT_TRUE(same_bytes(code + 2, hex_len(want_jump), want_jump));
    fixture_free(&f);
}

/* FOR_ITER (an unsigned jump) over k bytes. */
static void check_for_iter(size_t k, const char *want_jump) {
    size_t n = 0;
    jump_rows[n++] = (Row)RA(LABEL, 1);
    jump_rows[n++] = (Row)RA(FOR_ITER, 0);
    n = filler(jump_rows, n, k);
    jump_rows[n++] = (Row)RA(LABEL, 0);
    jump_rows[n++] = (Row)R(FOR_ITER_END);
    jump_rows[n++] = (Row)R(RETURN_VALUE);
    Fixture f;
    const unsigned char *code;
    size_t len;
    Diag d;
    CU_ASSERT_TRUE_FATAL(assemble_rows(n, &code, &len, &d, &f));
    CU_ASSERT_TRUE(same_bytes(code, hex_len(want_jump), want_jump));
    fixture_free(&f);
}

/* A forward offset of 63 (signed) or 127 (unsigned) ends up in the long form: the size pass still
   sees the label one byte further, where the jump itself was long. */
static void test_jump_boundaries(void) {
    check_forward(62, "447e");
    check_forward(63, "44bf80");
    check_forward(64, "44c080");
    check_for_iter(126, "4b7e");
    check_for_iter(127, "4bff00");
    check_for_iter(128, "4b8001");
}

/* Backward jumps see this pass's positions: -64 fits one byte, -65 does not. */
static void test_backward_jump(void) {
    for (int k = 62; k <= 63; k++) {
        size_t n = 0;
        jump_rows[n++] = (Row)RA(LABEL, 0);
        n = filler(jump_rows, n, (size_t)k);
        jump_rows[n++] = (Row)RA(JUMP, 0);
        Fixture f;
        const unsigned char *code;
        size_t len;
        Diag d;
        CU_ASSERT_TRUE_FATAL(assemble_rows(n, &code, &len, &d, &f));
        /* offset -(k + 2) from the end of a short jump, -(k + 3) from a long one's */
        const char *want = k == 62 ? "4200" : "42be7f";
        CU_ASSERT_TRUE(same_bytes(code + k, len - (size_t)k, want));
        fixture_free(&f);
    }
}

/* JUMP forward over b filler bytes and a backward JUMP to the start: at b = 60 each is long
   because the other is, though both would fit short together; at b = 59 both are short. */
static void test_mutual_long_jumps(void) {
    for (size_t b = 59; b <= 60; b++) {
        size_t n = 0;
        jump_rows[n++] = (Row)RA(LABEL, 0);
        jump_rows[n++] = (Row)RA(JUMP, 1);
        jump_rows[n++] = (Row)RA(LABEL, 2);
        n = filler(jump_rows, n, b);
        jump_rows[n++] = (Row)RA(JUMP, 0);
        jump_rows[n++] = (Row)RA(LABEL, 1);
        jump_rows[n++] = (Row)RA(LOAD_CONST_TOK, T_KW_NONE);
        jump_rows[n++] = (Row)R(RETURN_VALUE);
        Fixture f;
        const unsigned char *code;
        size_t len;
        Diag d;
        CU_ASSERT_TRUE_FATAL(assemble_rows(n, &code, &len, &d, &f));
        if (b == 59) {
            /* J1 at 0: 59 bytes + 2 to the label; J2 at 61: back -63 */
            CU_ASSERT_TRUE(same_bytes(code, 2, "427d"));
            CU_ASSERT_TRUE(same_bytes(code + 61, 2, "4201"));
        } else {
            /* J1 long: 60 + 3 = 63; J2 at 63, long: -66 */
            CU_ASSERT_TRUE(same_bytes(code, 3, "42bf80"));
            CU_ASSERT_TRUE(same_bytes(code + 63, 3, "42be7f"));
        }
        fixture_free(&f);
    }
}

/* A signed offset past 16383 stops with the reference's error. */
static void test_bytecode_overflow(void) {
    for (size_t k = 16383; k <= 16384; k++) {
        size_t n = 0;
        jump_rows[n++] = (Row)RA(JUMP, 0);
        jump_rows[n++] = (Row)RA(LABEL, 1);
        n = filler(jump_rows, n, k);
        jump_rows[n++] = (Row)RA(LABEL, 0);
        jump_rows[n++] = (Row)RA(LOAD_CONST_TOK, T_KW_NONE);
        jump_rows[n++] = (Row)R(RETURN_VALUE);
        Fixture f;
        const unsigned char *code;
        size_t len;
        Diag d;
        bool ok = assemble_rows(n, &code, &len, &d, &f);
        if (k == 16383) {
            CU_ASSERT_TRUE(ok);
            if (ok) {
                CU_ASSERT_TRUE(same_bytes(code, 3, "42ff ff")); /* 16383 + 0x4000 = 0x7fff */
            }
        } else {
            CU_ASSERT_FALSE(ok);
            if (!ok) {
                CU_ASSERT_STRING_EQUAL(d.exc, "RuntimeError");
                CU_ASSERT_STRING_EQUAL(d.msg, "bytecode overflow");
                CU_ASSERT_FALSE(d.traceback);
            }
        }
        fixture_free(&f);
    }
}

/* UNWIND_JUMP: a break out of a for loop pops the iterator's 4 slots first, or marks the handler
   count byte. */
static void test_unwind_jump_forms(void) {
    size_t n = 0;
    jump_rows[n++] = (Row)RABC(UNWIND_JUMP, 0, 0, 1);
    jump_rows[n++] = (Row)RA(LABEL, 1);
    jump_rows[n++] = (Row)RABC(UNWIND_JUMP, 0, 2, 1);
    jump_rows[n++] = (Row)RA(LABEL, 2);
    jump_rows[n++] = (Row)RABC(UNWIND_JUMP, 0, 1, 0);
    jump_rows[n++] = (Row)RA(LABEL, 0);
    jump_rows[n++] = (Row)RA(LOAD_CONST_TOK, T_KW_NONE);
    jump_rows[n++] = (Row)R(RETURN_VALUE);
    Fixture f;
    const unsigned char *code;
    size_t len;
    Diag d;
    CU_ASSERT_TRUE_FATAL(assemble_rows(n, &code, &len, &d, &f));
    /* offsets count from the end of the jump's offset field, before the count byte */
    CU_ASSERT_TRUE(same_bytes(code, len, "59595959 4246 4044 82 4041 01 5163"));
    fixture_free(&f);
}

/* ---- Line-number table ---- */

static const Row lines_code[] = {
    RA(LINE, 2),                    /* 0 bytes, 1 line: 20 */
    RA(LINE, 8),                    /* 6 lines: 60 60 */
    RA(LINE, 15),                   /* 7 lines: long form 80 07 */
    RA(LINE, 10),                   /* backwards: nothing */
    R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP),
    RA(LINE, 2015),                 /* 4 bytes, 2000 lines: f4 d0 */
    RA(LINE, 5015),                 /* 3000 lines: f0 ff, then 953: b0 b9 */
    R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP),
    R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP),
    R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP),
    R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP),
    R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP),
    RA(LINE, 5017),                 /* 40 bytes: 1f (31 bytes, no lines yet), then 49 (9 bytes, 2) */
    R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP),
    R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP),
    R(LOAD_NULL), R(POP_TOP), R(LOAD_NULL), R(POP_TOP),
    RA(LINE, 5027),                 /* 20 bytes, 10 lines: 74 (20 bytes, 3), then 80 07 */
    RA(LINE, 5027),                 /* same line: nothing */
    RA(LOAD_CONST_TOK, T_KW_NONE),
    R(RETURN_VALUE),
};

static void check_lines(int opt_level, bool no_lines, const char *want_info) {
    static const UnitSpec u[] = {{.name = "<module>", .code = ROWS(lines_code)}};
    Fixture f;
    fixture_init(&f, MPYC_CIRCUITPYTHON, "l.py", u, 1, NULL);
    f.opt.opt_level = opt_level;
    f.opt.no_source_lines = no_lines;
    EmitCode ec;
    Diag d;
    CU_ASSERT_TRUE_FATAL(assemble_one(&f, &ec, &d));
    CU_ASSERT_TRUE(same_bytes(ec.data, hex_len(want_info), want_info));
    CU_ASSERT_EQUAL(ec.len, hex_len(want_info) + 66);
    fixture_free(&f);
}

static void test_line_table(void) {
    /* signature 00; sizes: n_info 1 + 16 = 17 -> 22; name 01 */
    check_lines(0, false, "00 22 01 20 6060 8007 f4d0 f0ff b0b9 1f49 74 8007");
    check_lines(2, false, "00 22 01 20 6060 8007 f4d0 f0ff b0b9 1f49 74 8007");
    check_lines(3, false, "00 02 01");
    check_lines(0, true, "00 02 01");
}

/* ---- Tables ---- */

/* Constants merge only when strictly equal: same type and value; 0.0 and -0.0 stay apart except
   for CircuitPython 9; equal tuples merge; Ellipsis is one constant. */
static void test_constant_dedup(void) {
    Obj i1 = {.type = OBJ_INT, .u.i = {.v = 1}};
    Obj f1 = {.type = OBJ_FLOAT, .u.f = 1.0};
    Obj t1 = {.type = OBJ_TRUE};
    Obj z = {.type = OBJ_FLOAT, .u.f = 0.0};
    Obj nz = {.type = OBJ_FLOAT, .u.f = -0.0};
    Obj z2 = {.type = OBJ_FLOAT, .u.f = 0.0};
    Obj i2 = {.type = OBJ_INT, .u.i = {.v = 2}};
    Obj *pair_items[] = {&i1, &i2};
    Obj *pair_items2[] = {&i1, &i2};
    Obj *fpair_items[] = {&f1, &i2};
    Obj pair = {.type = OBJ_TUPLE, .u.tuple = {pair_items, 2}};
    Obj pair2 = {.type = OBJ_TUPLE, .u.tuple = {pair_items2, 2}};
    Obj fpair = {.type = OBJ_TUPLE, .u.tuple = {fpair_items, 2}};
    Obj s = {.type = OBJ_STR, .u.str = {"abc", 3}};
    Obj b = {.type = OBJ_BYTES, .u.str = {"abc", 3}};
    uint32_t limbs[] = {0, 0, 0, 16};  /* 2**100 */
    uint32_t limbs2[] = {0, 0, 0, 16, 0};
    Obj big = {.type = OBJ_INT, .u.i = {.big = limbs, .nlimbs = 4}};
    Obj big2 = {.type = OBJ_INT, .u.i = {.big = limbs2, .nlimbs = 5}};
    Obj nbig = {.type = OBJ_INT, .u.i = {.big = limbs, .nlimbs = 4, .neg = true}};
    Obj *consts[] = {&i1, &f1, &t1, &z, &nz, &z2, &pair, &pair2, &fpair, &s, &b, &big, &big2, &nbig};
    static const Row code[] = {
        RK(LOAD_CONST_OBJ, 0), RK(LOAD_CONST_OBJ, 1), RK(LOAD_CONST_OBJ, 2), RK(LOAD_CONST_OBJ, 3),
        RK(LOAD_CONST_OBJ, 4), RK(LOAD_CONST_OBJ, 5), RK(LOAD_CONST_OBJ, 6), RK(LOAD_CONST_OBJ, 7),
        RK(LOAD_CONST_OBJ, 8), RK(LOAD_CONST_OBJ, 9), RK(LOAD_CONST_OBJ, 10), RK(LOAD_CONST_OBJ, 11),
        RK(LOAD_CONST_OBJ, 12), RK(LOAD_CONST_OBJ, 13), RA(LOAD_CONST_TOK, T_ELLIPSIS),
        RA(LOAD_CONST_TOK, T_ELLIPSIS), RAB(BUILD, 16, IR_BUILD_TUPLE), R(RETURN_VALUE),
    };
    static const UnitSpec u[] = {{.name = "<module>", .code = ROWS(code)}};
    /* MicroPython: 12 constants: 1, 1.0, True, 0.0, -0.0, (1, 2), (1.0, 2), 'abc', b'abc', 2**100,
       -2**100, Ellipsis; the code loads 0 1 2 3 4 3 5 5 6 7 8 9 9 10 11 11 */
    check_module(u, 1, consts, MPYC_MICROPYTHON, "c.py",
                 "4d06001f 02 0c 08632e707900 0f"
                 "070131 0803312e30 03 0803302e30 08042d302e30 0a02070131070132 0a020803312e30070132"
                 "0503616263 00 0603616263 00"
                 "071f 31323637363530363030323238323239343031343936373033323035333736"
                 "0720 2d31323637363530363030323238323239343031343936373033323035333736 04"
                 "8230 78 02 01 2300 2301 2302 2303 2304 2303 2305 2305 2306 2307 2308 2309 2309 230a 230b 230b"
                 "2a10 63");
    /* CircuitPython 9: -0.0 is the same constant as 0.0, so 11 constants */
    check_module(u, 1, consts, MPYC_CIRCUITPYTHON9, "c.py",
                 "4306001f 02 0b 08632e707900 0f"
                 "070131 0803312e30 03 0803302e30 0a02070131070132 0a020803312e30070132"
                 "0503616263 00 0603616263 00"
                 "071f 31323637363530363030323238323239343031343936373033323035333736"
                 "0720 2d31323637363530363030323238323239343031343936373033323035333736 04"
                 "8230 78 02 01 2300 2301 2302 2303 2303 2303 2304 2304 2305 2306 2307 2308 2308 2309 230a 230a"
                 "2a10 63");
}

/* Qstr order: the source file, then each block's name and scope-pass qstrs, block by block; then
   what the later passes add (argument names, then names), block by block. Static qstrs are
   written by number. */
static void test_qstr_order(void) {
    static const Row mod_scope[] = {RQ(LOAD_ATTR, "zeta"), RQ(LOAD_CONST_STR, "print")};
    static const Row mod_code[] = {
        RQ(LOAD_NAME, "alpha"),
        RQ(LOAD_ATTR, "zeta"),
        RQ(LOAD_CONST_STR, "print"),
        RF(MAKE_FUNCTION, 1, 0, 0, 0),
        RAB(BUILD, 3, IR_BUILD_TUPLE),
        R(RETURN_VALUE),
    };
    static const Row fn_scope[] = {RQ(LOAD_METHOD, "beta")};
    static const Row fn_code[] = {
        RQ(LOAD_GLOBAL, "gamma"),
        RQA(LOAD_METHOD, "beta", 0),
        RABC(CALL_METHOD, 0, 0, 0),
        R(RETURN_VALUE),
    };
    static const UnitSpec u[] = {
        {.name = "<module>", .code = ROWS(mod_code), .scope = ROWS(mod_scope)},
        {.name = "fn", .n_pos = 1, .n_locals = 1, .args = {"arg"}, .code = ROWS(fn_code), .scope = ROWS(fn_scope)},
    };
    /* table: q.py, <module> (static 7), zeta, print (static 123), fn, beta, alpha, arg, gamma */
    check_module(u, 2, NULL, MPYC_MICROPYTHON, "q.py",
                 "4d06001f 09 00 08712e707900 0f 087a65746100 8177 04666e00 086265746100 0a616c70686100"
                 "0661726700 0a67616d6d6100"
                 /* module: 14 bytes with children; n_state 3 */
                 "74 10 02 01 1106 1302 1003 3200 2a03 63 01"
                 /* fn: one argument, n_state 3; names fn, arg */
                 "58 11 04 04 07 1208 1405 3600 63");
}

/* Children are numbered by the order of the MAKE_FUNCTIONs in the parent, dead code included,
   whatever the order of the blocks in the module. */
static void test_children_order(void) {
    static const Row mod_code[] = {
        RF(MAKE_FUNCTION, 2, 0, 0, 0),
        RF(MAKE_FUNCTION, 1, 0, 0, 0),
        RAB(BUILD, 2, IR_BUILD_TUPLE),
        R(RETURN_VALUE),
        RF(MAKE_FUNCTION, 3, 0, 0, 0), /* unreachable: written nowhere, still a child */
        R(POP_TOP),
    };
    static const UnitSpec u[] = {
        {.name = "<module>", .code = ROWS(mod_code)},
        {.name = "f", .code = ROWS(empty_code)},
        {.name = "g", .code = ROWS(empty_code)},
        {.name = "h", .code = ROWS(empty_code)},
    };
    /* table: k.py, <module>, f, g, h; the children follow in the order g, f, h */
    check_module(u, 4, NULL, MPYC_MICROPYTHON, "k.py",
                 "4d06001f 05 00 086b2e707900 0f 026600 026700 026800"
                 "54 08 02 01 3200 3201 2a02 63 03"
                 "28 00 02 03 5163"
                 "28 00 02 02 5163"
                 "28 00 02 04 5163");
}

void suite_emit(void) {
    static const UnitTest tests[] = {
        {"empty module, three targets", test_empty_module},
        {"a corpus program: edge_no_newline", test_corpus_program},
        {"closure, defaults, *args, keyword-only, **kwargs", test_closure_and_arguments},
        {"loops, break, continue, try, with", test_loops_and_handlers},
        {"signature flags per target", test_signature_flags_per_target},
        {"signature and size encoding", test_signature_encoding},
        {"jump boundaries 63/64 and 127/128", test_jump_boundaries},
        {"backward jump", test_backward_jump},
        {"jumps that keep each other long", test_mutual_long_jumps},
        {"bytecode overflow", test_bytecode_overflow},
        {"unwind jump forms", test_unwind_jump_forms},
        {"line-number table", test_line_table},
        {"constant deduplication", test_constant_dedup},
        {"qstr table order", test_qstr_order},
        {"children order", test_children_order},
        {NULL, NULL},
    };
    unit_add_suite("emit", tests);
}
