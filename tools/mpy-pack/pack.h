/* pack.h: what the mpy-pack subcommands share: each is a main of its own, dispatched by main.c. */
#ifndef MPY_PACK_H
#define MPY_PACK_H

#include "mpyc.h"

/* Each subcommand takes argv[0] = its name and returns the exit status. */
int bundle_main(int argc, char **argv);
int flatten_main(int argc, char **argv);
int cost_main(int argc, char **argv);

/* Parses --target=T the way mpy-cross does; false (after printing an error) when T is unknown. */
bool pack_parse_target(const char *arg, mpyc_target *out);

#endif
