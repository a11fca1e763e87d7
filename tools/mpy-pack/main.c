/* main.c: the mpy-pack command: library bundles, flattened packages and import-cost reports. */
#include <stdio.h>
#include <string.h>

#include "pack.h"

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *what;
} commands[] = {
    {"bundle", bundle_main, "build library bundles (zips and JSON), like circuitpython-build-bundles"},
    {"flatten", flatten_main, "take modules out of their package folders, rewriting imports"},
    {"cost", cost_main, "what each import costs in RAM and flash"},
};

static void usage(FILE *out) {
    fprintf(out, "usage: mpy-pack COMMAND [options] ...\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].what);
    }
    fprintf(out, "\n'mpy-pack COMMAND --help' describes each command.\n");
}

bool pack_parse_target(const char *arg, mpyc_target *out) {
    if (!mpyc_target_parse(arg, out)) {
        fprintf(stderr, "mpy-pack: unknown target '%s' (circuitpython, circuitpython9, micropython)\n", arg);
        return false;
    }
    return true;
}

int main(int argc, char **argv) {
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return argc < 2 ? 2 : 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("mpy-pack (mpyc) %s\n", MPYC_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(argv[1], commands[i].name) == 0) {
            return commands[i].run(argc - 1, argv + 1);
        }
    }
    fprintf(stderr, "mpy-pack: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
