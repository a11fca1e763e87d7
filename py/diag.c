/* diag.c: raising and formatting compile errors exactly as each reference prints them. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Noreturn void diag_unwind(DiagTrap *trap, const char *exc, bool tb, uint32_t line, const char *scope,
                                   const char *fmt, va_list ap) {
    Diag *d = &trap->d;
    d->exc = exc;
    d->traceback = tb;
    d->line = line;
    d->scope = scope;
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    longjmp(trap->jb, 1);
}

void diag_raise(DiagTrap *trap, const char *exc, uint32_t line, const char *scope, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_unwind(trap, exc, true, line, scope, fmt, ap);
}

void diag_raise_plain(DiagTrap *trap, const char *exc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_unwind(trap, exc, false, 0, NULL, fmt, ap);
}

char *diag_format(const Diag *d, const char *source_name, mpyc_target target) {
    /* CircuitPython ends the traceback header, and a File line that names a scope, with CRLF. */
    const char *crlf = target == MPYC_MICROPYTHON ? "\n" : "\r\n";
    size_t cap = strlen(source_name) + strlen(d->msg) + (d->scope ? strlen(d->scope) : 0) + 160;
    char *out = malloc(cap);
    if (out == NULL) {
        abort();
    }
    if (!d->traceback) {
        snprintf(out, cap, "%s: %s\n", d->exc, d->msg);
    } else if (d->scope != NULL) {
        snprintf(out, cap, "Traceback (most recent call last):%s  File \"%s\", line %u, in %s%s%s: %s\n", crlf,
                 source_name, (unsigned)d->line, d->scope, crlf, d->exc, d->msg);
    } else {
        snprintf(out, cap, "Traceback (most recent call last):%s  File \"%s\", line %u\n%s: %s\n", crlf,
                 source_name, (unsigned)d->line, d->exc, d->msg);
    }
    return out;
}
