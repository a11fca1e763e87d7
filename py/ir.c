/* ir.c: growing a code block's instruction lists, instruction names, and the per-target flags. */
#include "ir.h"

#include <string.h>

static const char *const ir_names[IR_COUNT_] = {
#define IR_NAME(name) #name,
    IR_LIST(IR_NAME)
#undef IR_NAME
};

/* Makes room for one more instruction in the list (*code, *n, *cap), copying it into a larger
   arena block when full; the old block is left to the arena. */
static Insn *ir_grow(Arena *a, Insn **code, size_t *n, size_t *cap) {
    if (*n == *cap) {
        size_t bigger = *cap == 0 ? 16 : *cap * 2;
        Insn *fresh = arena_alloc(a, bigger * sizeof(Insn));
        if (*n > 0) {
            memcpy(fresh, *code, *n * sizeof(Insn));
        }
        *code = fresh;
        *cap = bigger;
    }
    Insn *in = &(*code)[(*n)++];
    memset(in, 0, sizeof *in);
    return in;
}

Insn *ir_add(Arena *a, CodeUnit *cu, IrOp op, bool scope_pass) {
    Insn *in = scope_pass ? ir_grow(a, &cu->scope_code, &cu->scope_n, &cu->scope_cap)
                          : ir_grow(a, &cu->code, &cu->n, &cu->cap);
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
