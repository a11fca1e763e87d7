/* main.c: mpy-dis, shows what is inside .mpy files (listing, size summary, JSON, runtimes). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dis.h"
#include "mpyc.h"

static const char usage[] =
    "usage: mpy-dis [OPTIONS] FILE.mpy...    (FILE - reads standard input)\n"
    "Shows what a .mpy file (version 6, from MicroPython or CircuitPython) holds.\n"
    "\n"
    "  (default)     a listing: header, qstr and constant tables, then every code block\n"
    "                with its prelude, line numbers and one line per instruction\n"
    "  --summary     bytes per code block (bytecode, line info, prelude, qstrs, constants)\n"
    "                and for the whole file\n"
    "  --json        the listing as JSON on stdout (an array when several files are given)\n"
    "  --runtime     only which runtimes load each file; also names older .mpy versions\n"
    "  --diffable    leave file offsets out of the listing, so two files diff cleanly\n"
    "  --help        this text\n"
    "  --version     the version of mpy-dis\n"
    "\n"
    "Instruction offsets count from a block's first instruction; jump targets are shown as\n"
    "such offsets. Opcode names are those of MicroPython's tools/mpy-tool.py.\n"
    "Exit status: 0 when every file was read without problems, 1 when a file cannot be\n"
    "read or has problems (each reported on stderr with its byte offset), 2 on bad usage.\n";

typedef enum { MODE_LIST, MODE_SUMMARY, MODE_JSON, MODE_RUNTIME } Mode;

/* Reads a whole file into a malloc'd buffer. */
static unsigned char *slurp(const char *path, size_t *len, const char **why) {
    bool std_in = strcmp(path, "-") == 0;
    FILE *fp = std_in ? stdin : fopen(path, "rb");
    if (fp == NULL) {
        *why = strerror(errno);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    for (;;) {
        if (buf == NULL) {
            if (!std_in) {
                fclose(fp);
            }
            *why = "out of memory";
            return NULL;
        }
        n += fread(buf + n, 1, cap - n, fp);
        if (n < cap) {
            break;
        }
        cap *= 2;
        unsigned char *nb = realloc(buf, cap);
        if (nb == NULL) {
            free(buf);
        }
        buf = nb;
    }
    if (ferror(fp)) {
        *why = strerror(errno ? errno : EIO);
        free(buf);
        if (!std_in) {
            fclose(fp);
        }
        return NULL;
    }
    if (!std_in) {
        fclose(fp);
    }
    *len = n;
    return buf;
}

/* --runtime: header facts only, for any version. */
static int show_runtime(const char *path, const unsigned char *buf, size_t len) {
    mpr_header h;
    const char *e = mpr_get_header(buf, len, &h);
    if (e) {
        fprintf(stderr, "%s: %s\n", path, e);
        return 1;
    }
    char rt[300];
    bool decoded = mpr_runtimes(&h, rt, sizeof rt);
    printf("%s: '%c' .mpy version %u", path, h.magic, h.version);
    if (h.version >= 6 && (h.arch != MPR_ARCH_NONE || h.sub_version)) {
        printf(".%u", h.sub_version);
    }
    if (h.arch != MPR_ARCH_NONE) {
        const char *an = mpr_arch_name(h.arch);
        printf(", native code for %s", an ? an : "an unknown architecture");
    }
    printf(": loads on %s%s\n", rt, decoded ? "" : " (this version is not decoded by mpy-dis)");
    return 0;
}

int main(int argc, char **argv) {
    Mode mode = MODE_LIST;
    bool summary = false, json = false, runtime = false, only_files = false;
    dis_options opt = {false};
    /* options and files may come in any order; after "--" everything is a file */
    const char **files = malloc((size_t)argc * sizeof *files);
    int n_files = 0;
    if (files == NULL) {
        fprintf(stderr, "mpy-dis: out of memory\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_files || a[0] != '-' || a[1] == 0) {
            files[n_files++] = a;
        } else if (strcmp(a, "--") == 0) {
            only_files = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            free(files);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("mpy-dis %s (reads .mpy version 6)\n", MPYC_VERSION);
            free(files);
            return 0;
        } else if (strcmp(a, "--json") == 0) {
            json = true;
        } else if (strcmp(a, "--summary") == 0) {
            summary = true;
        } else if (strcmp(a, "--runtime") == 0) {
            runtime = true;
        } else if (strcmp(a, "--diffable") == 0) {
            opt.diffable = true;
        } else {
            fprintf(stderr, "mpy-dis: unknown option %s (try --help)\n", a);
            free(files);
            return 2;
        }
    }
    if ((int)json + (int)summary + (int)runtime > 1) {
        fprintf(stderr, "mpy-dis: --json, --summary and --runtime are alternatives; give one\n");
        free(files);
        return 2;
    }
    mode = json ? MODE_JSON : summary ? MODE_SUMMARY : runtime ? MODE_RUNTIME : MODE_LIST;
    if (n_files == 0) {
        fputs(usage, stderr);
        free(files);
        return 2;
    }
    int status = 0;
    bool as_array = mode == MODE_JSON && n_files > 1;
    if (as_array) {
        fputs("[\n", stdout);
    }
    for (int k = 0; k < n_files; k++) {
        const char *path = files[k];
        size_t len = 0;
        const char *why = NULL;
        unsigned char *buf = slurp(path, &len, &why);
        if (buf == NULL) {
            fprintf(stderr, "%s: cannot read: %s\n", path, why);
            status = 1;
            if (mode == MODE_JSON) {
                mpr_error e = {0, ""};
                snprintf(e.msg, sizeof e.msg, "cannot read: %s", why);
                if (k) {
                    fputs(",\n", stdout);
                }
                dis_json(stdout, path, NULL, &e, 0, &opt);
            }
            continue;
        }
        if (mode == MODE_RUNTIME) {
            status |= show_runtime(path, buf, len);
            free(buf);
            continue;
        }
        mpr_error err;
        mpr_file *f = mpr_read(buf, len, &err);
        free(buf);
        if (f == NULL) {
            fprintf(stderr, "%s: error at byte %zu (0x%zx): %s\n", path, err.offset, err.offset,
                    err.msg);
            status = 1;
        } else {
            for (size_t p = 0; p < f->n_problems; p++) {
                fprintf(stderr, "%s: problem at byte %zu (0x%zx): %s\n", path,
                        f->problems[p].offset, f->problems[p].offset, f->problems[p].msg);
            }
            if (f->n_problems) {
                status = 1;
            }
        }
        switch (mode) {
            case MODE_JSON:
                if (k) {
                    fputs(",\n", stdout);
                }
                dis_json(stdout, path, f, &err, len, &opt);
                break;
            case MODE_SUMMARY:
                if (f) {
                    if (k) {
                        fputc('\n', stdout);
                    }
                    dis_summary(stdout, path, f);
                }
                break;
            default:
                if (f) {
                    if (k) {
                        fputc('\n', stdout);
                    }
                    dis_listing(stdout, path, f, &opt);
                }
                break;
        }
        mpr_free(f);
    }
    free(files);
    if (as_array) {
        fputs("]\n", stdout);
    } else if (mode == MODE_JSON) {
        fputc('\n', stdout);
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "mpy-dis: cannot write the output: %s\n", strerror(errno));
        return 1;
    }
    return status;
}
