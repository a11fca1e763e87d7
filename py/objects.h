/* objects.h: compile-time constant values (ints of any size, floats, strings, tuples...) and the
   arithmetic the parser folds with, matching the reference runtime's results. */
#ifndef MPYC_OBJECTS_H
#define MPYC_OBJECTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef enum {
    OBJ_NONE,
    OBJ_FALSE,
    OBJ_TRUE,
    OBJ_ELLIPSIS,
    OBJ_INT,      /* any size; small or not is decided by the caller against small_int_bits */
    OBJ_FLOAT,
    OBJ_COMPLEX,  /* from an imaginary literal such as 2j */
    OBJ_STR,
    OBJ_BYTES,
    OBJ_TUPLE,
} ObjType;

typedef struct Obj Obj;

/* An int: when big is NULL the value is v; otherwise big holds the magnitude (little-endian
   32-bit limbs, no leading zero limbs, nlimbs >= 1) and neg its sign; v is then unused.
   A value that fits int64 always has big == NULL. boxed: the reference runtime holds this value
   as a long-int object rather than a small int (always when it does not fit 63 bits, and after
   some operations even when it does: see obj_int_is_small); the value is the same either way. */
typedef struct {
    int64_t v;
    uint32_t *big;
    uint32_t nlimbs;
    bool neg;
    bool boxed;
} ObjInt;

struct Obj {
    ObjType type;
    union {
        ObjInt i;
        double f;
        struct { double real, imag; } c;
        struct { const char *s; size_t len; } str;   /* OBJ_STR, OBJ_BYTES; arena-owned */
        struct { Obj **items; size_t n; } tuple;
    } u;
};

/* Binary operators in the runtime's numbering (the order tokens.h lists them in). */
typedef enum {
    BOP_LESS, BOP_MORE, BOP_EQUAL, BOP_LESS_EQUAL, BOP_MORE_EQUAL, BOP_NOT_EQUAL,
    BOP_IN, BOP_IS, BOP_EXCEPTION_MATCH,
    BOP_INPLACE_OR, BOP_INPLACE_XOR, BOP_INPLACE_AND, BOP_INPLACE_LSHIFT, BOP_INPLACE_RSHIFT,
    BOP_INPLACE_ADD, BOP_INPLACE_SUBTRACT, BOP_INPLACE_MULTIPLY, BOP_INPLACE_MAT_MULTIPLY,
    BOP_INPLACE_FLOOR_DIVIDE, BOP_INPLACE_TRUE_DIVIDE, BOP_INPLACE_MODULO, BOP_INPLACE_POWER,
    BOP_OR, BOP_XOR, BOP_AND, BOP_LSHIFT, BOP_RSHIFT,
    BOP_ADD, BOP_SUBTRACT, BOP_MULTIPLY, BOP_MAT_MULTIPLY,
    BOP_FLOOR_DIVIDE, BOP_TRUE_DIVIDE, BOP_MODULO, BOP_POWER,
} BinOp;

typedef enum { UOP_POSITIVE, UOP_NEGATIVE, UOP_INVERT, UOP_NOT } UnOp;

/* Whose number semantics to reproduce. MicroPython 1.23+ and CircuitPython 10 agree (the
   default of the functions without a dialect argument). CircuitPython 9.2, built on MicroPython
   1.22, parses and prints floats with older, less exact code (different .mpy float text), reads
   a leading-zero literal such as 08 as decimal, and keeps the result of any long-int operation a
   long-int object even when small (so e.g. (1 << 100) >> 90 is a constant object there). */
typedef enum { OBJ_DIALECT_MICROPYTHON, OBJ_DIALECT_CIRCUITPYTHON9 } ObjDialect;

/* Constructors; all memory comes from the arena. */
Obj *obj_none(Arena *a);
Obj *obj_bool(Arena *a, bool v);
Obj *obj_ellipsis(Arena *a);
Obj *obj_small(Arena *a, int64_t v);
Obj *obj_float(Arena *a, double v);
Obj *obj_str(Arena *a, ObjType type, const char *s, size_t len);  /* OBJ_STR or OBJ_BYTES */
Obj *obj_tuple(Arena *a, Obj **items, size_t n);                   /* items copied */

/* Parses an INTEGER token as the reference does (base prefixes, '_', leading-zero rule).
   On failure returns NULL and writes the reference's message, e.g.
   "invalid syntax for integer with base 16: ''", into err (size errlen). */
Obj *obj_parse_int(Arena *a, const char *s, size_t len, char *err, size_t errlen);
/* Parses a FLOAT_OR_IMAG token to the same double the reference computes; 'j' gives OBJ_COMPLEX.
   On failure returns NULL with "invalid syntax for number" in err. */
Obj *obj_parse_float(Arena *a, const char *s, size_t len, char *err, size_t errlen);
Obj *obj_parse_int_for(Arena *a, ObjDialect d, const char *s, size_t len, char *err, size_t errlen);
Obj *obj_parse_float_for(Arena *a, ObjDialect d, const char *s, size_t len, char *err, size_t errlen);

bool obj_is_int(const Obj *o);
bool obj_is_number(const Obj *o, bool floats_too);  /* int, or int/float when floats_too */
bool obj_is_true(const Obj *o);
/* True when o is an int whose value fits a signed integer of the given bit width. */
bool obj_int_fits(const Obj *o, int bits, int64_t *value);
/* True when the reference would make o a small-int parse node for a target with small ints of
   the given width: o is an int the runtime holds as a small int (not boxed) and fits bits. */
bool obj_int_is_small(const Obj *o, int bits, int64_t *value);

/* Folds a op b as the runtime would; false when the runtime would raise (division by zero, a
   negative shift...) or the result is complex, which the parser then leaves unfolded. */
bool obj_binary_op(Arena *a, BinOp op, const Obj *x, const Obj *y, Obj **out);
bool obj_binary_op_for(Arena *a, ObjDialect d, BinOp op, const Obj *x, const Obj *y, Obj **out);
/* The same in both dialects. */
bool obj_unary_op(Arena *a, UnOp op, const Obj *x, Obj **out);

/* repr() of a value as the reference prints it (floats in its own formatting: 82.1 gives
   "82.09999999999999" where that is what it stores). Malloc'd. */
char *obj_repr(const Obj *o);
char *obj_repr_for(const Obj *o, ObjDialect d);
/* The decimal text of an int (for the .mpy constant table). Malloc'd. */
char *obj_int_decimal(const Obj *o);

#endif
