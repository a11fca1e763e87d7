/* main.c: the mpy-cross command: compiles Python source files to .mpy, a drop-in for the reference. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../tools/mpy-dis/dis.h"
#include "mpyc.h"

typedef enum { MODE_COMPILE, MODE_CHECK, MODE_DUMP_PARSE } Mode;

typedef struct {
    mpyc_options opt;
    Mode mode;
    bool emit_native;        /* -X emit=native or emit=viper */
    int verbose;             /* -v: list the bytecode of each file written */
    const char *output;      /* -o */
    const char *source;      /* -s */
    const char **inputs;
    int ninputs;
} Args;

static void usage(FILE *out, const char *argv0) {
    fprintf(out,
            "usage: %s [<opts>] [-X <implopt>] [--] <input filename>...\n"
            "Compiles Python source to .mpy files that are byte-identical to the reference compiler's.\n"
            "\n"
            "Options:\n"
            "  --target=T          whose output to reproduce: circuitpython (default; CircuitPython 10.2+),\n"
            "                      circuitpython9 (CircuitPython 9.2) or micropython (MicroPython 1.23+)\n"
            "  --version           show version information\n"
            "  -o FILE             output file (default: the input with .mpy; stdout for stdin); one input only\n"
            "  -s NAME             source file name to embed (default: the input path)\n"
            "  -v                  list the bytecode written (as mpy-dis does), on stdout\n"
            "  -O[N]               optimisation level N: 1 drops asserts and makes __debug__ false,\n"
            "                      3 also drops line numbers\n"
            "  --check             compile each file but write nothing; report every bad file\n"
            "  --dump-parse        print the parse tree (developer aid)\n"
            "  -h, --help          show this help\n"
            "\n"
            "Target specific options:\n"
            "  -msmall-int-bits=N  the maximum bits used to encode a small int (default 31)\n"
            "  -march=ARCH         architecture for native code (accepted; only bytecode is written)\n"
            "  -march-flags=FLAGS  architecture flags (accepted)\n"
            "\n"
            "Implementation specific options (-X):\n"
            "  emit=bytecode       the default code emitter (emit=native and emit=viper are not supported yet)\n"
            "  heapsize=N          accepted for compatibility\n"
            "  source-lines        include source line numbers (default)\n"
            "  no-source-lines     leave out source line numbers but keep asserts\n"
            "\n"
            "Several inputs may be given; each is written beside its source. Input '-' is stdin.\n"
            "Exit status: 0 when every file compiled, 1 otherwise.\n",
            argv0);
}

static _Noreturn void bad_usage(const char *argv0) {
    usage(stdout, argv0);
    exit(1);
}

static bool parse_x_option(Args *a, const char *x) {
    if (strcmp(x, "emit=bytecode") == 0 || strncmp(x, "heapsize=", 9) == 0 || strcmp(x, "source-lines") == 0) {
        return true;
    }
    if (strcmp(x, "emit=native") == 0 || strcmp(x, "emit=viper") == 0) {
        a->emit_native = true;
        return true;
    }
    if (strcmp(x, "no-source-lines") == 0) {
        a->opt.no_source_lines = true;
        return true;
    }
    return false;
}

static bool known_arch(const char *arch) {
    static const char *const archs[] = {"x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp",
                                        "armv7emdp", "xtensa", "xtensawin", "rv32imc", "rv64imc", "host", "debug"};
    for (size_t i = 0; i < sizeof archs / sizeof archs[0]; i++) {
        if (strcmp(arch, archs[i]) == 0) {
            return true;
        }
    }
    return false;
}

static void parse_args(Args *a, int argc, char **argv) {
    mpyc_options_init(&a->opt, MPYC_CIRCUITPYTHON);
    a->opt.stack_budget = mpyc_main_stack_budget();
    a->inputs = calloc((size_t)argc, sizeof *a->inputs);
    bool options = true;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!options || s[0] != '-' || s[1] == '\0') {
            a->inputs[a->ninputs++] = s;
        } else if (strcmp(s, "--") == 0) {
            options = false;
        } else if (strcmp(s, "-h") == 0 || strcmp(s, "--help") == 0) {
            usage(stdout, argv[0]);
            exit(0);
        } else if (strcmp(s, "--version") == 0) {
            printf("mpy-cross (mpyc) %s for %s; mpy-cross emitting mpy v6.3\n", MPYC_VERSION,
                   mpyc_target_name(a->opt.target));
            exit(0);
        } else if (strncmp(s, "--target=", 9) == 0) {
            if (!mpyc_target_parse(s + 9, &a->opt.target)) {
                fprintf(stderr, "mpy-cross: unknown target '%s' (circuitpython, circuitpython9, micropython)\n", s + 9);
                exit(1);
            }
        } else if (strcmp(s, "--check") == 0) {
            a->mode = MODE_CHECK;
        } else if (strcmp(s, "--dump-parse") == 0) {
            a->mode = MODE_DUMP_PARSE;
        } else if (strcmp(s, "-X") == 0) {
            if (i + 1 >= argc || !parse_x_option(a, argv[i + 1])) {
                bad_usage(argv[0]);
            }
            i++;
        } else if (strcmp(s, "-v") == 0) {
            a->verbose++;
        } else if (strncmp(s, "-O", 2) == 0) {
            if (s[2] >= '0' && s[2] <= '9') {
                a->opt.opt_level = s[2] & 0xf;
            } else {
                a->opt.opt_level = 0;
                for (const char *p = s + 1; *p == 'O'; p++) {
                    a->opt.opt_level++;
                }
            }
        } else if (strcmp(s, "-o") == 0 || strcmp(s, "-s") == 0) {
            if (i + 1 >= argc) {
                bad_usage(argv[0]);
            }
            if (s[1] == 'o') {
                a->output = argv[++i];
            } else {
                char *src = argv[++i];
                for (char *p = src; *p; p++) {
                    if (*p == '\\') {
                        *p = '/';
                    }
                }
                a->source = src;
            }
        } else if (strncmp(s, "-msmall-int-bits=", 17) == 0) {
            char *end;
            long bits = strtol(s + 17, &end, 0);
            if (*end) {
                bad_usage(argv[0]);
            }
            a->opt.small_int_bits = (int)bits;  /* any value, as the reference: the header keeps it mod 256 */
        } else if (strncmp(s, "-march=", 7) == 0) {
            if (!known_arch(s + 7)) {
                bad_usage(argv[0]);
            }
            a->opt.native_arch = s + 7;  /* only bytecode is written, so this changes nothing yet */
        } else if (strncmp(s, "-march-flags=", 13) == 0) {
            /* accepted, as the architecture is */
        } else {
            bad_usage(argv[0]);
        }
    }
}

/* Reads a whole file (or stdin for "-"). On failure returns NULL and prints the reference's
   report: OSError: (errno, "can't open PATH") when it cannot be opened, OSError: errno when it
   cannot be read (a folder, say). */
static char *read_all(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "OSError: (%d, \"can't open %s\")\n", errno, path);
        return NULL;
    }
    /* a regular file is read into a buffer of its size (plus one byte, to see the end) */
    struct stat st;
    size_t cap = 1 << 16, n = 0;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 && st.st_size < (1L << 40)) {
        cap = (size_t)st.st_size + 1;
    }
    char *buf = malloc(cap);
    for (;;) {
        if (buf != NULL && n == cap) {
            cap *= 2;
            char *bigger = realloc(buf, cap);
            if (bigger == NULL) {
                free(buf);
            }
            buf = bigger;
        }
        if (buf == NULL) {
            fputs("MemoryError: memory allocation failed\n", stderr);
            if (f != stdin) {
                fclose(f);
            }
            return NULL;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            break;
        }
    }
    int err = ferror(f) ? errno : 0;
    if (f != stdin) {
        fclose(f);
    }
    if (err != 0) {
        fprintf(stderr, "OSError: %d\n", err);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Writes data to path through a temporary file renamed into place, so no half-written file is left. */
static bool write_file(const char *path, const unsigned char *data, size_t len) {
    size_t n = strlen(path);
    char *tmp = malloc(n + 16);
    snprintf(tmp, n + 16, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    bool ok = f != NULL && fwrite(data, 1, len, f) == len;
    if (f != NULL && fclose(f) != 0) {
        ok = false;
    }
    if (ok && rename(tmp, path) != 0) {
        ok = false;
    }
    if (!ok) {
        fprintf(stderr, "mpy-cross: cannot write %s: %s\n", path, strerror(errno));
        remove(tmp);
    }
    free(tmp);
    return ok;
}

/* The output path: -o, or the input with its last two characters replaced by "mpy". */
static char *output_path(const Args *a, const char *input) {
    if (a->output != NULL) {
        return strdup(a->output);
    }
    size_t n = strlen(input);
    char *out = malloc(n + 2);
    memcpy(out, input, n + 1);
    size_t cut = n >= 2 ? n - 2 : 0;
    memcpy(out + cut, "mpy", 4);
    return out;
}

/* -v: the listing of what was written, read back with the .mpy reader. */
static void list_bytecode(const char *path, const unsigned char *mpy, size_t len) {
    mpr_error err;
    mpr_file *f = mpr_read(mpy, len, &err);
    if (f == NULL) {
        fprintf(stderr, "mpy-cross: cannot list %s: %s\n", path, err.msg);
        return;
    }
    dis_options o = {.diffable = false};
    dis_listing(stdout, path, f, &o);
    mpr_free(f);
}

static int run_one(const Args *a, const char *input) {
    size_t len;
    char *src = read_all(input, &len);
    if (src == NULL) {
        return 1;
    }
    bool is_stdin = strcmp(input, "-") == 0;
    const char *name = a->source ? a->source : is_stdin ? "<stdin>" : input;
    mpyc_options opt = a->opt;
    opt.file_name = is_stdin ? "<stdin>" : input;
    mpyc_result r;
    if (a->mode == MODE_DUMP_PARSE) {
        r = mpyc_dump_parse(src, len, name, &opt);
        if (r.ok) {
            fputs(r.report, stdout);
        }
    } else if (a->mode == MODE_CHECK) {
        r = mpyc_check_owned(src, len, name, &opt);
        src = NULL;
    } else {
        r = mpyc_compile_owned(src, len, name, &opt);
        src = NULL;
    }
    int status = 0;
    if (!r.ok) {
        fputs(r.report, stderr);
        status = 1;
    } else if (a->mode == MODE_COMPILE) {
        bool to_stdout = (a->output != NULL && strcmp(a->output, "-") == 0) || (a->output == NULL && is_stdin);
        char *out = to_stdout ? NULL : output_path(a, input);
        if (to_stdout) {
            fwrite(r.mpy, 1, r.mpy_len, stdout);
        } else {
            status = write_file(out, r.mpy, r.mpy_len) ? 0 : 1;
        }
        if (a->verbose > 0 && !to_stdout) {
            list_bytecode(out, r.mpy, r.mpy_len);
        }
        free(out);
    }
    mpyc_result_free(&r);
    free(src);
    return status;
}

int main(int argc, char **argv) {
    Args a = {0};
    parse_args(&a, argc, argv);
    int status = 0;
    if (a.ninputs == 0) {
        fprintf(stderr, "no input file\n");
        status = 1;
    } else if (a.emit_native && a.opt.native_arch == NULL) {
        fprintf(stderr, "arch not specified\n");
        status = 1;
    } else if (a.emit_native) {
        fprintf(stderr, "mpy-cross: native code is not supported yet; use -X emit=bytecode\n");
        status = 1;
    } else if (a.ninputs > 1 && a.output != NULL) {
        fprintf(stderr, "mpy-cross: -o takes one input file, not %d\n", a.ninputs);
        status = 1;
    } else {
        for (int i = 0; i < a.ninputs; i++) {
            status |= run_one(&a, a.inputs[i]);
        }
    }
    free(a.inputs);
    return status;
}
