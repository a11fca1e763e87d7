/* emit.h: between the assembler (emit.c) and the .mpy writer (mpy_write.c): the module-wide qstr
   and constant tables, and the assembly of one code block. */
#ifndef MPYC_EMIT_H
#define MPYC_EMIT_H

#include <stddef.h>
#include <stdint.h>

#include "ir.h"

/* The module's qstr table and constant table, filled in the order of first use. */
typedef struct MpwTables MpwTables;

/* Empty tables whose qstr entry 0 is the source file, as the reference starts them. Constant
   equality follows the target's compiler (CircuitPython 9 merges 0.0 and -0.0). */
MpwTables *mpw_tables_new(Arena *a, const QTab *qt, mpyc_target target, Qstr source_file);
/* The table index of q, appending it when new. */
uint32_t mpw_use_qstr(MpwTables *t, Qstr q);
/* The index of a constant strictly equal to o (same type and value), appending o when new. */
uint32_t mpw_use_const(MpwTables *t, const Obj *o);
size_t mpw_qstr_count(const MpwTables *t);
Qstr mpw_qstr_at(const MpwTables *t, size_t i);
size_t mpw_const_count(const MpwTables *t);
const Obj *mpw_const_at(const MpwTables *t, size_t i);

/* Registers, in order, the qstrs and constants the reference's scope pass meets in cu: its simple
   name, then cu->scope_code. */
void emit_scope_pass(MpwTables *t, const CodeUnit *cu);

/* Assembles cu as the reference's stack-size, code-size and (repeated) emit passes do, into memory
   from a. Raises "RuntimeError: bytecode overflow" through trap when a jump does not fit. */
void emit_assemble(MpwTables *t, const CodeUnit *cu, const mpyc_options *opt, Arena *a, DiagTrap *trap,
                   EmitCode *out);

#endif
