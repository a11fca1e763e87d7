/* text.c: the readable listing and the size summary of mpy-dis. */
#include <inttypes.h>
#include <stdarg.h>
#include <string.h>

#include "dis.h"
#include "opcodes.h"

#define MAX_ARG_SHOWN 60    /* characters of a constant's repr shown beside an instruction */

const char *dis_kind_name(mpr_code_kind k) {
    switch (k) {
        case MPR_CODE_BYTECODE: return "bytecode";
        case MPR_CODE_NATIVE_PY: return "native Python";
        case MPR_CODE_VIPER: return "viper";
        case MPR_CODE_ASM: return "inline assembler";
    }
    return "?";
}

const char *dis_scope_flags(const mpr_file *f, uint32_t flags, const char *sep, char *buf,
                            size_t size) {
    static const char *const names[] = {"generator", "varkeywords", "varargs", "defkwargs", "async"};
    /* the async flag exists only in CircuitPython's format */
    unsigned known = f->header.magic == 'C' ? 5 : 4;
    buf[0] = 0;
    size_t used = 0;
    for (unsigned bit = 0; bit < 32; bit++) {
        if (!(flags & (1u << bit))) {
            continue;
        }
        char one[24];
        if (bit < known) {
            snprintf(one, sizeof one, "%s", names[bit]);
        } else {
            snprintf(one, sizeof one, "0x%x", 1u << bit);
        }
        int n = snprintf(buf + used, size - used, "%s%s", used ? sep : "", one);
        if (n < 0 || (size_t)n >= size - used) {
            break;
        }
        used += (size_t)n;
    }
    return buf;
}

const char *dis_qstr_shown(const mpr_file *f, uint64_t index) {
    if (index >= f->n_qstrs) {
        return "<qstr out of range>";
    }
    const mpr_qstr *q = &f->qstrs[index];
    bool plain = q->len > 0;
    for (size_t i = 0; i < q->len; i++) {
        unsigned char c = (unsigned char)q->text[i];
        if (c <= ' ' || c == 0x7f || c == '\'' || c == '"' || c == '\\') {
            plain = false;
            break;
        }
    }
    return plain ? q->text : mpr_repr_str(f->arena, q->text, q->len, false);
}

/* Hex bytes separated by spaces. */
static void put_hex(FILE *out, const uint8_t *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        fprintf(out, i ? " %02x" : "%02x", p[i]);
    }
}

static void list_header(FILE *out, const char *path, const mpr_file *f) {
    const mpr_header *h = &f->header;
    fprintf(out, "%s: %zu bytes\n", path, f->len);
    fprintf(out, "  header     ");
    put_hex(out, h->bytes, 4);
    fprintf(out, "   '%c' (%s), .mpy version %u", h->magic,
            h->magic == 'M' ? "MicroPython" : "CircuitPython", h->version);
    if (h->arch != MPR_ARCH_NONE || h->sub_version) {
        fprintf(out, ".%u", h->sub_version);
    }
    if (h->arch == MPR_ARCH_NONE) {
        fprintf(out, ", no native code");
    } else {
        const char *an = mpr_arch_name(h->arch);
        fprintf(out, ", native code for %s", an ? an : "an unknown architecture");
    }
    fprintf(out, ", small ints of %u bits\n", h->small_int_bits);
    if (h->has_arch_flags) {
        fprintf(out, "  arch flags 0x%" PRIx64 "\n", h->arch_flags);
    }
    char rt[300];
    mpr_runtimes(h, rt, sizeof rt);
    fprintf(out, "  loads on   %s\n", rt);
    fprintf(out, "  contents   %zu qstrs, %zu constants, %zu code blocks\n", f->n_qstrs, f->n_objs,
            f->n_blocks);
    if (f->trailing) {
        fprintf(out, "  trailing   %zu bytes after the code tree, which no runtime reads\n",
                f->trailing);
    }
}

static void list_tables(FILE *out, const mpr_file *f, const dis_options *o) {
    fprintf(out, "\nqstr table: %zu entries\n", f->n_qstrs);
    for (size_t i = 0; i < f->n_qstrs; i++) {
        const mpr_qstr *q = &f->qstrs[i];
        fprintf(out, "  %5zu  ", i);
        if (!o->diffable) {
            fprintf(out, "@%06zx  ", q->offset);
        }
        fputs(dis_qstr_shown(f, i), out);
        if (q->static_index) {
            fprintf(out, "   (static %u)", q->static_index);
        }
        fputc('\n', out);
    }
    static const char *const type_names[] = {
        "funtable", "None", "False", "True", "Ellipsis", "str", "bytes", "int", "float",
        "complex", "tuple",
    };
    fprintf(out, "\nconstant table: %zu entries\n", f->n_objs);
    for (size_t i = 0; i < f->n_objs; i++) {
        const mpr_obj *ob = &f->objs[i];
        fprintf(out, "  %5zu  ", i);
        if (!o->diffable) {
            fprintf(out, "@%06zx  ", ob->offset);
        }
        fprintf(out, "%-8s %s", type_names[ob->kind], ob->repr);
        if ((ob->kind == MPR_OBJ_FLOAT || ob->kind == MPR_OBJ_COMPLEX) && ob->number_ok &&
            strcmp(ob->data, ob->repr) != 0) {
            fprintf(out, "   (stored as %s)", ob->data);
        }
        fputc('\n', out);
    }
}

/* The line table as offset:line pairs, one pair per offset (the last entry for it wins). */
static void list_lines(FILE *out, const mpr_code *c) {
    fprintf(out, "  lines      ");
    if (c->line_info_len == 0) {
        fprintf(out, "(none)\n");
        return;
    }
    int col = 13;
    uint32_t off = 0, line = 1;
    size_t i = 0;
    bool first = true;
    for (;;) {
        /* collect every entry at this offset */
        while (i < c->n_lines && c->lines[i].offset == off) {
            line = c->lines[i++].line;
        }
        char pair[32];
        int n = snprintf(pair, sizeof pair, "%s%" PRIu32 ":%" PRIu32, first ? "" : "  ", off, line);
        if (col + n > 100) {
            fprintf(out, "\n             ");
            col = 13;
            n = snprintf(pair, sizeof pair, "%" PRIu32 ":%" PRIu32, off, line);
        }
        fputs(pair, out);
        col += n;
        first = false;
        if (i >= c->n_lines) {
            break;
        }
        off = c->lines[i].offset;
    }
    fprintf(out, "   (offset:line)\n");
}

/* Appends to a fixed buffer, keeping it terminated (longer text is cut). */
static void cat(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void cat(char *buf, size_t size, const char *fmt, ...) {
    size_t used = strlen(buf);
    if (used + 1 >= size) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + used, size - used, fmt, ap);
    va_end(ap);
}

/* The shortened form of s (at most max characters, then "..."). */
static void cat_shortened(char *buf, size_t size, const char *s, size_t max) {
    if (strlen(s) <= max) {
        cat(buf, size, "%s", s);
    } else {
        cat(buf, size, "%.*s...", (int)max, s);
    }
}

static void list_insn(FILE *out, const mpr_file *f, const mpr_code *c, const mpr_insn *x,
                      const uint8_t *code, int hexw, bool show_line) {
    fprintf(out, "  %6" PRIu32 "  ", x->offset);
    if (show_line) {
        fprintf(out, "%5" PRIu32 "  ", x->line);
    } else {
        fprintf(out, "       ");
    }
    char hex[64] = "";
    for (uint32_t i = 0; i < x->size; i++) {
        if (strlen(hex) + 4 >= sizeof hex) {
            cat(hex, sizeof hex, "..");
            break;
        }
        cat(hex, sizeof hex, i ? " %02x" : "%02x", code[x->offset + i]);
    }
    char arg[400] = "";
    switch (x->arg_kind) {
        case MPY_ARG_NONE:
            if (x->multi) {
                cat(arg, sizeof arg, "%" PRId64, x->arg);
                if (x->opcode >= MPY_BC_UNARY_OP_MULTI &&
                    x->opcode < MPY_BC_UNARY_OP_MULTI + MPY_BC_UNARY_OP_MULTI_NUM) {
                    cat(arg, sizeof arg, " %s", mpy_unary_op_name((unsigned)x->arg));
                } else if (x->opcode >= MPY_BC_BINARY_OP_MULTI &&
                           x->opcode < MPY_BC_BINARY_OP_MULTI + MPY_BC_BINARY_OP_MULTI_NUM) {
                    cat(arg, sizeof arg, " %s", mpy_binary_op_name((unsigned)x->arg));
                }
            }
            break;
        case MPY_ARG_QSTR:
            if (x->opcode == MPY_BC_LOAD_CONST_STRING && (uint64_t)x->arg < f->n_qstrs) {
                const mpr_qstr *q = &f->qstrs[x->arg];
                cat_shortened(arg, sizeof arg, mpr_repr_str(f->arena, q->text, q->len, false),
                              MAX_ARG_SHOWN);
            } else {
                cat_shortened(arg, sizeof arg, dis_qstr_shown(f, (uint64_t)x->arg), MAX_ARG_SHOWN);
            }
            break;
        case MPY_ARG_UINT:
        case MPY_ARG_SINT:
            cat(arg, sizeof arg, "%" PRId64, x->arg);
            /* calls pack the keyword count into the second byte */
            if (x->arg >= 256 && (x->opcode == MPY_BC_CALL_FUNCTION || x->opcode == MPY_BC_CALL_METHOD ||
                                  x->opcode == MPY_BC_CALL_FUNCTION_VAR_KW ||
                                  x->opcode == MPY_BC_CALL_METHOD_VAR_KW)) {
                cat(arg, sizeof arg, "  (%" PRId64 " positional, %" PRId64 " keyword)", x->arg & 0xff,
                    (x->arg >> 8) & 0xff);
            }
            break;
        case MPY_ARG_OBJ:
            cat(arg, sizeof arg, "%" PRId64, x->arg);
            if ((uint64_t)x->arg < f->n_objs) {
                cat(arg, sizeof arg, "  ");
                cat_shortened(arg, sizeof arg, f->objs[x->arg].repr, MAX_ARG_SHOWN);
            }
            break;
        case MPY_ARG_CHILD:
            cat(arg, sizeof arg, "%" PRId64, x->arg);
            if ((uint64_t)x->arg < c->n_children) {
                const mpr_code *ch = c->children[x->arg];
                cat(arg, sizeof arg, "  -> block %u ", ch->index);
                cat_shortened(arg, sizeof arg,
                              ch->has_prelude ? dis_qstr_shown(f, ch->name) : dis_kind_name(ch->kind),
                              MAX_ARG_SHOWN);
            }
            if (x->extra >= 0) {
                cat(arg, sizeof arg, ", %d closed over", x->extra);
            }
            break;
        case MPY_ARG_SJUMP:
        case MPY_ARG_UJUMP:
            cat(arg, sizeof arg, "-> %" PRId64, x->target);
            if (x->extra >= 0) {
                cat(arg, sizeof arg, ", unwind %d%s", x->extra & 0x7f, x->extra & 0x80 ? " and pop" : "");
            }
            break;
        default:
            break;
    }
    if (x->problem) {
        cat(arg, sizeof arg, "%s<-- %s", arg[0] ? "   " : "", x->problem);
    }
    if (arg[0]) {
        fprintf(out, "%-*s  %-22s %s\n", hexw, hex, x->name, arg);
    } else {
        fprintf(out, "%-*s  %s\n", hexw, hex, x->name);
    }
}

static void list_block(FILE *out, const mpr_file *f, const mpr_code *c, const dis_options *o) {
    fprintf(out, "\ncode block %u: %s  (%s", c->index, c->path, dis_kind_name(c->kind));
    if (c->kind != MPR_CODE_BYTECODE) {
        const char *an = mpr_arch_name(f->header.arch);
        fprintf(out, " for %s", an ? an : "an unknown architecture");
    }
    fprintf(out, ", %zu bytes", c->data_len);
    if (!o->diffable) {
        fprintf(out, " at 0x%zx", c->data_offset);
    }
    fprintf(out, ")\n");
    char flags[160];
    if (c->has_prelude) {
        const mpr_signature *s = &c->sig;
        fprintf(out, "  prelude    n_state %" PRIu32 ", n_exc_stack %" PRIu32 ", flags 0x%02" PRIx32,
                s->n_state, s->n_exc_stack, s->scope_flags);
        if (s->scope_flags) {
            fprintf(out, " (%s)", dis_scope_flags(f, s->scope_flags, ", ", flags, sizeof flags));
        }
        fprintf(out, ", %" PRIu32 " positional (%" PRIu32 " with defaults), %" PRIu32 " keyword-only\n",
                s->n_pos_args, s->n_def_pos_args, s->n_kwonly_args);
        fprintf(out, "  arguments  ");
        if (c->n_args == 0) {
            fprintf(out, "(none)");
        }
        for (size_t i = 0; i < c->n_args; i++) {
            if (i == s->n_pos_args) {
                fprintf(out, "%skeyword-only: ", i ? "; " : "");
            } else if (i) {
                fprintf(out, ", ");
            }
            fputs(dis_qstr_shown(f, c->args[i]), out);
        }
        fputc('\n', out);
        if (c->n_cell) {
            fprintf(out, "  cells      ");
            for (uint32_t i = 0; i < c->n_cell; i++) {
                fprintf(out, i ? " %u" : "%u", c->cells[i]);
            }
            fprintf(out, "   (local slots made into cells)\n");
        }
        fprintf(out, "  layout     signature %zu + sizes %zu + names %zu + line info %zu + cells %" PRIu32,
                c->sig_len, c->size_len, c->names_len, c->line_info_len, c->n_cell);
        if (c->kind == MPR_CODE_BYTECODE) {
            fprintf(out, " + bytecode %zu\n", c->code_len);
        } else {
            fprintf(out, ", after %zu bytes of machine code\n", c->machine_code_len);
        }
        list_lines(out, c);
    }
    if (c->kind == MPR_CODE_VIPER || c->kind == MPR_CODE_ASM) {
        fprintf(out, "  native     scope flags 0x%" PRIx64, c->native_scope_flags);
        if (c->kind == MPR_CODE_VIPER) {
            fprintf(out, ", read-only data %" PRIu64 ", zeroed data %" PRIu64 ", %zu relocations\n",
                    c->rodata_size, c->bss_size, c->n_relocs);
        } else {
            fprintf(out, ", %" PRIu64 " arguments, type signature 0x%" PRIx64 "\n", c->asm_n_pos_args,
                    c->asm_type_sig);
        }
    }
    if (c->n_children) {
        fprintf(out, "  children   ");
        int col = 13;
        for (size_t i = 0; i < c->n_children; i++) {
            const mpr_code *ch = c->children[i];
            char one[200];
            int n = snprintf(one, sizeof one, "%s%u %s", i ? ", " : "", ch->index,
                             ch->has_prelude ? dis_qstr_shown(f, ch->name) : dis_kind_name(ch->kind));
            if (col + n > 100 && i) {
                fprintf(out, ",\n             ");
                col = 13;
                n = snprintf(one, sizeof one, "%u %s", ch->index,
                             ch->has_prelude ? dis_qstr_shown(f, ch->name) : dis_kind_name(ch->kind));
            }
            fputs(one, out);
            col += n;
        }
        fprintf(out, "   (block numbers)\n");
    }
    if (c->kind != MPR_CODE_BYTECODE) {
        size_t n = c->machine_code_len < 64 ? c->machine_code_len : 64;
        fprintf(out, "  machine code, %zu bytes%s\n", c->machine_code_len, n < c->machine_code_len ? ", the first 64:" : ":");
        for (size_t i = 0; i < n; i += 16) {
            fprintf(out, "    ");
            put_hex(out, c->data + i, n - i < 16 ? n - i : 16);
            fputc('\n', out);
        }
        return;
    }
    const uint8_t *code = c->data + c->code_start;
    int hexw = 5;
    for (size_t i = 0; i < c->n_insns; i++) {
        int w = (int)c->insns[i].size * 3 - 1;
        if (w > hexw) {
            hexw = w;
        }
    }
    if (hexw > 17) {
        hexw = 17;
    }
    fprintf(out, "  %6s  %5s  %-*s  %s\n", "offset", "line", hexw, "bytes", "instruction");
    uint32_t last_line = 0;
    for (size_t i = 0; i < c->n_insns; i++) {
        const mpr_insn *x = &c->insns[i];
        list_insn(out, f, c, x, code, hexw, i == 0 || x->line != last_line);
        last_line = x->line;
    }
    if (c->undecoded) {
        size_t at = c->code_len - c->undecoded;
        fprintf(out, "  %6zu         not decoded (%zu bytes):", at, c->undecoded);
        size_t n = c->undecoded < 32 ? c->undecoded : 32;
        fputc(' ', out);
        put_hex(out, code + at, n);
        fprintf(out, "%s\n", n < c->undecoded ? " ..." : "");
    }
}

void dis_listing(FILE *out, const char *path, const mpr_file *f, const dis_options *o) {
    list_header(out, path, f);
    list_tables(out, f, o);
    for (size_t b = 0; b < f->n_blocks; b++) {
        list_block(out, f, f->blocks[b], o);
    }
}

/* ---- summary ---- */

static void sum_row(FILE *out, int w, const char *label, const mpr_sizes *s) {
    char q[32], k[32];
    snprintf(q, sizeof q, "%zu (%zu)", s->qstr_bytes, s->n_qstrs);
    snprintf(k, sizeof k, "%zu (%zu)", s->const_bytes, s->n_consts);
    fprintf(out, "  %-*.*s %8zu %9zu %8zu %8zu %12s %12s %8zu\n", w, w, label, s->code, s->line_info,
            s->prelude, s->framing, q, k, s->total);
}

void dis_summary(FILE *out, const char *path, const mpr_file *f) {
    char rt[300];
    mpr_runtimes(&f->header, rt, sizeof rt);
    fprintf(out, "%s: %zu bytes, '%c' .mpy version %u, for %s\n", path, f->len, f->header.magic,
            f->header.version, rt);
    int w = 24;
    for (size_t b = 0; b < f->n_blocks; b++) {
        int n = (int)strlen(f->blocks[b]->path) + 6;
        if (n > w) {
            w = n;
        }
    }
    if (w > 48) {
        w = 48;
    }
    fprintf(out, "  %-*s %8s %9s %8s %8s %12s %12s %8s\n", w, "block", "code", "line info", "prelude",
            "framing", "qstrs (n)", "consts (n)", "total");
    mpr_sizes all = {0};
    for (size_t b = 0; b < f->n_blocks; b++) {
        const mpr_code *c = f->blocks[b];
        char label[300];
        snprintf(label, sizeof label, "%u %s", c->index, c->path);
        sum_row(out, w, label, &c->sizes);
        all.framing += c->sizes.framing;
        all.prelude += c->sizes.prelude;
        all.line_info += c->sizes.line_info;
        all.code += c->sizes.code;
        all.n_qstrs += c->sizes.n_qstrs;
        all.qstr_bytes += c->sizes.qstr_bytes;
        all.n_consts += c->sizes.n_consts;
        all.const_bytes += c->sizes.const_bytes;
        all.total += c->sizes.total;
    }
    char label[64];
    snprintf(label, sizeof label, "all %zu blocks", f->n_blocks);
    sum_row(out, w, label, &all);
    mpr_sizes unused = {0};
    unused.n_qstrs = f->n_unused_qstrs;
    unused.qstr_bytes = f->unused_qstr_bytes;
    unused.n_consts = f->n_unused_consts;
    unused.const_bytes = f->unused_const_bytes;
    unused.total = unused.qstr_bytes + unused.const_bytes;
    sum_row(out, w, "entries no block uses", &unused);
    fprintf(out, "  %-*s %70zu\n", w, "header and table counts", f->header_size);
    if (f->trailing) {
        fprintf(out, "  %-*s %70zu\n", w, "trailing bytes", f->trailing);
    }
    fprintf(out, "  %-*s %70zu\n", w, "file", all.total + unused.total + f->header_size + f->trailing);
}
