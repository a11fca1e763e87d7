/* version.h: the version rules of the bundle builder, apart from running git: semantic versions,
   what `git describe` says, the version a library gets, and the names derived from a remote URL.
   Needs nothing but libc (the unit tests link it alone). */
#ifndef MPY_PACK_VERSION_H
#define MPY_PACK_VERSION_H

#include <stdbool.h>

/* What git knows about HEAD: the nearest tag, how many commits follow it, and the short hash. */
typedef struct {
    char *tag;               /* NULL when no tag is reachable */
    unsigned long commits;   /* commits since the tag (0: HEAD is tagged); with no tag, all commits */
    char *hash;              /* abbreviated commit hash */
} describe_info;

void describe_free(describe_info *d);

/* Reads the output of `git describe --tags --always --long` ("TAG-N-gHASH" or just "HASH").
   With no tag, commits is left 0: the caller counts them (git rev-list --count HEAD). */
bool describe_parse_long(const char *out, describe_info *d);

/* True when s is a semantic version as python-semver reads it (MAJOR.MINOR.PATCH, optional
   -PRERELEASE and +BUILD); *prerelease tells whether it has a prerelease part. */
bool semver_valid(const char *s, bool *prerelease);

/* MAJOR.MINOR.(PATCH+1) of a valid semantic version (prerelease and build dropped). */
char *semver_bump_patch(const char *s);

/* A library's version: its exact tag; after a tag X.Y.Z, "X.Y.(Z+1)-alpha.0.plus.N+HASH"; after a
   prerelease tag T, "T.plus.N+HASH"; after a tag that is not a semantic version, the hash; with
   no tag, as after 0.0.0 with N counting every commit. */
char *version_of_library(const describe_info *d);
/* The bundle's version: its exact tag, else the hash. */
char *version_of_bundle(const describe_info *d);
/* What plain `git describe --tags` prints: TAG, TAG-N-gHASH, or (no tag) the hash. */
char *version_describe_text(const describe_info *d);

/* The JSON "repo" of a remote URL: lower case, without a final ".git". */
char *repo_of_url(const char *url);
/* The pip name of a remote URL: the last path part of repo_of_url with '_' made '-', and
   "circuitpython-org-" made "circuitpython-". */
char *pypi_name_of_url(const char *url);
/* The release page prefix VERSIONS.txt gives a remote URL: ssh://git@host/path.git and
   git@host:path.git become https URLs; https URLs lose their last four characters (".git"). */
char *versions_repo_of_url(const char *url);

/* Python's str.strip(): leading and trailing whitespace off (copy). */
char *strip_ws(const char *s);

#endif
