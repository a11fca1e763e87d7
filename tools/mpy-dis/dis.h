/* dis.h: the parts of mpy-dis (listing, summary, JSON) and what they share. */
#ifndef MPY_DIS_H
#define MPY_DIS_H

#include <stdbool.h>
#include <stdio.h>

#include "mpy_read.h"

typedef struct {
    bool diffable;      /* leave out file offsets, so two listings diff cleanly */
} dis_options;

/* The readable listing of one file. */
void dis_listing(FILE *out, const char *path, const mpr_file *f, const dis_options *o);

/* Bytes per block and in total. */
void dis_summary(FILE *out, const char *path, const mpr_file *f);

/* One JSON object for a file; err is used when f is NULL. */
void dis_json(FILE *out, const char *path, const mpr_file *f, const mpr_error *err, size_t size,
              const dis_options *o);

/* Helpers shared by the printers. */
const char *dis_kind_name(mpr_code_kind k);
/* Names of the set bits of a prelude's scope flags, separated by sep, into buf. */
const char *dis_scope_flags(const mpr_file *f, uint32_t flags, const char *sep, char *buf, size_t size);
/* A qstr as a name: plain when it prints safely, else Python's repr of it. */
const char *dis_qstr_shown(const mpr_file *f, uint64_t index);

#endif
