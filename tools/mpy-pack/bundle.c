/* bundle.c: mpy-pack bundle (not written yet). */
#include <stdio.h>

#include "pack.h"

int bundle_main(int argc, char **argv) {
    (void)argc;
    fprintf(stderr, "mpy-pack: %s is not implemented yet\n", argv[0]);
    return 1;
}
