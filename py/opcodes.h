/* opcodes.h: the bytecode instruction set of .mpy version 6, as one table.

   Every fact about an opcode lives in MPY_OPCODES below; the enum, the name lookup and the
   per-byte decoding table are all generated from it, so the reader, the disassembler and the
   compiler's emitter agree by construction.

   Argument kinds (what follows the opcode byte):
     NONE   nothing
     QSTR   unsigned var-int: an index into the file's qstr table
     UINT   unsigned var-int: a count or a local/cell slot number
     SINT   signed var-int (only LOAD_CONST_SMALL_INT)
     OBJ    unsigned var-int: an index into the file's constant-object table
     CHILD  unsigned var-int: an index into the code block's children
     SJUMP  signed relative jump: 1 byte (value - 0x40) or 2 bytes (value - 0x4000)
     UJUMP  unsigned relative jump: 1 byte or 2 bytes
   A var-int is stored 7 bits per byte, most significant group first, bit 7 set on every
   byte but the last. A relative jump's 2-byte form has bit 7 set in its first byte, which
   holds the low 7 bits; the second byte holds bits 7..14. The jump is relative to the
   byte after the offset field.
   EXTRA: 1 when one more plain byte follows the argument (closed-over count of
   MAKE_CLOSURE*, exception-handler count of UNWIND_JUMP).

   Single opcodes: X(NAME, byte, argument kind, extra byte). NAME is the spelling of the
   reference disassembler (MicroPython's tools/mpy-tool.py). */
#ifndef MPYC_OPCODES_H
#define MPYC_OPCODES_H

#include <stdint.h>

typedef enum {
    MPY_ARG_NONE,
    MPY_ARG_QSTR,
    MPY_ARG_UINT,
    MPY_ARG_SINT,
    MPY_ARG_OBJ,
    MPY_ARG_CHILD,
    MPY_ARG_SJUMP,
    MPY_ARG_UJUMP,
} mpy_arg_kind;

#define MPY_OPCODES(X) \
    /* 0x10..0x1c: one qstr argument */ \
    X(LOAD_CONST_STRING,      0x10, MPY_ARG_QSTR,  0) \
    X(LOAD_NAME,              0x11, MPY_ARG_QSTR,  0) \
    X(LOAD_GLOBAL,            0x12, MPY_ARG_QSTR,  0) \
    X(LOAD_ATTR,              0x13, MPY_ARG_QSTR,  0) \
    X(LOAD_METHOD,            0x14, MPY_ARG_QSTR,  0) \
    X(LOAD_SUPER_METHOD,      0x15, MPY_ARG_QSTR,  0) \
    X(STORE_NAME,             0x16, MPY_ARG_QSTR,  0) \
    X(STORE_GLOBAL,           0x17, MPY_ARG_QSTR,  0) \
    X(STORE_ATTR,             0x18, MPY_ARG_QSTR,  0) \
    X(DELETE_NAME,            0x19, MPY_ARG_QSTR,  0) \
    X(DELETE_GLOBAL,          0x1a, MPY_ARG_QSTR,  0) \
    X(IMPORT_NAME,            0x1b, MPY_ARG_QSTR,  0) \
    X(IMPORT_FROM,            0x1c, MPY_ARG_QSTR,  0) \
    /* 0x20..0x2f: one var-int argument */ \
    X(MAKE_CLOSURE,           0x20, MPY_ARG_CHILD, 1) \
    X(MAKE_CLOSURE_DEFARGS,   0x21, MPY_ARG_CHILD, 1) \
    X(LOAD_CONST_SMALL_INT,   0x22, MPY_ARG_SINT,  0) \
    X(LOAD_CONST_OBJ,         0x23, MPY_ARG_OBJ,   0) \
    X(LOAD_FAST_N,            0x24, MPY_ARG_UINT,  0) \
    X(LOAD_DEREF,             0x25, MPY_ARG_UINT,  0) \
    X(STORE_FAST_N,           0x26, MPY_ARG_UINT,  0) \
    X(STORE_DEREF,            0x27, MPY_ARG_UINT,  0) \
    X(DELETE_FAST,            0x28, MPY_ARG_UINT,  0) \
    X(DELETE_DEREF,           0x29, MPY_ARG_UINT,  0) \
    X(BUILD_TUPLE,            0x2a, MPY_ARG_UINT,  0) \
    X(BUILD_LIST,             0x2b, MPY_ARG_UINT,  0) \
    X(BUILD_MAP,              0x2c, MPY_ARG_UINT,  0) \
    X(BUILD_SET,              0x2d, MPY_ARG_UINT,  0) \
    X(BUILD_SLICE,            0x2e, MPY_ARG_UINT,  0) \
    X(STORE_COMP,             0x2f, MPY_ARG_UINT,  0) \
    /* 0x30..0x37: one var-int argument */ \
    X(UNPACK_SEQUENCE,        0x30, MPY_ARG_UINT,  0) \
    X(UNPACK_EX,              0x31, MPY_ARG_UINT,  0) \
    X(MAKE_FUNCTION,          0x32, MPY_ARG_CHILD, 0) \
    X(MAKE_FUNCTION_DEFARGS,  0x33, MPY_ARG_CHILD, 0) \
    X(CALL_FUNCTION,          0x34, MPY_ARG_UINT,  0) \
    X(CALL_FUNCTION_VAR_KW,   0x35, MPY_ARG_UINT,  0) \
    X(CALL_METHOD,            0x36, MPY_ARG_UINT,  0) \
    X(CALL_METHOD_VAR_KW,     0x37, MPY_ARG_UINT,  0) \
    /* 0x40..0x4b: a relative jump */ \
    X(UNWIND_JUMP,            0x40, MPY_ARG_SJUMP, 1) \
    X(JUMP,                   0x42, MPY_ARG_SJUMP, 0) \
    X(POP_JUMP_IF_TRUE,       0x43, MPY_ARG_SJUMP, 0) \
    X(POP_JUMP_IF_FALSE,      0x44, MPY_ARG_SJUMP, 0) \
    X(JUMP_IF_TRUE_OR_POP,    0x45, MPY_ARG_UJUMP, 0) \
    X(JUMP_IF_FALSE_OR_POP,   0x46, MPY_ARG_UJUMP, 0) \
    X(SETUP_WITH,             0x47, MPY_ARG_UJUMP, 0) \
    X(SETUP_EXCEPT,           0x48, MPY_ARG_UJUMP, 0) \
    X(SETUP_FINALLY,          0x49, MPY_ARG_UJUMP, 0) \
    X(POP_EXCEPT_JUMP,        0x4a, MPY_ARG_UJUMP, 0) \
    X(FOR_ITER,               0x4b, MPY_ARG_UJUMP, 0) \
    /* 0x50..0x69: no argument */ \
    X(LOAD_CONST_FALSE,       0x50, MPY_ARG_NONE,  0) \
    X(LOAD_CONST_NONE,        0x51, MPY_ARG_NONE,  0) \
    X(LOAD_CONST_TRUE,        0x52, MPY_ARG_NONE,  0) \
    X(LOAD_NULL,              0x53, MPY_ARG_NONE,  0) \
    X(LOAD_BUILD_CLASS,       0x54, MPY_ARG_NONE,  0) \
    X(LOAD_SUBSCR,            0x55, MPY_ARG_NONE,  0) \
    X(STORE_SUBSCR,           0x56, MPY_ARG_NONE,  0) \
    X(DUP_TOP,                0x57, MPY_ARG_NONE,  0) \
    X(DUP_TOP_TWO,            0x58, MPY_ARG_NONE,  0) \
    X(POP_TOP,                0x59, MPY_ARG_NONE,  0) \
    X(ROT_TWO,                0x5a, MPY_ARG_NONE,  0) \
    X(ROT_THREE,              0x5b, MPY_ARG_NONE,  0) \
    X(WITH_CLEANUP,           0x5c, MPY_ARG_NONE,  0) \
    X(END_FINALLY,            0x5d, MPY_ARG_NONE,  0) \
    X(GET_ITER,               0x5e, MPY_ARG_NONE,  0) \
    X(GET_ITER_STACK,         0x5f, MPY_ARG_NONE,  0) \
    X(STORE_MAP,              0x62, MPY_ARG_NONE,  0) \
    X(RETURN_VALUE,           0x63, MPY_ARG_NONE,  0) \
    X(RAISE_LAST,             0x64, MPY_ARG_NONE,  0) \
    X(RAISE_OBJ,              0x65, MPY_ARG_NONE,  0) \
    X(RAISE_FROM,             0x66, MPY_ARG_NONE,  0) \
    X(YIELD_VALUE,            0x67, MPY_ARG_NONE,  0) \
    X(YIELD_FROM,             0x68, MPY_ARG_NONE,  0) \
    X(IMPORT_STAR,            0x69, MPY_ARG_NONE,  0)

/* Ranges where the opcode byte itself carries the argument:
   X(NAME, first byte, count, value of the first byte's argument).
   LOAD_CONST_SMALL_INT pushes first_value + (byte - first); LOAD_FAST/STORE_FAST use local
   slot (byte - first); UNARY_OP/BINARY_OP apply operator number (byte - first) of the lists
   below. NAME is again the reference disassembler's. */
#define MPY_OPCODE_RANGES(X) \
    X(LOAD_CONST_SMALL_INT, 0x70, 64, -16) \
    X(LOAD_FAST,            0xb0, 16, 0) \
    X(STORE_FAST,           0xc0, 16, 0) \
    X(UNARY_OP,             0xd0, 4,  0) \
    X(BINARY_OP,            0xd7, 35, 0)

#define MPY_BC_LOAD_CONST_SMALL_INT_MULTI 0x70
#define MPY_BC_LOAD_CONST_SMALL_INT_MULTI_NUM 64
#define MPY_BC_LOAD_CONST_SMALL_INT_MULTI_MIN (-16) /* so the range is -16..47 */
#define MPY_BC_LOAD_FAST_MULTI 0xb0
#define MPY_BC_LOAD_FAST_MULTI_NUM 16
#define MPY_BC_STORE_FAST_MULTI 0xc0
#define MPY_BC_STORE_FAST_MULTI_NUM 16
#define MPY_BC_UNARY_OP_MULTI 0xd0
#define MPY_BC_UNARY_OP_MULTI_NUM 4
#define MPY_BC_BINARY_OP_MULTI 0xd7
#define MPY_BC_BINARY_OP_MULTI_NUM 35

/* The operators a UNARY_OP/BINARY_OP byte can name, in number order:
   X(ENUM SUFFIX, the reference disassembler's name). */
#define MPY_UNARY_OPS(X) \
    X(POSITIVE, "__pos__") \
    X(NEGATIVE, "__neg__") \
    X(INVERT,   "__invert__") \
    X(NOT,      "<not>")

#define MPY_BINARY_OPS(X) \
    X(LESS,                 "__lt__") \
    X(MORE,                 "__gt__") \
    X(EQUAL,                "__eq__") \
    X(LESS_EQUAL,           "__le__") \
    X(MORE_EQUAL,           "__ge__") \
    X(NOT_EQUAL,            "__ne__") \
    X(IN,                   "<in>") \
    X(IS,                   "<is>") \
    X(EXCEPTION_MATCH,      "<exception match>") \
    X(INPLACE_OR,           "__ior__") \
    X(INPLACE_XOR,          "__ixor__") \
    X(INPLACE_AND,          "__iand__") \
    X(INPLACE_LSHIFT,       "__ilshift__") \
    X(INPLACE_RSHIFT,       "__irshift__") \
    X(INPLACE_ADD,          "__iadd__") \
    X(INPLACE_SUBTRACT,     "__isub__") \
    X(INPLACE_MULTIPLY,     "__imul__") \
    X(INPLACE_MAT_MULTIPLY, "__imatmul__") \
    X(INPLACE_FLOOR_DIVIDE, "__ifloordiv__") \
    X(INPLACE_TRUE_DIVIDE,  "__itruediv__") \
    X(INPLACE_MODULO,       "__imod__") \
    X(INPLACE_POWER,        "__ipow__") \
    X(OR,                   "__or__") \
    X(XOR,                  "__xor__") \
    X(AND,                  "__and__") \
    X(LSHIFT,               "__lshift__") \
    X(RSHIFT,               "__rshift__") \
    X(ADD,                  "__add__") \
    X(SUBTRACT,             "__sub__") \
    X(MULTIPLY,             "__mul__") \
    X(MAT_MULTIPLY,         "__matmul__") \
    X(FLOOR_DIVIDE,         "__floordiv__") \
    X(TRUE_DIVIDE,          "__truediv__") \
    X(MODULO,               "__mod__") \
    X(POWER,                "__pow__")

/* ---- everything below is derived from the lists above ---- */

/* MPY_BC_<NAME>: the opcode byte of each single opcode. */
enum {
#define MPY_X_BYTE(name, byte, arg, extra) MPY_BC_##name = (byte),
    MPY_OPCODES(MPY_X_BYTE)
#undef MPY_X_BYTE
};

/* MPY_UNARY_OP_<NAME>, MPY_BINARY_OP_<NAME>: operator numbers. */
typedef enum {
#define MPY_X_OP(name, text) MPY_UNARY_OP_##name,
    MPY_UNARY_OPS(MPY_X_OP)
#undef MPY_X_OP
    MPY_UNARY_OP_COUNT
} mpy_unary_op;

typedef enum {
#define MPY_X_OP(name, text) MPY_BINARY_OP_##name,
    MPY_BINARY_OPS(MPY_X_OP)
#undef MPY_X_OP
    MPY_BINARY_OP_COUNT
} mpy_binary_op;

_Static_assert(MPY_UNARY_OP_COUNT == MPY_BC_UNARY_OP_MULTI_NUM, "unary operator list");
_Static_assert(MPY_BINARY_OP_COUNT == MPY_BC_BINARY_OP_MULTI_NUM, "binary operator list");

/* What one opcode byte means. */
typedef struct {
    const char *name;     /* reference spelling; NULL for a byte that is no opcode */
    uint8_t arg;          /* mpy_arg_kind */
    uint8_t extra;        /* 1: one more byte follows the argument */
    uint8_t multi;        /* 1: part of a range; the byte itself carries the argument */
    int16_t base_value;   /* for a range byte: the argument it carries */
} mpy_opcode_info;

/* The meaning of any byte value 0..255, straight from the lists above. */
static inline mpy_opcode_info mpy_opcode_lookup(uint8_t byte) {
    mpy_opcode_info r = {0, MPY_ARG_NONE, 0, 0, 0};
    switch (byte) {
#define MPY_X_CASE(nm, byte_, arg_, extra_) \
    case (byte_): r.name = #nm; r.arg = (arg_); r.extra = (extra_); return r;
        MPY_OPCODES(MPY_X_CASE)
#undef MPY_X_CASE
        default:
            break;
    }
#define MPY_X_RANGE(nm, first, count, value0) \
    if (byte >= (first) && byte < (first) + (count)) { \
        r.name = #nm; r.multi = 1; r.base_value = (int16_t)((value0) + (byte - (first))); \
        return r; \
    }
    MPY_OPCODE_RANGES(MPY_X_RANGE)
#undef MPY_X_RANGE
    return r;
}

/* The operator names; NULL when n is out of range. */
static inline const char *mpy_unary_op_name(unsigned n) {
    static const char *const names[] = {
#define MPY_X_OP(name, text) text,
        MPY_UNARY_OPS(MPY_X_OP)
#undef MPY_X_OP
    };
    return n < sizeof names / sizeof names[0] ? names[n] : 0;
}

static inline const char *mpy_binary_op_name(unsigned n) {
    static const char *const names[] = {
#define MPY_X_OP(name, text) text,
        MPY_BINARY_OPS(MPY_X_OP)
#undef MPY_X_OP
    };
    return n < sizeof names / sizeof names[0] ? names[n] : 0;
}

/* The argument format by the opcode's high nibble, as the VM decodes it: the jump opcodes
   are 0x4X, var-ints 0x2X and 0x3X, qstrs 0x1X; everything else takes no argument bytes. */
static inline int mpy_opcode_is_jump(uint8_t byte) {
    return (byte & 0xf0) == 0x40;
}

#endif
