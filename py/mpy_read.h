/* mpy_read.h: reads a whole .mpy version 6 file into a tree that a program can walk.

   mpr_read() copies the bytes it is given, checks every read against the end of the data and
   returns either the decoded file or NULL with a message and the byte offset of the first
   thing that does not fit. Everything it builds lives in one arena that mpr_free() releases.
   No global state is changed: any number of files can be read at once on different threads.

   Two kinds of trouble are told apart:
   - fatal: the container itself cannot be followed (a length running past the end, an
     unknown constant type, a prelude that does not fit its code block); mpr_read() fails.
   - problems: the container is sound but something inside a code block is not (an unknown
     opcode, a qstr, constant or child index out of range, a jump that does not land on an
     instruction, a number constant whose text is not a number). The file is returned with
     a list of problems, so a damaged compiler output can still be shown. */
#ifndef MPYC_MPY_READ_H
#define MPYC_MPY_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* ---- the encodings, one function each ----
   Each mpr_get_* reads from buf[*pos], never past buf[len - 1], advances *pos past what it
   used and returns NULL; or returns a short reason and leaves *pos where the bad value
   starts. */

/* Unsigned var-int: 7 bits a byte, most significant group first, bit 7 set on all but the
   last byte. Fails when it runs past len or needs more than 64 bits. */
const char *mpr_get_uint(const uint8_t *buf, size_t len, size_t *pos, uint64_t *out);

/* Signed var-int (LOAD_CONST_SMALL_INT): the same groups; bit 6 of the first byte is the
   sign, so 0x40 is -64 and 0x80 0x40 is +64. */
const char *mpr_get_sint(const uint8_t *buf, size_t len, size_t *pos, int64_t *out);

/* One entry of a .mpy qstr table: var-int n; odd n names static qstr n >> 1; even n is
   followed by n >> 1 bytes of text and a NUL. On success exactly one of *static_index
   (nonzero) and *text is set. */
const char *mpr_get_qstr(const uint8_t *buf, size_t len, size_t *pos, unsigned *static_index,
                         const uint8_t **text, size_t *text_len);

/* The prelude's signature: six values bit-interleaved, first byte xSSSSEAA, then while bit 7
   is set bytes xFSSKAED, each adding the next higher bits of every value. S is stored as
   n_state - 1. */
typedef struct {
    uint32_t n_state;
    uint32_t n_exc_stack;
    uint32_t scope_flags;
    uint32_t n_pos_args;
    uint32_t n_kwonly_args;
    uint32_t n_def_pos_args;
} mpr_signature;
const char *mpr_get_signature(const uint8_t *buf, size_t len, size_t *pos, mpr_signature *out);

/* The prelude's size field: bytes xIIIIIIC, 6 more bits of n_info and 1 more bit of n_cell
   per byte, least significant first. */
const char *mpr_get_prelude_size(const uint8_t *buf, size_t len, size_t *pos, uint32_t *n_info,
                                 uint32_t *n_cell);

/* One line-number entry: 0LLBBBBB (bc += B, line += L), or 1LLLBBBB LLLLLLLL
   (bc += B, line += the 11-bit L, its high 3 bits in the first byte). */
const char *mpr_get_line_entry(const uint8_t *buf, size_t len, size_t *pos, uint32_t *bc_step,
                               uint32_t *line_step);

/* One instruction of the bytecode at code[pos] (code holding len bytes): NULL and *out
   filled, or a reason ("unknown opcode", "... runs past the end of the code"); on failure
   out->size is 1 and out->name NULL for an unknown opcode. Offsets in *out count from
   code[0], as do jump targets. Needs opcodes.h for out->arg_kind. */
struct mpr_insn_s;
const char *mpr_decode_insn(const uint8_t *code, size_t len, size_t pos, struct mpr_insn_s *out);

/* ---- the file ---- */

typedef struct {
    size_t offset;          /* byte offset in the file */
    char msg[200];
} mpr_error;

typedef struct {
    uint8_t bytes[4];       /* as stored */
    char magic;             /* 'M' (MicroPython) or 'C' (CircuitPython) */
    unsigned version;       /* .mpy major version */
    unsigned sub_version;   /* feature bits 1..0 (version 6 and later) */
    unsigned arch;          /* feature bits 5..2: MPR_ARCH_NONE when there is no native code */
    bool has_arch_flags;    /* feature bit 6: an architecture-flags var-int follows */
    uint64_t arch_flags;
    unsigned small_int_bits;
} mpr_header;

enum {
    MPR_ARCH_NONE = 0, MPR_ARCH_X86, MPR_ARCH_X64, MPR_ARCH_ARMV6, MPR_ARCH_ARMV6M,
    MPR_ARCH_ARMV7M, MPR_ARCH_ARMV7EM, MPR_ARCH_ARMV7EMSP, MPR_ARCH_ARMV7EMDP, MPR_ARCH_XTENSA,
    MPR_ARCH_XTENSAWIN, MPR_ARCH_RV32IMC, MPR_ARCH_RV64IMC,
};

/* Decodes the first 4 bytes (any version): NULL, or why they are no .mpy header. */
const char *mpr_get_header(const uint8_t *buf, size_t len, mpr_header *h);

/* Upper-case architecture name ("NONE", "X64", ...), or NULL for an unknown number. */
const char *mpr_arch_name(unsigned arch);

/* Which runtimes load a file with this header, as one sentence (no final newline), written
   to out (always NUL-terminated). Returns true when this reader decodes the version. */
bool mpr_runtimes(const mpr_header *h, char *out, size_t size);

/* Constant objects, with the type numbers of the format. */
typedef enum {
    MPR_OBJ_FUN_TABLE = 0,  /* native code's table of runtime functions */
    MPR_OBJ_NONE,
    MPR_OBJ_FALSE,
    MPR_OBJ_TRUE,
    MPR_OBJ_ELLIPSIS,
    MPR_OBJ_STR,
    MPR_OBJ_BYTES,
    MPR_OBJ_INT,
    MPR_OBJ_FLOAT,
    MPR_OBJ_COMPLEX,
    MPR_OBJ_TUPLE,
} mpr_obj_kind;

typedef struct mpr_obj {
    mpr_obj_kind kind;
    size_t offset;          /* file offset of the type byte */
    size_t size;            /* bytes it takes in the file, items included */
    const char *data;       /* str/bytes contents or the number's text, NUL-terminated copy */
    size_t len;
    struct mpr_obj *items;  /* tuple items */
    size_t n_items;
    double real, imag;      /* FLOAT: real; COMPLEX: both (when number_ok) */
    bool number_ok;         /* INT/FLOAT/COMPLEX: the text is a valid number */
    const char *repr;       /* Python's repr() of the value, e.g. 'a\'b', b'\x00', 1e+16, (1,) */
} mpr_obj;

typedef struct {
    size_t offset;          /* file offset of the entry */
    size_t size;            /* bytes it takes in the file */
    unsigned static_index;  /* 1..165 for a static qstr, else 0 */
    const char *text;       /* NUL-terminated (a static qstr's text, or a copy) */
    size_t len;
} mpr_qstr;

/* The kinds of code block (the low 2 bits of a block's first var-int). */
typedef enum {
    MPR_CODE_BYTECODE = 0,
    MPR_CODE_NATIVE_PY = 1,
    MPR_CODE_VIPER = 2,
    MPR_CODE_ASM = 3,
} mpr_code_kind;

/* One decoded instruction. */
typedef struct mpr_insn_s {
    uint32_t offset;        /* counted from the block's first instruction */
    uint32_t size;          /* bytes, argument and extra byte included */
    uint8_t opcode;         /* the opcode byte */
    uint8_t arg_kind;       /* mpy_arg_kind (opcodes.h) */
    bool multi;             /* the opcode byte carries the argument (LOAD_FAST 3, ...) */
    bool has_arg;
    const char *name;       /* reference disassembler's name, "LOAD_FAST" for 0xb3 */
    int64_t arg;            /* the argument; for a jump the relative offset as encoded */
    int extra;              /* the extra byte, or -1 */
    int64_t target;         /* jumps: offset of the destination, same count as offset */
    uint32_t line;          /* source line, from the line-number table */
    const char *problem;    /* NULL, or what is wrong with this instruction */
} mpr_insn;

/* One entry of the line-number table, accumulated: from bytecode offset `offset` on, the
   source line is `line` (until a later entry). Offsets count like mpr_insn.offset. */
typedef struct {
    uint32_t offset;
    uint32_t line;
} mpr_line;

/* Where a block's bytes go (the seed of the import-cost report). Qstr and constant entries
   are counted once, for the first block in file order that uses them. */
typedef struct {
    size_t framing;         /* kind/length var-int, native fields, child count */
    size_t prelude;         /* signature, size field, simple name, argument names, cells */
    size_t line_info;
    size_t code;            /* instructions, or machine code for native blocks */
    size_t n_qstrs, qstr_bytes;
    size_t n_consts, const_bytes;
    size_t total;           /* all of the above */
} mpr_sizes;

typedef struct mpr_code {
    mpr_code_kind kind;
    unsigned index;         /* position in file order; 0 is the module */
    unsigned depth;         /* 0 for the module */
    struct mpr_code *parent;
    size_t offset;          /* file offset of the block's first var-int */
    size_t data_offset;     /* file offset of its code bytes */
    const uint8_t *data;    /* its code bytes (prelude + bytecode, or machine code) */
    size_t data_len;

    /* Prelude: bytecode blocks, and native Python blocks (where it follows the machine code). */
    bool has_prelude;
    size_t prelude_offset;  /* within data */
    mpr_signature sig;
    uint32_t n_info, n_cell;
    size_t sig_len, size_len, names_len, line_info_len;
    uint32_t name;          /* simple name: index into the qstr table */
    const uint32_t *args;   /* argument names (positional, then keyword-only): qstr indices */
    size_t n_args;
    const uint8_t *cells;   /* n_cell local slot numbers */
    size_t line_info_start; /* within data */
    mpr_line *lines;
    size_t n_lines;

    /* Bytecode. */
    size_t code_start;      /* within data: the first instruction */
    size_t code_len;
    mpr_insn *insns;
    size_t n_insns;
    size_t undecoded;       /* bytes after the last decodable instruction (a problem) */

    /* Native blocks. */
    size_t machine_code_len;
    uint64_t native_scope_flags;
    uint64_t asm_n_pos_args, asm_type_sig;
    uint64_t rodata_size, bss_size;
    size_t n_relocs;

    struct mpr_code **children;
    size_t n_children;
    mpr_sizes sizes;
    const char *path;       /* the names from the module down, joined by '.' */
} mpr_code;

typedef struct {
    size_t offset;          /* file offset */
    const char *msg;
} mpr_problem;

typedef struct {
    Arena *arena;
    const uint8_t *bytes;   /* the file (a copy) */
    size_t len;
    mpr_header header;
    size_t header_size;     /* header, arch flags and the two table counts */
    size_t qstr_table_offset, qstr_table_size;
    size_t obj_table_offset, obj_table_size;
    mpr_qstr *qstrs;
    size_t n_qstrs;
    mpr_obj *objs;
    size_t n_objs;
    size_t code_offset;     /* where the module's code block starts */
    mpr_code *root;
    mpr_code **blocks;      /* every code block in file order: depth first, parent first */
    size_t n_blocks;
    size_t end;             /* where the code tree ends */
    size_t trailing;        /* bytes after it, which no runtime reads */
    size_t unused_qstr_bytes, n_unused_qstrs;   /* entries no block refers to (the file name) */
    size_t unused_const_bytes, n_unused_consts;
    mpr_problem *problems;
    size_t n_problems;
} mpr_file;

/* Reads a .mpy v6 file. Returns NULL and fills *err when it cannot be read (err may not be
   NULL). The bytes are copied. */
mpr_file *mpr_read(const void *bytes, size_t len, mpr_error *err);
void mpr_free(mpr_file *f);

/* The source line of bytecode offset off in a block (1 when there is no table). */
uint32_t mpr_line_at(const mpr_code *c, uint32_t off);

/* Python's repr() of a str (bytes when is_bytes) as the reference disassembler prints it,
   allocated in a. Bytes that are not UTF-8 come out as \xNN. */
const char *mpr_repr_str(Arena *a, const char *s, size_t len, bool is_bytes);

/* Python's repr() of a float, shortest form that reads back the same: 0.1, 1e+16, -0.0. */
void mpr_repr_float(double x, char *out, size_t size);

#endif
