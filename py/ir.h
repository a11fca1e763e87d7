/* ir.h: the plain instruction list that code generation produces for each code block, and that
   the assembler (emit.c) lays out into bytecode; also the module the .mpy writer saves. */
#ifndef MPYC_IR_H
#define MPYC_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "mpyc.h"
#include "objects.h"
#include "qstr.h"

/* One entry per emitter operation of the reference compiler; the assembler picks the opcode and
   its encoding (e.g. LOAD_FAST_MULTI or LOAD_FAST_N) exactly as the reference's emitter does.
   Operands: a, b, c are small unsigned numbers, q a qstr, i an int, obj a constant, child a
   code block. "label" operands are label numbers local to the code block. */
#define IR_LIST(X) \
    X(LINE)               /* a = source line of what follows (set_source_line) */ \
    X(LABEL)              /* a = label: its position is here (label_assign) */ \
    X(ADJUST_STACK)       /* i = delta: stack depth bookkeeping only, emits nothing */ \
    X(LOAD_FAST)          /* a = local number, q = name */ \
    X(LOAD_DEREF)         /* a = local number of the cell/free variable, q = name */ \
    X(LOAD_NAME)          /* q */ \
    X(LOAD_GLOBAL)        /* q */ \
    X(STORE_FAST) X(STORE_DEREF) X(STORE_NAME) X(STORE_GLOBAL) \
    X(DELETE_FAST) X(DELETE_DEREF) X(DELETE_NAME) X(DELETE_GLOBAL) \
    X(IMPORT_NAME)        /* q */ \
    X(IMPORT_FROM)        /* q */ \
    X(IMPORT_STAR) \
    X(LOAD_CONST_TOK)     /* a = T_KW_NONE, T_KW_TRUE, T_KW_FALSE or T_ELLIPSIS (tokens.h) */ \
    X(LOAD_CONST_SMALL_INT) /* i */ \
    X(LOAD_CONST_STR)     /* q */ \
    X(LOAD_CONST_OBJ)     /* obj */ \
    X(LOAD_NULL) \
    X(LOAD_METHOD)        /* q, a = 1 for super().method */ \
    X(LOAD_BUILD_CLASS) \
    X(LOAD_SUBSCR) X(STORE_SUBSCR) X(DELETE_SUBSCR) \
    X(LOAD_ATTR) X(STORE_ATTR) X(DELETE_ATTR) /* q */ \
    X(DUP_TOP) X(DUP_TOP_TWO) X(POP_TOP) X(ROT_TWO) X(ROT_THREE) \
    X(JUMP)               /* a = label */ \
    X(POP_JUMP_IF)        /* a = label, b = 1 to jump when true, 0 when false */ \
    X(JUMP_IF_OR_POP)     /* a = label, b = condition as above */ \
    X(UNWIND_JUMP)        /* a = label, b = exception-handler depth to unwind, c = 1 for a break out of a for loop (the reference's MP_EMIT_BREAK_FROM_FOR bit) */ \
    X(SETUP_WITH) X(SETUP_EXCEPT) X(SETUP_FINALLY) /* a = label */ \
    X(WITH_CLEANUP)       /* a = label */ \
    X(END_FINALLY) \
    X(GET_ITER)           /* a = 1: iterator kept on the stack (GET_ITER_STACK) */ \
    X(FOR_ITER)           /* a = label */ \
    X(FOR_ITER_END) \
    X(POP_EXCEPT_JUMP)    /* a = label, b = 1 when within an exception handler */ \
    X(UNARY_OP)           /* a = UnOp (objects.h) */ \
    X(BINARY_OP)          /* a = BinOp (objects.h) */ \
    X(BUILD)              /* a = count, b = IR_BUILD_* kind */ \
    X(STORE_MAP) \
    X(STORE_COMP)         /* a = IR_COMP_* kind, b = stack index of the collection */ \
    X(UNPACK_SEQUENCE)    /* a = count */ \
    X(UNPACK_EX)          /* a = count before the star, b = count after */ \
    X(MAKE_FUNCTION)      /* child, a = positional defaults (0 or 1), b = keyword defaults (0 or 1) */ \
    X(MAKE_CLOSURE)       /* child, c = variables closed over, a and b as MAKE_FUNCTION */ \
    X(CALL_FUNCTION)      /* a = positional args, b = keyword args, c = IR_STAR_* flags */ \
    X(CALL_METHOD)        /* as CALL_FUNCTION */ \
    X(RETURN_VALUE) \
    X(RAISE_VARARGS)      /* a = 0, 1 or 2 */ \
    X(YIELD_VALUE) X(YIELD_FROM) \
    X(START_EXCEPT_HANDLER) X(END_EXCEPT_HANDLER)

typedef enum {
#define IR_ENUM(name) IR_##name,
    IR_LIST(IR_ENUM)
#undef IR_ENUM
    IR_COUNT_
} IrOp;

enum { IR_BUILD_TUPLE, IR_BUILD_LIST, IR_BUILD_MAP, IR_BUILD_SET, IR_BUILD_SLICE };
enum { IR_COMP_LIST, IR_COMP_DICT, IR_COMP_SET };
enum { IR_STAR_SINGLE = 1, IR_STAR_DOUBLE = 2 };

/* Scope flags as the .mpy prelude stores them. The async flag and the signature mask differ
   between targets: see ir_flag_async / ir_sig_mask. */
enum {
    IR_FLAG_GENERATOR = 0x01,
    IR_FLAG_VARKEYWORDS = 0x02,
    IR_FLAG_VARARGS = 0x04,
    IR_FLAG_DEFKWARGS = 0x08,
};

typedef struct CodeUnit CodeUnit;

/* 16 bytes: a module of a hundred thousand instructions stays small. */
typedef struct {
    uint32_t a;
    uint16_t b;
    uint8_t c;
    uint8_t op;
    union {
        Qstr q;
        int64_t i;
        Obj *obj;
        CodeUnit *child;
    } u;
} Insn;

/* One assembled code block: its raw code body (prelude then bytecode) and the blocks its
   MAKE_FUNCTION/MAKE_CLOSURE instructions name, in child-index order. */
typedef struct {
    unsigned char *data;
    size_t len;
    CodeUnit **children;
    size_t n_children;
} EmitCode;

/* A list of instructions packed into bytes (the format: see IrReader). */
typedef struct {
    uint8_t *bytes;
    uint32_t len, cap;
} IrList;

/* One code block: the module, a function, a lambda, a class body or a comprehension. */
struct CodeUnit {
    Qstr simple_name;          /* "<module>", the function's name, "<lambda>", "<listcomp>"... */
    uint32_t scope_flags;      /* IR_FLAG_* (and the target's async flag) */
    uint16_t n_pos_args;
    uint16_t n_kwonly_args;
    uint16_t n_def_pos_args;
    uint16_t n_locals;         /* locals, cells included */
    Qstr *arg_names;           /* n_pos_args + n_kwonly_args names; "*" where none */
    uint16_t *cells;           /* local numbers that are cells, in the reference's order */
    uint16_t n_cells;
    uint16_t exc_stack_size;   /* deepest nesting of SETUP_* blocks, as the compiler counted it */
    uint32_t first_line;       /* the line the line-number table starts from */
    IrList code;               /* the final pass: what is assembled */
    uint32_t n_labels;
    /* What the reference's first (scope) pass emitted for this block. It decides the order of the
       module's qstr and constant tables: the reference registers qstrs and constants as its emitter
       sees them in every pass, and its scope pass runs over all blocks before any block is
       assembled. So the table order is: the source file; then, for each block in module order, its
       simple name followed by the qstrs and constants of scope_code in order; then, block by block,
       whatever the final pass uses that is not yet listed (arg names in the prelude, names). */
    IrList scope_code;         /* only the instructions that name qstrs or constants are kept */
    EmitCode assembled;        /* filled in by the .mpy writer, which then drops code (data is
                                  never NULL once assembled) */
};

/* A whole module: every code block in the order the reference compiles them (module first). */
typedef struct {
    Arena *arena;
    QTab *qt;
    Qstr source_file;
    CodeUnit **units;
    size_t n_units, cap_units;
} IrModule;

/* Where instructions are added. One list is open at a time: its newest instruction stays
   unpacked in `last`, for the caller to fill in, until the next is added or ir_close. */
typedef struct {
    Arena *arena;
    IrList *open;      /* the list `last` belongs to; NULL when it is dropped */
    Insn last;
} IrBuild;

/* Appends an instruction to cu's code (or, when scope_pass, to its scope_code if it names a qstr
   or constant) and returns it for the operands to be filled in. */
Insn *ir_add(IrBuild *b, CodeUnit *cu, IrOp op, bool scope_pass);
/* Packs the instruction still open; call it before reading the list. */
void ir_close(IrBuild *b);
const char *ir_op_name(IrOp op);

/* Reads a list of instructions back, in order. Each is packed as: the op, a byte saying which
   operands are not zero (bit 0: a, 1: b, 2: c, 3: u), then those operands, a and b as unsigned
   var-ints (7 bits a byte, low first), c as one byte, and u's 64 bits as a zigzag var-int. Most
   instructions take 2 to 4 bytes instead of sizeof(Insn). The assembler reads a list several
   times, so the reader is inline. */
typedef struct {
    const uint8_t *p, *end;
} IrReader;

static inline void ir_read_start(IrReader *r, const IrList *list) {
    r->p = list->bytes;
    r->end = list->bytes == NULL ? NULL : list->bytes + list->len;
}

static inline uint64_t ir_read_uint(const uint8_t **p) {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
        uint8_t byte = *(*p)++;
        v |= (uint64_t)(byte & 0x7f) << shift;
        if (byte < 0x80) {
            return v;
        }
    }
}

/* The next instruction into *in; false at the end. */
static inline bool ir_read_next(IrReader *r, Insn *in) {
    if (r->p == r->end) {
        return false;
    }
    in->op = *r->p++;
    uint8_t mask = *r->p++;
    in->a = mask & 1 ? (uint32_t)ir_read_uint(&r->p) : 0;
    in->b = mask & 2 ? (uint16_t)ir_read_uint(&r->p) : 0;
    in->c = mask & 4 ? *r->p++ : 0;
    uint64_t u = 0;
    if (mask & 8) {
        uint64_t z = ir_read_uint(&r->p);
        u = z >> 1 ^ (0 - (z & 1));
    }
    memcpy(&in->u, &u, sizeof u);
    return true;
}

/* Gives back the list's memory and empties it. */
void ir_list_release(Arena *a, IrList *list);
/* True for the operations whose u.q names a qstr that goes into the module's qstr table. */
bool ir_names_qstr(IrOp op);

/* The scope flag that marks async def, and the mask of the flags the prelude signature keeps. */
uint32_t ir_flag_async(mpyc_target t);
uint32_t ir_sig_mask(mpyc_target t);

/* Where the compiler hands over the code blocks: `begin` once every block is known (the scope
   pass is over and m->units lists them), then `unit` for each block, in that order, as soon as
   its code is generated. The receiver may release the block's instruction lists. */
typedef struct {
    void (*begin)(void *ctx, const IrModule *m);
    void (*unit)(void *ctx, CodeUnit *cu);
    void *ctx;
} IrSink;

/* ---- emit.c: assembling, and mpy_write.c: saving ---- */

/* The .mpy file of one module, built block by block: mpw_begin registers what the scope pass
   met, mpw_add_unit assembles a block and gives back its instructions, mpw_finish writes the file
   (malloc'd into *out). Errors the reference raises at this stage (e.g. "RuntimeError: bytecode
   overflow") unwind through trap. Everything else lives in m->arena. */
typedef struct MpyWriter MpyWriter;
MpyWriter *mpw_begin(const IrModule *m, const mpyc_options *opt, DiagTrap *trap);
void mpw_add_unit(MpyWriter *w, CodeUnit *cu);
void mpw_finish(MpyWriter *w, unsigned char **out, size_t *out_len);

/* All three at once, for a module whose blocks are all generated. */
void mpy_write_module(const IrModule *m, const mpyc_options *opt, DiagTrap *trap, unsigned char **out,
                      size_t *out_len);

#endif
