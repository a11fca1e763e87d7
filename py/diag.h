/* diag.h: the one way every stage reports an error: fill a Diag and unwind to the entry point. */
#ifndef MPYC_DIAG_H
#define MPYC_DIAG_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "mpyc.h"

/* A report in the reference's form. With a traceback it reads
     Traceback (most recent call last):
       File "NAME", line N[, in SCOPE]
     EXC: MESSAGE
   without one only the last line is printed. */
typedef struct {
    const char *exc;        /* "SyntaxError", "IndentationError", "RuntimeError", ... */
    char msg[200];
    bool traceback;
    uint32_t line;
    const char *scope;      /* NULL: no ", in SCOPE" part */
} Diag;

/* Where a stage unwinds to; one per compilation, so compilations can run on threads. */
typedef struct {
    jmp_buf jb;
    Diag d;
} DiagTrap;

/* Records an error with a traceback at line (and scope, or NULL) and longjmps to trap->jb. */
_Noreturn void diag_raise(DiagTrap *trap, const char *exc, uint32_t line, const char *scope,
                          const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* The same for an error the reference prints without a traceback ("RuntimeError: name too long"). */
_Noreturn void diag_raise_plain(DiagTrap *trap, const char *exc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Formats d for the target; the result is malloc'd. */
char *diag_format(const Diag *d, const char *source_name, mpyc_target target);

#endif
