/* json.c: mpy-dis --json, the same content as the listing for scripts. */
#include <inttypes.h>
#include <string.h>

#include "dis.h"
#include "opcodes.h"

/* A JSON string: UTF-8 passes through, bytes that are not UTF-8 become U+FFFD. */
static void jstr(FILE *out, const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    fputc('"', out);
    for (size_t i = 0; i < len;) {
        unsigned c = p[i];
        if (c == '"' || c == '\\') {
            fputc('\\', out);
            fputc((int)c, out);
            i++;
        } else if (c == '\n') {
            fputs("\\n", out);
            i++;
        } else if (c == '\r') {
            fputs("\\r", out);
            i++;
        } else if (c == '\t') {
            fputs("\\t", out);
            i++;
        } else if (c < 0x20 || c == 0x7f) {
            fprintf(out, "\\u%04x", c);
            i++;
        } else if (c < 0x80) {
            fputc((int)c, out);
            i++;
        } else {
            /* length of a well-formed sequence, or 0 */
            size_t k = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
            bool ok = k && len - i >= k;
            for (size_t j = 1; ok && j < k; j++) {
                ok = (p[i + j] & 0xc0) == 0x80;
            }
            if (ok && k == 3) {
                unsigned cp = (c & 0x0f) << 12 | (p[i + 1] & 0x3fu) << 6 | (p[i + 2] & 0x3fu);
                ok = cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff);
            } else if (ok && k == 4) {
                unsigned cp = (c & 0x07) << 18 | (p[i + 1] & 0x3fu) << 12 | (p[i + 2] & 0x3fu) << 6 |
                              (p[i + 3] & 0x3fu);
                ok = cp >= 0x10000 && cp <= 0x10ffff;
            }
            if (ok) {
                fwrite(p + i, 1, k, out);
                i += k;
            } else {
                fputs("\\ufffd", out);
                i++;
            }
        }
    }
    fputc('"', out);
}

static void jcstr(FILE *out, const char *s) {
    jstr(out, s, strlen(s));
}

static void jhex(FILE *out, const uint8_t *p, size_t n) {
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "%02x", p[i]);
    }
    fputc('"', out);
}

static const char *obj_type(mpr_obj_kind k) {
    static const char *const names[] = {
        "funtable", "none", "false", "true", "ellipsis", "str", "bytes", "int", "float",
        "complex", "tuple",
    };
    return names[k];
}

static void jobj(FILE *out, const mpr_obj *o) {
    fprintf(out, "{\"type\":\"%s\",\"offset\":%zu,\"size\":%zu,\"repr\":", obj_type(o->kind), o->offset,
            o->size);
    jcstr(out, o->repr);
    switch (o->kind) {
        case MPR_OBJ_STR:
            fputs(",\"value\":", out);
            jstr(out, o->data, o->len);
            break;
        case MPR_OBJ_BYTES:
            fputs(",\"hex\":", out);
            jhex(out, (const uint8_t *)o->data, o->len);
            break;
        case MPR_OBJ_INT:
        case MPR_OBJ_FLOAT:
        case MPR_OBJ_COMPLEX:
            fputs(",\"text\":", out);
            jstr(out, o->data, o->len);
            fprintf(out, ",\"valid\":%s", o->number_ok ? "true" : "false");
            break;
        case MPR_OBJ_TUPLE:
            fputs(",\"items\":[", out);
            for (size_t i = 0; i < o->n_items; i++) {
                fputs(i ? "," : "", out);
                jobj(out, &o->items[i]);
            }
            fputs("]", out);
            break;
        default:
            break;
    }
    fputs("}", out);
}

static void jsizes(FILE *out, const mpr_sizes *s) {
    fprintf(out,
            "{\"framing\":%zu,\"prelude\":%zu,\"line_info\":%zu,\"code\":%zu,\"qstrs\":%zu,"
            "\"qstr_bytes\":%zu,\"constants\":%zu,\"constant_bytes\":%zu,\"total\":%zu}",
            s->framing, s->prelude, s->line_info, s->code, s->n_qstrs, s->qstr_bytes, s->n_consts,
            s->const_bytes, s->total);
}

static void jinsn(FILE *out, const mpr_file *f, const mpr_code *c, const mpr_insn *x,
                  const uint8_t *code) {
    fprintf(out, "{\"offset\":%" PRIu32 ",\"size\":%" PRIu32 ",\"line\":%" PRIu32 ",\"bytes\":",
            x->offset, x->size, x->line);
    jhex(out, code + x->offset, x->size);
    fputs(",\"opcode\":", out);
    jcstr(out, x->name);
    if (x->has_arg) {
        fprintf(out, ",\"arg\":%" PRId64, x->arg);
    }
    if (x->multi && x->opcode >= MPY_BC_UNARY_OP_MULTI &&
        x->opcode < MPY_BC_UNARY_OP_MULTI + MPY_BC_UNARY_OP_MULTI_NUM) {
        fputs(",\"operator\":", out);
        jcstr(out, mpy_unary_op_name((unsigned)x->arg));
    } else if (x->multi && x->opcode >= MPY_BC_BINARY_OP_MULTI &&
               x->opcode < MPY_BC_BINARY_OP_MULTI + MPY_BC_BINARY_OP_MULTI_NUM) {
        fputs(",\"operator\":", out);
        jcstr(out, mpy_binary_op_name((unsigned)x->arg));
    }
    switch (x->arg_kind) {
        case MPY_ARG_QSTR:
            if ((uint64_t)x->arg < f->n_qstrs) {
                fputs(",\"qstr\":", out);
                jstr(out, f->qstrs[x->arg].text, f->qstrs[x->arg].len);
            }
            break;
        case MPY_ARG_OBJ:
            if ((uint64_t)x->arg < f->n_objs) {
                fputs(",\"const\":", out);
                jcstr(out, f->objs[x->arg].repr);
            }
            break;
        case MPY_ARG_CHILD:
            if ((uint64_t)x->arg < c->n_children) {
                fprintf(out, ",\"child\":%u", c->children[x->arg]->index);
            }
            break;
        case MPY_ARG_SJUMP:
        case MPY_ARG_UJUMP:
            fprintf(out, ",\"target\":%" PRId64, x->target);
            break;
        default:
            break;
    }
    if (x->extra >= 0) {
        fprintf(out, ",\"extra\":%d", x->extra);
    }
    if (x->problem) {
        fputs(",\"problem\":", out);
        jcstr(out, x->problem);
    }
    fputs("}", out);
}

static void jblock(FILE *out, const mpr_file *f, const mpr_code *c) {
    fprintf(out, "{\"index\":%u,\"name\":", c->index);
    if (c->has_prelude && c->name < f->n_qstrs) {
        jstr(out, f->qstrs[c->name].text, f->qstrs[c->name].len);
    } else if (c->has_prelude) {
        fputs("null", out);
    } else {
        jcstr(out, c->kind == MPR_CODE_VIPER ? "<viper>" : "<asm>");
    }
    fputs(",\"path\":", out);
    jcstr(out, c->path);
    fprintf(out, ",\"kind\":\"%s\",\"depth\":%u,\"parent\":", dis_kind_name(c->kind), c->depth);
    if (c->parent) {
        fprintf(out, "%u", c->parent->index);
    } else {
        fputs("null", out);
    }
    fprintf(out, ",\"offset\":%zu,\"data_offset\":%zu,\"data_size\":%zu,\"data\":", c->offset,
            c->data_offset, c->data_len);
    jhex(out, c->data, c->data_len);
    if (c->has_prelude) {
        const mpr_signature *s = &c->sig;
        char flags[160];
        dis_scope_flags(f, s->scope_flags, "\",\"", flags, sizeof flags);
        fprintf(out,
                ",\"prelude\":{\"offset\":%zu,\"n_state\":%" PRIu32 ",\"n_exc_stack\":%" PRIu32
                ",\"scope_flags\":%" PRIu32 ",\"flags\":[%s%s%s],\"n_pos_args\":%" PRIu32
                ",\"n_kwonly_args\":%" PRIu32 ",\"n_def_pos_args\":%" PRIu32 ",\"n_info\":%" PRIu32
                ",\"n_cell\":%" PRIu32 ",\"signature_size\":%zu,\"size_field_size\":%zu,"
                "\"names_size\":%zu,\"name_qstr\":%" PRIu32 "}",
                c->prelude_offset, s->n_state, s->n_exc_stack, s->scope_flags, flags[0] ? "\"" : "",
                flags, flags[0] ? "\"" : "", s->n_pos_args, s->n_kwonly_args, s->n_def_pos_args,
                c->n_info, c->n_cell, c->sig_len, c->size_len, c->names_len, c->name);
        fputs(",\"args\":[", out);
        for (size_t i = 0; i < c->n_args; i++) {
            fputs(i ? "," : "", out);
            if (c->args[i] < f->n_qstrs) {
                jstr(out, f->qstrs[c->args[i]].text, f->qstrs[c->args[i]].len);
            } else {
                fputs("null", out);
            }
        }
        fputs("],\"cells\":[", out);
        for (uint32_t i = 0; i < c->n_cell; i++) {
            fprintf(out, i ? ",%u" : "%u", c->cells[i]);
        }
        fputs("],\"line_info\":", out);
        jhex(out, c->data + c->line_info_start, c->line_info_len);
        fputs(",\"lines\":[", out);
        for (size_t i = 0; i < c->n_lines; i++) {
            fprintf(out, i ? ",[%" PRIu32 ",%" PRIu32 "]" : "[%" PRIu32 ",%" PRIu32 "]",
                    c->lines[i].offset, c->lines[i].line);
        }
        fputs("]", out);
    }
    if (c->kind != MPR_CODE_BYTECODE) {
        fprintf(out, ",\"native\":{\"arch\":");
        const char *an = mpr_arch_name(f->header.arch);
        if (an) {
            jcstr(out, an);
        } else {
            fputs("null", out);
        }
        fprintf(out,
                ",\"machine_code_size\":%zu,\"scope_flags\":%" PRIu64 ",\"rodata_size\":%" PRIu64
                ",\"bss_size\":%" PRIu64 ",\"relocations\":%zu,\"asm_n_pos_args\":%" PRIu64
                ",\"asm_type_sig\":%" PRIu64 "}",
                c->machine_code_len, c->native_scope_flags, c->rodata_size, c->bss_size, c->n_relocs,
                c->asm_n_pos_args, c->asm_type_sig);
    }
    fputs(",\"children\":[", out);
    for (size_t i = 0; i < c->n_children; i++) {
        fprintf(out, i ? ",%u" : "%u", c->children[i]->index);
    }
    fprintf(out, "],\"code_start\":%zu,\"code_size\":%zu,\"undecoded\":%zu,\"instructions\":[",
            c->code_start, c->code_len, c->undecoded);
    const uint8_t *code = c->data + c->code_start;
    for (size_t i = 0; i < c->n_insns; i++) {
        fputs(i ? ",\n    " : "\n    ", out);
        jinsn(out, f, c, &c->insns[i], code);
    }
    fputs("],\"sizes\":", out);
    jsizes(out, &c->sizes);
    fputs("}", out);
}

void dis_json(FILE *out, const char *path, const mpr_file *f, const mpr_error *err, size_t size,
              const dis_options *o) {
    (void)o;
    fputs("{\"file\":", out);
    jcstr(out, path);
    if (f == NULL) {
        fprintf(out, ",\"size\":%zu,\"error\":{\"offset\":%zu,\"message\":", size, err->offset);
        jcstr(out, err->msg);
        fputs("}}", out);
        return;
    }
    const mpr_header *h = &f->header;
    char rt[300];
    mpr_runtimes(h, rt, sizeof rt);
    fprintf(out, ",\"size\":%zu,\"header\":{\"bytes\":", f->len);
    jhex(out, h->bytes, 4);
    const char *an = mpr_arch_name(h->arch);
    fprintf(out, ",\"magic\":\"%c\",\"version\":%u,\"sub_version\":%u,\"arch\":", h->magic,
            h->version, h->sub_version);
    if (an) {
        jcstr(out, an);
    } else {
        fputs("null", out);
    }
    fprintf(out, ",\"arch_number\":%u,\"arch_flags\":", h->arch);
    if (h->has_arch_flags) {
        fprintf(out, "%" PRIu64, h->arch_flags);
    } else {
        fputs("null", out);
    }
    fprintf(out, ",\"small_int_bits\":%u,\"runtimes\":", h->small_int_bits);
    jcstr(out, rt);
    fputs("},\n  \"qstrs\":[", out);
    for (size_t i = 0; i < f->n_qstrs; i++) {
        const mpr_qstr *q = &f->qstrs[i];
        fprintf(out, "%s{\"index\":%zu,\"offset\":%zu,\"size\":%zu,\"static\":", i ? ",\n    " : "\n    ",
                i, q->offset, q->size);
        if (q->static_index) {
            fprintf(out, "%u", q->static_index);
        } else {
            fputs("null", out);
        }
        fputs(",\"text\":", out);
        jstr(out, q->text, q->len);
        fputs("}", out);
    }
    fputs("],\n  \"constants\":[", out);
    for (size_t i = 0; i < f->n_objs; i++) {
        fputs(i ? ",\n    " : "\n    ", out);
        jobj(out, &f->objs[i]);
    }
    fputs("],\n  \"blocks\":[", out);
    for (size_t b = 0; b < f->n_blocks; b++) {
        fputs(b ? ",\n  " : "\n  ", out);
        jblock(out, f, f->blocks[b]);
    }
    fprintf(out,
            "],\n  \"sizes\":{\"file\":%zu,\"header\":%zu,\"qstr_table\":%zu,\"constant_table\":%zu,"
            "\"code\":%zu,\"trailing\":%zu,\"unused_qstrs\":%zu,\"unused_qstr_bytes\":%zu,"
            "\"unused_constants\":%zu,\"unused_constant_bytes\":%zu},\n  \"problems\":[",
            f->len, f->header_size, f->qstr_table_size, f->obj_table_size, f->end - f->code_offset,
            f->trailing, f->n_unused_qstrs, f->unused_qstr_bytes, f->n_unused_consts,
            f->unused_const_bytes);
    for (size_t i = 0; i < f->n_problems; i++) {
        fprintf(out, "%s{\"offset\":%zu,\"message\":", i ? "," : "", f->problems[i].offset);
        jcstr(out, f->problems[i].msg);
        fputs("}", out);
    }
    fputs("]}", out);
}
