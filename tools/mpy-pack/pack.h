/* pack.h: what the mpy-pack subcommands share: each is a main of its own, dispatched by main.c. */
#ifndef MPY_PACK_H
#define MPY_PACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mpyc.h"

/* Each subcommand takes argv[0] = its name and returns the exit status. */
int bundle_main(int argc, char **argv);
int flatten_main(int argc, char **argv);
int cost_main(int argc, char **argv);

/* Parses --target=T the way mpy-cross does; false (after printing an error) when T is unknown. */
bool pack_parse_target(const char *arg, mpyc_target *out);

/* The compiler's report as one line: "FILE:LINE: Exception: message" (malloc'd). */
char *pack_report_line(const char *file, const char *report);

/* ---- flatten (flatten.c), also for the cost command ----
   Takes the modules of packages out of their folders: P/__init__.py becomes P.mpy, P/x.py
   P_x.mpy, P/sub/y.py P_sub_y.mpy, and every import naming them is rewritten while compiling. */
typedef struct {
    const char *lib_dir;             /* the library sources: top-level modules and package folders */
    const char *const *packages;     /* the packages to flatten ("P", or "P.sub" alone); none: all */
    size_t n_packages;
    const char *const *user_files;   /* files that stay source (code.py): only their imports change */
    size_t n_user_files;
    mpyc_target target;
    int opt_level;
    bool leaf_names;                 /* P/x.py becomes x.mpy where that name is free */
    const char *out_dir;             /* NULL: work everything out, write nothing */
} flatten_request;

typedef struct {
    char *source;       /* "P/x.py" (relative to lib_dir), or a user file as given */
    char *output;       /* "P_x.mpy" (relative to out_dir) */
    char *package;      /* the flattened package it belongs to, or NULL */
    size_t size_before; /* compiled in its package (0 for user files) */
    size_t size_after;
} flatten_file;

typedef struct {
    char *name;                               /* "P" */
    size_t files_before, files_after;
    uint64_t sectors_before, sectors_after;   /* CIRCUITPY 512-byte sectors, folders counted */
    uint64_t bytes_before, bytes_after;
} flatten_package;

typedef struct {
    flatten_file *files;
    size_t n_files;
    flatten_package *packages;
    size_t n_packages;
    char *errors;       /* "FILE:LINE: reason" lines, or NULL */
    size_t n_errors;
    char *notes;        /* remarks, one a line ("P: left as it is: ..."), or NULL */
} flatten_report;

/* 0: done (written when out_dir is set); 1: some import cannot be rewritten or a file does not
   compile (rep->errors; nothing written); 2: a bad request or an I/O error (rep->errors). */
int flatten_library(const flatten_request *req, flatten_report *rep);
void flatten_report_free(flatten_report *rep);

#endif
