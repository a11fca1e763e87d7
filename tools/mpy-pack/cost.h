/* cost.h: what the parts of `mpy-pack cost` share (cost.c: inputs, compiling and the figures;
   cost_out.c: the table, JSON and HTML; cost_measure.c: measuring in the MicroPython VM). */
#ifndef MPY_PACK_COST_H
#define MPY_PACK_COST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "fsutil.h"
#include "mpy_cost.h"
#include "mpy_read.h"
#include "mpyc.h"

/* One module of the library (or of the stand-ins). */
typedef struct {
    char *name;             /* dotted; a package by its own name */
    bool is_pkg;
    char *rel;              /* file relative to the library root ("pkg/sub.py"); NULL: a package
                               folder without __init__ */
    char *board_path;       /* "/lib/pkg/sub.mpy"; "/lib/pkg" for a package */
    unsigned char *src;     /* the source, when the input was a .py */
    size_t src_len;
    unsigned char *mpy;     /* the .mpy costed (compiled, or as read) */
    size_t mpy_len;
    mpr_file *f;
    char *error;            /* why it could not be read or compiled */

    /* figures (estimates) */
    bool own_ok, tree_ok, frozen_ok;
    char *own_err, *tree_err;
    long long ram;          /* own import, everything it imports already loaded */
    long long ram_deps;     /* from nothing loaded */
    long long frozen_ram;   /* own import when frozen into the firmware */
    long long frozen_flash; /* what freezing it adds to the firmware (estimate) */
    long long own_kind[MPC_KIND__N];
    long long tree_kind[MPC_KIND__N];
    size_t own_qstrs;
    svec deps;              /* library modules loaded before it for "own", in load order */
    bool loaded_by_parent;  /* its package's __init__ imports it: its own import adds nothing */
    mpc_flag *flags;        /* flags of its own import */
    size_t n_flags;
    size_t n_tree_flags;
    mpc_share *shares;      /* the modules of its import tree and what each keeps */
    size_t n_shares;

    /* measured in the VM */
    bool measured;
    long long m_ram, m_ram_deps;
    char *m_err;
} cmod;

/* A library: its modules, compiled for one set of options. */
typedef struct {
    cmod *mods;
    size_t n, cap;
} clib;

/* One way of saving RAM, worked out by doing it. */
typedef struct {
    char *what;             /* "-O3", "-X no-source-lines", "flattened", "frozen" */
    bool available;
    char *why_not;          /* when not available */
    long long ram;          /* the package's RAM with it */
} csaving;

/* The RAM of a package (or top-level module) with everything in it imported. */
typedef struct {
    char *name;
    long long ram;
    long long flash;
    csaving *savings;
    size_t n_savings;
} cpackage;

typedef struct {
    char *name;             /* a preset name or "" */
    long long bytes;
    const char *source;
} cheap;

typedef struct {
    mpyc_target target;
    mpyc_options copt;
    bool json;
    const char *html;
    bool measure;
    const char *vm_dir;
    const char *stubs_dir;  /* --stubs DIR, or NULL */
    bool no_stubs;
    const char *entry;
    bool savings;
    bool have_heap;
    cheap heap;
    int verbose;

    clib lib;               /* the inputs as costed */
    clib stubs;
    char *lib_dir;          /* the folder of sources given (for flatten), or NULL */
    svec inputs;            /* what was given, for the report */

    /* the import tree of --entry, or of every module */
    bool have_tree;
    svec tree_roots;        /* the modules the entry imports, in order */
    long long tree_ram;
    long long tree_kind[MPC_KIND__N];
    mpc_share *tree_shares;
    size_t n_tree_shares;
    mpc_flag *tree_flags;
    size_t n_tree_flags;
    bool tree_ok;
    char *tree_err;

    cpackage *packages;
    size_t n_packages;

    bool measured_any;
    char *measure_error;
} cost_ctx;

/* The default stand-ins (cost_stubs.c, generated from tools/mpy-pack/stubs). */
typedef struct {
    const char *file;       /* "board.py" */
    const char *source;
} cost_stub;
extern const cost_stub cost_default_stubs[];
extern const size_t cost_n_default_stubs;

/* cost.c */
mpc_world *cost_world(const cost_ctx *cx, const clib *lib, bool frozen, mpc_firmware fw);
cmod *clib_find(const clib *lib, const char *name);
void clib_free(clib *lib);

/* cost_out.c */
void cost_print_table(const cost_ctx *cx, FILE *out);
bool cost_print_json(const cost_ctx *cx, FILE *out);
bool cost_write_html(const cost_ctx *cx, const char *path, char **err);
char *fmt_bytes(long long n); /* "12,345" (malloc'd) */

/* cost_measure.c: measures every module of cx->lib (compiled for MicroPython) in the VM. */
bool cost_measure(cost_ctx *cx, char **err);

#endif
