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

/* ---- Packed instructions (the format is described in ir.h, beside the reader) ---- */

enum { PACKED_MAX = 2 + 5 + 3 + 1 + 10 };   /* op, mask, a, b, c, u at their longest */

/* Room for one more packed instruction at the end of l. */
static void reserve(Arena *a, IrList *l) {
    if (l->cap - l->len >= PACKED_MAX) {
        return;
    }
    if (l->cap > UINT32_MAX / 2) {
        fputs("mpy-cross: out of memory (a code block past 2 GB of instructions)\n", stderr);
        abort();
    }
    l->cap = l->cap == 0 ? 64 : 2 * l->cap;
    l->bytes = arena_grow(a, l->bytes, l->cap);
}

static uint8_t *put_uint(uint8_t *p, uint64_t v) {
    while (v >= 0x80) {
        *p++ = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    *p++ = (uint8_t)v;
    return p;
}

static void pack(Arena *a, IrList *l, const Insn *in) {
    uint64_t u;
    memcpy(&u, &in->u, sizeof u);
    uint8_t mask = (uint8_t)((in->a != 0) | (in->b != 0) << 1 | (in->c != 0) << 2 | (u != 0) << 3);
    reserve(a, l);
    uint8_t *p = l->bytes + l->len;
    *p++ = in->op;
    *p++ = mask;
    if (mask & 1) {
        p = put_uint(p, in->a);
    }
    if (mask & 2) {
        p = put_uint(p, in->b);
    }
    if (mask & 4) {
        *p++ = in->c;
    }
    if (mask & 8) {
        p = put_uint(p, u << 1 ^ (uint64_t)((int64_t)u >> 63));
    }
    l->len = (uint32_t)(p - l->bytes);
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
