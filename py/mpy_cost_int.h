/* mpy_cost_int.h: the internals shared by the import-cost model's files (mpy_cost.c: world,
   heap, loader and import machinery; mpy_cost_vm.c: the bytecode interpreter and built-ins). */
#ifndef MPYC_MPY_COST_INT_H
#define MPYC_MPY_COST_INT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "mpy_cost.h"
#include "mpy_read.h"

/* ---- sizes of a 32-bit MicroPython heap (docs/cost-model.md cites each) ---- */
#define SZ_WORD 4
#define SZ_DICT 16          /* mp_obj_dict_t: base, map header (2 words), table pointer */
#define SZ_MAP_ELEM 8       /* key and value */
#define SZ_LIST 16          /* mp_obj_list_t: base, alloc, len, items */
#define SZ_TUPLE_HDR 8      /* mp_obj_tuple_t: base, len, then the items */
#define SZ_SET 16           /* mp_obj_set_t: base, alloc, used, table */
#define SZ_STR 16           /* mp_obj_str_t: base, hash, len, data; data is a separate len + 1 */
#define SZ_ARRAY 16         /* mp_obj_array_t (bytearray, memoryview): base, typecode/free, len, items */
#define SZ_INT_MPZ 16       /* mp_obj_int_t: base and mpz_t (flags/alloc, len, digits pointer) */
#define SZ_FLOAT 16         /* mp_obj_float_t: base and a double (8-aligned) */
#define SZ_COMPLEX 24       /* mp_obj_complex_t: base and two doubles */
#define SZ_FUN_BC 16        /* mp_obj_fun_bc_t: base, context, child table, bytecode; + defaults */
#define SZ_CLOSURE 12       /* mp_obj_closure_t: base, fun, n_closed; + the cells */
#define SZ_CELL 8           /* mp_obj_cell_t: base, obj */
#define SZ_TYPE_HDR 20      /* mp_obj_type_t up to its slots: base, flags, name, 12 slot indices */
#define SZ_INSTANCE 12      /* mp_obj_instance_t: base and the members map header; + native sub-object */
#define SZ_PROPERTY 16      /* mp_obj_property_t: base and getter, setter, deleter */
#define SZ_STATICMETH 8     /* mp_obj_static_class_method_t: base, fun */
#define SZ_BOUNDMETH 12     /* mp_obj_bound_meth_t: base, meth, self */
#define SZ_MODULE_CTX 16    /* mp_module_context_t: module (base, globals) and constants (2 tables) */
#define SZ_RAW_CODE 12      /* mp_raw_code_t (bytecode-only build): header word, fun_data, children */
#define SZ_NT_TYPE 56       /* mp_obj_namedtuple_type_t: empty type, 8 slots, n_fields; + 2 per field */
#define SZ_ITER_OBJ 16      /* heap iterators (enumerate, zip, map, filter) */
#define SZ_EXC 16           /* mp_obj_exception_t: base, traceback fields, args */
#define SZ_RANGE 16         /* mp_obj_range_t */
#define SZ_GEN 40           /* generator instance: base, globals, code state header (+ state words) */
#define SZ_QSTR_ENTRY 7     /* pool entry: pointer, 2-byte hash, 1-byte length */
#define SZ_SYS_MODULES_ENTRY 8
#define MODULE_DICT_SIZE 1  /* MICROPY_MODULE_DICT_SIZE */
#define LIST_MIN_ALLOC 4
#define MPZ_DIG_BYTES 2     /* 16-bit mpz digits on a 32-bit target */
#define SMALL_INT_MIN (-(INT64_C(1) << 30))
#define SMALL_INT_MAX ((INT64_C(1) << 30) - 1)

/* ---- values ---- */
enum {
    V_NULL,     /* MP_OBJ_NULL: absent (an empty stack slot, LOAD_NULL, a missing default) */
    V_NONE,
    V_FALSE,
    V_TRUE,
    V_ELLIPSIS,
    V_INT,      /* small int: i */
    V_QSTR,     /* an interned str: id is its string id */
    V_OBJ,      /* a heap object: id */
    V_BUILTIN,  /* a built-in function or type: id is a BI_* number */
    V_OPAQUE,   /* something the firmware has that the model does not follow: id names it */
    V_UNKNOWN,  /* a value the model lost track of */
    V_RAW,      /* internal numbers the VM keeps on the stack (unwind targets and counts) */
};

typedef struct {
    uint8_t k;
    uint32_t id;
    int64_t i;
} val;

/* ---- heap objects ---- */
enum {
    OT_MODULE, OT_DICT, OT_RAW, OT_RC, OT_FUN, OT_CLOSURE, OT_CELL, OT_CLASS, OT_INSTANCE,
    OT_TUPLE, OT_LIST, OT_SET, OT_STR, OT_BYTES, OT_BYTEARRAY, OT_MEMVIEW, OT_INT, OT_FLOAT,
    OT_COMPLEX, OT_PROPERTY, OT_STATICMETH, OT_CLASSMETH, OT_BOUNDMETH, OT_RANGE, OT_ITER,
    OT_GEN, OT_EXC, OT_NTTYPE, OT_SLICE,
};

/* Iterator kinds (OT_ITER, i = kind). */
enum { IT_SEQ, IT_RANGE, IT_DICT, IT_ENUMERATE, IT_ZIP, IT_MAP, IT_REVERSED, IT_STR, IT_FILTER };

typedef struct {
    val *k, *v;
    uint32_t n, cap;
    uint32_t alloc, used;   /* as the runtime's hash map counts them */
} cmap;

typedef struct {
    uint8_t t;
    uint8_t kind;       /* mpc_kind */
    bool rom;           /* in flash: not counted */
    bool flag;          /* type-specific: frozenset, generator, native base, ... */
    uint16_t owner;     /* module record (1-based) whose code made it; 0: none */
    uint32_t sz[2];     /* up to two separate allocations, in bytes */
    val *v;             /* items, defaults, cells, bases, fields */
    uint32_t n, cap;
    cmap map;           /* dict entries, instance members */
    uint32_t ref[4];    /* other objects it points to (0: none) */
    uint32_t alloc;     /* list/set capacity */
    uint32_t name;      /* string id: class/function/module name */
    uint32_t mod;       /* module record (1-based) of a function's or module's code */
    const mpr_code *code;
    const char *text;   /* str/bytes data */
    size_t len;
    int64_t i;
    double f;
} mobj;

/* ---- the world ---- */
typedef struct {
    char *name;
    bool is_pkg;
    bool stub;
    char *path;         /* /lib/pkg/sub.mpy, /lib/pkg for a package */
    const mpr_file *f;
} wmod;

typedef struct {
    const char *name;
    const char *attrs;  /* space-separated, NULL: any name */
} wbuiltin;

struct mpc_world {
    mpc_firmware fw;
    bool frozen;
    Arena *a;
    wmod *mods;
    size_t n_mods, cap_mods;
    const wbuiltin *builtins;
    size_t n_builtins;
};

/* ---- strings ---- */
enum { Q_NONE, Q_FIRMWARE, Q_CREATED, Q_PRE };

typedef struct {
    const char *s;
    uint32_t len;
    uint32_t hash;
    uint8_t q;          /* Q_*: is it a qstr in the VM, and since when; Q_PRE: interned
                           beforehand, counted when the import interns it */
} sent;

/* ---- module records ---- */
typedef struct {
    uint32_t name;      /* string id of the dotted name */
    uint32_t obj;       /* the module object */
    const wmod *src;    /* NULL for a built-in */
    const wbuiltin *bi;
    uint32_t *qs;       /* string id of each qstr table entry */
    val *consts;        /* each constant */
    uint32_t *rcs;      /* raw code object of each block, by block index */
    bool stub;
    bool done;
    uint32_t done_seq;  /* order in which loading finished */
} modrec;

typedef struct {
    uint32_t handler;   /* offset */
    int sp;
    bool finally;       /* with or finally: runs on the way out */
} excblk;

typedef struct frame {
    const mpr_code *c;
    uint32_t mod;       /* module record */
    uint32_t globals;   /* dict */
    uint32_t locals;    /* dict for module and class bodies, 0 for functions */
    val *fast;
    uint32_t n_fast;
    val *stk;
    int sp, cap;
    excblk exc[32];
    int n_exc;
    size_t pc;          /* index into c->insns */
    int depth;
} frame;

enum { X_OK, X_RAISE, X_ABORT };

struct mpc_sim {
    mpc_world *w;
    Arena *a;
    sent *st;
    uint32_t n_st, cap_st;
    uint32_t *slots;
    uint32_t n_slots;
    mobj *o;
    uint32_t n_o, cap_o;
    modrec *m;
    uint32_t n_m, cap_m;
    uint32_t *sysmods;  /* module records in sys.modules, in order */
    uint32_t n_sysmods, cap_sysmods;
    uint32_t cur_owner; /* module record whose code runs now */
    uint32_t done_count;
    uint32_t empty_bytes, empty_tuple;
    /* the import being measured */
    bool measuring;
    uint32_t *newq;
    uint32_t n_newq, cap_newq;
    uint32_t *newq_owner;
    uint32_t n_newq_owner, cap_newq_owner;
    mpc_flag *flags;
    size_t n_flags, cap_flags;
    const char **loaded;
    size_t n_loaded, cap_loaded;
    long steps;
    val exc;            /* the exception being raised (X_RAISE) */
    char err[300];
};

typedef struct mpc_sim sim;

/* mpy_cost.c */
uint32_t sid(sim *s, const char *t, size_t len);
uint32_t sidz(sim *s, const char *t);
const char *stext(sim *s, uint32_t id, size_t *len);
void qintern(sim *s, uint32_t id);
bool qexists(sim *s, uint32_t id);
uint32_t onew(sim *s, int t, int kind);
mobj *O(sim *s, uint32_t id);
void oset_sz(sim *s, uint32_t id, int i, size_t bytes);
void opush(sim *s, uint32_t id, val v);
val vobj(uint32_t id);
val vint(int64_t i);
val vq(uint32_t id);
val vk(int k);
bool visobj(sim *s, val v, int t);
int map_find(sim *s, cmap *m, val key);
void map_store(sim *s, uint32_t owner_obj, cmap *m, val key, val value);
bool map_delete(sim *s, cmap *m, val key);
void flag(sim *s, const frame *f, const char *fmt, ...);
uint32_t new_str_obj(sim *s, const char *t, size_t len, int kind);
val new_str_val(sim *s, const char *t, size_t len);
val make_int(sim *s, int64_t i, int kind);
val make_float(sim *s, double d, int kind);
int do_import_name(sim *s, frame *f, uint32_t name, val fromlist, int64_t level, val *out);
int do_import_from(sim *s, frame *f, val module, uint32_t name, val *out);
int do_import_star(sim *s, frame *f, val module);
bool builtin_module_has(sim *s, uint32_t rec, uint32_t name);
bool val_text(sim *s, val v, const char **t, size_t *len);
bool key_eq(sim *s, val a, val b);

/* mpy_cost_vm.c */
int run_module_code(sim *s, uint32_t modrec, const mpr_code *c, uint32_t globals);
int call_value(sim *s, frame *caller, val fn, int n_pos, const val *args, int n_kw, const val *kw, val *ret);
int raise_new(sim *s, int bi_type, const char *msg);
int getattr_val(sim *s, frame *f, val obj, uint32_t name, val *out, bool *found);
int builtin_by_name(const char *name, size_t len);
const char *builtin_name(int bi);
bool builtin_is_exc(int bi);
bool builtin_exc_sub(int sub, int sup);
val make_fun(sim *s, uint32_t modrec, const mpr_code *c, val defs, val kwdefs, int n_closed, const val *cells);
int bi_importerror(void);
int bi_exc(const char *name);

#endif
