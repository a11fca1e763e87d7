/* ir.c: growing a code block's instruction lists, instruction names, and the per-target flags. */
#include "ir.h"

#include <string.h>

static const char *const ir_names[IR_COUNT_] = {
#define IR_NAME(name) #name,
    IR_LIST(IR_NAME)
#undef IR_NAME
};

/* Makes room for one more instruction in the list (*code, *n, *cap), growing it in place. */
static Insn *ir_grow(Arena *a, Insn **code, size_t *n, size_t *cap) {
    if (*n == *cap) {
        *cap = *cap == 0 ? 16 : *cap * 2;
        *code = arena_grow(a, *code, *cap * sizeof(Insn));
    }
    Insn *in = &(*code)[(*n)++];
    memset(in, 0, sizeof *in);
    return in;
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

Insn *ir_add(Arena *a, CodeUnit *cu, IrOp op, bool scope_pass) {
    Insn *in;
    if (!scope_pass) {
        in = ir_grow(a, &cu->code, &cu->n, &cu->cap);
    } else if (ir_uses_tables(op)) {
        in = ir_grow(a, &cu->scope_code, &cu->scope_n, &cu->scope_cap);
    } else {
        in = &cu->scratch;  /* the caller may fill in operands; nothing reads them */
        memset(in, 0, sizeof *in);
    }
    in->op = (uint8_t)op;
    return in;
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
