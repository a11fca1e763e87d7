/* compile.h: from a parse tree to the instruction lists of every code block of a module. */
#ifndef MPYC_COMPILE_H
#define MPYC_COMPILE_H

#include "diag.h"
#include "ir.h"
#include "mpyc.h"
#include "parser.h"

/* Compiles root into m (whose arena and qstr table are set), handing each code block to sink
   (when not NULL) as it is done. Errors unwind through trap with the reference's report
   ("SyntaxError: 'return' outside function" and the rest). */
void cmp_module(IrModule *m, PNode *root, Qstr source_file, const mpyc_options *opt, DiagTrap *trap,
                const IrSink *sink);

#endif
