/* git.h: what the bundle builder asks git: `git describe --tags` of a checkout and a remote's URL.
   Common cases are read straight from the repository (HEAD carrying a tag, a plain [remote]
   section); anything else runs git itself. Safe to call from several threads at once. */
#ifndef MPY_PACK_GIT_H
#define MPY_PACK_GIT_H

#include <stdbool.h>

#include "version.h"

/* Whether the user's and system's git configuration may rewrite URLs (url.*.insteadOf, includes):
   then remote URLs always come from git itself. Work it out once per run. */
bool git_config_rewrites_urls(void);

/* describe --tags of the checkout at dir. On failure returns false with a message in *err
   (malloc'd). *spawned counts the git processes started. */
bool git_describe(const char *dir, describe_info *d, char **err, int *spawned);

/* The URL of remote `remote` (as `git remote get-url` prints it), or NULL when there is none. */
char *git_remote_url(const char *dir, const char *remote, bool rewrites, int *spawned);

/* The committer time of HEAD (seconds since 1970), or -1. */
long long git_head_time(const char *dir);

/* Runs git with args (NULL-terminated, without "git") in dir; returns its stdout (malloc'd,
   trailing newline kept) or NULL when it could not start or exited non-zero. */
char *git_run(const char *dir, const char *const *args);

#endif
