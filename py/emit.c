/* emit.c: the assembler: turns one code block's instruction list into its prelude and bytecode,
   choosing opcodes, counting the stack and sizing jumps exactly as the reference emitter does. */
#include "emit.h"

#include <string.h>

#include "opcodes.h"
#include "tokens.h"

/* The reference runs a block through three passes after its scope pass; the last may repeat. */
enum { PASS_STACK = 2, PASS_SIZE = 3, PASS_EMIT = 4 };

enum {
    ITER_SLOTS = 4,            /* stack slots a for loop's iterator occupies */
    EMIT_PASS_LIMIT = 1000,    /* emit passes before giving up on a layout that never settles */
};

/* A growable byte string: a block of arena memory that is given back once the code is copied out. */
typedef struct {
    Arena *arena;
    unsigned char *p;
    size_t len, cap;
} Bytes;

static void bytes_put(Bytes *b, unsigned char c) {
    if (b->len == b->cap) {
        b->cap = b->cap == 0 ? 64 : b->cap * 2;
        b->p = arena_grow(b->arena, b->p, b->cap);
    }
    b->p[b->len++] = c;
}

/* Unsigned var-int: 7 bits a byte, most significant group first, bit 7 set on all but the last. */
static void bytes_put_uint(Bytes *b, uint64_t v) {
    unsigned char tmp[10];
    int n = 0;
    do {
        tmp[n++] = (unsigned char)(v & 0x7f);
        v >>= 7;
    } while (v != 0);
    while (n > 1) {
        bytes_put(b, tmp[--n] | 0x80);
    }
    bytes_put(b, tmp[0]);
}

/* Signed var-int: as unsigned, with one more group when bit 6 of the top group does not show
   the sign. */
static void bytes_put_sint(Bytes *b, int64_t v) {
    unsigned char tmp[11];
    int n = 0;
    for (;;) {
        int64_t low = v & 0x7f;
        tmp[n++] = (unsigned char)low;
        v = (v - low) / 128; /* exact, so the sign is kept */
        if (v == 0 || v == -1) {
            break;
        }
    }
    unsigned char top = tmp[n - 1];
    if (v == -1 && (top & 0x40) == 0) {
        tmp[n++] = 0x7f;
    } else if (v == 0 && (top & 0x40) != 0) {
        tmp[n++] = 0;
    }
    while (n > 1) {
        bytes_put(b, tmp[--n] | 0x80);
    }
    bytes_put(b, tmp[0]);
}

/* The assembler's state for one block across its passes. */
typedef struct {
    MpwTables *tab;
    const CodeUnit *cu;
    DiagTrap *trap;
    int pass;
    bool lines;              /* whether the line-number table is written */
    uint32_t sig_flags;      /* scope flags as the signature keeps them */
    bool suppress;           /* after an unconditional jump, return or raise: until a label */
    int64_t stack, max_stack;
    size_t line_offset;      /* bytecode offset of the last line entry */
    uint64_t last_line;
    size_t *labels;
    uint32_t n_labels;
    Bytes info, code;        /* prelude (code info) and bytecode of the current pass */
    size_t n_info, n_cell;   /* from the previous pass, as the size field records them */
    size_t info_size, code_size;
    bool overflow;
    uint32_t next_child;
    CodeUnit **children;
    size_t n_children;
} Asm;

/* ---- Prelude ---- */

/* The signature: six numbers bit-interleaved, first byte xSSSSEAA, then xFSSKAED while any bits
   remain (S is n_state - 1). */
static void put_signature(Bytes *b, uint64_t n_state, uint64_t e, uint64_t f, uint64_t a, uint64_t k,
                          uint64_t d) {
    uint64_t s = n_state - 1;
    unsigned z = (unsigned)((s & 0xf) << 3 | (e & 1) << 2 | (a & 3));
    s >>= 4;
    e >>= 1;
    a >>= 2;
    while (s | e | f | a | k | d) {
        bytes_put(b, (unsigned char)(0x80 | z));
        z = (unsigned)((f & 1) << 6 | (s & 3) << 4 | (k & 1) << 3 | (a & 1) << 2 | (e & 1) << 1 | (d & 1));
        s >>= 2;
        e >>= 1;
        f >>= 1;
        a >>= 1;
        k >>= 1;
        d >>= 1;
    }
    bytes_put(b, (unsigned char)z);
}

/* The size field: xIIIIIIC bytes, 6 bits of n_info and 1 of n_cell each, least significant first. */
static void put_prelude_size(Bytes *b, size_t n_info, size_t n_cell) {
    do {
        unsigned z = (unsigned)((n_info & 0x3f) << 1 | (n_cell & 1));
        n_cell >>= 1;
        n_info >>= 6;
        if (n_cell | n_info) {
            z |= 0x80;
        }
        bytes_put(b, (unsigned char)z);
    } while (n_cell | n_info);
}

/* Qstr table indices are 16-bit in the reference's emitter. */
static void put_qstr(Asm *s, Bytes *b, Qstr q) {
    bytes_put_uint(b, mpw_use_qstr(s->tab, q) & 0xffffu);
}

/* Line-table entries advancing bc bytes and ln lines: 0LLBBBBB, or 1LLLBBBB LLLLLLLL when more
   than 6 lines are skipped over at most 15 bytes; lines only move once the bytes are used up. */
static void put_line_steps(Bytes *b, uint64_t bc, uint64_t ln) {
    while (bc > 0 || ln > 0) {
        uint64_t db, dl;
        if (ln <= 6 || bc > 0xf) {
            db = bc < 0x1f ? bc : 0x1f;
            dl = db < bc ? 0 : (ln < 3 ? ln : 3);
            bytes_put(b, (unsigned char)(db | dl << 5));
        } else {
            db = bc;
            dl = ln < 0x7ff ? ln : 0x7ff;
            bytes_put(b, (unsigned char)(0x80 | db | ((dl >> 4) & 0x70)));
            bytes_put(b, (unsigned char)(dl & 0xff));
        }
        bc -= db;
        ln -= dl;
    }
}

/* ---- Bytecode primitives ---- */

static void adjust_stack(Asm *s, int64_t delta) {
    s->stack += delta;
    if (s->stack > s->max_stack) {
        s->max_stack = s->stack;
    }
}

static void put_raw(Asm *s, unsigned char c) {
    if (!s->suppress) {
        bytes_put(&s->code, c);
    }
}

static void op_plain(Asm *s, int64_t stack_delta, unsigned char opcode) {
    adjust_stack(s, stack_delta);
    put_raw(s, opcode);
}

static void op_uint(Asm *s, int64_t stack_delta, unsigned char opcode, uint64_t arg) {
    op_plain(s, stack_delta, opcode);
    if (!s->suppress) {
        bytes_put_uint(&s->code, arg);
    }
}

/* Dead code still registers its qstrs and constants, as the reference evaluates them first. */
static void op_qstr(Asm *s, int64_t stack_delta, unsigned char opcode, Qstr q) {
    uint32_t idx = mpw_use_qstr(s->tab, q) & 0xffffu;
    op_uint(s, stack_delta, opcode, idx);
}

static void op_const(Asm *s, int64_t stack_delta, unsigned char opcode, const Obj *o) {
    uint32_t idx = mpw_use_const(s->tab, o);
    op_uint(s, stack_delta, opcode, idx);
}

/* Children are numbered in instruction order, dead code included. */
static void op_child(Asm *s, int64_t stack_delta, unsigned char opcode, CodeUnit *child) {
    uint32_t idx = s->next_child++;
    if (s->pass == PASS_EMIT && idx < s->n_children) {
        s->children[idx] = child;
    }
    op_uint(s, stack_delta, opcode, (uint16_t)idx);
}

static size_t label_position(const Asm *s, uint32_t label) {
    return label < s->n_labels ? s->labels[label] : 0;
}

/* A jump: 1-byte offset when it fits, else 2 bytes. Until code size is known every jump is long;
   then forward labels come from the previous pass, so a jump may shrink from pass to pass. */
static void op_jump(Asm *s, int64_t stack_delta, unsigned char opcode, uint32_t label) {
    adjust_stack(s, stack_delta);
    if (s->suppress) {
        return;
    }
    bool is_signed = opcode <= MPY_BC_POP_JUMP_IF_FALSE;
    bool is_long = true;
    int64_t off = 0;
    if (s->pass >= PASS_SIZE) {
        off = (int64_t)label_position(s, label) - (int64_t)s->code.len - 2;
        if (is_signed ? (off >= -64 && off <= 63) : (off >= 0 && off <= 127)) {
            is_long = false;
        }
        off -= is_long;
    }
    bytes_put(&s->code, opcode);
    if (!is_long) {
        bytes_put(&s->code, (unsigned char)((is_signed ? off + 0x40 : off) & 0x7f));
        return;
    }
    if (is_signed) {
        off += 0x4000;
    }
    if (s->pass == PASS_EMIT && (off < 0 || off > 0x7fff)) {
        s->overflow = true;
    }
    bytes_put(&s->code, (unsigned char)(0x80 | (off & 0x7f)));
    bytes_put(&s->code, (unsigned char)(((uint64_t)off >> 7) & 0xff));
}

/* ---- Emitter operations (one per reference emitter call) ---- */

static void set_source_line(Asm *s, uint64_t line) {
    if (s->lines && line > s->last_line) {
        put_line_steps(&s->info, s->code.len - s->line_offset, line - s->last_line);
        s->line_offset = s->code.len;
        s->last_line = line;
    }
}

static void label_assign(Asm *s, uint32_t label) {
    s->suppress = false;
    if (label < s->n_labels) {
        s->labels[label] = s->code.len;
    }
}

static const Obj ellipsis_const = {.type = OBJ_ELLIPSIS};

static void load_const_tok(Asm *s, uint32_t tok) {
    switch (tok) {
    case T_ELLIPSIS:
        op_const(s, 1, MPY_BC_LOAD_CONST_OBJ, &ellipsis_const);
        break;
    case T_KW_TRUE:
        op_plain(s, 1, MPY_BC_LOAD_CONST_TRUE);
        break;
    case T_KW_FALSE:
        op_plain(s, 1, MPY_BC_LOAD_CONST_FALSE);
        break;
    default:
        op_plain(s, 1, MPY_BC_LOAD_CONST_NONE);
        break;
    }
}

static void load_small_int(Asm *s, int64_t v) {
    int64_t lo = MPY_BC_LOAD_CONST_SMALL_INT_MULTI_MIN;
    if (v >= lo && v < lo + MPY_BC_LOAD_CONST_SMALL_INT_MULTI_NUM) {
        op_plain(s, 1, (unsigned char)(MPY_BC_LOAD_CONST_SMALL_INT_MULTI + (v - lo)));
    } else {
        op_plain(s, 1, MPY_BC_LOAD_CONST_SMALL_INT);
        if (!s->suppress) {
            bytes_put_sint(&s->code, v);
        }
    }
}

static void load_fast(Asm *s, uint32_t local) {
    if (local < MPY_BC_LOAD_FAST_MULTI_NUM) {
        op_plain(s, 1, (unsigned char)(MPY_BC_LOAD_FAST_MULTI + local));
    } else {
        op_uint(s, 1, MPY_BC_LOAD_FAST_N, local);
    }
}

static void store_fast(Asm *s, uint32_t local) {
    if (local < MPY_BC_STORE_FAST_MULTI_NUM) {
        op_plain(s, -1, (unsigned char)(MPY_BC_STORE_FAST_MULTI + local));
    } else {
        op_uint(s, -1, MPY_BC_STORE_FAST_N, local);
    }
}

static void unwind_jump(Asm *s, uint32_t label, uint32_t depth, bool from_for) {
    if (depth == 0) {
        if (from_for) {
            for (int i = 0; i < ITER_SLOTS; i++) {
                put_raw(s, MPY_BC_POP_TOP); /* the iterator and its buffer */
            }
        }
        op_jump(s, 0, MPY_BC_JUMP, label);
    } else {
        op_jump(s, 0, MPY_BC_UNWIND_JUMP, label);
        put_raw(s, (unsigned char)((from_for ? 0x80 : 0) | depth));
    }
    s->suppress = true;
}

/* The end of a with block: None for the no-exception case, then the handler label. The +2 makes
   room for calling __exit__; -4 then undoes it and SETUP_WITH's +2. */
static void with_cleanup(Asm *s, uint32_t label) {
    load_const_tok(s, T_KW_NONE);
    label_assign(s, label);
    op_plain(s, 2, MPY_BC_WITH_CLEANUP);
    adjust_stack(s, -4);
}

/* STORE_COMP's argument: collection stack index and kind in the low 2 bits; a dict comprehension
   stores a key and a value. */
static void store_comp(Asm *s, uint32_t kind, uint32_t index) {
    uint64_t extra = kind == IR_COMP_DICT ? 1 : 0;
    uint64_t tag = kind == IR_COMP_LIST ? 0 : kind == IR_COMP_DICT ? 1 : 2;
    op_uint(s, -1 - (int64_t)extra, MPY_BC_STORE_COMP, ((index + extra) << 2) | tag);
}

static void make_function(Asm *s, const Insn *in, bool closure) {
    bool defaults = in->a != 0 || in->b != 0;
    if (!closure) {
        op_child(s, defaults ? -1 : 1, defaults ? MPY_BC_MAKE_FUNCTION_DEFARGS : MPY_BC_MAKE_FUNCTION,
                 in->u.child);
        return;
    }
    int64_t n = in->c;
    op_child(s, defaults ? -1 - n : 1 - n, defaults ? MPY_BC_MAKE_CLOSURE_DEFARGS : MPY_BC_MAKE_CLOSURE,
             in->u.child);
    put_raw(s, (unsigned char)in->c);
}

/* A call pops the callable (and self for a method), the positional args, a key and value per
   keyword arg, and the star-args bitmap when there is one. */
static void call(Asm *s, const Insn *in, int64_t base_delta, unsigned char opcode) {
    int64_t popped = (int64_t)in->a + 2 * (int64_t)in->b;
    uint64_t arg = ((uint64_t)in->b << 8) | in->a;
    if (in->c != 0) {
        op_uint(s, base_delta - popped - 1, (unsigned char)(opcode + 1), arg);
    } else {
        op_uint(s, base_delta - popped, opcode, arg);
    }
}

static void build(Asm *s, uint32_t n, uint32_t kind) {
    int64_t delta = kind == IR_BUILD_MAP ? 1 : 1 - (int64_t)n;
    op_uint(s, delta, (unsigned char)(MPY_BC_BUILD_TUPLE + kind), n);
}

/* Loads, stores and deletes of global and module-level names: a qstr argument each. */
static void name_op(Asm *s, const Insn *in) {
    switch (in->op) {
    case IR_LOAD_NAME:
        op_qstr(s, 1, MPY_BC_LOAD_NAME, in->u.q);
        break;
    case IR_LOAD_GLOBAL:
        op_qstr(s, 1, MPY_BC_LOAD_GLOBAL, in->u.q);
        break;
    case IR_STORE_NAME:
        op_qstr(s, -1, MPY_BC_STORE_NAME, in->u.q);
        break;
    case IR_STORE_GLOBAL:
        op_qstr(s, -1, MPY_BC_STORE_GLOBAL, in->u.q);
        break;
    case IR_DELETE_NAME:
        op_qstr(s, 0, MPY_BC_DELETE_NAME, in->u.q);
        break;
    default:
        op_qstr(s, 0, MPY_BC_DELETE_GLOBAL, in->u.q);
        break;
    }
}

static void emit_insn(Asm *s, const Insn *in) {
    switch ((IrOp)in->op) {
    case IR_LINE:
        set_source_line(s, in->a);
        break;
    case IR_LABEL:
        label_assign(s, in->a);
        break;
    case IR_ADJUST_STACK:
        adjust_stack(s, in->u.i);
        break;
    case IR_LOAD_FAST:
        load_fast(s, in->a);
        break;
    case IR_LOAD_DEREF:
        op_uint(s, 1, MPY_BC_LOAD_DEREF, in->a);
        break;
    case IR_STORE_FAST:
        store_fast(s, in->a);
        break;
    case IR_STORE_DEREF:
        op_uint(s, -1, MPY_BC_STORE_DEREF, in->a);
        break;
    case IR_DELETE_FAST:
        op_uint(s, 0, MPY_BC_DELETE_FAST, in->a);
        break;
    case IR_DELETE_DEREF:
        op_uint(s, 0, MPY_BC_DELETE_DEREF, in->a);
        break;
    case IR_LOAD_NAME:
    case IR_LOAD_GLOBAL:
    case IR_STORE_NAME:
    case IR_STORE_GLOBAL:
    case IR_DELETE_NAME:
    case IR_DELETE_GLOBAL:
        name_op(s, in);
        break;
    case IR_IMPORT_NAME:
        op_qstr(s, -1, MPY_BC_IMPORT_NAME, in->u.q);
        break;
    case IR_IMPORT_FROM:
        op_qstr(s, 1, MPY_BC_IMPORT_FROM, in->u.q);
        break;
    case IR_IMPORT_STAR:
        op_plain(s, -1, MPY_BC_IMPORT_STAR);
        break;
    case IR_LOAD_CONST_TOK:
        load_const_tok(s, in->a);
        break;
    case IR_LOAD_CONST_SMALL_INT:
        load_small_int(s, in->u.i);
        break;
    case IR_LOAD_CONST_STR:
        op_qstr(s, 1, MPY_BC_LOAD_CONST_STRING, in->u.q);
        break;
    case IR_LOAD_CONST_OBJ:
        op_const(s, 1, MPY_BC_LOAD_CONST_OBJ, in->u.obj);
        break;
    case IR_LOAD_NULL:
        op_plain(s, 1, MPY_BC_LOAD_NULL);
        break;
    case IR_LOAD_METHOD:
        if (in->a != 0) {
            op_qstr(s, -1, MPY_BC_LOAD_SUPER_METHOD, in->u.q);
        } else {
            op_qstr(s, 1, MPY_BC_LOAD_METHOD, in->u.q);
        }
        break;
    case IR_LOAD_BUILD_CLASS:
        op_plain(s, 1, MPY_BC_LOAD_BUILD_CLASS);
        break;
    case IR_LOAD_SUBSCR:
        op_plain(s, -1, MPY_BC_LOAD_SUBSCR);
        break;
    case IR_STORE_SUBSCR:
        op_plain(s, -3, MPY_BC_STORE_SUBSCR);
        break;
    case IR_DELETE_SUBSCR:
        op_plain(s, 1, MPY_BC_LOAD_NULL);
        op_plain(s, 0, MPY_BC_ROT_THREE);
        op_plain(s, -3, MPY_BC_STORE_SUBSCR);
        break;
    case IR_LOAD_ATTR:
        op_qstr(s, 0, MPY_BC_LOAD_ATTR, in->u.q);
        break;
    case IR_STORE_ATTR:
        op_qstr(s, -2, MPY_BC_STORE_ATTR, in->u.q);
        break;
    case IR_DELETE_ATTR:
        op_plain(s, 1, MPY_BC_LOAD_NULL);
        op_plain(s, 0, MPY_BC_ROT_TWO);
        op_qstr(s, -2, MPY_BC_STORE_ATTR, in->u.q);
        break;
    case IR_DUP_TOP:
        op_plain(s, 1, MPY_BC_DUP_TOP);
        break;
    case IR_DUP_TOP_TWO:
        op_plain(s, 2, MPY_BC_DUP_TOP_TWO);
        break;
    case IR_POP_TOP:
        op_plain(s, -1, MPY_BC_POP_TOP);
        break;
    case IR_ROT_TWO:
        op_plain(s, 0, MPY_BC_ROT_TWO);
        break;
    case IR_ROT_THREE:
        op_plain(s, 0, MPY_BC_ROT_THREE);
        break;
    case IR_JUMP:
        op_jump(s, 0, MPY_BC_JUMP, in->a);
        s->suppress = true;
        break;
    case IR_POP_JUMP_IF:
        op_jump(s, -1, in->b ? MPY_BC_POP_JUMP_IF_TRUE : MPY_BC_POP_JUMP_IF_FALSE, in->a);
        break;
    case IR_JUMP_IF_OR_POP:
        op_jump(s, -1, in->b ? MPY_BC_JUMP_IF_TRUE_OR_POP : MPY_BC_JUMP_IF_FALSE_OR_POP, in->a);
        break;
    case IR_UNWIND_JUMP:
        unwind_jump(s, in->a, in->b, in->c != 0);
        break;
    case IR_SETUP_WITH:
        op_jump(s, 2, MPY_BC_SETUP_WITH, in->a); /* pops the manager, pushes __exit__, it and the value */
        break;
    case IR_SETUP_EXCEPT:
        op_jump(s, 0, MPY_BC_SETUP_EXCEPT, in->a);
        break;
    case IR_SETUP_FINALLY:
        op_jump(s, 0, MPY_BC_SETUP_FINALLY, in->a);
        break;
    case IR_WITH_CLEANUP:
        with_cleanup(s, in->a);
        break;
    case IR_END_FINALLY:
        op_plain(s, -1, MPY_BC_END_FINALLY);
        break;
    case IR_GET_ITER:
        if (in->a != 0) {
            op_plain(s, ITER_SLOTS - 1, MPY_BC_GET_ITER_STACK);
        } else {
            op_plain(s, 0, MPY_BC_GET_ITER);
        }
        break;
    case IR_FOR_ITER:
        op_jump(s, 1, MPY_BC_FOR_ITER, in->a);
        break;
    case IR_FOR_ITER_END:
        adjust_stack(s, -ITER_SLOTS);
        break;
    case IR_POP_EXCEPT_JUMP:
        op_jump(s, 0, MPY_BC_POP_EXCEPT_JUMP, in->a);
        s->suppress = true;
        break;
    case IR_UNARY_OP:
        op_plain(s, 0, (unsigned char)(MPY_BC_UNARY_OP_MULTI + in->a));
        break;
    case IR_BINARY_OP:
        op_plain(s, -1, (unsigned char)(MPY_BC_BINARY_OP_MULTI + in->a));
        break;
    case IR_BUILD:
        build(s, in->a, in->b);
        break;
    case IR_STORE_MAP:
        op_plain(s, -2, MPY_BC_STORE_MAP);
        break;
    case IR_STORE_COMP:
        store_comp(s, in->a, in->b);
        break;
    case IR_UNPACK_SEQUENCE:
        op_uint(s, -1 + (int64_t)in->a, MPY_BC_UNPACK_SEQUENCE, in->a);
        break;
    case IR_UNPACK_EX:
        op_uint(s, (int64_t)in->a + in->b, MPY_BC_UNPACK_EX, in->a | ((uint64_t)in->b << 8));
        break;
    case IR_MAKE_FUNCTION:
        make_function(s, in, false);
        break;
    case IR_MAKE_CLOSURE:
        make_function(s, in, true);
        break;
    case IR_CALL_FUNCTION:
        call(s, in, 0, MPY_BC_CALL_FUNCTION);
        break;
    case IR_CALL_METHOD:
        call(s, in, -1, MPY_BC_CALL_METHOD);
        break;
    case IR_RETURN_VALUE:
        op_plain(s, -1, MPY_BC_RETURN_VALUE);
        s->suppress = true;
        break;
    case IR_RAISE_VARARGS:
        op_plain(s, -(int64_t)in->a, (unsigned char)(MPY_BC_RAISE_LAST + in->a));
        s->suppress = true;
        break;
    case IR_YIELD_VALUE:
        op_plain(s, 0, MPY_BC_YIELD_VALUE);
        break;
    case IR_YIELD_FROM:
        op_plain(s, -1, MPY_BC_YIELD_FROM);
        break;
    case IR_START_EXCEPT_HANDLER:
        adjust_stack(s, 4); /* the exception, and 3 for an UNWIND_JUMP's state */
        break;
    case IR_END_EXCEPT_HANDLER:
        adjust_stack(s, -3);
        break;
    case IR_COUNT_:
        break;
    }
}

/* ---- Passes ---- */

static void start_pass(Asm *s, int pass) {
    const CodeUnit *cu = s->cu;
    s->pass = pass;
    s->suppress = false;
    s->stack = 0;
    s->line_offset = 0;
    s->last_line = 1;
    s->info.len = 0;
    s->code.len = 0;
    s->overflow = false;
    s->next_child = 0;

    /* the reference keeps the stack size in 16 bits: a deeper stack wraps there */
    uint64_t n_state = (uint64_t)cu->n_locals + (uint64_t)(uint16_t)s->max_stack;
    if (n_state == 0) {
        n_state = 1; /* an exception passing through needs a slot */
    }
    put_signature(&s->info, n_state, cu->exc_stack_size, s->sig_flags, cu->n_pos_args, cu->n_kwonly_args,
                  cu->n_def_pos_args);
    if (pass >= PASS_SIZE) {
        put_prelude_size(&s->info, s->n_info, s->n_cell);
    }
    size_t names_start = s->info.len;
    put_qstr(s, &s->info, cu->simple_name);
    for (size_t i = 0; i < (size_t)cu->n_pos_args + cu->n_kwonly_args; i++) {
        put_qstr(s, &s->info, cu->arg_names[i]);
    }
    s->n_info = names_start; /* completed at the end of the pass */
}

/* False when the emit pass must run again because the layout changed. */
static bool end_pass(Asm *s) {
    s->n_info = s->info.len - s->n_info;
    s->n_cell = 0;
    for (size_t i = 0; i < s->cu->n_cells; i++) {
        bytes_put(&s->info, (unsigned char)s->cu->cells[i]);
        s->n_cell++;
    }
    if (s->pass == PASS_SIZE) {
        s->info_size = s->info.len;
        s->code_size = s->code.len;
    } else if (s->pass == PASS_EMIT) {
        if (s->info.len != s->info_size || s->code.len != s->code_size) {
            s->info_size = s->info.len;
            s->code_size = s->code.len;
            return false;
        }
        if (s->overflow) {
            diag_raise_plain(s->trap, "RuntimeError", "bytecode overflow");
        }
    }
    return true;
}

static bool run_pass(Asm *s, int pass) {
    start_pass(s, pass);
    IrReader r;
    Insn in;
    ir_read_start(&r, &s->cu->code);
    while (ir_read_next(&r, &in)) {
        emit_insn(s, &in);
    }
    return end_pass(s);
}

/* Registers the qstrs and constants one instruction names, as the emitter would. */
static void use_tables(MpwTables *t, const Insn *in) {
    if (ir_names_qstr((IrOp)in->op)) {
        mpw_use_qstr(t, in->u.q);
        return;
    }
    switch ((IrOp)in->op) {
    case IR_LOAD_CONST_OBJ:
        mpw_use_const(t, in->u.obj);
        break;
    case IR_LOAD_CONST_TOK:
        if (in->a == T_ELLIPSIS) {
            mpw_use_const(t, &ellipsis_const);
        }
        break;
    default:
        break;
    }
}

void emit_scope_pass(MpwTables *t, const CodeUnit *cu) {
    mpw_use_qstr(t, cu->simple_name);
    IrReader r;
    Insn in;
    ir_read_start(&r, &cu->scope_code);
    while (ir_read_next(&r, &in)) {
        use_tables(t, &in);
    }
}

/* Label count, child count and whether the block yields, from one look at its code. */
static void survey(const CodeUnit *cu, uint32_t *n_labels, size_t *n_children, bool *yields) {
    uint32_t labels = cu->n_labels;
    size_t children = 0;
    *yields = false;
    IrReader r;
    Insn insn;
    const Insn *in = &insn;
    ir_read_start(&r, &cu->code);
    while (ir_read_next(&r, &insn)) {
        switch ((IrOp)in->op) {
        case IR_LABEL:
        case IR_JUMP:
        case IR_POP_JUMP_IF:
        case IR_JUMP_IF_OR_POP:
        case IR_UNWIND_JUMP:
        case IR_SETUP_WITH:
        case IR_SETUP_EXCEPT:
        case IR_SETUP_FINALLY:
        case IR_WITH_CLEANUP:
        case IR_FOR_ITER:
        case IR_POP_EXCEPT_JUMP:
            if (in->a >= labels) {
                labels = in->a + 1;
            }
            break;
        case IR_MAKE_FUNCTION:
        case IR_MAKE_CLOSURE:
            children++;
            break;
        case IR_YIELD_VALUE:
        case IR_YIELD_FROM:
            *yields = true;
            break;
        default:
            break;
        }
    }
    *n_labels = labels;
    *n_children = children;
}

void emit_assemble(MpwTables *t, const CodeUnit *cu, const mpyc_options *opt, Arena *a, DiagTrap *trap,
                   EmitCode *out) {
    Asm s;
    memset(&s, 0, sizeof s);
    s.tab = t;
    s.cu = cu;
    s.trap = trap;
    s.lines = !(opt->opt_level >= 3 || opt->no_source_lines);
    s.info.arena = a;
    s.code.arena = a;

    bool yields;
    survey(cu, &s.n_labels, &s.n_children, &yields);
    s.labels = arena_grow(a, NULL, (s.n_labels + 1) * sizeof(size_t));
    memset(s.labels, 0, (s.n_labels + 1) * sizeof(size_t));
    s.children = arena_alloc(a, (s.n_children + 1) * sizeof(CodeUnit *));
    uint32_t flags = cu->scope_flags | (yields ? IR_FLAG_GENERATOR : 0);
    s.sig_flags = flags & ir_sig_mask(opt->target);

    run_pass(&s, PASS_STACK);
    run_pass(&s, PASS_SIZE);
    int passes = 0;
    while (!run_pass(&s, PASS_EMIT)) {
        if (++passes == EMIT_PASS_LIMIT) {
            diag_raise_plain(trap, "RuntimeError", "bytecode overflow");
        }
    }

    out->len = s.info.len + s.code.len;
    out->data = arena_alloc(a, out->len + 1);
    if (s.info.len > 0) {
        memcpy(out->data, s.info.p, s.info.len);
    }
    if (s.code.len > 0) {
        memcpy(out->data + s.info.len, s.code.p, s.code.len);
    }
    arena_release(a, s.info.p);
    arena_release(a, s.code.p);
    arena_release(a, s.labels);
    out->children = s.children;
    out->n_children = s.n_children;
}
