/* version.c: version rules of the bundle builder (see version.h). */
#include "version.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_n(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (p == NULL) {
        abort();
    }
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static char *dup(const char *s) {
    return dup_n(s, strlen(s));
}

static char *concat(const char *const *parts) {
    size_t n = 0;
    for (const char *const *p = parts; *p; p++) {
        n += strlen(*p);
    }
    char *out = malloc(n + 1);
    if (out == NULL) {
        abort();
    }
    out[0] = 0;
    char *at = out;
    for (const char *const *p = parts; *p; p++) {
        size_t l = strlen(*p);
        memcpy(at, *p, l);
        at += l;
    }
    *at = 0;
    return out;
}

void describe_free(describe_info *d) {
    free(d->tag);
    free(d->hash);
    d->tag = d->hash = NULL;
    d->commits = 0;
}

bool describe_parse_long(const char *out, describe_info *d) {
    memset(d, 0, sizeof *d);
    char *s = strip_ws(out);
    size_t n = strlen(s);
    if (n == 0) {
        free(s);
        return false;
    }
    /* TAG-N-gHASH: split at the last two dashes, as the reference does */
    char *g = strrchr(s, '-');
    if (g != NULL && g > s) {
        *g = 0;
        char *c = strrchr(s, '-');
        *g = '-';
        if (c != NULL && c > s && g[1] == 'g' && g[2] != 0) {
            char *end;
            unsigned long commits = strtoul(c + 1, &end, 10);
            if (end == g && end > c + 1) {
                d->tag = dup_n(s, (size_t)(c - s));
                d->commits = commits;
                d->hash = dup(g + 2);
                free(s);
                return true;
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (!isxdigit((unsigned char)s[i])) {
            free(s);
            return false;
        }
    }
    d->hash = s;
    return true;
}

/* ---- semantic versions ---- */

/* 0 or a number without leading zeros; returns the length or 0. */
static size_t num_part(const char *s) {
    if (s[0] == '0') {
        return 1;
    }
    size_t n = 0;
    while (s[n] >= '1' && s[n] <= '9' && n == 0) {
        n++;
    }
    if (n == 0) {
        return 0;
    }
    while (isdigit((unsigned char)s[n])) {
        n++;
    }
    return n;
}

static bool is_ident_char(char c) {
    return isalnum((unsigned char)c) || c == '-';
}

/* A prerelease identifier: 0 | [1-9]\d* | \d*[a-zA-Z-][0-9a-zA-Z-]* ; returns its length or 0. */
static size_t pre_ident(const char *s) {
    size_t n = 0;
    while (is_ident_char(s[n])) {
        n++;
    }
    if (n == 0) {
        return 0;
    }
    bool all_digits = true;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) {
            all_digits = false;
        }
    }
    if (all_digits && n > 1 && s[0] == '0') {
        return 0;
    }
    return n;
}

bool semver_valid(const char *s, bool *prerelease) {
    if (prerelease != NULL) {
        *prerelease = false;
    }
    for (int i = 0; i < 3; i++) {
        size_t n = num_part(s);
        if (n == 0) {
            return false;
        }
        s += n;
        if (i < 2) {
            if (*s != '.') {
                return false;
            }
            s++;
        }
    }
    if (*s == '-') {
        s++;
        for (;;) {
            size_t n = pre_ident(s);
            if (n == 0) {
                return false;
            }
            s += n;
            if (*s != '.') {
                break;
            }
            s++;
        }
        if (prerelease != NULL) {
            *prerelease = true;
        }
    }
    if (*s == '+') {
        s++;
        for (;;) {
            size_t n = 0;
            while (is_ident_char(s[n])) {
                n++;
            }
            if (n == 0) {
                return false;
            }
            s += n;
            if (*s != '.') {
                break;
            }
            s++;
        }
    }
    /* Python's $ also matches before one final newline */
    return *s == 0 || (s[0] == '\n' && s[1] == 0);
}

char *semver_bump_patch(const char *s) {
    const char *d1 = strchr(s, '.');
    const char *d2 = d1 ? strchr(d1 + 1, '.') : NULL;
    if (d2 == NULL) {
        return dup(s);
    }
    const char *p = d2 + 1;
    size_t plen = 0;
    while (isdigit((unsigned char)p[plen])) {
        plen++;
    }
    /* decimal increment of the patch number, however long */
    char *inc = malloc(plen + 2);
    if (inc == NULL) {
        abort();
    }
    memcpy(inc + 1, p, plen);
    inc[0] = '0';
    inc[plen + 1] = 0;
    for (size_t i = plen; i > 0; i--) {
        if (inc[i] == '9') {
            inc[i] = '0';
        } else {
            inc[i]++;
            break;
        }
        if (i == 1) {
            inc[0] = '1';
        }
    }
    const char *digits = inc[0] == '0' ? inc + 1 : inc;
    char *head = dup_n(s, (size_t)(p - s));
    const char *parts[] = {head, digits, NULL};
    char *out = concat(parts);
    free(head);
    free(inc);
    return out;
}

char *version_of_library(const describe_info *d) {
    if (d->tag != NULL && d->commits == 0) {
        return dup(d->tag);
    }
    const char *tag = d->tag != NULL ? d->tag : "0.0.0";
    const char *hash = d->hash != NULL ? d->hash : "";
    char count[32];
    snprintf(count, sizeof count, "%lu", d->commits);
    bool pre;
    if (!semver_valid(tag, &pre)) {
        return dup(hash);
    }
    if (pre) {
        const char *parts[] = {tag, ".plus.", count, "+", hash, NULL};
        return concat(parts);
    }
    char *bumped = semver_bump_patch(tag);
    const char *parts[] = {bumped, "-alpha.0.plus.", count, "+", hash, NULL};
    char *out = concat(parts);
    free(bumped);
    return out;
}

char *version_of_bundle(const describe_info *d) {
    if (d->tag != NULL && d->commits == 0) {
        return dup(d->tag);
    }
    return dup(d->hash != NULL ? d->hash : "");
}

char *version_describe_text(const describe_info *d) {
    if (d->tag == NULL) {
        return dup(d->hash != NULL ? d->hash : "");
    }
    if (d->commits == 0) {
        return dup(d->tag);
    }
    char count[32];
    snprintf(count, sizeof count, "%lu", d->commits);
    const char *parts[] = {d->tag, "-", count, "-g", d->hash != NULL ? d->hash : "", NULL};
    return concat(parts);
}

/* ---- remote URLs ---- */

char *strip_ws(const char *s) {
    while (*s && isspace((unsigned char)*s)) {
        s++;
    }
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1])) {
        n--;
    }
    return dup_n(s, n);
}

char *repo_of_url(const char *url) {
    char *r = strip_ws(url);
    for (char *c = r; *c; c++) {
        *c = (char)tolower((unsigned char)*c);
    }
    size_t n = strlen(r);
    if (n >= 4 && strcmp(r + n - 4, ".git") == 0) {
        r[n - 4] = 0;
    }
    return r;
}

char *pypi_name_of_url(const char *url) {
    char *repo = repo_of_url(url);
    const char *last = strrchr(repo, '/');
    last = last ? last + 1 : repo;
    char *name = dup(last);
    for (char *c = name; *c; c++) {
        if (*c == '_') {
            *c = '-';
        }
    }
    free(repo);
    const char *org = "circuitpython-org-";
    if (strncmp(name, org, strlen(org)) == 0) {
        const char *parts[] = {"circuitpython-", name + strlen(org), NULL};
        char *fixed = concat(parts);
        free(name);
        return fixed;
    }
    return name;
}

/* Python's s[:-4] */
static char *drop4(const char *s) {
    size_t n = strlen(s);
    return dup_n(s, n >= 4 ? n - 4 : 0);
}

char *versions_repo_of_url(const char *url) {
    if (strncmp(url, "ssh://git@", 10) == 0) {
        const char *at = strchr(url, '@') + 1;
        const char *next = strchr(at, '@');
        char *part = next ? dup_n(at, (size_t)(next - at)) : dup(at);
        char *cut = drop4(part);
        const char *parts[] = {"https://", cut, NULL};
        char *out = concat(parts);
        free(part);
        free(cut);
        return out;
    }
    if (strncmp(url, "git@", 4) == 0) {
        const char *colon = strchr(url, ':');
        const char *from = colon ? colon + 1 : "";
        const char *next = strchr(from, ':');
        char *part = next ? dup_n(from, (size_t)(next - from)) : dup(from);
        char *cut = drop4(part);
        const char *parts[] = {"https://github.com/", cut, NULL};
        char *out = concat(parts);
        free(part);
        free(cut);
        return out;
    }
    char *s = strip_ws(url);
    if (strncmp(s, "https:", 6) == 0) {
        char *cut = drop4(s);
        free(s);
        return cut;
    }
    /* any other form (a local path, http:) is kept, without a final ".git" */
    size_t n = strlen(s);
    if (n >= 4 && strcmp(s + n - 4, ".git") == 0) {
        s[n - 4] = 0;
    }
    return s;
}
