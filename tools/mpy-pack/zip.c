/* zip.c: zip archives through libarchive (see zip.h). */
#include "zip.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsutil.h"

static la_ssize_t to_sbuf(struct archive *a, void *ctx, const void *data, size_t n) {
    (void)a;
    sb_add(ctx, data, n);
    return (la_ssize_t)n;
}

static int no_op(struct archive *a, void *ctx) {
    (void)a;
    (void)ctx;
    return ARCHIVE_OK;
}

bool zip_build(const zip_entry *entries, size_t n, time_t mtime, int level, const char *comment,
               unsigned char **out, size_t *out_len, char **err) {
    *out = NULL;
    *out_len = 0;
    struct archive *a = archive_write_new();
    if (a == NULL) {
        *err = xstrdup("libarchive: cannot start an archive");
        return false;
    }
    sbuf buf = {0};
    char level_opt[48];
    snprintf(level_opt, sizeof level_opt, "zip:compression-level=%d", level);
    if (archive_write_set_format_zip(a) != ARCHIVE_OK || archive_write_zip_set_compression_deflate(a) != ARCHIVE_OK ||
        archive_write_set_options(a, level_opt) != ARCHIVE_OK || archive_write_set_bytes_per_block(a, 65536) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(a, 1) != ARCHIVE_OK ||
        archive_write_open2(a, &buf, no_op, to_sbuf, no_op, NULL) != ARCHIVE_OK) {
        *err = xasprintf("libarchive: %s", archive_error_string(a) ? archive_error_string(a) : "cannot set up a zip");
        archive_write_free(a);
        sb_free(&buf);
        return false;
    }
    struct archive_entry *e = archive_entry_new();
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        archive_entry_clear(e);
        archive_entry_set_pathname_utf8(e, entries[i].name);
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, (la_int64_t)entries[i].len);
        archive_entry_set_mtime(e, mtime, 0);
        archive_entry_set_uid(e, 0);
        archive_entry_set_gid(e, 0);
        if (archive_write_header(a, e) != ARCHIVE_OK) {
            ok = false;
            break;
        }
        size_t done = 0;
        while (done < entries[i].len) {
            la_ssize_t w = archive_write_data(a, entries[i].data + done, entries[i].len - done);
            if (w <= 0) {
                ok = false;
                break;
            }
            done += (size_t)w;
        }
    }
    if (ok && archive_write_close(a) != ARCHIVE_OK) {
        ok = false;
    }
    if (!ok) {
        *err = xasprintf("libarchive: %s", archive_error_string(a) ? archive_error_string(a) : "write failed");
    }
    archive_entry_free(e);
    archive_write_free(a);
    if (!ok) {
        sb_free(&buf);
        return false;
    }
    size_t len = buf.len;
    unsigned char *data = (unsigned char *)sb_take(&buf);
    if (comment != NULL && !zip_set_comment(&data, &len, comment)) {
        *err = xstrdup("cannot find the end of the zip's central directory");
        free(data);
        return false;
    }
    *out = data;
    *out_len = len;
    return true;
}

bool zip_set_comment(unsigned char **buf, size_t *len, const char *comment) {
    size_t clen = strlen(comment);
    if (clen > 0xFFFF || *len < 22) {
        return false;
    }
    /* the record is the last 22 bytes when the comment is empty */
    unsigned char *eocd = *buf + *len - 22;
    if (memcmp(eocd, "PK\x05\x06", 4) != 0 || eocd[20] != 0 || eocd[21] != 0) {
        return false;
    }
    size_t at = *len - 22;
    *buf = xrealloc(*buf, *len + clen + 1);
    eocd = *buf + at;
    eocd[20] = (unsigned char)(clen & 0xFF);
    eocd[21] = (unsigned char)(clen >> 8);
    memcpy(*buf + *len, comment, clen);
    *len += clen;
    (*buf)[*len] = 0;
    return true;
}
