/* library.h: one library as the bundle builder sees it: where its module or package is, its
   examples and requirement files, its description; the rules of the reference bundle builder. */
#ifndef MPY_PACK_LIBRARY_H
#define MPY_PACK_LIBRARY_H

#include <stdbool.h>
#include <stddef.h>

#include "fsutil.h"

typedef struct {
    char *module_name;   /* the module or package name; NULL when the library has none */
    bool is_package;
    char *description;   /* [project] description of pyproject.toml, or "" */
    svec lib_files;      /* the files that go to lib/, relative to the library folder */
    svec example_files;  /* every file below examples/, relative to the library folder */
    svec req_files;      /* names of the non-empty requirements.txt* and pyproject.toml* files */
    svec notes;          /* remarks worth showing with -v ("using legacy autodetection") */
} lib_layout;

/* Works out the layout of the library in dir. prefixes: the package folder prefixes. On a
   problem returns false with a message in *err (malloc'd) naming what is wrong. */
bool library_layout(const char *dir, const char *const *prefixes, size_t n_prefixes, lib_layout *out, char **err);
void lib_layout_free(lib_layout *l);

/* The names listed in a requirements.txt, as the reference reads them: each non-comment line
   lower-cased, cut at the first of <>=~[; and stripped. */
void requirements_names(const char *text, size_t len, svec *names);

/* pip's normalisation used by the reference: lower case, '_' made '-'. */
char *normalize_dist_name(const char *name);

/* Whether a requirement (normalised) is one of the Blinka-only packages left out of the JSON. */
bool is_blinka_library(const char *normalized);

/* The reference's munging of a library source: lines split at LF, CR LF or CR; on lines starting
   with "__version__", "0.0.0-auto.0" and "0.0.0+auto.0" replaced by version; every line ended by
   LF. re is the compiled pattern from munge_pattern(). Returns false when src is not UTF-8. */
typedef struct munge_re munge_re;
munge_re *munge_pattern(void);
void munge_pattern_free(munge_re *re);
bool munge_source(const munge_re *re, const unsigned char *src, size_t len, const char *version, unsigned char **out,
                  size_t *out_len);

/* True when s is valid UTF-8 as Python's strict decoder reads it. */
bool utf8_valid(const unsigned char *s, size_t len);

#endif
