/* mpy_cost_vm.c: the interpreter of the import-cost model. It runs module bodies, class bodies
   and the functions they call, on abstract values, making the objects the runtime makes
   (py/vm.c, py/runtime.c, py/objtype.c, py/objfun.c, py/obj*.c). Where it cannot follow (a
   call into the firmware, a value only known at run time) it flags and goes on with an
   unknown value; it never invents an allocation. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mpy_cost_int.h"
#include "opcodes.h"

#define MAX_DEPTH 24
#define MAX_STEPS 1000000L
#define N_ITER_SLOTS 4      /* MP_OBJ_ITER_BUF_NSLOTS */

/* ==================================================================================
   Built-ins
   ================================================================================== */

enum {
    BI_NONE_,
    BI_BUILD_CLASS, BI_PROPERTY, BI_STATICMETHOD, BI_CLASSMETHOD, BI_SUPER, BI_OBJECT, BI_TYPE,
    BI_ISINSTANCE, BI_ISSUBCLASS, BI_HASATTR, BI_GETATTR, BI_SETATTR, BI_LEN, BI_RANGE,
    BI_ENUMERATE, BI_ZIP, BI_REVERSED, BI_SORTED, BI_LIST, BI_TUPLE, BI_DICT, BI_SET,
    BI_FROZENSET, BI_BYTES, BI_BYTEARRAY, BI_MEMORYVIEW, BI_STR, BI_INT, BI_FLOAT, BI_BOOL,
    BI_ABS, BI_MIN, BI_MAX, BI_SUM, BI_ROUND, BI_ORD, BI_CHR, BI_PRINT, BI_ITER, BI_NEXT,
    BI_GLOBALS, BI_LOCALS, BI_POW, BI_DIVMOD, BI_CALLABLE, BI_ID, BI_HASH, BI_REPR, BI_ANY,
    BI_ALL, BI_MAP, BI_FILTER, BI_DIR, BI_HEX, BI_BIN, BI_OCT, BI_OPEN, BI_IMPORT, BI_COMPLEX,
    BI_SLICE,
    /* firmware functions the model knows */
    BI_CONST, BI_NAMEDTUPLE, BI_ORDEREDDICT, BI_CALCSIZE, BI_PURE_NONE, BI_STRUCT_PACK,
    /* methods of built-in types (self is passed first) */
    BI_M_APPEND, BI_M_EXTEND, BI_M_INSERT, BI_M_POP, BI_M_REMOVE, BI_M_INDEX, BI_M_COUNT,
    BI_M_GET, BI_M_KEYS, BI_M_VALUES, BI_M_ITEMS, BI_M_UPDATE, BI_M_SETDEFAULT, BI_M_COPY,
    BI_M_JOIN, BI_M_FORMAT, BI_M_SPLIT, BI_M_STARTSWITH, BI_M_ENDSWITH, BI_M_REPLACE,
    BI_M_UPPER, BI_M_LOWER, BI_M_STRIP, BI_M_FIND, BI_M_ADD, BI_M_SETTER, BI_M_GETTER,
    BI_M_DELETER, BI_M_CLEAR, BI_M_ENCODE, BI_M_DECODE,
    /* exceptions */
    BI_EXC_FIRST,
};

static const char *const bi_names[] = {
    "", "__build_class__", "property", "staticmethod", "classmethod", "super", "object", "type",
    "isinstance", "issubclass", "hasattr", "getattr", "setattr", "len", "range", "enumerate",
    "zip", "reversed", "sorted", "list", "tuple", "dict", "set", "frozenset", "bytes",
    "bytearray", "memoryview", "str", "int", "float", "bool", "abs", "min", "max", "sum",
    "round", "ord", "chr", "print", "iter", "next", "globals", "locals", "pow", "divmod",
    "callable", "id", "hash", "repr", "any", "all", "map", "filter", "dir", "hex", "bin", "oct",
    "open", "__import__", "complex", "slice",
    "const", "namedtuple", "OrderedDict", "calcsize", "<pure>", "pack",
    "append", "extend", "insert", "pop", "remove", "index", "count", "get", "keys", "values",
    "items", "update", "setdefault", "copy", "join", "format", "split", "startswith",
    "endswith", "replace", "upper", "lower", "strip", "find", "add", "setter", "getter",
    "deleter", "clear", "encode", "decode",
};

/* The exception classes and their parents (py/objexcept.c). */
static const struct {
    const char *name;
    const char *parent;
} exc_table[] = {
    {"BaseException", NULL}, {"Exception", "BaseException"}, {"SystemExit", "BaseException"},
    {"KeyboardInterrupt", "BaseException"}, {"GeneratorExit", "BaseException"},
    {"ArithmeticError", "Exception"}, {"OverflowError", "ArithmeticError"},
    {"ZeroDivisionError", "ArithmeticError"}, {"AssertionError", "Exception"},
    {"AttributeError", "Exception"}, {"EOFError", "Exception"}, {"ImportError", "Exception"},
    {"LookupError", "Exception"}, {"IndexError", "LookupError"}, {"KeyError", "LookupError"},
    {"MemoryError", "Exception"}, {"NameError", "Exception"}, {"OSError", "Exception"},
    {"RuntimeError", "Exception"}, {"NotImplementedError", "RuntimeError"},
    {"StopIteration", "Exception"}, {"SyntaxError", "Exception"},
    {"IndentationError", "SyntaxError"}, {"TypeError", "Exception"},
    {"ValueError", "Exception"}, {"UnicodeError", "ValueError"}, {"TimeoutError", "OSError"},
    {"ConnectionError", "OSError"}, {"BrokenPipeError", "ConnectionError"},
    {"ConnectionAbortedError", "ConnectionError"}, {"ConnectionRefusedError", "ConnectionError"},
    {"ConnectionResetError", "ConnectionError"}, {"StopAsyncIteration", "Exception"},
    {"CancelledError", "BaseException"}, {"ReloadException", "BaseException"},
};
#define N_EXC (int)(sizeof exc_table / sizeof exc_table[0])
#define N_BI_PLAIN (int)(sizeof bi_names / sizeof bi_names[0])

const char *builtin_name(int bi) {
    if (bi >= BI_EXC_FIRST && bi < BI_EXC_FIRST + N_EXC) {
        return exc_table[bi - BI_EXC_FIRST].name;
    }
    if (bi >= 0 && bi < N_BI_PLAIN) {
        return bi_names[bi];
    }
    return "?";
}

int bi_exc(const char *name) {
    for (int i = 0; i < N_EXC; i++) {
        if (strcmp(exc_table[i].name, name) == 0) {
            return BI_EXC_FIRST + i;
        }
    }
    return BI_EXC_FIRST + 1;
}

int bi_importerror(void) {
    return bi_exc("ImportError");
}

bool builtin_is_exc(int bi) {
    return bi >= BI_EXC_FIRST && bi < BI_EXC_FIRST + N_EXC;
}

bool builtin_exc_sub(int sub, int sup) {
    if (!builtin_is_exc(sub) || !builtin_is_exc(sup)) {
        return false;
    }
    for (int b = sub; b >= 0;) {
        if (b == sup) {
            return true;
        }
        const char *p = exc_table[b - BI_EXC_FIRST].parent;
        if (!p) {
            return false;
        }
        b = bi_exc(p);
    }
    return false;
}

/* Names looked up in builtins (the ones the model gives meaning to). */
int builtin_by_name(const char *name, size_t len) {
    for (int i = 1; i <= BI_SLICE; i++) {
        if (strlen(bi_names[i]) == len && memcmp(bi_names[i], name, len) == 0) {
            return i;
        }
    }
    for (int i = 0; i < N_EXC; i++) {
        if (strlen(exc_table[i].name) == len && memcmp(exc_table[i].name, name, len) == 0) {
            return BI_EXC_FIRST + i;
        }
    }
    return 0;
}

/* Other names the builtins module has: known to exist, meaning not modelled. */
static const char *const other_builtins[] = {
    "NotImplemented", "Ellipsis", "__name__", "__debug__", "__repl_print__", "compile", "eval",
    "exec", "help", "input", "delattr", "vars", "__dict__", "__build_class__",
};

static bool is_other_builtin(const char *name, size_t len) {
    for (size_t i = 0; i < sizeof other_builtins / sizeof other_builtins[0]; i++) {
        if (strlen(other_builtins[i]) == len && memcmp(other_builtins[i], name, len) == 0) {
            return true;
        }
    }
    return false;
}

static val vbi(int bi) {
    val v = {V_BUILTIN, (uint32_t)bi, 0};
    return v;
}

static val vopaque(sim *s, const char *t, size_t len) {
    val v = {V_OPAQUE, sid(s, t, len), 0};
    return v;
}

/* Firmware functions whose effect the model knows, by "module.name". */
static int known_firmware(const char *full) {
    static const struct {
        const char *name;
        int bi;
    } t[] = {
        {"micropython.const", BI_CONST}, {"collections.namedtuple", BI_NAMEDTUPLE},
        {"collections.OrderedDict", BI_ORDEREDDICT}, {"struct.calcsize", BI_CALCSIZE}, {"struct.pack", BI_STRUCT_PACK},
        {"time.sleep", BI_PURE_NONE}, {"time.sleep_ms", BI_PURE_NONE}, {"time.sleep_us", BI_PURE_NONE},
        {"gc.collect", BI_PURE_NONE}, {"gc.enable", BI_PURE_NONE}, {"gc.disable", BI_PURE_NONE},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        if (strcmp(t[i].name, full) == 0) {
            return t[i].bi;
        }
    }
    return 0;
}

/* ==================================================================================
   Exceptions
   ================================================================================== */

static uint32_t new_exc(sim *s, int bi, uint32_t cls, const char *msg) {
    uint32_t id = onew(s, OT_EXC, MPC_KIND_DATA);
    mobj *o = O(s, id);
    o->i = cls ? -1 : bi;
    o->ref[0] = cls;
    o->sz[0] = SZ_EXC;
    o->text = msg ? arena_dup(s->a, msg, strlen(msg)) : NULL;
    return id;
}

int raise_new(sim *s, int bi, const char *msg) {
    s->exc = vobj(new_exc(s, bi, 0, msg));
    return X_RAISE;
}

static int abort_frame(sim *s, frame *f, const char *fmt, ...) {
    char text[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    flag(s, f, "%s", text);
    snprintf(s->err, sizeof s->err, "%s", text);
    return X_ABORT;
}

/* ==================================================================================
   Values
   ================================================================================== */

static const char *vname(sim *s, val v) {
    switch (v.k) {
        case V_OPAQUE:
            return stext(s, v.id, NULL);
        case V_BUILTIN:
            return builtin_name((int)v.id);
        case V_OBJ: {
            mobj *o = O(s, v.id);
            if (o->name) {
                return stext(s, o->name, NULL);
            }
            if (o->code && o->code->path) {
                return o->code->path;
            }
            return "object";
        }
        default:
            return "a value";
    }
}

/* Truth: 1, 0, or -1 when unknown. */
static int truth(sim *s, val v) {
    switch (v.k) {
        case V_NONE:
        case V_FALSE:
        case V_NULL:
            return 0;
        case V_TRUE:
        case V_ELLIPSIS:
        case V_BUILTIN:
            return 1;
        case V_INT:
            return v.i != 0;
        case V_QSTR: {
            size_t len;
            stext(s, v.id, &len);
            return len != 0;
        }
        case V_OBJ: {
            mobj *o = O(s, v.id);
            switch (o->t) {
                case OT_STR:
                case OT_BYTES:
                    return o->len != 0;
                case OT_BYTEARRAY:
                    return o->i != 0;
                case OT_TUPLE:
                case OT_LIST:
                case OT_SET:
                    return o->n != 0;
                case OT_DICT:
                    return o->map.n != 0;
                case OT_INT:
                case OT_FLOAT:
                case OT_COMPLEX:
                    return o->f != 0;
                case OT_INSTANCE:
                    return -1;
                default:
                    return 1;
            }
        }
        default:
            return -1;
    }
}

static bool get_num(sim *s, val v, double *d, bool *is_int, int64_t *i) {
    if (v.k == V_INT) {
        *d = (double)v.i;
        *i = v.i;
        *is_int = true;
        return true;
    }
    if (v.k == V_TRUE || v.k == V_FALSE) {
        *i = v.k == V_TRUE;
        *d = (double)*i;
        *is_int = true;
        return true;
    }
    if (v.k == V_OBJ && O(s, v.id)->t == OT_INT && O(s, v.id)->i != 0) {
        *i = O(s, v.id)->i;
        *d = O(s, v.id)->f;
        *is_int = true;
        return true;
    }
    if (v.k == V_OBJ && O(s, v.id)->t == OT_FLOAT) {
        *d = O(s, v.id)->f;
        *i = 0;
        *is_int = false;
        return true;
    }
    return false;
}

static val new_tuple(sim *s, int n, const val *items, int kind) {
    if (n == 0) {
        return vobj(s->empty_tuple);
    }
    uint32_t id = onew(s, OT_TUPLE, kind);
    O(s, id)->sz[0] = (uint32_t)(SZ_TUPLE_HDR + SZ_WORD * n);
    for (int i = 0; i < n; i++) {
        opush(s, id, items[i]);
    }
    return vobj(id);
}

static void list_set_alloc(sim *s, uint32_t id, uint32_t alloc) {
    O(s, id)->alloc = alloc;
    O(s, id)->sz[1] = alloc * SZ_WORD;
}

/* mp_obj_new_list(n): at least LIST_MIN_ALLOC slots */
static val new_list(sim *s, int n, const val *items) {
    uint32_t id = onew(s, OT_LIST, MPC_KIND_DATA);
    O(s, id)->sz[0] = SZ_LIST;
    list_set_alloc(s, id, n < LIST_MIN_ALLOC ? LIST_MIN_ALLOC : (uint32_t)n);
    for (int i = 0; i < n; i++) {
        opush(s, id, items[i]);
    }
    return vobj(id);
}

/* list.append: a full list doubles */
static void list_append(sim *s, uint32_t id, val v) {
    mobj *o = O(s, id);
    if (o->n >= o->alloc) {
        list_set_alloc(s, id, o->alloc ? o->alloc * 2 : LIST_MIN_ALLOC);
    }
    opush(s, id, v);
}

static val new_dict(sim *s, uint32_t n, int kind) {
    uint32_t id = onew(s, OT_DICT, kind);
    O(s, id)->sz[0] = SZ_DICT;
    O(s, id)->map.alloc = n;
    O(s, id)->sz[1] = n * SZ_MAP_ELEM;
    return vobj(id);
}

static void dict_store(sim *s, uint32_t id, val k, val v) {
    map_store(s, id, &O(s, id)->map, k, v);
}

/* sets use the same table sizes, one word per slot */
static val new_set(sim *s, uint32_t n, bool frozen) {
    uint32_t id = onew(s, OT_SET, MPC_KIND_DATA);
    O(s, id)->sz[0] = SZ_SET;
    O(s, id)->alloc = n;
    O(s, id)->sz[1] = n * SZ_WORD;
    O(s, id)->flag = frozen;
    return vobj(id);
}

static uint32_t set_size_ge(uint32_t x) {
    static const uint16_t sizes[] = {0, 2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127, 167, 223, 293, 389, 521};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        if (sizes[i] >= x) {
            return sizes[i];
        }
    }
    return (x + x / 2) | 1;
}

static void set_add(sim *s, uint32_t id, val v) {
    mobj *o = O(s, id);
    for (uint32_t i = 0; i < o->n; i++) {
        if (key_eq(s, o->v[i], v)) {
            return;
        }
    }
    if (o->n >= o->alloc) {
        o->alloc = set_size_ge(o->alloc + 1);
        o->sz[1] = o->alloc * SZ_WORD;
    }
    opush(s, id, v);
}

static val new_bytes_like(sim *s, int t, const char *data, size_t len) {
    if (t == OT_BYTES && len == 0) {
        return vobj(s->empty_bytes);
    }
    uint32_t id = onew(s, t, MPC_KIND_DATA);
    mobj *o = O(s, id);
    o->sz[0] = t == OT_BYTES ? SZ_STR : SZ_ARRAY;
    o->sz[1] = (uint32_t)(t == OT_BYTES ? len + 1 : len);
    o->i = (int64_t)len;
    o->len = len;
    if (data) {
        o->text = arena_dup(s->a, data, len);
    }
    return vobj(id);
}

/* a sequence's items, for iteration and unpacking; false if not a known sequence */
static bool seq_items(sim *s, val v, val **items, uint32_t *n) {
    if (v.k != V_OBJ) {
        return false;
    }
    mobj *o = O(s, v.id);
    if (o->t == OT_TUPLE || o->t == OT_LIST || o->t == OT_SET) {
        *items = o->v;
        *n = o->n;
        return true;
    }
    return false;
}

/* ==================================================================================
   Functions
   ================================================================================== */

static modrec *MR(sim *s, uint32_t rec) {
    return &s->m[rec - 1];
}

/* mp_obj_new_fun_bc: 4 words and one more per positional default, plus one for the keyword
   defaults dict; the function points at the context, its child table and its bytecode. */
val make_fun(sim *s, uint32_t rec, const mpr_code *c, val defs, val kwdefs, int n_closed, const val *cells) {
    uint32_t id = onew(s, OT_FUN, MPC_KIND_FUNC);
    mobj *o = O(s, id);
    o->code = c;
    o->mod = rec;
    uint32_t rc = MR(s, rec)->rcs[c->index];
    o->ref[0] = MR(s, rec)->obj;
    o->ref[1] = O(s, rc)->ref[0];
    o->ref[2] = O(s, rc)->ref[1];
    o->flag = (c->sig.scope_flags & 0x01) != 0;
    int n_extra = 0;
    if (defs.k == V_OBJ && O(s, defs.id)->t == OT_TUPLE) {
        uint32_t nd = O(s, defs.id)->n;
        for (uint32_t i = 0; i < nd; i++) {
            opush(s, id, O(s, defs.id)->v[i]);
        }
        n_extra += (int)nd;
    }
    if (kwdefs.k != V_NULL && kwdefs.k != V_NONE) {
        o = O(s, id);
        o->ref[3] = kwdefs.k == V_OBJ ? kwdefs.id : 0;
        n_extra += 1;
    }
    O(s, id)->i = n_extra;
    O(s, id)->sz[0] = (uint32_t)(SZ_FUN_BC + SZ_WORD * n_extra);
    if (c->name < MR(s, rec)->src->f->n_qstrs) {
        O(s, id)->name = MR(s, rec)->qs[c->name];
    }
    if (n_closed) {
        uint32_t cl = onew(s, OT_CLOSURE, MPC_KIND_FUNC);
        O(s, cl)->sz[0] = (uint32_t)(SZ_CLOSURE + SZ_WORD * n_closed);
        O(s, cl)->ref[0] = id;
        O(s, cl)->name = O(s, id)->name;
        for (int i = 0; i < n_closed; i++) {
            opush(s, cl, cells[i]);
        }
        return vobj(cl);
    }
    return vobj(id);
}

static val new_cell(sim *s, val content) {
    uint32_t id = onew(s, OT_CELL, MPC_KIND_FUNC);
    O(s, id)->sz[0] = SZ_CELL;
    opush(s, id, content);
    return vobj(id);
}

static int exec_frame(sim *s, frame *f, val *ret);

/* Runs a bytecode function: mp_setup_code_state places the arguments. */
static int call_fun(sim *s, frame *caller, uint32_t fun, int n_pos, const val *args, int n_kw, const val *kw,
                    uint32_t locals_dict, val *ret) {
    mobj *fo = O(s, fun);
    const mpr_code *c = fo->code;
    uint32_t rec = fo->mod;
    int depth = caller ? caller->depth + 1 : 0;
    if (depth > MAX_DEPTH) {
        return abort_frame(s, caller, "calls nest deeper than %d: not followed", MAX_DEPTH);
    }
    if (fo->flag) {
        /* a generator function: the call makes a generator object and runs nothing */
        uint32_t g = onew(s, OT_GEN, MPC_KIND_DATA);
        O(s, g)->sz[0] = (uint32_t)(SZ_GEN + SZ_WORD * c->sig.n_state);
        O(s, g)->ref[0] = fun;
        *ret = vobj(g);
        return X_OK;
    }
    const mpr_signature *sig = &c->sig;
    uint32_t n_state = sig->n_state ? sig->n_state : 1;
    frame f;
    memset(&f, 0, sizeof f);
    f.c = c;
    f.mod = rec;
    f.globals = O(s, MR(s, rec)->obj)->ref[0];
    f.locals = locals_dict;
    f.depth = depth;
    f.n_fast = n_state + 2;
    f.fast = calloc(f.n_fast, sizeof(val));
    f.cap = (int)n_state + 8;
    f.stk = calloc((size_t)f.cap, sizeof(val));
    if (!f.fast || !f.stk) {
        abort();
    }
    uint32_t np = sig->n_pos_args, nk = sig->n_kwonly_args;
    bool varargs = (sig->scope_flags & 0x04) != 0, varkw = (sig->scope_flags & 0x02) != 0;
    int r = X_OK;
    for (int i = 0; i < n_pos && (uint32_t)i < np; i++) {
        f.fast[i] = args[i];
    }
    if ((uint32_t)n_pos > np) {
        if (!varargs) {
            r = raise_new(s, bi_exc("TypeError"), "too many positional arguments");
            goto out;
        }
        f.fast[np + nk] = new_tuple(s, n_pos - (int)np, args + np, MPC_KIND_DATA);
    } else if (varargs) {
        f.fast[np + nk] = vobj(s->empty_tuple);
    }
    val kwdict = vk(V_NULL);
    if (varkw) {
        kwdict = new_dict(s, 0, MPC_KIND_DICT);
        f.fast[np + nk + (varargs ? 1 : 0)] = kwdict;
    }
    for (int i = 0; i < n_kw; i++) {
        val name = kw[2 * i];
        bool placed = false;
        for (uint32_t j = 0; j < np + nk && j < c->n_args; j++) {
            uint32_t q = MR(s, rec)->qs[c->args[j]];
            if (name.k == V_QSTR && name.id == q) {
                f.fast[j] = kw[2 * i + 1];
                placed = true;
                break;
            }
        }
        if (!placed) {
            if (varkw) {
                dict_store(s, kwdict.id, name, kw[2 * i + 1]);
            } else {
                r = raise_new(s, bi_exc("TypeError"), "unexpected keyword argument");
                goto out;
            }
        }
    }
    /* defaults: the last positional parameters, then keyword-only ones from the kw dict */
    uint32_t nd = sig->n_def_pos_args;
    for (uint32_t j = 0; j < np; j++) {
        if (f.fast[j].k == V_NULL) {
            if (j >= np - nd && O(s, fun)->n > j - (np - nd)) {
                f.fast[j] = O(s, fun)->v[j - (np - nd)];
            } else {
                r = raise_new(s, bi_exc("TypeError"), "missing required positional argument");
                goto out;
            }
        }
    }
    for (uint32_t j = np; j < np + nk; j++) {
        if (f.fast[j].k == V_NULL) {
            uint32_t kd = O(s, fun)->ref[3];
            int at = kd ? map_find(s, &O(s, kd)->map, vq(MR(s, rec)->qs[c->args[j]])) : -1;
            if (at >= 0) {
                f.fast[j] = O(s, kd)->map.v[at];
            } else {
                r = raise_new(s, bi_exc("TypeError"), "missing required keyword argument");
                goto out;
            }
        }
    }
    /* cells: the locals named in the prelude become cells holding their value */
    for (uint32_t i = 0; i < c->n_cell; i++) {
        uint32_t slot = c->cells[i];
        if (slot < f.n_fast) {
            f.fast[slot] = new_cell(s, f.fast[slot]);
        }
    }
    r = exec_frame(s, &f, ret);
out:
    free(f.fast);
    free(f.stk);
    return r;
}

/* Runs a module's top-level code in its globals. */
int run_module_code(sim *s, uint32_t rec, const mpr_code *c, uint32_t globals) {
    /* mp_make_function_from_proto_fun: the module function itself (garbage afterwards) */
    val fn = make_fun(s, rec, c, vk(V_NULL), vk(V_NULL), 0, NULL);
    val ret;
    int r = call_fun(s, NULL, fn.id, 0, NULL, 0, NULL, globals, &ret);
    if (r == X_ABORT) {
        /* the rest of the body was not run: what it would have made is missing */
        return X_OK;
    }
    return r;
}

/* ==================================================================================
   Classes
   ================================================================================== */

/* The class lookup (mp_obj_class_lookup): the class, then its bases depth first. Returns 1
   found, 0 not found, -1 unknown (a base the model does not know). */
static int class_lookup(sim *s, val cls, uint32_t name, val *out, val *where) {
    if (cls.k == V_OPAQUE || cls.k == V_UNKNOWN) {
        return -1;
    }
    if (cls.k == V_BUILTIN) {
        if ((int)cls.id == BI_OBJECT || builtin_is_exc((int)cls.id)) {
            return 0;
        }
        return -1;
    }
    if (cls.k != V_OBJ) {
        return 0;
    }
    mobj *o = O(s, cls.id);
    if (o->t == OT_NTTYPE) {
        return 0;
    }
    if (o->t != OT_CLASS) {
        return 0;
    }
    uint32_t d = o->ref[0];
    int at = d ? map_find(s, &O(s, d)->map, vq(name)) : -1;
    if (at >= 0) {
        *out = O(s, d)->map.v[at];
        if (where) {
            *where = cls;
        }
        return 1;
    }
    int unknown = 0;
    for (uint32_t i = 0; i < O(s, cls.id)->n; i++) {
        int r = class_lookup(s, O(s, cls.id)->v[i], name, out, where);
        if (r == 1) {
            return 1;
        }
        if (r < 0) {
            unknown = 1;
        }
    }
    return unknown ? -1 : 0;
}

static bool is_fun(sim *s, val v) {
    return v.k == V_OBJ && (O(s, v.id)->t == OT_FUN || O(s, v.id)->t == OT_CLOSURE);
}

static bool class_has_native_base(sim *s, val cls) {
    if (cls.k == V_OPAQUE || cls.k == V_UNKNOWN) {
        return true;
    }
    if (cls.k == V_BUILTIN) {
        return (int)cls.id != BI_OBJECT;
    }
    if (cls.k != V_OBJ || O(s, cls.id)->t != OT_CLASS) {
        return cls.k == V_OBJ && O(s, cls.id)->t == OT_NTTYPE;
    }
    for (uint32_t i = 0; i < O(s, cls.id)->n; i++) {
        if (class_has_native_base(s, O(s, cls.id)->v[i])) {
            return true;
        }
    }
    return false;
}

static bool is_subclass(sim *s, val sub, val sup) {
    if (sub.k == sup.k && sub.id == sup.id && (sub.k == V_OBJ || sub.k == V_BUILTIN)) {
        return true;
    }
    if (sub.k == V_BUILTIN && sup.k == V_BUILTIN) {
        return builtin_exc_sub((int)sub.id, (int)sup.id) || (int)sup.id == BI_OBJECT;
    }
    if (sup.k == V_BUILTIN && (int)sup.id == BI_OBJECT) {
        return true;
    }
    if (sub.k == V_OBJ && O(s, sub.id)->t == OT_CLASS) {
        for (uint32_t i = 0; i < O(s, sub.id)->n; i++) {
            if (is_subclass(s, O(s, sub.id)->v[i], sup)) {
                return true;
            }
        }
    }
    return false;
}

/* __build_class__: the class body runs with a fresh dict as its locals; then type(name,
   bases, dict) makes the class: a type object with 10 slots, one more for a base and one more
   when the first base has a protocol (py/objtype.c); the bases tuple is kept only when
   there are several. */
static int build_class(sim *s, frame *f, int n, const val *args, val *ret) {
    if (n < 2 || !is_fun(s, args[0])) {
        return abort_frame(s, f, "class statement the model cannot follow");
    }
    val body = args[0];
    val name = args[1];
    int n_bases = n - 2;
    val locals = new_dict(s, 0, MPC_KIND_DICT);
    val cell;
    uint32_t fun = body.id;
    int r;
    if (O(s, body.id)->t == OT_CLOSURE) {
        fun = O(s, body.id)->ref[0];
        r = call_fun(s, f, fun, (int)O(s, body.id)->n, O(s, body.id)->v, 0, NULL, locals.id, &cell);
    } else {
        r = call_fun(s, f, fun, 0, NULL, 0, NULL, locals.id, &cell);
    }
    if (r == X_RAISE) {
        return r;
    }
    if (r == X_ABORT) {
        cell = vk(V_NONE);
    }
    for (int i = 0; i < n_bases; i++) {
        val b = args[2 + i];
        if (b.k == V_OBJ && O(s, b.id)->t != OT_CLASS && O(s, b.id)->t != OT_NTTYPE) {
            return raise_new(s, bi_exc("TypeError"), "bases must be types");
        }
        if (b.k == V_OPAQUE || b.k == V_UNKNOWN) {
            /* a firmware class: its type is type unless it says otherwise; fine */
        }
    }
    val bases = new_tuple(s, n_bases, args + 2, MPC_KIND_CLASS);
    uint32_t id = onew(s, OT_CLASS, MPC_KIND_CLASS);
    mobj *o = O(s, id);
    int slots = 10 + (n_bases ? 1 : 0);
    o->sz[0] = (uint32_t)(SZ_TYPE_HDR + SZ_WORD * slots);
    o->ref[0] = locals.id;
    if (n_bases >= 2) {
        o->ref[1] = bases.id;
    }
    const char *nt;
    size_t nl;
    if (val_text(s, name, &nt, &nl)) {
        o->name = sid(s, nt, nl);
    }
    for (int i = 0; i < n_bases; i++) {
        opush(s, id, args[2 + i]);
    }
    /* __new__ given as a plain function becomes a staticmethod */
    int at = map_find(s, &O(s, locals.id)->map, vq(sidz(s, "__new__")));
    if (at >= 0 && is_fun(s, O(s, locals.id)->map.v[at])) {
        uint32_t sm = onew(s, OT_STATICMETH, MPC_KIND_FUNC);
        O(s, sm)->sz[0] = SZ_STATICMETH;
        opush(s, sm, O(s, locals.id)->map.v[at]);
        O(s, locals.id)->map.v[at] = vobj(sm);
    }
    /* __set_name__ of descriptors (MICROPY_PY_DESCRIPTORS) */
    cmap *lm = &O(s, locals.id)->map;
    uint32_t set_name = sidz(s, "__set_name__");
    for (uint32_t i = 0; i < lm->n; i++) {
        val v = lm->v[i];
        if (v.k == V_OBJ && O(s, v.id)->t == OT_INSTANCE) {
            val m;
            if (class_lookup(s, vobj(O(s, v.id)->ref[0]), set_name, &m, NULL) == 1 && is_fun(s, m)) {
                val a3[3] = {v, vobj(id), lm->k[i]};
                val dummy;
                int rr = call_value(s, f, m, 3, a3, 0, NULL, &dummy);
                if (rr == X_RAISE) {
                    return rr;
                }
                lm = &O(s, locals.id)->map;
            }
        }
    }
    if (cell.k == V_OBJ && O(s, cell.id)->t == OT_CELL) {
        O(s, cell.id)->v[0] = vobj(id);
    }
    *ret = vobj(id);
    return X_OK;
}

/* Calling a class: mp_obj_instance_make_new makes the instance (a word more per native
   base) with an empty members map, then runs __init__. */
static int instantiate(sim *s, frame *f, val cls, int n_pos, const val *args, int n_kw, const val *kw, val *ret) {
    uint32_t new_q = sidz(s, "__new__");
    val m;
    if (class_lookup(s, cls, new_q, &m, NULL) == 1) {
        flag(s, f, "class %s has __new__: what its instances hold is not followed", vname(s, cls));
        *ret = vk(V_UNKNOWN);
        return X_OK;
    }
    bool native = class_has_native_base(s, cls);
    uint32_t id = onew(s, OT_INSTANCE, MPC_KIND_DATA);
    O(s, id)->sz[0] = SZ_INSTANCE + (native ? SZ_WORD : 0);
    O(s, id)->ref[0] = cls.id;
    if (native) {
        bool exc = false;
        for (val c = cls; c.k == V_OBJ && O(s, c.id)->t == OT_CLASS && O(s, c.id)->n;) {
            c = O(s, c.id)->v[0];
            if (c.k == V_BUILTIN && builtin_is_exc((int)c.id)) {
                exc = true;
            }
        }
        if (exc) {
            /* the native exception object made by the base's make_new */
            uint32_t e = new_exc(s, BI_EXC_FIRST + 1, 0, NULL);
            O(s, id)->ref[1] = e;
        } else {
            flag(s, f, "instance of %s, which has a firmware base class: the base's part is not counted", vname(s, cls));
        }
    }
    val init;
    int found = class_lookup(s, cls, sidz(s, "__init__"), &init, NULL);
    if (found == 1 && (is_fun(s, init) || init.k == V_OBJ)) {
        val *a2 = calloc((size_t)n_pos + 1, sizeof(val));
        a2[0] = vobj(id);
        for (int i = 0; i < n_pos; i++) {
            a2[i + 1] = args[i];
        }
        val r0;
        int r = call_value(s, f, init, n_pos + 1, a2, n_kw, kw, &r0);
        free(a2);
        if (r == X_RAISE) {
            return r;
        }
        if (r == X_ABORT) {
            flag(s, f, "%s.__init__ was not followed to its end", vname(s, cls));
        }
    } else if (found < 0 && !native) {
        flag(s, f, "__init__ of %s is in a class the model does not know", vname(s, cls));
    }
    *ret = vobj(id);
    return X_OK;
}

/* mp_obj_is_true of an instance: __bool__, else __len__, else true. -1: unknown. */
static int truth_of(sim *s, frame *f, val v) {
    int t = truth(s, v);
    if (t >= 0 || v.k != V_OBJ || O(s, v.id)->t != OT_INSTANCE) {
        return t;
    }
    val cls = vobj(O(s, v.id)->ref[0]);
    val m;
    const char *names[2] = {"__bool__", "__len__"};
    for (int i = 0; i < 2; i++) {
        int r = class_lookup(s, cls, sidz(s, names[i]), &m, NULL);
        if (r < 0) {
            return -1;
        }
        if (r == 1) {
            val res;
            if (call_value(s, f, m, 1, &v, 0, NULL, &res) != X_OK) {
                return -1;
            }
            return truth(s, res);
        }
    }
    return 1;
}

/* ==================================================================================
   Attributes
   ================================================================================== */

static int call_getter(sim *s, frame *f, val fn, val self, val *out) {
    return call_value(s, f, fn, 1, &self, 0, NULL, out);
}

static val bound_method(sim *s, val meth, val self) {
    uint32_t id = onew(s, OT_BOUNDMETH, MPC_KIND_FUNC);
    O(s, id)->sz[0] = SZ_BOUNDMETH;
    opush(s, id, meth);
    opush(s, id, self);
    return vobj(id);
}

static int native_method(sim *s, val obj, uint32_t name) {
    size_t len;
    const char *t = stext(s, name, &len);
    int bi = 0;
    for (int i = BI_M_APPEND; i <= BI_M_DECODE; i++) {
        if (strlen(bi_names[i]) == len && memcmp(bi_names[i], t, len) == 0) {
            bi = i;
        }
    }
    if (!bi) {
        return 0;
    }
    int t_ = obj.k == V_QSTR ? OT_STR : obj.k == V_OBJ ? O(s, obj.id)->t : -1;
    switch (bi) {
        case BI_M_APPEND: case BI_M_EXTEND: case BI_M_INSERT: case BI_M_REMOVE:
            return t_ == OT_LIST || (bi == BI_M_EXTEND && t_ == OT_BYTEARRAY) ? bi : 0;
        case BI_M_POP: case BI_M_CLEAR: case BI_M_COPY:
            return t_ == OT_LIST || t_ == OT_DICT || t_ == OT_SET ? bi : 0;
        case BI_M_INDEX: case BI_M_COUNT:
            return t_ == OT_LIST || t_ == OT_TUPLE || t_ == OT_STR ? bi : 0;
        case BI_M_GET: case BI_M_KEYS: case BI_M_VALUES: case BI_M_ITEMS: case BI_M_SETDEFAULT:
            return t_ == OT_DICT ? bi : 0;
        case BI_M_UPDATE:
            return t_ == OT_DICT || t_ == OT_SET ? bi : 0;
        case BI_M_ADD:
            return t_ == OT_SET ? bi : 0;
        case BI_M_SETTER: case BI_M_GETTER: case BI_M_DELETER:
            return t_ == OT_PROPERTY ? bi : 0;
        case BI_M_ENCODE:
            return t_ == OT_STR ? bi : 0;
        case BI_M_DECODE:
            return t_ == OT_BYTES || t_ == OT_BYTEARRAY ? bi : 0;
        default:
            return t_ == OT_STR ? bi : 0;
    }
}

/* mp_load_method / mp_load_attr. for_method: LOAD_METHOD (no bound method object is made;
   dest[1] is the self to pass, or V_NULL). */
static int load_attr(sim *s, frame *f, val obj, uint32_t name, val dest[2], bool for_method, bool *found) {
    dest[0] = vk(V_NULL);
    dest[1] = vk(V_NULL);
    *found = true;
    size_t nl;
    const char *nt = stext(s, name, &nl);
    switch (obj.k) {
        case V_OPAQUE:
        case V_UNKNOWN: {
            if (obj.k == V_UNKNOWN) {
                dest[0] = vk(V_UNKNOWN);
                return X_OK;
            }
            size_t bl;
            const char *bt = stext(s, obj.id, &bl);
            char buf[300];
            snprintf(buf, sizeof buf, "%.*s.%.*s", (int)bl, bt, (int)nl, nt);
            int k = known_firmware(buf);
            dest[0] = k ? vbi(k) : vopaque(s, buf, strlen(buf));
            return X_OK;
        }
        case V_OBJ:
            break;
        case V_BUILTIN:
            if ((int)obj.id == BI_OBJECT || builtin_is_exc((int)obj.id)) {
                *found = false;
                return X_OK;
            }
            /* attributes of built-in types (e.g. dict.fromkeys): not followed */
            dest[0] = vk(V_UNKNOWN);
            return X_OK;
        default: {
            int m = native_method(s, obj, name);
            if (m) {
                if (for_method) {
                    dest[0] = vbi(m);
                    dest[1] = obj;
                } else {
                    dest[0] = bound_method(s, vbi(m), obj);
                }
                return X_OK;
            }
            *found = false;
            return X_OK;
        }
    }
    mobj *o = O(s, obj.id);
    switch (o->t) {
        case OT_MODULE: {
            if (o->flag) {
                /* a built-in module */
                uint32_t rec = o->mod;
                if (!builtin_module_has(s, rec, name)) {
                    *found = false;
                    return X_OK;
                }
                size_t ml;
                const char *mt = stext(s, o->name, &ml);
                char buf[300];
                snprintf(buf, sizeof buf, "%.*s.%.*s", (int)ml, mt, (int)nl, nt);
                int k = known_firmware(buf);
                dest[0] = k ? vbi(k) : vopaque(s, buf, strlen(buf));
                return X_OK;
            }
            uint32_t g = o->ref[0];
            int at = map_find(s, &O(s, g)->map, vq(name));
            if (at >= 0) {
                dest[0] = O(s, g)->map.v[at];
                return X_OK;
            }
            /* module __getattr__ */
            at = map_find(s, &O(s, g)->map, vq(sidz(s, "__getattr__")));
            if (at >= 0) {
                val arg = vq(name);
                return call_value(s, f, O(s, g)->map.v[at], 1, &arg, 0, NULL, &dest[0]);
            }
            *found = false;
            return X_OK;
        }
        case OT_CLASS: {
            val m, where;
            int r = class_lookup(s, obj, name, &m, &where);
            if (r == 0) {
                *found = false;
                return X_OK;
            }
            if (r < 0) {
                dest[0] = vk(V_UNKNOWN);
                return X_OK;
            }
            if (m.k == V_OBJ && O(s, m.id)->t == OT_STATICMETH) {
                dest[0] = O(s, m.id)->v[0];
            } else if (m.k == V_OBJ && O(s, m.id)->t == OT_CLASSMETH) {
                if (for_method) {
                    dest[0] = O(s, m.id)->v[0];
                    dest[1] = obj;
                } else {
                    dest[0] = bound_method(s, O(s, m.id)->v[0], obj);
                }
            } else {
                dest[0] = m;
            }
            return X_OK;
        }
        case OT_INSTANCE: {
            int at = map_find(s, &o->map, vq(name));
            if (at >= 0) {
                dest[0] = o->map.v[at];
                return X_OK;
            }
            val cls = vobj(o->ref[0]);
            val m;
            int r = class_lookup(s, cls, name, &m, NULL);
            if (r < 0) {
                dest[0] = vk(V_UNKNOWN);
                return X_OK;
            }
            if (r == 1) {
                if (is_fun(s, m)) {
                    if (for_method) {
                        dest[0] = m;
                        dest[1] = obj;
                    } else {
                        dest[0] = bound_method(s, m, obj);
                    }
                    return X_OK;
                }
                if (m.k == V_OBJ && O(s, m.id)->t == OT_STATICMETH) {
                    dest[0] = O(s, m.id)->v[0];
                    return X_OK;
                }
                if (m.k == V_OBJ && O(s, m.id)->t == OT_CLASSMETH) {
                    if (for_method) {
                        dest[0] = O(s, m.id)->v[0];
                        dest[1] = cls;
                    } else {
                        dest[0] = bound_method(s, O(s, m.id)->v[0], cls);
                    }
                    return X_OK;
                }
                if (m.k == V_OBJ && O(s, m.id)->t == OT_PROPERTY) {
                    val get = O(s, m.id)->v[0];
                    if (get.k == V_NONE || get.k == V_NULL) {
                        return raise_new(s, bi_exc("AttributeError"), "unreadable attribute");
                    }
                    return call_getter(s, f, get, obj, &dest[0]);
                }
                if (m.k == V_OBJ && O(s, m.id)->t == OT_INSTANCE) {
                    val get;
                    if (class_lookup(s, vobj(O(s, m.id)->ref[0]), sidz(s, "__get__"), &get, NULL) == 1) {
                        val a3[3] = {m, obj, cls};
                        return call_value(s, f, get, 3, a3, 0, NULL, &dest[0]);
                    }
                }
                dest[0] = m;
                return X_OK;
            }
            val ga;
            if (class_lookup(s, cls, sidz(s, "__getattr__"), &ga, NULL) == 1) {
                val a2[2] = {obj, vq(name)};
                return call_value(s, f, ga, 2, a2, 0, NULL, &dest[0]);
            }
            *found = false;
            return X_OK;
        }
        case OT_NTTYPE:
            *found = false;
            return X_OK;
        case OT_FUN:
        case OT_CLOSURE:
            if (nl == 8 && memcmp(nt, "__name__", 8) == 0) {
                dest[0] = o->name ? vq(o->name) : vk(V_UNKNOWN);
                return X_OK;
            }
            *found = false;
            return X_OK;
        default: {
            if (o->t == OT_TUPLE && o->ref[0] && O(s, o->ref[0])->t == OT_NTTYPE) {
                mobj *nt_ = O(s, o->ref[0]);
                for (uint32_t i = 0; i < nt_->n && i < o->n; i++) {
                    if (nt_->v[i].k == V_QSTR && nt_->v[i].id == name) {
                        dest[0] = o->v[i];
                        return X_OK;
                    }
                }
            }
            int m = native_method(s, obj, name);
            if (m) {
                if (for_method) {
                    dest[0] = vbi(m);
                    dest[1] = obj;
                } else {
                    dest[0] = bound_method(s, vbi(m), obj);
                }
                return X_OK;
            }
            if (o->t == OT_EXC) {
                dest[0] = vk(V_UNKNOWN);
                return X_OK;
            }
            *found = false;
            return X_OK;
        }
    }
}

int getattr_val(sim *s, frame *f, val obj, uint32_t name, val *out, bool *found) {
    val dest[2];
    int r = load_attr(s, f, obj, name, dest, false, found);
    *out = dest[0];
    return r;
}

static int attr_error(sim *s, frame *f, val obj, uint32_t name) {
    char msg[200];
    snprintf(msg, sizeof msg, "'%s' has no attribute '%s'", vname(s, obj), stext(s, name, NULL));
    (void)f;
    return raise_new(s, bi_exc("AttributeError"), msg);
}

/* mp_store_attr */
static int store_attr(sim *s, frame *f, val obj, uint32_t name, val value) {
    if (obj.k != V_OBJ) {
        if (obj.k == V_OPAQUE || obj.k == V_UNKNOWN) {
            flag(s, f, "stores .%s on a firmware object: not followed", stext(s, name, NULL));
            return X_OK;
        }
        return raise_new(s, bi_exc("AttributeError"), "can't set attribute");
    }
    mobj *o = O(s, obj.id);
    switch (o->t) {
        case OT_MODULE:
            if (o->flag) {
                return raise_new(s, bi_exc("AttributeError"), "can't set attribute of a built-in module");
            }
            map_store(s, o->ref[0], &O(s, o->ref[0])->map, vq(name), value);
            return X_OK;
        case OT_CLASS:
            map_store(s, o->ref[0], &O(s, o->ref[0])->map, vq(name), value);
            return X_OK;
        case OT_INSTANCE: {
            val cls = vobj(o->ref[0]);
            val m;
            int r = class_lookup(s, cls, name, &m, NULL);
            if (r == 1 && m.k == V_OBJ && O(s, m.id)->t == OT_PROPERTY) {
                val set = O(s, m.id)->v[1];
                if (set.k == V_NONE || set.k == V_NULL) {
                    return raise_new(s, bi_exc("AttributeError"), "can't set attribute");
                }
                val a2[2] = {obj, value};
                val dummy;
                return call_value(s, f, set, 2, a2, 0, NULL, &dummy);
            }
            if (r == 1 && m.k == V_OBJ && O(s, m.id)->t == OT_INSTANCE) {
                val set;
                if (class_lookup(s, vobj(O(s, m.id)->ref[0]), sidz(s, "__set__"), &set, NULL) == 1) {
                    val a3[3] = {m, obj, value};
                    val dummy;
                    return call_value(s, f, set, 3, a3, 0, NULL, &dummy);
                }
            }
            val sa;
            if (class_lookup(s, cls, sidz(s, "__setattr__"), &sa, NULL) == 1) {
                val a3[3] = {obj, vq(name), value};
                val dummy;
                return call_value(s, f, sa, 3, a3, 0, NULL, &dummy);
            }
            /* the members map grows like any map, its table a separate allocation */
            map_store(s, obj.id, &O(s, obj.id)->map, vq(name), value);
            return X_OK;
        }
        case OT_FUN:
        case OT_CLOSURE:
            return raise_new(s, bi_exc("AttributeError"), "can't set attribute of a function");
        default:
            return raise_new(s, bi_exc("AttributeError"), "can't set attribute");
    }
}

/* ==================================================================================
   Operators
   ================================================================================== */

typedef struct {
    char *p;
    size_t n, cap;
} sbuf_t;

static void sbuf_add(sbuf_t *b, const char *t, size_t n) {
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
    }
    memcpy(b->p + b->n, t, n);
    b->n += n;
    b->p[b->n] = 0;
}

static val text_val(sim *s, const char *t, size_t len) {
    /* strings made at run time: a str object unless the text is already a qstr (short
       strings made by concatenation are not interned; mp_obj_new_str_from_vstr) */
    return new_str_val(s, t, len);
}

static int binop(sim *s, frame *f, int op, val a, val b, val *out) {
    double x, y;
    bool xi, yi;
    int64_t i, j;
    /* inplace ops behave like their plain ones for immutable values */
    int base = op;
    if (op >= MPY_BINARY_OP_INPLACE_OR && op <= MPY_BINARY_OP_INPLACE_POWER) {
        base = op - MPY_BINARY_OP_INPLACE_OR + MPY_BINARY_OP_OR;
    }
    if (op == MPY_BINARY_OP_IS) {
        if (a.k == V_UNKNOWN || b.k == V_UNKNOWN || a.k == V_OPAQUE || b.k == V_OPAQUE) {
            *out = vk(V_UNKNOWN);
        } else {
            *out = vk(a.k == b.k && a.id == b.id && a.i == b.i ? V_TRUE : V_FALSE);
        }
        return X_OK;
    }
    if (op == MPY_BINARY_OP_EXCEPTION_MATCH) {
        val et = vk(V_UNKNOWN);
        if (a.k == V_OBJ && O(s, a.id)->t == OT_EXC) {
            et = O(s, a.id)->ref[0] ? vobj(O(s, a.id)->ref[0]) : vbi((int)O(s, a.id)->i);
        }
        val *items;
        uint32_t n;
        val one = b;
        if (!seq_items(s, b, &items, &n)) {
            items = &one;
            n = 1;
        }
        int res = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (et.k == V_UNKNOWN || items[k].k == V_UNKNOWN || items[k].k == V_OPAQUE) {
                res = res ? res : -1;
            } else if (is_subclass(s, et, items[k])) {
                res = 1;
            }
        }
        if (res < 0) {
            flag(s, f, "matches an exception against a class the model does not know: assumed to match");
            res = 1;
        }
        *out = vk(res ? V_TRUE : V_FALSE);
        return X_OK;
    }
    bool na = get_num(s, a, &x, &xi, &i), nb = get_num(s, b, &y, &yi, &j);
    bool ca = visobj(s, a, OT_COMPLEX), cb = visobj(s, b, OT_COMPLEX);
    if ((ca || na) && (cb || nb) && (ca || cb)) {
        /* complex arithmetic makes a new complex; comparisons other than == are errors */
        if (base == MPY_BINARY_OP_ADD || base == MPY_BINARY_OP_SUBTRACT || base == MPY_BINARY_OP_MULTIPLY ||
            base == MPY_BINARY_OP_TRUE_DIVIDE || base == MPY_BINARY_OP_POWER) {
            uint32_t id = onew(s, OT_COMPLEX, MPC_KIND_DATA);
            O(s, id)->sz[0] = SZ_COMPLEX;
            *out = vobj(id);
            return X_OK;
        }
        *out = vk(V_UNKNOWN);
        return X_OK;
    }
    if (na && nb) {
        bool ints = xi && yi;
        switch (base) {
            case MPY_BINARY_OP_LESS: *out = vk(x < y ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_MORE: *out = vk(x > y ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_EQUAL: *out = vk(x == y ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_LESS_EQUAL: *out = vk(x <= y ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_MORE_EQUAL: *out = vk(x >= y ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_NOT_EQUAL: *out = vk(x != y ? V_TRUE : V_FALSE); return X_OK;
            default:
                break;
        }
        if (ints) {
            __int128 r;
            switch (base) {
                case MPY_BINARY_OP_OR: r = i | j; break;
                case MPY_BINARY_OP_XOR: r = i ^ j; break;
                case MPY_BINARY_OP_AND: r = i & j; break;
                case MPY_BINARY_OP_LSHIFT:
                    if (j < 0) {
                        return raise_new(s, bi_exc("ValueError"), "negative shift count");
                    }
                    if (j > 62) {
                        *out = make_int(s, INT64_MAX, MPC_KIND_DATA);
                        return X_OK;
                    }
                    r = (__int128)i << j;
                    break;
                case MPY_BINARY_OP_RSHIFT: r = j > 63 ? (i < 0 ? -1 : 0) : i >> j; break;
                case MPY_BINARY_OP_ADD: r = (__int128)i + j; break;
                case MPY_BINARY_OP_SUBTRACT: r = (__int128)i - j; break;
                case MPY_BINARY_OP_MULTIPLY: r = (__int128)i * j; break;
                case MPY_BINARY_OP_FLOOR_DIVIDE:
                case MPY_BINARY_OP_MODULO: {
                    if (j == 0) {
                        return raise_new(s, bi_exc("ZeroDivisionError"), "divide by zero");
                    }
                    int64_t q = i / j, m = i % j;
                    if (m != 0 && ((m < 0) != (j < 0))) {
                        q -= 1;
                        m += j;
                    }
                    r = base == MPY_BINARY_OP_MODULO ? m : q;
                    break;
                }
                case MPY_BINARY_OP_TRUE_DIVIDE:
                    if (j == 0) {
                        return raise_new(s, bi_exc("ZeroDivisionError"), "divide by zero");
                    }
                    *out = make_float(s, (double)i / (double)j, MPC_KIND_DATA);
                    return X_OK;
                case MPY_BINARY_OP_POWER:
                    if (j < 0) {
                        *out = make_float(s, pow((double)i, (double)j), MPC_KIND_DATA);
                        return X_OK;
                    }
                    r = 1;
                    for (int64_t k = 0; k < j && k < 200; k++) {
                        r *= i;
                        if (r > ((__int128)1 << 100) || r < -((__int128)1 << 100)) {
                            break;
                        }
                    }
                    break;
                default:
                    goto unknown;
            }
            if (r > INT64_MAX || r < INT64_MIN) {
                *out = make_int(s, r > 0 ? INT64_MAX : INT64_MIN, MPC_KIND_DATA);
            } else {
                *out = make_int(s, (int64_t)r, MPC_KIND_DATA);
            }
            return X_OK;
        }
        double r;
        switch (base) {
            case MPY_BINARY_OP_ADD: r = x + y; break;
            case MPY_BINARY_OP_SUBTRACT: r = x - y; break;
            case MPY_BINARY_OP_MULTIPLY: r = x * y; break;
            case MPY_BINARY_OP_TRUE_DIVIDE:
                if (y == 0) {
                    return raise_new(s, bi_exc("ZeroDivisionError"), "divide by zero");
                }
                r = x / y;
                break;
            case MPY_BINARY_OP_FLOOR_DIVIDE:
                if (y == 0) {
                    return raise_new(s, bi_exc("ZeroDivisionError"), "divide by zero");
                }
                r = floor(x / y);
                break;
            case MPY_BINARY_OP_MODULO:
                if (y == 0) {
                    return raise_new(s, bi_exc("ZeroDivisionError"), "divide by zero");
                }
                r = fmod(x, y);
                if (r != 0 && ((r < 0) != (y < 0))) {
                    r += y;
                }
                break;
            case MPY_BINARY_OP_POWER: r = pow(x, y); break;
            default:
                goto unknown;
        }
        *out = make_float(s, r, MPC_KIND_DATA);
        return X_OK;
    }
    /* strings */
    const char *ta, *tb;
    size_t la, lb;
    bool sa = val_text(s, a, &ta, &la), sb = val_text(s, b, &tb, &lb);
    if (sa && sb) {
        if (base == MPY_BINARY_OP_ADD) {
            char *buf = malloc(la + lb + 1);
            memcpy(buf, ta, la);
            memcpy(buf + la, tb, lb);
            *out = text_val(s, buf, la + lb);
            free(buf);
            return X_OK;
        }
        int c = memcmp(ta, tb, la < lb ? la : lb);
        if (c == 0) {
            c = la < lb ? -1 : la > lb;
        }
        switch (base) {
            case MPY_BINARY_OP_EQUAL: *out = vk(c == 0 ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_NOT_EQUAL: *out = vk(c != 0 ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_LESS: *out = vk(c < 0 ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_MORE: *out = vk(c > 0 ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_LESS_EQUAL: *out = vk(c <= 0 ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_MORE_EQUAL: *out = vk(c >= 0 ? V_TRUE : V_FALSE); return X_OK;
            case MPY_BINARY_OP_IN: {
                bool in = false;
                for (size_t k = 0; k + la <= lb && !in; k++) {
                    in = memcmp(tb + k, ta, la) == 0;
                }
                *out = vk(in ? V_TRUE : V_FALSE);
                return X_OK;
            }
            default:
                break;
        }
    }
    if (sa && nb && yi && base == MPY_BINARY_OP_MULTIPLY) {
        size_t n = j > 0 ? (size_t)j : 0;
        char *buf = malloc(la * n + 1);
        for (size_t k = 0; k < n; k++) {
            memcpy(buf + k * la, ta, la);
        }
        *out = text_val(s, buf, la * n);
        free(buf);
        return X_OK;
    }
    if (sa && base == MPY_BINARY_OP_MODULO) {
        /* str % args: the text is not worked out; a str object of the format's length */
        flag(s, f, "formats a string at import time: its length is a guess");
        *out = vobj(new_str_obj(s, ta, la, MPC_KIND_DATA));
        return X_OK;
    }
    /* sequences */
    if (a.k == V_OBJ && b.k == V_OBJ) {
        mobj *oa = O(s, a.id), *ob = O(s, b.id);
        if (base == MPY_BINARY_OP_ADD && oa->t == ob->t && (oa->t == OT_TUPLE || oa->t == OT_LIST)) {
            int n = (int)(oa->n + ob->n);
            val *items = calloc((size_t)n + 1, sizeof(val));
            memcpy(items, oa->v, sizeof(val) * oa->n);
            memcpy(items + oa->n, O(s, b.id)->v, sizeof(val) * O(s, b.id)->n);
            if (oa->t == OT_TUPLE) {
                *out = new_tuple(s, n, items, MPC_KIND_DATA);
            } else if (op == MPY_BINARY_OP_INPLACE_ADD) {
                for (uint32_t k = 0; k < O(s, b.id)->n; k++) {
                    list_append(s, a.id, O(s, b.id)->v[k]);
                }
                *out = a;
            } else {
                *out = new_list(s, n, items);
            }
            free(items);
            return X_OK;
        }
    }
    if (a.k == V_OBJ && (O(s, a.id)->t == OT_LIST || O(s, a.id)->t == OT_TUPLE) && nb && yi &&
        base == MPY_BINARY_OP_MULTIPLY) {
        uint32_t n0 = O(s, a.id)->n;
        int n = (int)(n0 * (uint64_t)(j > 0 ? j : 0));
        if (n > 100000) {
            goto unknown;
        }
        val *items = calloc((size_t)n + 1, sizeof(val));
        for (int k = 0; k < n; k++) {
            items[k] = O(s, a.id)->v[(uint32_t)k % n0];
        }
        *out = O(s, a.id)->t == OT_TUPLE ? new_tuple(s, n, items, MPC_KIND_DATA) : new_list(s, n, items);
        free(items);
        return X_OK;
    }
    if (base == MPY_BINARY_OP_IN || base == MPY_BINARY_OP_EQUAL || base == MPY_BINARY_OP_NOT_EQUAL) {
        val *items;
        uint32_t n;
        if (base == MPY_BINARY_OP_IN && seq_items(s, b, &items, &n)) {
            int res = 0;
            for (uint32_t k = 0; k < n; k++) {
                if (key_eq(s, a, items[k])) {
                    res = 1;
                }
            }
            *out = vk(res ? V_TRUE : V_FALSE);
            return X_OK;
        }
        if (base == MPY_BINARY_OP_IN && b.k == V_OBJ && O(s, b.id)->t == OT_DICT) {
            *out = vk(map_find(s, &O(s, b.id)->map, a) >= 0 ? V_TRUE : V_FALSE);
            return X_OK;
        }
        if (base != MPY_BINARY_OP_IN && a.k != V_UNKNOWN && b.k != V_UNKNOWN && a.k != V_OPAQUE && b.k != V_OPAQUE &&
            !(a.k == V_OBJ && O(s, a.id)->t == OT_INSTANCE) && !(b.k == V_OBJ && O(s, b.id)->t == OT_INSTANCE)) {
            bool eq = key_eq(s, a, b);
            *out = vk((eq == (base == MPY_BINARY_OP_EQUAL)) ? V_TRUE : V_FALSE);
            return X_OK;
        }
    }
unknown:
    if (a.k == V_OBJ && O(s, a.id)->t == OT_LIST && op == MPY_BINARY_OP_INPLACE_ADD) {
        flag(s, f, "extends a list by a value the model does not know");
        *out = a;
        return X_OK;
    }
    *out = vk(V_UNKNOWN);
    return X_OK;
}

/* ==================================================================================
   Iteration
   ================================================================================== */

static val new_iter(sim *s, int kind, val src, int64_t a, int64_t b, int64_t step, bool heap) {
    uint32_t id = onew(s, OT_ITER, MPC_KIND_DATA);
    mobj *o = O(s, id);
    o->i = kind;
    o->sz[0] = heap ? SZ_ITER_OBJ : 0;
    o->ref[0] = src.k == V_OBJ ? src.id : 0;
    opush(s, id, src);
    opush(s, id, vint(a));
    opush(s, id, vint(b));
    opush(s, id, vint(step));
    return vobj(id);
}

/* mp_getiter: true, or false when the model cannot iterate it */
static bool get_iter(sim *s, val v, val *it) {
    if (v.k == V_QSTR || (v.k == V_OBJ && (O(s, v.id)->t == OT_STR || O(s, v.id)->t == OT_BYTES || O(s, v.id)->t == OT_BYTEARRAY))) {
        *it = new_iter(s, IT_STR, v, 0, 0, 1, false);
        return true;
    }
    if (v.k != V_OBJ) {
        return false;
    }
    mobj *o = O(s, v.id);
    switch (o->t) {
        case OT_TUPLE:
        case OT_LIST:
        case OT_SET:
            *it = new_iter(s, IT_SEQ, v, 0, 0, 1, false);
            return true;
        case OT_DICT:
            *it = new_iter(s, IT_DICT, v, 0, 0, 1, false);
            return true;
        case OT_RANGE:
            *it = new_iter(s, IT_RANGE, v, o->v[0].i, o->v[1].i, o->v[2].i, false);
            return true;
        case OT_ITER:
            *it = v;
            return true;
        default:
            return false;
    }
}

/* 1: a value, 0: exhausted, -1: unknown */
static int iter_next(sim *s, frame *f, val it, val *out) {
    if (!visobj(s, it, OT_ITER)) {
        return -1;
    }
    mobj *o = O(s, it.id);
    int kind = (int)o->i;
    val src = o->v[0];
    int64_t pos = o->v[1].i;
    switch (kind) {
        case IT_SEQ: {
            mobj *so = O(s, src.id);
            if ((uint32_t)pos >= so->n) {
                return 0;
            }
            *out = so->v[pos];
            o->v[1].i++;
            return 1;
        }
        case IT_DICT: {
            mobj *so = O(s, src.id);
            if ((uint32_t)pos >= so->map.n) {
                return 0;
            }
            *out = so->map.k[pos];
            o->v[1].i++;
            return 1;
        }
        case IT_RANGE: {
            int64_t stop = o->v[2].i, step = o->v[3].i;
            if ((step > 0 && pos >= stop) || (step < 0 && pos <= stop) || step == 0) {
                return 0;
            }
            *out = vint(pos);
            o->v[1].i += step;
            return 1;
        }
        case IT_STR: {
            const char *t;
            size_t len;
            if (src.k == V_OBJ && O(s, src.id)->t != OT_STR) {
                mobj *so = O(s, src.id);
                if ((uint64_t)pos >= (uint64_t)so->i) {
                    return 0;
                }
                *out = vint(so->text ? (uint8_t)so->text[pos] : 0);
                o->v[1].i++;
                return 1;
            }
            if (!val_text(s, src, &t, &len)) {
                return -1;
            }
            if ((size_t)pos >= len) {
                return 0;
            }
            size_t n = 1;
            unsigned char c0 = (unsigned char)t[pos];
            if (c0 >= 0xc0) {
                n = c0 >= 0xf0 ? 4 : c0 >= 0xe0 ? 3 : 2;
            }
            if ((size_t)pos + n > len) {
                n = len - (size_t)pos;
            }
            uint32_t q = sid(s, t + pos, n);
            *out = qexists(s, q) ? vq(q) : vobj(new_str_obj(s, t + pos, n, MPC_KIND_DATA));
            o->v[1].i += (int64_t)n;
            return 1;
        }
        case IT_ENUMERATE: {
            val inner = o->v[2];
            val x;
            int r = iter_next(s, f, inner, &x);
            if (r != 1) {
                return r;
            }
            val pair[2] = {vint(pos), x};
            *out = new_tuple(s, 2, pair, MPC_KIND_DATA);
            o->v[1].i++;
            return 1;
        }
        case IT_ZIP: {
            mobj *zo = O(s, src.id);
            uint32_t n = zo->n;
            val *items = calloc(n + 1, sizeof(val));
            for (uint32_t k = 0; k < n; k++) {
                int r = iter_next(s, f, O(s, src.id)->v[k], &items[k]);
                if (r != 1) {
                    free(items);
                    return r;
                }
            }
            *out = new_tuple(s, (int)n, items, MPC_KIND_DATA);
            free(items);
            return 1;
        }
        case IT_MAP:
        case IT_FILTER: {
            val fn = o->v[2];
            for (;;) {
                val x;
                int r = iter_next(s, f, src, &x);
                if (r != 1) {
                    return r;
                }
                val y;
                int rr = call_value(s, f, fn, 1, &x, 0, NULL, &y);
                if (rr != X_OK) {
                    return -1;
                }
                if (kind == IT_MAP) {
                    *out = y;
                    return 1;
                }
                int t = truth(s, y);
                if (t < 0) {
                    return -1;
                }
                if (t) {
                    *out = x;
                    return 1;
                }
            }
        }
        case IT_REVERSED: {
            mobj *so = O(s, src.id);
            if (pos <= 0) {
                return 0;
            }
            *out = so->v[pos - 1];
            o->v[1].i--;
            return 1;
        }
        default:
            return -1;
    }
}

/* Collects a known iterable into items (malloc'd). */
static bool collect(sim *s, frame *f, val v, val **items, uint32_t *n) {
    val it;
    if (!get_iter(s, v, &it)) {
        return false;
    }
    uint32_t cap = 8, k = 0;
    val *a = malloc(sizeof(val) * cap);
    for (;;) {
        val x;
        int r = iter_next(s, f, it, &x);
        if (r < 0) {
            free(a);
            return false;
        }
        if (r == 0) {
            break;
        }
        if (k >= cap) {
            cap *= 2;
            a = realloc(a, sizeof(val) * cap);
        }
        a[k++] = x;
        if (k > 1000000) {
            free(a);
            return false;
        }
    }
    *items = a;
    *n = k;
    return true;
}

/* ==================================================================================
   Calls
   ================================================================================== */

static int call_builtin(sim *s, frame *f, int bi, int n, const val *a, int n_kw, const val *kw, val *ret) {
    *ret = vk(V_NONE);
    switch (bi) {
        case BI_BUILD_CLASS:
            return build_class(s, f, n, a, ret);
        case BI_CONST:
            *ret = n ? a[0] : vk(V_NONE);
            return X_OK;
        case BI_PURE_NONE:
        case BI_PRINT:
            return X_OK;
        case BI_PROPERTY: {
            uint32_t id = onew(s, OT_PROPERTY, MPC_KIND_FUNC);
            O(s, id)->sz[0] = SZ_PROPERTY;
            for (int i = 0; i < 3; i++) {
                opush(s, id, i < n ? a[i] : vk(V_NONE));
            }
            for (int i = 0; i < n_kw; i++) {
                size_t l;
                const char *t = stext(s, kw[2 * i].id, &l);
                int slot = l == 4 && !memcmp(t, "fget", 4) ? 0 : l == 4 && !memcmp(t, "fset", 4) ? 1 : l == 4 && !memcmp(t, "fdel", 4) ? 2 : -1;
                if (slot >= 0) {
                    O(s, id)->v[slot] = kw[2 * i + 1];
                }
            }
            *ret = vobj(id);
            return X_OK;
        }
        case BI_M_SETTER:
        case BI_M_GETTER:
        case BI_M_DELETER: {
            /* property.setter(f): a copy of the property with one function replaced */
            if (n < 2 || !visobj(s, a[0], OT_PROPERTY)) {
                break;
            }
            uint32_t id = onew(s, OT_PROPERTY, MPC_KIND_FUNC);
            O(s, id)->sz[0] = SZ_PROPERTY;
            for (int i = 0; i < 3; i++) {
                opush(s, id, O(s, a[0].id)->v[i]);
            }
            O(s, id)->v[bi == BI_M_GETTER ? 0 : bi == BI_M_SETTER ? 1 : 2] = a[1];
            *ret = vobj(id);
            return X_OK;
        }
        case BI_STATICMETHOD:
        case BI_CLASSMETHOD: {
            uint32_t id = onew(s, bi == BI_STATICMETHOD ? OT_STATICMETH : OT_CLASSMETH, MPC_KIND_FUNC);
            O(s, id)->sz[0] = SZ_STATICMETH;
            opush(s, id, n ? a[0] : vk(V_NONE));
            *ret = vobj(id);
            return X_OK;
        }
        case BI_ISINSTANCE:
        case BI_ISSUBCLASS: {
            if (n != 2) {
                break;
            }
            val cls = a[0];
            if (bi == BI_ISINSTANCE) {
                if (a[0].k == V_INT || a[0].k == V_TRUE || a[0].k == V_FALSE) {
                    cls = vbi(BI_INT);
                    if (a[0].k != V_INT && visobj(s, a[1], OT_TUPLE) == false && a[1].k == V_BUILTIN && (int)a[1].id == BI_BOOL) {
                        *ret = vk(V_TRUE);
                        return X_OK;
                    }
                } else if (a[0].k == V_QSTR) {
                    cls = vbi(BI_STR);
                } else if (a[0].k == V_NONE) {
                    cls = vk(V_NONE);
                } else if (a[0].k == V_OBJ) {
                    mobj *o = O(s, a[0].id);
                    switch (o->t) {
                        case OT_INSTANCE: cls = vobj(o->ref[0]); break;
                        case OT_STR: cls = vbi(BI_STR); break;
                        case OT_BYTES: cls = vbi(BI_BYTES); break;
                        case OT_BYTEARRAY: cls = vbi(BI_BYTEARRAY); break;
                        case OT_INT: cls = vbi(BI_INT); break;
                        case OT_FLOAT: cls = vbi(BI_FLOAT); break;
                        case OT_TUPLE: cls = o->ref[0] ? vobj(o->ref[0]) : vbi(BI_TUPLE); break;
                        case OT_LIST: cls = vbi(BI_LIST); break;
                        case OT_DICT: cls = vbi(BI_DICT); break;
                        case OT_SET: cls = vbi(o->flag ? BI_FROZENSET : BI_SET); break;
                        case OT_EXC: cls = o->ref[0] ? vobj(o->ref[0]) : vbi((int)o->i); break;
                        default: *ret = vk(V_UNKNOWN); return X_OK;
                    }
                } else {
                    *ret = vk(V_UNKNOWN);
                    return X_OK;
                }
            }
            val *items;
            uint32_t k;
            val one = a[1];
            if (!seq_items(s, a[1], &items, &k)) {
                items = &one;
                k = 1;
            }
            int res = 0;
            for (uint32_t i = 0; i < k; i++) {
                if (items[i].k == V_OPAQUE || items[i].k == V_UNKNOWN || cls.k == V_UNKNOWN) {
                    res = res ? res : -1;
                } else if (is_subclass(s, cls, items[i]) || (cls.k == V_BUILTIN && items[i].k == V_BUILTIN && cls.id == items[i].id)) {
                    res = 1;
                }
            }
            *ret = res < 0 ? vk(V_UNKNOWN) : vk(res ? V_TRUE : V_FALSE);
            return X_OK;
        }
        case BI_HASATTR:
        case BI_GETATTR: {
            if (n < 2) {
                break;
            }
            const char *t;
            size_t l;
            if (!val_text(s, a[1], &t, &l)) {
                break;
            }
            uint32_t q = sid(s, t, l);
            qintern(s, q); /* mp_obj_str_get_qstr */
            bool found;
            val v;
            int r = getattr_val(s, f, a[0], q, &v, &found);
            if (r != X_OK) {
                if (r == X_RAISE && n == 3) {
                    *ret = a[2];
                    return X_OK;
                }
                return r;
            }
            if (bi == BI_HASATTR) {
                *ret = a[0].k == V_UNKNOWN ? vk(V_UNKNOWN) : vk(found ? V_TRUE : V_FALSE);
                return X_OK;
            }
            if (!found) {
                if (n == 3) {
                    *ret = a[2];
                    return X_OK;
                }
                return attr_error(s, f, a[0], q);
            }
            *ret = v;
            return X_OK;
        }
        case BI_SETATTR: {
            if (n != 3) {
                break;
            }
            const char *t;
            size_t l;
            if (!val_text(s, a[1], &t, &l)) {
                break;
            }
            uint32_t q = sid(s, t, l);
            qintern(s, q);
            return store_attr(s, f, a[0], q, a[2]);
        }
        case BI_LEN: {
            if (n != 1) {
                break;
            }
            const char *t;
            size_t l;
            if (val_text(s, a[0], &t, &l)) {
                size_t chars = 0;
                for (size_t i = 0; i < l; i++) {
                    chars += ((unsigned char)t[i] & 0xc0) != 0x80;
                }
                *ret = vint((int64_t)chars);
                return X_OK;
            }
            if (a[0].k == V_OBJ) {
                mobj *o = O(s, a[0].id);
                if (o->t == OT_TUPLE || o->t == OT_LIST || o->t == OT_SET) {
                    *ret = vint(o->n);
                    return X_OK;
                }
                if (o->t == OT_DICT) {
                    *ret = vint(o->map.n);
                    return X_OK;
                }
                if (o->t == OT_BYTES || o->t == OT_BYTEARRAY) {
                    *ret = vint(o->t == OT_BYTES ? (int64_t)o->len : o->i);
                    return X_OK;
                }
            }
            *ret = vk(V_UNKNOWN);
            return X_OK;
        }
        case BI_RANGE: {
            int64_t v3[3] = {0, 0, 1};
            for (int i = 0; i < n; i++) {
                if (a[i].k != V_INT) {
                    *ret = vk(V_UNKNOWN);
                    return X_OK;
                }
            }
            if (n == 1) {
                v3[1] = a[0].i;
            } else if (n >= 2) {
                v3[0] = a[0].i;
                v3[1] = a[1].i;
                if (n == 3) {
                    v3[2] = a[2].i;
                }
            }
            uint32_t id = onew(s, OT_RANGE, MPC_KIND_DATA);
            O(s, id)->sz[0] = SZ_RANGE;
            for (int i = 0; i < 3; i++) {
                opush(s, id, vint(v3[i]));
            }
            *ret = vobj(id);
            return X_OK;
        }
        case BI_ENUMERATE:
        case BI_REVERSED:
        case BI_MAP:
        case BI_FILTER: {
            val src = bi == BI_MAP || bi == BI_FILTER ? (n >= 2 ? a[1] : vk(V_UNKNOWN)) : (n >= 1 ? a[0] : vk(V_UNKNOWN));
            val it;
            if (bi == BI_REVERSED) {
                val *items;
                uint32_t k;
                if (seq_items(s, src, &items, &k)) {
                    *ret = new_iter(s, IT_REVERSED, src, k, 0, -1, true);
                    return X_OK;
                }
                if (visobj(s, src, OT_RANGE)) {
                    mobj *ro = O(s, src.id);
                    int64_t st = ro->v[0].i, sp = ro->v[1].i, step = ro->v[2].i;
                    int64_t cnt = step > 0 ? (sp - st + step - 1) / step : (st - sp - step - 1) / -step;
                    if (cnt < 0) {
                        cnt = 0;
                    }
                    uint32_t id = onew(s, OT_RANGE, MPC_KIND_DATA);
                    O(s, id)->sz[0] = SZ_RANGE;
                    opush(s, id, vint(st + (cnt - 1) * step));
                    opush(s, id, vint(st - step));
                    opush(s, id, vint(-step));
                    *ret = vobj(id);
                    return X_OK;
                }
                *ret = vk(V_UNKNOWN);
                return X_OK;
            }
            if (!get_iter(s, src, &it)) {
                *ret = vk(V_UNKNOWN);
                return X_OK;
            }
            int kind = bi == BI_ENUMERATE ? IT_ENUMERATE : bi == BI_MAP ? IT_MAP : IT_FILTER;
            uint32_t id = onew(s, OT_ITER, MPC_KIND_DATA);
            O(s, id)->i = kind;
            O(s, id)->sz[0] = SZ_ITER_OBJ;
            opush(s, id, it);
            opush(s, id, vint(0));
            opush(s, id, bi == BI_ENUMERATE ? it : a[0]);
            opush(s, id, vint(0));
            if (bi == BI_ENUMERATE) {
                O(s, id)->v[0] = it;
            }
            *ret = vobj(id);
            return X_OK;
        }
        case BI_ZIP: {
            uint32_t holder = onew(s, OT_TUPLE, MPC_KIND_DATA);
            for (int i = 0; i < n; i++) {
                val it;
                if (!get_iter(s, a[i], &it)) {
                    *ret = vk(V_UNKNOWN);
                    return X_OK;
                }
                opush(s, holder, it);
            }
            uint32_t id = onew(s, OT_ITER, MPC_KIND_DATA);
            O(s, id)->i = IT_ZIP;
            O(s, id)->sz[0] = SZ_ITER_OBJ + SZ_WORD * (uint32_t)n;
            opush(s, id, vobj(holder));
            opush(s, id, vint(0));
            *ret = vobj(id);
            return X_OK;
        }
        case BI_ITER: {
            val it;
            if (n == 1 && get_iter(s, a[0], &it)) {
                *ret = it;
                return X_OK;
            }
            *ret = vk(V_UNKNOWN);
            return X_OK;
        }
        case BI_NEXT: {
            if (n >= 1) {
                val x;
                int r = iter_next(s, f, a[0], &x);
                if (r == 1) {
                    *ret = x;
                    return X_OK;
                }
                if (r == 0) {
                    if (n == 2) {
                        *ret = a[1];
                        return X_OK;
                    }
                    return raise_new(s, bi_exc("StopIteration"), NULL);
                }
                if (visobj(s, a[0], OT_GEN)) {
                    flag(s, f, "runs a generator at import time: not followed");
                }
            }
            *ret = vk(V_UNKNOWN);
            return X_OK;
        }
        case BI_LIST:
        case BI_TUPLE:
        case BI_SET:
        case BI_FROZENSET:
        case BI_SORTED: {
            val *items = NULL;
            uint32_t k = 0;
            if (n == 1 && !collect(s, f, a[0], &items, &k)) {
                flag(s, f, "%s() of a value the model does not know", builtin_name(bi));
                *ret = vk(V_UNKNOWN);
                return X_OK;
            }
            if (bi == BI_TUPLE) {
                *ret = (n == 1 && visobj(s, a[0], OT_TUPLE)) ? a[0] : new_tuple(s, (int)k, items, MPC_KIND_DATA);
            } else if (bi == BI_LIST || bi == BI_SORTED) {
                /* list(iterable) grows by appending */
                *ret = new_list(s, 0, NULL);
                for (uint32_t i = 0; i < k; i++) {
                    list_append(s, ret->id, items[i]);
                }
                if (bi == BI_SORTED || (n == 1 && (visobj(s, a[0], OT_TUPLE) || visobj(s, a[0], OT_LIST)))) {
                    /* from a sequence of known length the list is made at its size */
                    list_set_alloc(s, ret->id, k < LIST_MIN_ALLOC ? LIST_MIN_ALLOC : k);
                }
            } else {
                *ret = new_set(s, 0, bi == BI_FROZENSET);
                for (uint32_t i = 0; i < k; i++) {
                    set_add(s, ret->id, items[i]);
                }
            }
            free(items);
            return X_OK;
        }
        case BI_DICT:
        case BI_ORDEREDDICT: {
            *ret = new_dict(s, 0, MPC_KIND_DICT);
            if (bi == BI_ORDEREDDICT) {
                O(s, ret->id)->flag = true;
            }
            if (n == 1) {
                if (visobj(s, a[0], OT_DICT)) {
                    cmap *m = &O(s, a[0].id)->map;
                    for (uint32_t i = 0; i < m->n; i++) {
                        dict_store(s, ret->id, O(s, a[0].id)->map.k[i], O(s, a[0].id)->map.v[i]);
                    }
                } else {
                    val *items;
                    uint32_t k;
                    if (!collect(s, f, a[0], &items, &k)) {
                        flag(s, f, "dict() of a value the model does not know");
                        *ret = vk(V_UNKNOWN);
                        return X_OK;
                    }
                    for (uint32_t i = 0; i < k; i++) {
                        val *p;
                        uint32_t pn;
                        if (seq_items(s, items[i], &p, &pn) && pn == 2) {
                            dict_store(s, ret->id, p[0], p[1]);
                        }
                    }
                    free(items);
                }
            }
            for (int i = 0; i < n_kw; i++) {
                dict_store(s, ret->id, kw[2 * i], kw[2 * i + 1]);
            }
            return X_OK;
        }
        case BI_BYTES:
        case BI_BYTEARRAY: {
            int t = bi == BI_BYTES ? OT_BYTES : OT_BYTEARRAY;
            if (n == 0) {
                *ret = new_bytes_like(s, t, NULL, 0);
                return X_OK;
            }
            if (a[0].k == V_INT) {
                if (a[0].i < 0 || a[0].i > 10000000) {
                    break;
                }
                char *z = calloc((size_t)a[0].i + 1, 1);
                *ret = new_bytes_like(s, t, z, (size_t)a[0].i);
                free(z);
                return X_OK;
            }
            if (a[0].k == V_OBJ && (O(s, a[0].id)->t == OT_BYTES || O(s, a[0].id)->t == OT_BYTEARRAY)) {
                mobj *o = O(s, a[0].id);
                size_t l = o->t == OT_BYTES ? o->len : (size_t)o->i;
                *ret = new_bytes_like(s, t, o->text, l);
                return X_OK;
            }
            const char *tx;
            size_t l;
            if (val_text(s, a[0], &tx, &l) && n >= 2) {
                *ret = new_bytes_like(s, t, tx, l);
                return X_OK;
            }
            val *items;
            uint32_t k;
            if (collect(s, f, a[0], &items, &k)) {
                char *z = calloc(k + 1, 1);
                for (uint32_t i = 0; i < k; i++) {
                    z[i] = (char)(items[i].k == V_INT ? items[i].i : 0);
                }
                *ret = new_bytes_like(s, t, z, k);
                free(z);
                free(items);
                return X_OK;
            }
            break;
        }
        case BI_MEMORYVIEW: {
            uint32_t id = onew(s, OT_MEMVIEW, MPC_KIND_DATA);
            O(s, id)->sz[0] = SZ_ARRAY;
            if (n && a[0].k == V_OBJ) {
                O(s, id)->ref[0] = a[0].id;
            }
            *ret = vobj(id);
            return X_OK;
        }
        case BI_STR: {
            if (n == 0) {
                *ret = vq(sid(s, "", 0));
                return X_OK;
            }
            const char *t;
            size_t l;
            if (val_text(s, a[0], &t, &l)) {
                *ret = a[0];
                return X_OK;
            }
            if (a[0].k == V_INT) {
                char buf[32];
                snprintf(buf, sizeof buf, "%lld", (long long)a[0].i);
                *ret = text_val(s, buf, strlen(buf));
                return X_OK;
            }
            break;
        }
        case BI_INT:
        case BI_BOOL:
        case BI_ROUND:
        case BI_FLOAT:
        case BI_ABS: {
            if (n == 0) {
                *ret = bi == BI_FLOAT ? make_float(s, 0, MPC_KIND_DATA) : bi == BI_BOOL ? vk(V_FALSE) : vint(0);
                return X_OK;
            }
            double d;
            bool isint;
            int64_t i;
            if (bi == BI_BOOL) {
                int t = truth(s, a[0]);
                *ret = t < 0 ? vk(V_UNKNOWN) : vk(t ? V_TRUE : V_FALSE);
                return X_OK;
            }
            if (get_num(s, a[0], &d, &isint, &i)) {
                if (bi == BI_FLOAT) {
                    *ret = make_float(s, d, MPC_KIND_DATA);
                } else if (bi == BI_ABS) {
                    *ret = isint ? make_int(s, i < 0 ? -i : i, MPC_KIND_DATA) : make_float(s, fabs(d), MPC_KIND_DATA);
                } else if (bi == BI_ROUND && n == 2) {
                    *ret = make_float(s, d, MPC_KIND_DATA);
                } else if (bi == BI_ROUND) {
                    double r = nearbyint(d);
                    *ret = make_int(s, (int64_t)r, MPC_KIND_DATA);
                } else {
                    *ret = isint ? a[0] : make_int(s, (int64_t)trunc(d), MPC_KIND_DATA);
                }
                return X_OK;
            }
            const char *t;
            size_t l;
            if (val_text(s, a[0], &t, &l) && bi != BI_ABS && bi != BI_ROUND) {
                char buf[64];
                snprintf(buf, sizeof buf, "%.*s", (int)(l < 63 ? l : 63), t);
                if (bi == BI_FLOAT) {
                    *ret = make_float(s, strtod(buf, NULL), MPC_KIND_DATA);
                } else {
                    *ret = make_int(s, strtoll(buf, NULL, n == 2 && a[1].k == V_INT ? (int)a[1].i : 10), MPC_KIND_DATA);
                }
                return X_OK;
            }
            *ret = vk(V_UNKNOWN);
            return X_OK;
        }
        case BI_POW: {
            if (n == 2) {
                return binop(s, f, MPY_BINARY_OP_POWER, a[0], a[1], ret);
            }
            break;
        }
        case BI_DIVMOD: {
            if (n == 2) {
                val q, r;
                int x1 = binop(s, f, MPY_BINARY_OP_FLOOR_DIVIDE, a[0], a[1], &q);
                if (x1 != X_OK) {
                    return x1;
                }
                binop(s, f, MPY_BINARY_OP_MODULO, a[0], a[1], &r);
                val pair[2] = {q, r};
                *ret = new_tuple(s, 2, pair, MPC_KIND_DATA);
                return X_OK;
            }
            break;
        }
        case BI_MIN:
        case BI_MAX:
        case BI_SUM: {
            val *items = NULL;
            uint32_t k = 0;
            bool own = false;
            if (n == 1) {
                if (!collect(s, f, a[0], &items, &k)) {
                    *ret = vk(V_UNKNOWN);
                    return X_OK;
                }
                own = true;
            } else {
                items = (val *)a;
                k = (uint32_t)n;
            }
            val acc = bi == BI_SUM ? vint(0) : (k ? items[0] : vk(V_UNKNOWN));
            for (uint32_t i = bi == BI_SUM ? 0 : 1; i < k; i++) {
                val c;
                if (bi == BI_SUM) {
                    binop(s, f, MPY_BINARY_OP_ADD, acc, items[i], &c);
                    acc = c;
                } else {
                    binop(s, f, MPY_BINARY_OP_LESS, items[i], acc, &c);
                    if (c.k == V_UNKNOWN) {
                        acc = vk(V_UNKNOWN);
                        break;
                    }
                    if ((c.k == V_TRUE) == (bi == BI_MIN)) {
                        acc = items[i];
                    }
                }
            }
            if (own) {
                free(items);
            }
            *ret = acc;
            return X_OK;
        }
        case BI_ORD: {
            const char *t;
            size_t l;
            if (n == 1 && val_text(s, a[0], &t, &l) && l) {
                *ret = vint((unsigned char)t[0]);
                return X_OK;
            }
            *ret = vk(V_UNKNOWN);
            return X_OK;
        }
        case BI_CHR: {
            if (n == 1 && a[0].k == V_INT && a[0].i >= 0 && a[0].i < 128) {
                char c = (char)a[0].i;
                *ret = text_val(s, &c, 1);
                return X_OK;
            }
            *ret = vk(V_UNKNOWN);
            return X_OK;
        }
        case BI_GLOBALS:
            *ret = f ? vobj(f->globals) : vk(V_UNKNOWN);
            return X_OK;
        case BI_LOCALS:
            *ret = f && f->locals ? vobj(f->locals) : vk(V_UNKNOWN);
            return X_OK;
        case BI_CALLABLE:
            *ret = n == 1 && (is_fun(s, a[0]) || a[0].k == V_BUILTIN || visobj(s, a[0], OT_CLASS)) ? vk(V_TRUE) : vk(V_UNKNOWN);
            return X_OK;
        case BI_ANY:
        case BI_ALL: {
            val *items;
            uint32_t k;
            if (n == 1 && collect(s, f, a[0], &items, &k)) {
                int res = bi == BI_ALL;
                for (uint32_t i = 0; i < k; i++) {
                    int t = truth(s, items[i]);
                    if (t < 0) {
                        res = -1;
                        break;
                    }
                    if (bi == BI_ANY && t) {
                        res = 1;
                    }
                    if (bi == BI_ALL && !t) {
                        res = 0;
                    }
                }
                free(items);
                *ret = res < 0 ? vk(V_UNKNOWN) : vk(res ? V_TRUE : V_FALSE);
                return X_OK;
            }
            *ret = vk(V_UNKNOWN);
            return X_OK;
        }
        case BI_NAMEDTUPLE: {
            /* collections.namedtuple(name, fields): a type with 8 slots and one qstr per
               field; the name and the fields are interned */
            if (n < 2) {
                break;
            }
            const char *t;
            size_t l;
            val *items = NULL;
            uint32_t k = 0;
            bool own = false;
            if (val_text(s, a[1], &t, &l)) {
                /* "a b c": split on spaces */
                items = calloc(l + 1, sizeof(val));
                own = true;
                size_t st = 0;
                for (size_t i = 0; i <= l; i++) {
                    if (i == l || t[i] == ' ' || t[i] == ',') {
                        if (i > st) {
                            items[k++] = text_val(s, t + st, i - st);
                        }
                        st = i + 1;
                    }
                }
            } else if (!seq_items(s, a[1], &items, &k)) {
                break;
            }
            uint32_t id = onew(s, OT_NTTYPE, MPC_KIND_CLASS);
            O(s, id)->sz[0] = (uint32_t)(SZ_NT_TYPE + 2 * k);
            if (val_text(s, a[0], &t, &l)) {
                O(s, id)->name = sid(s, t, l);
                qintern(s, O(s, id)->name);
            }
            for (uint32_t i = 0; i < k; i++) {
                const char *ft;
                size_t fl;
                if (val_text(s, items[i], &ft, &fl)) {
                    uint32_t q = sid(s, ft, fl);
                    qintern(s, q);
                    opush(s, id, vq(q));
                }
            }
            if (own) {
                free(items);
            }
            *ret = vobj(id);
            return X_OK;
        }
        case BI_STRUCT_PACK:
        case BI_CALCSIZE: {
            const char *t;
            size_t l;
            if (n >= 1 && val_text(s, a[0], &t, &l)) {
                int64_t size = 0, count = 0;
                bool native = true;
                for (size_t i = 0; i < l; i++) {
                    char c = t[i];
                    if (c >= '0' && c <= '9') {
                        count = count * 10 + (c - '0');
                        continue;
                    }
                    if (strchr("<>!=", c)) {
                        native = c == '@';
                        continue;
                    }
                    int64_t sz = strchr("bBcsx?", c) ? 1 : strchr("hHe", c) ? 2 : strchr("iIlLfP", c) ? 4 : strchr("qQd", c) ? 8 : -1;
                    if (sz < 0) {
                        *ret = vk(V_UNKNOWN);
                        return X_OK;
                    }
                    if (native && sz > 1) {
                        size = (size + sz - 1) / sz * sz;
                    }
                    size += sz * (count ? count : 1);
                    count = 0;
                }
                if (bi == BI_STRUCT_PACK) {
                    /* struct.pack: a bytes object of that size */
                    char *z = calloc((size_t)size + 1, 1);
                    *ret = new_bytes_like(s, OT_BYTES, z, (size_t)size);
                    free(z);
                    return X_OK;
                }
                *ret = vint(size);
                return X_OK;
            }
            *ret = vk(V_UNKNOWN);
            return X_OK;
        }
        /* methods: a[0] is self */
        case BI_M_APPEND:
            if (n == 2 && visobj(s, a[0], OT_LIST)) {
                list_append(s, a[0].id, a[1]);
                return X_OK;
            }
            break;
        case BI_M_EXTEND:
        case BI_M_UPDATE: {
            if (n == 2 && visobj(s, a[0], OT_DICT) && visobj(s, a[1], OT_DICT)) {
                for (uint32_t i = 0; i < O(s, a[1].id)->map.n; i++) {
                    dict_store(s, a[0].id, O(s, a[1].id)->map.k[i], O(s, a[1].id)->map.v[i]);
                }
                return X_OK;
            }
            val *items;
            uint32_t k;
            if (n == 2 && (visobj(s, a[0], OT_LIST) || visobj(s, a[0], OT_SET)) && collect(s, f, a[1], &items, &k)) {
                if (visobj(s, a[0], OT_LIST)) {
                    /* list.extend grows to len + n + 4 when it does not fit */
                    mobj *o = O(s, a[0].id);
                    if (o->n + k > o->alloc) {
                        list_set_alloc(s, a[0].id, o->n + k + 4);
                    }
                    for (uint32_t i = 0; i < k; i++) {
                        opush(s, a[0].id, items[i]);
                    }
                } else {
                    for (uint32_t i = 0; i < k; i++) {
                        set_add(s, a[0].id, items[i]);
                    }
                }
                free(items);
                return X_OK;
            }
            break;
        }
        case BI_M_INSERT:
            if (n == 3 && visobj(s, a[0], OT_LIST)) {
                list_append(s, a[0].id, a[2]);
                return X_OK;
            }
            break;
        case BI_M_ADD:
            if (n == 2 && visobj(s, a[0], OT_SET)) {
                set_add(s, a[0].id, a[1]);
                return X_OK;
            }
            break;
        case BI_M_GET:
        case BI_M_SETDEFAULT:
            if (n >= 2 && visobj(s, a[0], OT_DICT)) {
                int at = map_find(s, &O(s, a[0].id)->map, a[1]);
                if (at >= 0) {
                    *ret = O(s, a[0].id)->map.v[at];
                } else {
                    *ret = n == 3 ? a[2] : vk(V_NONE);
                    if (bi == BI_M_SETDEFAULT) {
                        dict_store(s, a[0].id, a[1], *ret);
                    }
                }
                return X_OK;
            }
            break;
        case BI_M_KEYS:
        case BI_M_VALUES:
        case BI_M_ITEMS:
            if (n == 1 && visobj(s, a[0], OT_DICT)) {
                /* a view: iterate over a snapshot */
                cmap *m = &O(s, a[0].id)->map;
                uint32_t k = m->n;
                val *items = calloc(k + 1, sizeof(val));
                for (uint32_t i = 0; i < k; i++) {
                    if (bi == BI_M_ITEMS) {
                        val pair[2] = {O(s, a[0].id)->map.k[i], O(s, a[0].id)->map.v[i]};
                        items[i] = new_tuple(s, 2, pair, MPC_KIND_DATA);
                    } else {
                        items[i] = bi == BI_M_KEYS ? O(s, a[0].id)->map.k[i] : O(s, a[0].id)->map.v[i];
                    }
                }
                uint32_t id = onew(s, OT_TUPLE, MPC_KIND_DATA);
                O(s, id)->sz[0] = 8; /* the view object */
                for (uint32_t i = 0; i < k; i++) {
                    opush(s, id, items[i]);
                }
                free(items);
                *ret = vobj(id);
                return X_OK;
            }
            break;
        case BI_M_JOIN: {
            const char *sep;
            size_t sl;
            val *items;
            uint32_t k;
            if (n == 2 && val_text(s, a[0], &sep, &sl) && collect(s, f, a[1], &items, &k)) {
                size_t total = 0;
                bool ok = true;
                for (uint32_t i = 0; i < k; i++) {
                    const char *t;
                    size_t l;
                    if (!val_text(s, items[i], &t, &l)) {
                        ok = false;
                        break;
                    }
                    total += l + (i ? sl : 0);
                }
                if (ok) {
                    char *buf = malloc(total + 1);
                    size_t p = 0;
                    for (uint32_t i = 0; i < k; i++) {
                        const char *t;
                        size_t l;
                        val_text(s, items[i], &t, &l);
                        if (i) {
                            memcpy(buf + p, sep, sl);
                            p += sl;
                        }
                        memcpy(buf + p, t, l);
                        p += l;
                    }
                    *ret = text_val(s, buf, total);
                    free(buf);
                    free(items);
                    return X_OK;
                }
                free(items);
            }
            break;
        }
        case BI_M_UPPER:
        case BI_M_LOWER:
        case BI_M_STRIP:
        case BI_M_REPLACE: {
            const char *t;
            size_t l;
            const char *ft, *tt;
            size_t fl, tl;
            if (bi == BI_M_REPLACE && n == 3 && val_text(s, a[0], &t, &l) && val_text(s, a[1], &ft, &fl) &&
                val_text(s, a[2], &tt, &tl) && fl) {
                sbuf_t out = {0};
                for (size_t i = 0; i < l;) {
                    if (i + fl <= l && memcmp(t + i, ft, fl) == 0) {
                        sbuf_add(&out, tt, tl);
                        i += fl;
                    } else {
                        sbuf_add(&out, t + i, 1);
                        i++;
                    }
                }
                *ret = text_val(s, out.p ? out.p : "", out.n);
                free(out.p);
                return X_OK;
            }
            if (val_text(s, a[0], &t, &l) && bi != BI_M_REPLACE) {
                char *buf = malloc(l + 1);
                size_t st = 0, en = l;
                if (bi == BI_M_STRIP) {
                    while (st < en && strchr(" \t\r\n", t[st])) {
                        st++;
                    }
                    while (en > st && strchr(" \t\r\n", t[en - 1])) {
                        en--;
                    }
                }
                for (size_t i = st; i < en; i++) {
                    buf[i - st] = bi == BI_M_UPPER ? (char)toupper((unsigned char)t[i]) : bi == BI_M_LOWER ? (char)tolower((unsigned char)t[i]) : t[i];
                }
                *ret = text_val(s, buf, en - st);
                free(buf);
                return X_OK;
            }
            break;
        }
        case BI_M_FORMAT: {
            /* str.format with {} / {N} / {name} fields of known ints and strs; a format spec
               with a width pads to it */
            const char *t;
            size_t l;
            if (!val_text(s, a[0], &t, &l)) {
                break;
            }
            sbuf_t out = {0};
            int next_pos = 1;
            bool ok = true;
            for (size_t i = 0; i < l && ok; i++) {
                if (t[i] == '{' && i + 1 < l && t[i + 1] == '{') {
                    sbuf_add(&out, "{", 1);
                    i++;
                    continue;
                }
                if (t[i] == '}' && i + 1 < l && t[i + 1] == '}') {
                    sbuf_add(&out, "}", 1);
                    i++;
                    continue;
                }
                if (t[i] != '{') {
                    sbuf_add(&out, t + i, 1);
                    continue;
                }
                size_t e = i + 1;
                while (e < l && t[e] != '}') {
                    e++;
                }
                if (e >= l) {
                    ok = false;
                    break;
                }
                size_t nend = i + 1;
                while (nend < e && t[nend] != ':' && t[nend] != '!') {
                    nend++;
                }
                val v = vk(V_UNKNOWN);
                if (nend == i + 1) {
                    v = next_pos < n ? a[next_pos++] : vk(V_UNKNOWN);
                } else if (t[i + 1] >= '0' && t[i + 1] <= '9') {
                    int idx = atoi(t + i + 1) + 1;
                    v = idx < n ? a[idx] : vk(V_UNKNOWN);
                } else {
                    uint32_t q = sid(s, t + i + 1, nend - i - 1);
                    for (int k = 0; k < n_kw; k++) {
                        if (kw[2 * k].k == V_QSTR && kw[2 * k].id == q) {
                            v = kw[2 * k + 1];
                        }
                    }
                }
                int width = 0;
                if (nend < e && t[nend] == ':') {
                    size_t p = nend + 1;
                    while (p < e && !(t[p] >= '1' && t[p] <= '9')) {
                        p++;
                    }
                    width = p < e ? atoi(t + p) : 0;
                }
                char num[64];
                const char *vt;
                size_t vl;
                if (v.k == V_INT) {
                    snprintf(num, sizeof num, "%lld", (long long)v.i);
                    vt = num;
                    vl = strlen(num);
                } else if (!val_text(s, v, &vt, &vl)) {
                    ok = false;
                    break;
                }
                for (int k = (int)vl; k < width; k++) {
                    sbuf_add(&out, " ", 1);
                }
                sbuf_add(&out, vt, vl);
                i = e;
            }
            if (ok) {
                *ret = text_val(s, out.p ? out.p : "", out.n);
                free(out.p);
                return X_OK;
            }
            free(out.p);
            break;
        }
        case BI_M_STARTSWITH:
        case BI_M_ENDSWITH: {
            const char *t, *p;
            size_t l, pl;
            if (n == 2 && val_text(s, a[0], &t, &l) && val_text(s, a[1], &p, &pl)) {
                bool r = pl <= l && memcmp(bi == BI_M_STARTSWITH ? t : t + l - pl, p, pl) == 0;
                *ret = vk(r ? V_TRUE : V_FALSE);
                return X_OK;
            }
            break;
        }
        default:
            break;
    }
    flag(s, f, "call to %s() with values the model does not follow", builtin_name(bi));
    *ret = vk(V_UNKNOWN);
    return X_OK;
}

int call_value(sim *s, frame *caller, val fn, int n_pos, const val *args, int n_kw, const val *kw, val *ret) {
    *ret = vk(V_UNKNOWN);
    switch (fn.k) {
        case V_BUILTIN: {
            int bi = (int)fn.id;
            if (builtin_is_exc(bi)) {
                /* an exception instance: garbage unless kept */
                const char *msg = NULL;
                const char *t;
                size_t l;
                char buf[200];
                if (n_pos && val_text(s, args[0], &t, &l)) {
                    snprintf(buf, sizeof buf, "%.*s", (int)l, t);
                    msg = buf;
                }
                uint32_t e = new_exc(s, bi, 0, msg);
                if (n_pos) {
                    val tup = new_tuple(s, n_pos, args, MPC_KIND_DATA);
                    O(s, e)->ref[1] = tup.k == V_OBJ ? tup.id : 0;
                }
                *ret = vobj(e);
                return X_OK;
            }
            if (bi == BI_OBJECT) {
                uint32_t id = onew(s, OT_INSTANCE, MPC_KIND_DATA);
                O(s, id)->sz[0] = SZ_WORD;
                *ret = vobj(id);
                return X_OK;
            }
            if (bi == BI_SUPER || bi == BI_TYPE || bi == BI_OPEN || bi == BI_IMPORT || bi == BI_DIR) {
                flag(s, caller, "call to %s() is not followed", builtin_name(bi));
                *ret = vk(V_UNKNOWN);
                return X_OK;
            }
            return call_builtin(s, caller, bi, n_pos, args, n_kw, kw, ret);
        }
        case V_OPAQUE:
            flag(s, caller, "call to %s(): what it makes is not counted", stext(s, fn.id, NULL));
            *ret = vk(V_UNKNOWN);
            return X_OK;
        case V_OBJ:
            break;
        default:
            flag(s, caller, "call to a value the model does not know: what it makes is not counted");
            *ret = vk(V_UNKNOWN);
            return X_OK;
    }
    mobj *o = O(s, fn.id);
    switch (o->t) {
        case OT_FUN:
            return call_fun(s, caller, fn.id, n_pos, args, n_kw, kw, 0, ret);
        case OT_CLOSURE: {
            uint32_t nc = o->n;
            val *a2 = calloc((size_t)nc + (size_t)n_pos + 1, sizeof(val));
            memcpy(a2, o->v, sizeof(val) * nc);
            if (n_pos) {
                memcpy(a2 + nc, args, sizeof(val) * (size_t)n_pos);
            }
            int r = call_fun(s, caller, o->ref[0], (int)nc + n_pos, a2, n_kw, kw, 0, ret);
            free(a2);
            return r;
        }
        case OT_BOUNDMETH: {
            val *a2 = calloc((size_t)n_pos + 2, sizeof(val));
            a2[0] = o->v[1];
            if (n_pos) {
                memcpy(a2 + 1, args, sizeof(val) * (size_t)n_pos);
            }
            val m = o->v[0];
            int r = call_value(s, caller, m, n_pos + 1, a2, n_kw, kw, ret);
            free(a2);
            return r;
        }
        case OT_CLASS:
            return instantiate(s, caller, fn, n_pos, args, n_kw, kw, ret);
        case OT_NTTYPE: {
            uint32_t nf = o->n;
            val *items = calloc(nf + 1, sizeof(val));
            for (int i = 0; i < n_pos && (uint32_t)i < nf; i++) {
                items[i] = args[i];
            }
            for (int i = 0; i < n_kw; i++) {
                for (uint32_t j = 0; j < nf; j++) {
                    if (O(s, fn.id)->v[j].id == kw[2 * i].id) {
                        items[j] = kw[2 * i + 1];
                    }
                }
            }
            uint32_t id = onew(s, OT_TUPLE, MPC_KIND_DATA);
            O(s, id)->sz[0] = SZ_TUPLE_HDR + SZ_WORD * nf;
            O(s, id)->ref[0] = fn.id;
            for (uint32_t j = 0; j < nf; j++) {
                opush(s, id, items[j]);
            }
            free(items);
            *ret = vobj(id);
            return X_OK;
        }
        case OT_STATICMETH:
        case OT_CLASSMETH:
            return call_value(s, caller, o->v[0], n_pos, args, n_kw, kw, ret);
        case OT_INSTANCE: {
            val m;
            if (class_lookup(s, vobj(o->ref[0]), sidz(s, "__call__"), &m, NULL) == 1) {
                val *a2 = calloc((size_t)n_pos + 2, sizeof(val));
                a2[0] = fn;
                if (n_pos) {
                    memcpy(a2 + 1, args, sizeof(val) * (size_t)n_pos);
                }
                int r = call_value(s, caller, m, n_pos + 1, a2, n_kw, kw, ret);
                free(a2);
                return r;
            }
            return raise_new(s, bi_exc("TypeError"), "object isn't callable");
        }
        default:
            return raise_new(s, bi_exc("TypeError"), "object isn't callable");
    }
}

/* ==================================================================================
   Subscripts and unpacking
   ================================================================================== */

static int subscr_load(sim *s, frame *f, val obj, val idx, val *out) {
    if (obj.k == V_OBJ) {
        mobj *o = O(s, obj.id);
        if ((o->t == OT_TUPLE || o->t == OT_LIST) && idx.k == V_INT) {
            int64_t i = idx.i < 0 ? idx.i + o->n : idx.i;
            if (i < 0 || i >= (int64_t)o->n) {
                return raise_new(s, bi_exc("IndexError"), "index out of range");
            }
            *out = o->v[i];
            return X_OK;
        }
        if ((o->t == OT_TUPLE || o->t == OT_LIST) && visobj(s, idx, OT_SLICE)) {
            mobj *sl = O(s, idx.id);
            int64_t n = o->n, st = 0, en = n, step = 1;
            if (sl->v[2].k == V_INT) {
                step = sl->v[2].i;
            }
            if (step != 1) {
                goto unknown;
            }
            if (sl->v[0].k == V_INT) {
                st = sl->v[0].i < 0 ? sl->v[0].i + n : sl->v[0].i;
            }
            if (sl->v[1].k == V_INT) {
                en = sl->v[1].i < 0 ? sl->v[1].i + n : sl->v[1].i;
            }
            st = st < 0 ? 0 : st > n ? n : st;
            en = en < st ? st : en > n ? n : en;
            int k = (int)(en - st);
            *out = o->t == OT_TUPLE ? new_tuple(s, k, o->v + st, MPC_KIND_DATA) : new_list(s, k, o->v + st);
            return X_OK;
        }
        if (o->t == OT_DICT) {
            int at = map_find(s, &o->map, idx);
            if (at >= 0) {
                *out = o->map.v[at];
                return X_OK;
            }
            if (idx.k == V_UNKNOWN) {
                goto unknown;
            }
            return raise_new(s, bi_exc("KeyError"), "key");
        }
        if ((o->t == OT_BYTES || o->t == OT_BYTEARRAY) && idx.k == V_INT) {
            int64_t l = o->t == OT_BYTES ? (int64_t)o->len : o->i;
            int64_t i = idx.i < 0 ? idx.i + l : idx.i;
            if (i < 0 || i >= l) {
                return raise_new(s, bi_exc("IndexError"), "index out of range");
            }
            *out = vint(o->text ? (uint8_t)o->text[i] : 0);
            return X_OK;
        }
        if (o->t == OT_INSTANCE) {
            val m;
            if (class_lookup(s, vobj(o->ref[0]), sidz(s, "__getitem__"), &m, NULL) == 1) {
                val a2[2] = {obj, idx};
                return call_value(s, f, m, 2, a2, 0, NULL, out);
            }
        }
    }
    const char *t;
    size_t l;
    if (val_text(s, obj, &t, &l) && idx.k == V_INT) {
        int64_t i = idx.i < 0 ? idx.i + (int64_t)l : idx.i;
        if (i < 0 || i >= (int64_t)l) {
            return raise_new(s, bi_exc("IndexError"), "index out of range");
        }
        *out = text_val(s, t + i, 1);
        return X_OK;
    }
unknown:
    *out = vk(V_UNKNOWN);
    return X_OK;
}

static int subscr_store(sim *s, frame *f, val obj, val idx, val value) {
    if (obj.k == V_OBJ) {
        mobj *o = O(s, obj.id);
        if (o->t == OT_DICT) {
            if (idx.k == V_UNKNOWN) {
                flag(s, f, "stores into a dict under a key the model does not know");
            }
            dict_store(s, obj.id, idx, value);
            return X_OK;
        }
        if (o->t == OT_LIST && idx.k == V_INT) {
            int64_t i = idx.i < 0 ? idx.i + o->n : idx.i;
            if (i < 0 || i >= (int64_t)o->n) {
                return raise_new(s, bi_exc("IndexError"), "index out of range");
            }
            o->v[i] = value;
            return X_OK;
        }
        if (o->t == OT_BYTEARRAY || o->t == OT_MEMVIEW) {
            return X_OK;
        }
        if (o->t == OT_INSTANCE) {
            val m;
            if (class_lookup(s, vobj(o->ref[0]), sidz(s, "__setitem__"), &m, NULL) == 1) {
                val a3[3] = {obj, idx, value};
                val dummy;
                return call_value(s, f, m, 3, a3, 0, NULL, &dummy);
            }
        }
    }
    if (obj.k == V_UNKNOWN || obj.k == V_OPAQUE) {
        flag(s, f, "stores an item into a value the model does not know");
        return X_OK;
    }
    return raise_new(s, bi_exc("TypeError"), "object doesn't support item assignment");
}

/* ==================================================================================
   The interpreter
   ================================================================================== */

static uint32_t qarg(sim *s, frame *f, const mpr_insn *in) {
    modrec *m = MR(s, f->mod);
    uint64_t i = (uint64_t)in->arg;
    return i < m->src->f->n_qstrs ? m->qs[i] : 0;
}

static size_t pc_at(const mpr_code *c, int64_t offset) {
    size_t lo = 0, hi = c->n_insns;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((int64_t)c->insns[mid].offset < offset) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

#define PUSH(v) do { val push_v_ = (v); if (f->sp >= f->cap) { f->cap *= 2; f->stk = realloc(f->stk, sizeof(val) * (size_t)f->cap); } f->stk[f->sp++] = push_v_; } while (0)
#define POP() (f->sp > 0 ? f->stk[--f->sp] : vk(V_UNKNOWN))
#define TOP() (f->sp > 0 ? f->stk[f->sp - 1] : vk(V_UNKNOWN))

static int name_lookup(sim *s, frame *f, uint32_t q, bool global_only, val *out) {
    if (!global_only && f->locals && f->locals != f->globals) {
        int at = map_find(s, &O(s, f->locals)->map, vq(q));
        if (at >= 0) {
            *out = O(s, f->locals)->map.v[at];
            return X_OK;
        }
    }
    int at = map_find(s, &O(s, f->globals)->map, vq(q));
    if (at >= 0) {
        *out = O(s, f->globals)->map.v[at];
        return X_OK;
    }
    size_t len;
    const char *t = stext(s, q, &len);
    int bi = builtin_by_name(t, len);
    if (bi) {
        *out = vbi(bi);
        return X_OK;
    }
    if (is_other_builtin(t, len)) {
        *out = vopaque(s, t, len);
        return X_OK;
    }
    char msg[200];
    snprintf(msg, sizeof msg, "name '%.*s' isn't defined", (int)len, t);
    return raise_new(s, bi_exc("NameError"), msg);
}

static void store_name(sim *s, frame *f, uint32_t q, val v, bool global) {
    uint32_t d = (!global && f->locals) ? f->locals : f->globals;
    map_store(s, d, &O(s, d)->map, vq(q), v);
}

/* Gathers the arguments of a CALL_*: positional in pos, keyword pairs in kw; star arguments
   (the bitmap of CALL_*_VAR_KW) are expanded when their values are known. */
static bool gather_args(sim *s, frame *f, int base, int n_pos, int n_kw, bool var, val **pos, int *np, val **kw, int *nk) {
    val *p = calloc((size_t)n_pos + 64, sizeof(val));
    val *k = calloc((size_t)n_kw * 2 + 64, sizeof(val));
    int pc = 0, kc = 0, pcap = n_pos + 64, kcap = n_kw * 2 + 64;
    uint64_t bitmap = 0;
    if (var) {
        val bm = f->stk[base + n_pos + 2 * n_kw];
        bitmap = bm.k == V_INT ? (uint64_t)bm.i : 0;
    }
    bool ok = true;
    for (int i = 0; i < n_pos; i++) {
        val a = f->stk[base + i];
        if (var && (bitmap >> i) & 1) {
            val *items;
            uint32_t n;
            if (!collect(s, f, a, &items, &n)) {
                ok = false;
                continue;
            }
            for (uint32_t j = 0; j < n; j++) {
                if (pc >= pcap) {
                    pcap *= 2;
                    p = realloc(p, sizeof(val) * (size_t)pcap);
                }
                p[pc++] = items[j];
            }
            free(items);
        } else {
            if (pc >= pcap) {
                pcap *= 2;
                p = realloc(p, sizeof(val) * (size_t)pcap);
            }
            p[pc++] = a;
        }
    }
    for (int i = 0; i < n_kw; i++) {
        val key = f->stk[base + n_pos + 2 * i];
        val v = f->stk[base + n_pos + 2 * i + 1];
        if (key.k == V_NULL) {
            /* **mapping */
            if (!visobj(s, v, OT_DICT)) {
                ok = false;
                continue;
            }
            cmap *m = &O(s, v.id)->map;
            for (uint32_t j = 0; j < m->n; j++) {
                if (kc + 2 > kcap) {
                    kcap *= 2;
                    k = realloc(k, sizeof(val) * (size_t)kcap);
                }
                const char *t;
                size_t l;
                val kk = m->k[j];
                if (val_text(s, kk, &t, &l)) {
                    uint32_t q = sid(s, t, l);
                    qintern(s, q);
                    kk = vq(q);
                }
                k[kc++] = kk;
                k[kc++] = m->v[j];
            }
        } else {
            if (kc + 2 > kcap) {
                kcap *= 2;
                k = realloc(k, sizeof(val) * (size_t)kcap);
            }
            k[kc++] = key;
            k[kc++] = v;
        }
    }
    *pos = p;
    *np = pc;
    *kw = k;
    *nk = kc / 2;
    return ok;
}

/* Unwinds to the innermost handler, or returns false to leave the frame. */
static bool catch_exc(sim *s, frame *f, uint32_t at_offset) {
    while (f->n_exc > 0 && f->exc[f->n_exc - 1].handler <= at_offset) {
        f->n_exc--;
    }
    if (f->n_exc == 0) {
        return false;
    }
    excblk *b = &f->exc[f->n_exc - 1];
    f->sp = b->sp;
    PUSH(s->exc);
    f->pc = pc_at(f->c, b->handler);
    return true;
}

static int exec_frame(sim *s, frame *f, val *ret) {
    const mpr_code *c = f->c;
    int r = X_OK;
    *ret = vk(V_NONE);
    while (f->pc < c->n_insns) {
        if (++s->steps > MAX_STEPS) {
            return abort_frame(s, f, "import-time code runs longer than the model follows (%ld steps)", MAX_STEPS);
        }
        const mpr_insn *in = &c->insns[f->pc];
        size_t next = f->pc + 1;
        uint8_t op = in->opcode;
        r = X_OK;
        if (in->problem) {
            return abort_frame(s, f, "damaged instruction: %s", in->problem);
        }
        if (op >= MPY_BC_LOAD_CONST_SMALL_INT_MULTI && op < MPY_BC_LOAD_CONST_SMALL_INT_MULTI + MPY_BC_LOAD_CONST_SMALL_INT_MULTI_NUM) {
            PUSH(vint(in->arg));
        } else if (op >= MPY_BC_LOAD_FAST_MULTI && op < MPY_BC_LOAD_FAST_MULTI + MPY_BC_LOAD_FAST_MULTI_NUM) {
            PUSH((uint32_t)in->arg < f->n_fast ? f->fast[in->arg] : vk(V_UNKNOWN));
        } else if (op >= MPY_BC_STORE_FAST_MULTI && op < MPY_BC_STORE_FAST_MULTI + MPY_BC_STORE_FAST_MULTI_NUM) {
            val v = POP();
            if ((uint32_t)in->arg < f->n_fast) {
                f->fast[in->arg] = v;
            }
        } else if (op >= MPY_BC_UNARY_OP_MULTI && op < MPY_BC_UNARY_OP_MULTI + MPY_BC_UNARY_OP_MULTI_NUM) {
            val a = POP();
            int u = (int)in->arg;
            double d;
            bool isint;
            int64_t i;
            if (u == MPY_UNARY_OP_NOT) {
                int t = truth_of(s, f, a);
                PUSH(t < 0 ? vk(V_UNKNOWN) : vk(t ? V_FALSE : V_TRUE));
            } else if (get_num(s, a, &d, &isint, &i)) {
                if (u == MPY_UNARY_OP_POSITIVE) {
                    PUSH(a);
                } else if (u == MPY_UNARY_OP_NEGATIVE) {
                    PUSH(isint ? make_int(s, -i, MPC_KIND_DATA) : make_float(s, -d, MPC_KIND_DATA));
                } else if (isint) {
                    PUSH(make_int(s, ~i, MPC_KIND_DATA));
                } else {
                    PUSH(vk(V_UNKNOWN));
                }
            } else {
                PUSH(vk(V_UNKNOWN));
            }
        } else if (op >= MPY_BC_BINARY_OP_MULTI && op < MPY_BC_BINARY_OP_MULTI + MPY_BC_BINARY_OP_MULTI_NUM) {
            val b = POP();
            val a = POP();
            val out;
            r = binop(s, f, (int)in->arg, a, b, &out);
            if (r == X_OK) {
                PUSH(out);
            }
        } else {
            switch (op) {
                case MPY_BC_LOAD_CONST_FALSE: PUSH(vk(V_FALSE)); break;
                case MPY_BC_LOAD_CONST_NONE: PUSH(vk(V_NONE)); break;
                case MPY_BC_LOAD_CONST_TRUE: PUSH(vk(V_TRUE)); break;
                case MPY_BC_LOAD_NULL: PUSH(vk(V_NULL)); break;
                case MPY_BC_LOAD_CONST_SMALL_INT: PUSH(make_int(s, in->arg, MPC_KIND_DATA)); break;
                case MPY_BC_LOAD_CONST_STRING: PUSH(vq(qarg(s, f, in))); break;
                case MPY_BC_LOAD_CONST_OBJ: {
                    modrec *m = MR(s, f->mod);
                    PUSH((uint64_t)in->arg < m->src->f->n_objs ? m->consts[in->arg] : vk(V_UNKNOWN));
                    break;
                }
                case MPY_BC_LOAD_FAST_N:
                    PUSH((uint32_t)in->arg < f->n_fast ? f->fast[in->arg] : vk(V_UNKNOWN));
                    break;
                case MPY_BC_STORE_FAST_N: {
                    val v = POP();
                    if ((uint32_t)in->arg < f->n_fast) {
                        f->fast[in->arg] = v;
                    }
                    break;
                }
                case MPY_BC_DELETE_FAST:
                    if ((uint32_t)in->arg < f->n_fast) {
                        f->fast[in->arg] = vk(V_NULL);
                    }
                    break;
                case MPY_BC_LOAD_DEREF: {
                    val cell = (uint32_t)in->arg < f->n_fast ? f->fast[in->arg] : vk(V_UNKNOWN);
                    PUSH(visobj(s, cell, OT_CELL) ? O(s, cell.id)->v[0] : vk(V_UNKNOWN));
                    break;
                }
                case MPY_BC_STORE_DEREF: {
                    val v = POP();
                    val cell = (uint32_t)in->arg < f->n_fast ? f->fast[in->arg] : vk(V_UNKNOWN);
                    if (visobj(s, cell, OT_CELL)) {
                        O(s, cell.id)->v[0] = v;
                    }
                    break;
                }
                case MPY_BC_DELETE_DEREF: {
                    val cell = (uint32_t)in->arg < f->n_fast ? f->fast[in->arg] : vk(V_UNKNOWN);
                    if (visobj(s, cell, OT_CELL)) {
                        O(s, cell.id)->v[0] = vk(V_NULL);
                    }
                    break;
                }
                case MPY_BC_LOAD_NAME:
                case MPY_BC_LOAD_GLOBAL: {
                    val v;
                    r = name_lookup(s, f, qarg(s, f, in), op == MPY_BC_LOAD_GLOBAL, &v);
                    if (r == X_OK) {
                        PUSH(v);
                    }
                    break;
                }
                case MPY_BC_STORE_NAME:
                case MPY_BC_STORE_GLOBAL:
                    store_name(s, f, qarg(s, f, in), POP(), op == MPY_BC_STORE_GLOBAL);
                    break;
                case MPY_BC_DELETE_NAME:
                case MPY_BC_DELETE_GLOBAL: {
                    uint32_t d = (op == MPY_BC_DELETE_NAME && f->locals) ? f->locals : f->globals;
                    if (!map_delete(s, &O(s, d)->map, vq(qarg(s, f, in)))) {
                        r = raise_new(s, bi_exc("NameError"), "name isn't defined");
                    }
                    break;
                }
                case MPY_BC_LOAD_ATTR:
                case MPY_BC_LOAD_METHOD: {
                    val obj = POP();
                    val dest[2];
                    bool found;
                    uint32_t q = qarg(s, f, in);
                    r = load_attr(s, f, obj, q, dest, op == MPY_BC_LOAD_METHOD, &found);
                    if (r == X_OK && !found) {
                        r = attr_error(s, f, obj, q);
                    }
                    if (r == X_OK) {
                        PUSH(dest[0]);
                        if (op == MPY_BC_LOAD_METHOD) {
                            PUSH(dest[1]);
                        }
                    }
                    break;
                }
                case MPY_BC_LOAD_SUPER_METHOD: {
                    val self = POP();
                    val cls = POP();
                    (void)POP(); /* super */
                    uint32_t q = qarg(s, f, in);
                    val m = vk(V_UNKNOWN);
                    int found = -1;
                    if (visobj(s, cls, OT_CLASS)) {
                        found = 0;
                        for (uint32_t i = 0; i < O(s, cls.id)->n && found == 0; i++) {
                            found = class_lookup(s, O(s, cls.id)->v[i], q, &m, NULL);
                        }
                        if (found == 0 && O(s, cls.id)->n == 0) {
                            found = 0;
                        }
                    }
                    if (found == 1) {
                        if (m.k == V_OBJ && O(s, m.id)->t == OT_STATICMETH) {
                            PUSH(O(s, m.id)->v[0]);
                            PUSH(vk(V_NULL));
                        } else if (m.k == V_OBJ && O(s, m.id)->t == OT_CLASSMETH) {
                            PUSH(O(s, m.id)->v[0]);
                            PUSH(cls);
                        } else {
                            PUSH(m);
                            PUSH(self);
                        }
                    } else if (found == 0 && q == sidz(s, "__init__")) {
                        /* object.__init__ */
                        PUSH(vbi(BI_PURE_NONE));
                        PUSH(vk(V_NULL));
                    } else {
                        if (found == 0) {
                            r = raise_new(s, bi_exc("AttributeError"), "super has no such attribute");
                        } else {
                            PUSH(vk(V_UNKNOWN));
                            PUSH(vk(V_NULL));
                            flag(s, f, "super().%s of a firmware base class: not followed", stext(s, q, NULL));
                        }
                    }
                    break;
                }
                case MPY_BC_STORE_ATTR: {
                    val obj = POP();
                    val v = POP();
                    r = store_attr(s, f, obj, qarg(s, f, in), v);
                    break;
                }
                case MPY_BC_LOAD_SUBSCR: {
                    val idx = POP();
                    val obj = POP();
                    val out;
                    r = subscr_load(s, f, obj, idx, &out);
                    if (r == X_OK) {
                        PUSH(out);
                    }
                    break;
                }
                case MPY_BC_STORE_SUBSCR: {
                    val idx = POP();
                    val obj = POP();
                    val v = POP();
                    r = subscr_store(s, f, obj, idx, v);
                    break;
                }
                case MPY_BC_DUP_TOP: {
                    val t = TOP();
                    PUSH(t);
                    break;
                }
                case MPY_BC_DUP_TOP_TWO: {
                    val b = f->stk[f->sp - 1], a = f->stk[f->sp - 2];
                    PUSH(a);
                    PUSH(b);
                    break;
                }
                case MPY_BC_POP_TOP:
                    (void)POP();
                    break;
                case MPY_BC_ROT_TWO: {
                    val t = f->stk[f->sp - 1];
                    f->stk[f->sp - 1] = f->stk[f->sp - 2];
                    f->stk[f->sp - 2] = t;
                    break;
                }
                case MPY_BC_ROT_THREE: {
                    val t = f->stk[f->sp - 1];
                    f->stk[f->sp - 1] = f->stk[f->sp - 2];
                    f->stk[f->sp - 2] = f->stk[f->sp - 3];
                    f->stk[f->sp - 3] = t;
                    break;
                }
                case MPY_BC_JUMP:
                    next = pc_at(c, in->target);
                    break;
                case MPY_BC_POP_JUMP_IF_TRUE:
                case MPY_BC_POP_JUMP_IF_FALSE: {
                    val v = POP();
                    int t = truth_of(s, f, v);
                    if (t < 0) {
                        flag(s, f, "a condition on a value known only at run time: taken as false");
                        t = 0;
                    }
                    if ((op == MPY_BC_POP_JUMP_IF_TRUE) == (t == 1)) {
                        next = pc_at(c, in->target);
                    }
                    break;
                }
                case MPY_BC_JUMP_IF_TRUE_OR_POP:
                case MPY_BC_JUMP_IF_FALSE_OR_POP: {
                    int t = truth_of(s, f, TOP());
                    if (t < 0) {
                        flag(s, f, "a condition on a value known only at run time: taken as false");
                        t = 0;
                        f->stk[f->sp - 1] = vk(V_FALSE);
                    }
                    if ((op == MPY_BC_JUMP_IF_TRUE_OR_POP) == (t == 1)) {
                        next = pc_at(c, in->target);
                    } else {
                        (void)POP();
                    }
                    break;
                }
                case MPY_BC_SETUP_EXCEPT:
                case MPY_BC_SETUP_FINALLY:
                case MPY_BC_SETUP_WITH: {
                    if (f->n_exc >= 32) {
                        return abort_frame(s, f, "exception handlers nest too deep");
                    }
                    if (op == MPY_BC_SETUP_WITH) {
                        val mgr = POP();
                        val ex[2], en[2];
                        bool found1, found2;
                        r = load_attr(s, f, mgr, sidz(s, "__exit__"), ex, true, &found1);
                        if (r == X_OK) {
                            r = load_attr(s, f, mgr, sidz(s, "__enter__"), en, true, &found2);
                        }
                        if (r != X_OK) {
                            break;
                        }
                        PUSH(ex[0]);
                        PUSH(ex[1]);
                        val res;
                        int n = en[1].k == V_NULL ? 0 : 1;
                        r = call_value(s, f, en[0], n, &en[1], 0, NULL, &res);
                        if (r != X_OK) {
                            break;
                        }
                        f->exc[f->n_exc].handler = (uint32_t)in->target;
                        f->exc[f->n_exc].sp = f->sp;
                        f->exc[f->n_exc].finally = true;
                        f->n_exc++;
                        PUSH(res);
                    } else {
                        f->exc[f->n_exc].handler = (uint32_t)in->target;
                        f->exc[f->n_exc].sp = f->sp;
                        f->exc[f->n_exc].finally = op == MPY_BC_SETUP_FINALLY;
                        f->n_exc++;
                    }
                    break;
                }
                case MPY_BC_WITH_CLEANUP: {
                    /* only the normal exit: TOS None, below it __exit__ and its self */
                    val t = TOP();
                    if (t.k == V_NONE) {
                        val self = f->stk[f->sp - 2];
                        val ex = f->stk[f->sp - 3];
                        val a[4] = {self, vk(V_NONE), vk(V_NONE), vk(V_NONE)};
                        val res;
                        int n0 = self.k == V_NULL ? 0 : 1;
                        r = call_value(s, f, ex, 3 + n0, a + (1 - n0), 0, NULL, &res);
                        f->sp -= 3;
                        PUSH(vk(V_NONE));
                    } else {
                        return abort_frame(s, f, "leaves a with block by an exception or a jump: not followed");
                    }
                    break;
                }
                case MPY_BC_END_FINALLY: {
                    if (f->n_exc > 0) {
                        f->n_exc--;
                    }
                    val t = POP();
                    if (t.k == V_NONE) {
                        break;
                    }
                    if (t.k == V_INT || t.k == V_RAW) {
                        return abort_frame(s, f, "a jump through a finally block: not followed");
                    }
                    s->exc = t;
                    r = X_RAISE;
                    break;
                }
                case MPY_BC_POP_EXCEPT_JUMP:
                    if (f->n_exc > 0) {
                        f->n_exc--;
                    }
                    next = pc_at(c, in->target);
                    break;
                case MPY_BC_UNWIND_JUMP: {
                    int n = in->extra & 0x7f;
                    for (int i = 0; i < n; i++) {
                        if (f->n_exc == 0) {
                            break;
                        }
                        if (f->exc[f->n_exc - 1].finally && f->exc[f->n_exc - 1].handler >= in->offset) {
                            return abort_frame(s, f, "a jump through a finally or with block: not followed");
                        }
                        f->n_exc--;
                    }
                    if (in->extra & 0x80) {
                        f->sp -= N_ITER_SLOTS;
                    }
                    next = pc_at(c, in->target);
                    break;
                }
                case MPY_BC_GET_ITER:
                case MPY_BC_GET_ITER_STACK: {
                    val v = POP();
                    val it;
                    if (!get_iter(s, v, &it)) {
                        if (v.k == V_OBJ && O(s, v.id)->t == OT_INSTANCE) {
                            flag(s, f, "iterates over an object: not followed");
                        } else {
                            flag(s, f, "a loop over a value known only at run time: its body is not counted");
                        }
                        it = vk(V_UNKNOWN);
                    }
                    if (op == MPY_BC_GET_ITER) {
                        PUSH(it);
                    } else {
                        PUSH(vk(V_NULL));
                        PUSH(it);
                        PUSH(vk(V_NULL));
                        PUSH(vk(V_NULL));
                    }
                    break;
                }
                case MPY_BC_FOR_ITER: {
                    val it = f->stk[f->sp - 3];
                    val x;
                    int k = it.k == V_UNKNOWN ? 0 : iter_next(s, f, it, &x);
                    if (k < 0) {
                        flag(s, f, "a loop the model cannot follow: its body is not counted");
                        k = 0;
                    }
                    if (k == 0) {
                        f->sp -= N_ITER_SLOTS;
                        next = pc_at(c, in->target);
                    } else {
                        PUSH(x);
                    }
                    break;
                }
                case MPY_BC_BUILD_TUPLE: {
                    int n = (int)in->arg;
                    f->sp -= n;
                    PUSH(new_tuple(s, n, f->stk + f->sp, MPC_KIND_DATA));
                    break;
                }
                case MPY_BC_BUILD_LIST: {
                    int n = (int)in->arg;
                    f->sp -= n;
                    PUSH(new_list(s, n, f->stk + f->sp));
                    break;
                }
                case MPY_BC_BUILD_MAP:
                    PUSH(new_dict(s, (uint32_t)in->arg, MPC_KIND_DICT));
                    break;
                case MPY_BC_STORE_MAP: {
                    val k = POP();
                    val v = POP();
                    val d = TOP();
                    if (visobj(s, d, OT_DICT)) {
                        dict_store(s, d.id, k, v);
                    }
                    break;
                }
                case MPY_BC_BUILD_SET: {
                    int n = (int)in->arg;
                    f->sp -= n;
                    val st = new_set(s, (uint32_t)n, false);
                    for (int i = 0; i < n; i++) {
                        set_add(s, st.id, f->stk[f->sp + i]);
                    }
                    PUSH(st);
                    break;
                }
                case MPY_BC_BUILD_SLICE: {
                    int n = (int)in->arg;
                    val st = n == 3 ? POP() : vk(V_NONE);
                    val b = POP();
                    val a = POP();
                    uint32_t id = onew(s, OT_SLICE, MPC_KIND_DATA);
                    O(s, id)->sz[0] = 16;
                    opush(s, id, a);
                    opush(s, id, b);
                    opush(s, id, st);
                    PUSH(vobj(id));
                    break;
                }
                case MPY_BC_STORE_COMP: {
                    uint64_t u = (uint64_t)in->arg;
                    int depth = (int)(u >> 2);
                    if (f->sp - 1 - depth < 0) {
                        return abort_frame(s, f, "bad comprehension stack");
                    }
                    val target = f->stk[f->sp - 1 - depth];
                    if ((u & 3) == 0) {
                        val v = POP();
                        if (visobj(s, target, OT_LIST)) {
                            list_append(s, target.id, v);
                        }
                    } else if ((u & 3) == 1) {
                        val k = POP();
                        val v = POP();
                        if (visobj(s, target, OT_DICT)) {
                            dict_store(s, target.id, k, v);
                        }
                    } else {
                        val v = POP();
                        if (visobj(s, target, OT_SET)) {
                            set_add(s, target.id, v);
                        }
                    }
                    break;
                }
                case MPY_BC_UNPACK_SEQUENCE: {
                    val seq = POP();
                    int n = (int)in->arg;
                    val *items;
                    uint32_t k;
                    bool own = false;
                    if (!seq_items(s, seq, &items, &k)) {
                        if (!collect(s, f, seq, &items, &k)) {
                            for (int i = 0; i < n; i++) {
                                PUSH(vk(V_UNKNOWN));
                            }
                            break;
                        }
                        own = true;
                    }
                    if ((int)k != n) {
                        if (own) {
                            free(items);
                        }
                        r = raise_new(s, bi_exc("ValueError"), "wrong number of values to unpack");
                        break;
                    }
                    for (int i = n - 1; i >= 0; i--) {
                        PUSH(items[i]);
                    }
                    if (own) {
                        free(items);
                    }
                    break;
                }
                case MPY_BC_UNPACK_EX: {
                    val seq = POP();
                    int nl = (int)(in->arg & 0xff), nr = (int)((in->arg >> 8) & 0xff);
                    val *items;
                    uint32_t k;
                    if (!collect(s, f, seq, &items, &k) || (int)k < nl + nr) {
                        for (int i = 0; i < nl + nr + 1; i++) {
                            PUSH(vk(V_UNKNOWN));
                        }
                        break;
                    }
                    for (int i = 0; i < nr; i++) {
                        PUSH(items[k - 1 - (uint32_t)i]);
                    }
                    PUSH(new_list(s, (int)k - nl - nr, items + nl));
                    for (int i = nl - 1; i >= 0; i--) {
                        PUSH(items[i]);
                    }
                    free(items);
                    break;
                }
                case MPY_BC_MAKE_FUNCTION:
                case MPY_BC_MAKE_FUNCTION_DEFARGS:
                case MPY_BC_MAKE_CLOSURE:
                case MPY_BC_MAKE_CLOSURE_DEFARGS: {
                    if ((uint64_t)in->arg >= c->n_children) {
                        return abort_frame(s, f, "bad child index");
                    }
                    const mpr_code *child = c->children[in->arg];
                    int n_closed = (op == MPY_BC_MAKE_CLOSURE || op == MPY_BC_MAKE_CLOSURE_DEFARGS) ? in->extra : 0;
                    val cells[256];
                    for (int i = n_closed - 1; i >= 0; i--) {
                        cells[i] = POP();
                    }
                    val defs = vk(V_NULL), kwdefs = vk(V_NULL);
                    if (op == MPY_BC_MAKE_FUNCTION_DEFARGS || op == MPY_BC_MAKE_CLOSURE_DEFARGS) {
                        kwdefs = POP();
                        defs = POP();
                    }
                    PUSH(make_fun(s, f->mod, child, defs, kwdefs, n_closed, cells));
                    break;
                }
                case MPY_BC_CALL_FUNCTION:
                case MPY_BC_CALL_FUNCTION_VAR_KW:
                case MPY_BC_CALL_METHOD:
                case MPY_BC_CALL_METHOD_VAR_KW: {
                    int n_pos = (int)(in->arg & 0xff), n_kw = (int)((in->arg >> 8) & 0xff);
                    bool var = op == MPY_BC_CALL_FUNCTION_VAR_KW || op == MPY_BC_CALL_METHOD_VAR_KW;
                    bool meth = op == MPY_BC_CALL_METHOD || op == MPY_BC_CALL_METHOD_VAR_KW;
                    int total = n_pos + 2 * n_kw + (var ? 1 : 0);
                    int base = f->sp - total;
                    val fn, self = vk(V_NULL);
                    if (meth) {
                        fn = f->stk[base - 2];
                        self = f->stk[base - 1];
                    } else {
                        fn = f->stk[base - 1];
                    }
                    val *pos, *kw;
                    int np, nk;
                    bool ok = gather_args(s, f, base, n_pos, n_kw, var, &pos, &np, &kw, &nk);
                    f->sp = base - (meth ? 2 : 1);
                    val res;
                    if (!ok) {
                        flag(s, f, "a call with * or ** arguments the model cannot expand");
                        res = vk(V_UNKNOWN);
                    } else if (self.k != V_NULL) {
                        val *p2 = calloc((size_t)np + 1, sizeof(val));
                        p2[0] = self;
                        memcpy(p2 + 1, pos, sizeof(val) * (size_t)np);
                        r = call_value(s, f, fn, np + 1, p2, nk, kw, &res);
                        free(p2);
                    } else {
                        r = call_value(s, f, fn, np, pos, nk, kw, &res);
                    }
                    free(pos);
                    free(kw);
                    if (r == X_ABORT) {
                        /* the callee could not be followed: go on with an unknown result */
                        r = X_OK;
                        res = vk(V_UNKNOWN);
                    }
                    if (r == X_OK) {
                        PUSH(res);
                    }
                    break;
                }
                case MPY_BC_LOAD_BUILD_CLASS:
                    PUSH(vbi(BI_BUILD_CLASS));
                    break;
                case MPY_BC_RETURN_VALUE:
                    *ret = POP();
                    if (f->n_exc > 0) {
                        for (int i = 0; i < f->n_exc; i++) {
                            if (f->exc[i].finally) {
                                flag(s, f, "returns through a finally or with block: its clean-up is not followed");
                                break;
                            }
                        }
                    }
                    return X_OK;
                case MPY_BC_RAISE_OBJ:
                case MPY_BC_RAISE_FROM: {
                    if (op == MPY_BC_RAISE_FROM) {
                        (void)POP();
                    }
                    val e = POP();
                    if (e.k == V_BUILTIN && builtin_is_exc((int)e.id)) {
                        e = vobj(new_exc(s, (int)e.id, 0, NULL));
                    } else if (visobj(s, e, OT_CLASS)) {
                        val inst;
                        r = instantiate(s, f, e, 0, NULL, 0, NULL, &inst);
                        if (r != X_OK) {
                            break;
                        }
                        uint32_t x = new_exc(s, 0, e.id, NULL);
                        e = vobj(x);
                    } else if (visobj(s, e, OT_INSTANCE)) {
                        uint32_t x = new_exc(s, 0, O(s, e.id)->ref[0], NULL);
                        e = vobj(x);
                    } else if (!visobj(s, e, OT_EXC)) {
                        e = vobj(new_exc(s, BI_EXC_FIRST + 1, 0, "exception raised at import time"));
                    }
                    s->exc = e;
                    r = X_RAISE;
                    break;
                }
                case MPY_BC_RAISE_LAST:
                    if (s->exc.k == V_NULL) {
                        s->exc = vobj(new_exc(s, bi_exc("RuntimeError"), 0, "no active exception to reraise"));
                    }
                    r = X_RAISE;
                    break;
                case MPY_BC_IMPORT_NAME: {
                    val fromlist = POP();
                    val level = POP();
                    val out;
                    r = do_import_name(s, f, qarg(s, f, in), fromlist, level.k == V_INT ? level.i : 0, &out);
                    if (r == X_OK) {
                        PUSH(out);
                    }
                    break;
                }
                case MPY_BC_IMPORT_FROM: {
                    val out;
                    r = do_import_from(s, f, TOP(), qarg(s, f, in), &out);
                    if (r == X_OK) {
                        PUSH(out);
                    }
                    break;
                }
                case MPY_BC_IMPORT_STAR:
                    r = do_import_star(s, f, POP());
                    break;
                case MPY_BC_YIELD_VALUE:
                case MPY_BC_YIELD_FROM:
                    return abort_frame(s, f, "yield at import time: not followed");
                default:
                    return abort_frame(s, f, "opcode %s is not followed", in->name ? in->name : "?");
            }
        }
        if (r == X_ABORT) {
            return r;
        }
        if (r == X_RAISE) {
            if (!catch_exc(s, f, in->offset)) {
                return X_RAISE;
            }
            continue;
        }
        f->pc = next;
    }
    return X_OK;
}
