/* flatten.c: mpy-pack flatten (not written yet). */
#include <stdio.h>

#include "pack.h"

int flatten_main(int argc, char **argv) {
    (void)argc;
    fprintf(stderr, "mpy-pack: %s is not implemented yet\n", argv[0]);
    return 1;
}
