/* ir.c: growing a code block's instruction lists, instruction names, and the per-target flags. */
#include "ir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const ir_names[IR_COUNT_] = {
#define IR_NAME(name) #name,
    IR_LIST(IR_NAME)
#undef IR_NAME
};

/* ---- Packed instructions ----
   The final pass's instructions are kept as bytes: the op, a byte saying which operands are
   not zero (bit 0: a, 1: b, 2: c, 3: u), then those operands, a and b as unsigned var-ints, c as
   one byte, and u's 64 bits as a zigzag var-int. Most instructions take 2 to 4 bytes instead of
   sizeof(Insn). */

static void code_put(Arena *a, IrList *l, uint8_t byte) {
    if (l->len == l->cap) {
        if (l->cap > UINT32_MAX / 2) {
            fputs("mpy-cross: out of memory (a code block past 2 GB of instructions)\n", stderr);
            abort();
        }
        l->cap = l->cap == 0 ? 64 : 2 * l->cap;
        l->bytes = arena_grow(a, l->bytes, l->cap);
    }
    l->bytes[l->len++] = byte;
}

static void code_put_uint(Arena *a, IrList *l, uint64_t v) {
    while (v >= 0x80) {
        code_put(a, l, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    code_put(a, l, (uint8_t)v);
}

static uint64_t raw_operand(const Insn *in) {
    uint64_t raw;
    memcpy(&raw, &in->u, sizeof raw);
    return raw;
}

static void pack(Arena *a, IrList *cu, const Insn *in) {
    uint64_t u = raw_operand(in);
    uint8_t mask = (uint8_t)((in->a != 0) | (in->b != 0) << 1 | (in->c != 0) << 2 | (u != 0) << 3);
    code_put(a, cu, in->op);
    code_put(a, cu, mask);
    if (mask & 1) {
        code_put_uint(a, cu, in->a);
    }
    if (mask & 2) {
        code_put_uint(a, cu, in->b);
    }
    if (mask & 4) {
        code_put(a, cu, in->c);
    }
    if (mask & 8) {
        code_put_uint(a, cu, u << 1 ^ (uint64_t)((int64_t)u >> 63));
    }
}

static uint64_t read_uint(const uint8_t **p) {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
        uint8_t byte = *(*p)++;
        v |= (uint64_t)(byte & 0x7f) << shift;
        if (byte < 0x80) {
            return v;
        }
    }
}

void ir_read_start(IrReader *r, const IrList *list) {
    r->p = list->bytes;
    r->end = list->bytes + list->len;
}

bool ir_read_next(IrReader *r, Insn *in) {
    if (r->p == r->end) {
        return false;
    }
    memset(in, 0, sizeof *in);
    in->op = *r->p++;
    uint8_t mask = *r->p++;
    if (mask & 1) {
        in->a = (uint32_t)read_uint(&r->p);
    }
    if (mask & 2) {
        in->b = (uint16_t)read_uint(&r->p);
    }
    if (mask & 4) {
        in->c = *r->p++;
    }
    if (mask & 8) {
        uint64_t z = read_uint(&r->p);
        uint64_t u = z >> 1 ^ (0 - (z & 1));
        memcpy(&in->u, &u, sizeof u);
    }
    return true;
}

void ir_list_release(Arena *a, IrList *list) {
    arena_release(a, list->bytes);
    memset(list, 0, sizeof *list);
}

bool ir_names_qstr(IrOp op) {
    switch (op) {
    case IR_LOAD_NAME:
    case IR_LOAD_GLOBAL:
    case IR_STORE_NAME:
    case IR_STORE_GLOBAL:
    case IR_DELETE_NAME:
    case IR_DELETE_GLOBAL:
    case IR_IMPORT_NAME:
    case IR_IMPORT_FROM:
    case IR_LOAD_CONST_STR:
    case IR_LOAD_METHOD:
    case IR_LOAD_ATTR:
    case IR_STORE_ATTR:
    case IR_DELETE_ATTR:
        return true;
    default:
        return false;
    }
}

/* The operations whose operands enter the module's qstr or constant table (a LOAD_CONST_TOK
   may be an Ellipsis, which is a constant). Of the scope pass only these matter (see
   CodeUnit.scope_code), so only these are kept from it. */
static bool ir_uses_tables(IrOp op) {
    return ir_names_qstr(op) || op == IR_LOAD_CONST_OBJ || op == IR_LOAD_CONST_TOK;
}

void ir_close(IrBuild *b) {
    if (b->open != NULL) {
        pack(b->arena, b->open, &b->last);
        b->open = NULL;
    }
}

Insn *ir_add(IrBuild *b, CodeUnit *cu, IrOp op, bool scope_pass) {
    ir_close(b);
    if (!scope_pass) {
        b->open = &cu->code;
    } else if (ir_uses_tables(op)) {
        b->open = &cu->scope_code;
    }   /* else the caller may fill in operands, but nothing reads them */
    memset(&b->last, 0, sizeof b->last);
    b->last.op = (uint8_t)op;
    return &b->last;
}

const char *ir_op_name(IrOp op) {
    return (unsigned)op < IR_COUNT_ ? ir_names[op] : "?";
}

/* MicroPython marks no async flag in a prelude; both CircuitPython targets use bit 4. */
uint32_t ir_flag_async(mpyc_target t) {
    return t == MPYC_MICROPYTHON ? 0 : 0x10;
}

/* The flags a prelude signature keeps: four bits in MicroPython, five with CircuitPython's async. */
uint32_t ir_sig_mask(mpyc_target t) {
    return t == MPYC_MICROPYTHON ? 0x0f : 0x1f;
}
