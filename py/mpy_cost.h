/* mpy_cost.h: what importing a module costs in RAM on a 32-bit MicroPython/CircuitPython heap.

   A model, not a measurement: it replays what the runtime does when it imports a .mpy file,
   on abstract objects that have the sizes the real ones have (docs/cost-model.md gives the
   facts and where they come from). Loading allocates the code structures, copies the bytecode
   and interns the qstrs; running the module body makes the module's globals, functions,
   classes and containers. The body is interpreted: constants, arithmetic, containers, calls of
   the module's own functions and classes are followed; what cannot be followed (a call into
   the firmware whose result is kept, a loop over a runtime value) is flagged, never guessed.

   The RAM figure of an import is defined so that it does not depend on what was imported
   before: the heap bytes the import keeps after a collection (whole 16-byte blocks), plus
   7 + len + 1 bytes for each qstr it creates, plus 8 bytes for each new sys.modules entry;
   the growth of shared tables (qstr pools, the sys.modules table) is not counted.

   Use: make a world (what the board has: firmware qstrs, built-in modules, stand-ins for
   hardware modules, the library's modules), then one simulation per scenario: a fresh heap
   where the stand-ins are loaded; import what should be loaded already, then import the
   module whose cost is wanted. Nothing here prints; nothing is global. */
#ifndef MPYC_MPY_COST_H
#define MPYC_MPY_COST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mpy_read.h"

/* Where the RAM goes. */
typedef enum {
    MPC_KIND_BYTECODE,  /* bytecode copied from the file (kept for functions and methods) */
    MPC_KIND_CODE,      /* code structures: raw code records, child tables, qstr and constant tables */
    MPC_KIND_QSTR,      /* interned names: 7 bytes of pool entry plus the string and its NUL */
    MPC_KIND_CONST,     /* constant objects loaded from the file (str, bytes, float, big int, tuple) */
    MPC_KIND_FUNC,      /* function objects, closures, cells, bound methods, property wrappers */
    MPC_KIND_CLASS,     /* class (type) objects */
    MPC_KIND_DICT,      /* dicts: module globals, class dicts, dict values */
    MPC_KIND_DATA,      /* other objects made by running code: lists, tuples, instances, numbers, str */
    MPC_KIND_MODULE,    /* module objects and sys.modules entries */
    MPC_KIND__N
} mpc_kind;

/* Short lower-case name of a kind ("bytecode", "qstrs", ...). */
const char *mpc_kind_name(mpc_kind k);

/* The heap's allocation unit and the sizes it rests on (32-bit target). */
#define MPC_BLOCK 16
size_t mpc_blocks(size_t bytes); /* bytes rounded up to whole blocks, 0 for 0 */

/* The firmware: which runtime's facts to use. */
typedef enum {
    MPC_FW_MICROPYTHON,   /* the MicroPython 1.27 VM's ROM qstrs and built-in modules (measured) */
    MPC_FW_CIRCUITPYTHON, /* MicroPython core qstrs, CircuitPython's module names; attributes unknown */
} mpc_firmware;

typedef struct mpc_world mpc_world;

/* A world with the firmware's qstrs and built-in modules. */
mpc_world *mpc_world_new(mpc_firmware fw);
void mpc_world_free(mpc_world *w);

/* Adds a library module: its dotted name ("pkg.sub"; a package by its own name), whether it is
   a package (then f is its __init__, or NULL for a folder without one), the path the board
   loads it from ("/lib/pkg/sub.mpy", "/lib/pkg" for a package) and the parsed file, which
   must outlive the world. False if the name is already there. */
bool mpc_world_add_module(mpc_world *w, const char *name, bool is_package, const char *board_path,
                          const mpr_file *f);

/* Adds a stand-in for a module the board has built in (a .py compiled and parsed like any
   module): every simulation loads it before anything is measured, so its names count as
   already interned and importing it costs nothing, as on a board. */
bool mpc_world_add_stub(mpc_world *w, const char *name, bool is_package, const char *board_path,
                        const mpr_file *f);

/* Frozen: the library's modules are frozen into the firmware (bytecode, code structures,
   constant objects and qstrs in flash), so only what running them makes is counted. */
void mpc_world_set_frozen(mpc_world *w, bool frozen);

/* Is this module in the world (library, stand-in or built-in)? */
bool mpc_world_has_library_module(const mpc_world *w, const char *name);
bool mpc_world_is_builtin(const mpc_world *w, const char *name);

/* A flag: a figure rests on something the model could not follow. */
typedef struct {
    char *module;   /* the module whose code it is in */
    char *where;    /* code path, "<module>" or "Class.method" */
    uint32_t line;  /* source line, 0 if unknown */
    char *text;
} mpc_flag;

/* One module's share of an import. */
typedef struct {
    char *name;
    long long bytes;
    long long by_kind[MPC_KIND__N];
} mpc_share;

/* The cost of one import. */
typedef struct {
    bool ok;                    /* false: the import raised; error says what */
    char *error;
    long long ram;              /* heap + qstr_bytes + 8 * n_modules */
    long long heap;             /* heap bytes kept (whole blocks) */
    long long by_kind[MPC_KIND__N];
    size_t n_qstrs;
    long long qstr_bytes;
    size_t n_modules;           /* new sys.modules entries */
    char **qstrs;               /* the new qstrs, in the order they were made */
    char **modules;             /* the modules loaded, in the order they were created */
    mpc_share *shares;          /* per module (owner of what was allocated), load order */
    size_t n_shares;
    mpc_flag *flags;
    size_t n_flags;
} mpc_cost;

void mpc_cost_free(mpc_cost *c);

typedef struct mpc_sim mpc_sim;

/* A fresh heap with the world's stand-ins loaded. */
mpc_sim *mpc_sim_new(mpc_world *w);
void mpc_sim_free(mpc_sim *s);

/* Imports name as __import__(name) would (parents first), measuring what it keeps. The cost is
   filled in either way; returns c->ok. */
bool mpc_sim_import(mpc_sim *s, const char *name, mpc_cost *c);

/* Interns these texts beforehand, as the measurement protocol does with the qstrs an import
   will make: they exist from the start of the next import (a str constant with the same text
   loads as that qstr) and are still counted as new when the import interns them. Texts that
   are qstrs already are left as they are. */
void mpc_sim_preintern(mpc_sim *s, const char *const *texts);

/* The library modules loaded so far (stand-ins left out), in the order their loading finished,
   which is an order to import them in one by one; NULL-terminated, owned by the simulation. */
const char *const *mpc_sim_loaded(mpc_sim *s);

/* The firmware tables (py/mpy_cost_fw.c is generated from the VM). */
typedef struct {
    const char *name;
    const char *attrs;  /* space-separated */
} mpc_fw_module;
extern const char *const mpc_fw_mp_qstrs[];
extern const size_t mpc_fw_mp_n_qstrs;
extern const mpc_fw_module mpc_fw_mp_modules[];
extern const size_t mpc_fw_mp_n_modules;

#endif
