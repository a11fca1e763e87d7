/* zip.h: writing a zip archive whole, with a comment, atomically (libarchive does the entries;
   it has no way to set the archive comment, so the end-of-central-directory record is patched). */
#ifndef MPY_PACK_ZIP_H
#define MPY_PACK_ZIP_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

typedef struct {
    const char *name;            /* path inside the archive */
    const unsigned char *data;
    size_t len;
} zip_entry;

/* Builds the archive in memory: entries in the order given, each deflated at level (0..9) and
   dated mtime, owner 0, mode 0644; then the comment. */
bool zip_build(const zip_entry *entries, size_t n, time_t mtime, int level, const char *comment,
               unsigned char **out, size_t *out_len, char **err);

/* Sets the comment of a zip in buf (whose current comment must be empty): buf grows. */
bool zip_set_comment(unsigned char **buf, size_t *len, const char *comment);

#endif
