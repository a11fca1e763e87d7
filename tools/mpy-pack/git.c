/* git.c: asking git about a checkout (see git.h). */
#define _GNU_SOURCE /* pipe2 */
#include "git.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fsutil.h"

extern char **environ;

char *git_run(const char *dir, const char *const *args) {
    const char *argv[32];
    size_t n = 0;
    argv[n++] = "git";
    argv[n++] = "-C";
    argv[n++] = dir;
    for (size_t i = 0; args[i] != NULL && n < 31; i++) {
        argv[n++] = args[i];
    }
    argv[n] = NULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        return NULL;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    pid_t pid;
    int rc = posix_spawnp(&pid, "git", &fa, NULL, (char *const *)argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        return NULL;
    }
    sbuf out = {0};
    char buf[4096];
    for (;;) {
        ssize_t r = read(fds[0], buf, sizeof buf);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            break;
        }
        sb_add(&out, buf, (size_t)r);
    }
    close(fds[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        sb_free(&out);
        return NULL;
    }
    return sb_take(&out);
}

/* ---- reading the repository ---- */

typedef struct {
    char *git_dir;    /* where HEAD is */
    char *common_dir; /* where refs, packed-refs and config are */
} Repo;

static void repo_free(Repo *r) {
    free(r->git_dir);
    free(r->common_dir);
}

static char *read_text(const char *path) {
    unsigned char *data;
    size_t len;
    if (!read_file(path, &data, &len)) {
        return NULL;
    }
    return (char *)data;
}

static void chomp(char *s) {
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ')) {
        s[--n] = 0;
    }
}

/* Finds the repository dir belongs to, as git would from there; false when unsure. */
static bool repo_find(const char *dir, Repo *r) {
    memset(r, 0, sizeof *r);
    if (getenv("GIT_DIR") != NULL || getenv("GIT_COMMON_DIR") != NULL || getenv("GIT_CEILING_DIRECTORIES") != NULL) {
        return false;
    }
    char *cur = path_abs(dir);
    for (;;) {
        char *dotgit = path_join(cur, ".git");
        if (is_dir(dotgit)) {
            r->git_dir = dotgit;
            break;
        }
        if (is_file(dotgit)) {
            char *text = read_text(dotgit);
            free(dotgit);
            if (text == NULL || strncmp(text, "gitdir: ", 8) != 0) {
                free(text);
                free(cur);
                return false;
            }
            chomp(text);
            const char *gd = text + 8;
            r->git_dir = gd[0] == '/' ? xstrdup(gd) : path_join(cur, gd);
            free(text);
            break;
        }
        free(dotgit);
        if (strcmp(cur, "/") == 0) {
            free(cur);
            return false;
        }
        char *up = path_dir(cur);
        free(cur);
        cur = up;
    }
    free(cur);
    char *cd_file = path_join(r->git_dir, "commondir");
    char *cd = read_text(cd_file);
    free(cd_file);
    if (cd != NULL) {
        chomp(cd);
        r->common_dir = cd[0] == '/' ? xstrdup(cd) : path_join(r->git_dir, cd);
        free(cd);
    } else {
        r->common_dir = xstrdup(r->git_dir);
    }
    return true;
}

static bool is_hash(const char *s) {
    size_t n = strlen(s);
    if (n != 40 && n != 64) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (!isxdigit((unsigned char)s[i]) || isupper((unsigned char)s[i])) {
            return false;
        }
    }
    return true;
}

/* packed-refs: names, their ids and peeled ids ("" when the file says none) */
typedef struct {
    svec names, ids, peeled;
    bool peeled_trait; /* the file records the peeled id of every annotated tag */
} Packed;

static void packed_free(Packed *p) {
    sv_free(&p->names);
    sv_free(&p->ids);
    sv_free(&p->peeled);
}

static bool packed_read(const Repo *r, Packed *p) {
    memset(p, 0, sizeof *p);
    char *path = path_join(r->common_dir, "packed-refs");
    char *text = read_text(path);
    free(path);
    if (text == NULL) {
        p->peeled_trait = true; /* nothing packed: nothing unknown */
        return true;
    }
    char *save = NULL;
    bool ok = true;
    for (char *line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
        chomp(line);
        if (line[0] == '#') {
            if (strstr(line, " peeled") != NULL || strstr(line, "fully-peeled") != NULL) {
                p->peeled_trait = true;
            }
            continue;
        }
        if (line[0] == '^') {
            if (p->peeled.n == 0 || !is_hash(line + 1)) {
                ok = false;
                break;
            }
            free(p->peeled.v[p->peeled.n - 1]);
            p->peeled.v[p->peeled.n - 1] = xstrdup(line + 1);
            continue;
        }
        char *sp = strchr(line, ' ');
        if (sp == NULL) {
            ok = false;
            break;
        }
        *sp = 0;
        if (!is_hash(line)) {
            ok = false;
            break;
        }
        sv_add(&p->ids, line);
        sv_add(&p->names, sp + 1);
        sv_add(&p->peeled, "");
    }
    free(text);
    if (!ok) {
        packed_free(p);
    }
    return ok;
}

/* The id a ref name holds (loose first, then packed), or NULL. */
static char *resolve_ref(const Repo *r, const Packed *p, const char *name) {
    char *path = path_join(r->common_dir, name);
    char *text = read_text(path);
    free(path);
    if (text != NULL) {
        chomp(text);
        if (is_hash(text)) {
            return text;
        }
        free(text);
        return NULL; /* a symbolic ref to a ref: leave it to git */
    }
    for (size_t i = 0; i < p->names.n; i++) {
        if (strcmp(p->names.v[i], name) == 0) {
            return xstrdup(p->ids.v[i]);
        }
    }
    return NULL;
}

static char *head_id(const Repo *r, const Packed *p) {
    char *path = path_join(r->git_dir, "HEAD");
    char *text = read_text(path);
    free(path);
    if (text == NULL) {
        return NULL;
    }
    chomp(text);
    char *id = NULL;
    if (strncmp(text, "ref: ", 5) == 0) {
        id = resolve_ref(r, p, text + 5);
    } else if (is_hash(text)) {
        id = xstrdup(text);
    }
    free(text);
    return id;
}

/* Loose tags below refs/tags (names with slashes included). */
static void loose_tags(const Repo *r, svec *names, svec *ids, bool *ok) {
    char *root = path_join(r->common_dir, "refs/tags");
    svec files = {0};
    walk_files(root, "", &files);
    for (size_t i = 0; i < files.n; i++) {
        char *path = path_join(root, files.v[i]);
        char *text = read_text(path);
        free(path);
        if (text == NULL) {
            *ok = false;
            continue;
        }
        chomp(text);
        if (!is_hash(text)) {
            *ok = false;
        }
        sv_add(names, files.v[i]);
        sv_push(ids, text);
    }
    sv_free(&files);
    free(root);
}

/* The exact tag of HEAD when the repository alone settles it: 1 with *tag set; -1 means ask git. */
static int fast_exact_tag(const char *dir, char **tag) {
    Repo r;
    if (!repo_find(dir, &r)) {
        return -1;
    }
    Packed p;
    if (!packed_read(&r, &p)) {
        repo_free(&r);
        return -1;
    }
    char *head = head_id(&r, &p);
    int result = -1;
    if (head != NULL) {
        svec names = {0}, ids = {0};
        bool ok = true;
        loose_tags(&r, &names, &ids, &ok);
        svec matches = {0};
        for (size_t i = 0; ok && i < names.n; i++) {
            if (strcmp(ids.v[i], head) == 0) {
                sv_add(&matches, names.v[i]);
            } else {
                ok = false; /* an annotated tag object could point at HEAD: only git knows */
            }
        }
        const char *prefix = "refs/tags/";
        for (size_t i = 0; ok && i < p.names.n; i++) {
            if (strncmp(p.names.v[i], prefix, strlen(prefix)) != 0) {
                continue;
            }
            const char *name = p.names.v[i] + strlen(prefix);
            if (sv_has(&names, name)) {
                continue; /* the loose ref wins */
            }
            const char *target = p.peeled.v[i][0] ? p.peeled.v[i] : p.ids.v[i];
            if (!p.peeled_trait && strcmp(p.ids.v[i], head) != 0) {
                ok = false;
            } else if (strcmp(target, head) == 0) {
                sv_add(&matches, name); /* with two or more, git ranks them: it is asked then */
            }
        }
        if (ok && matches.n == 1) {
            *tag = xstrdup(matches.v[0]);
            result = 1;
        }
        sv_free(&matches);
        sv_free(&names);
        sv_free(&ids);
    }
    free(head);
    packed_free(&p);
    repo_free(&r);
    return result;
}

bool git_describe(const char *dir, describe_info *d, char **err, int *spawned) {
    memset(d, 0, sizeof *d);
    char *tag = NULL;
    if (fast_exact_tag(dir, &tag) == 1) {
        d->tag = tag;
        d->commits = 0;
        return true;
    }
    const char *args[] = {"describe", "--tags", "--always", "--long", NULL};
    char *out = git_run(dir, args);
    (*spawned)++;
    if (out == NULL || !describe_parse_long(out, d)) {
        *err = xasprintf("git describe --tags failed in %s (is it a git checkout with a commit?)", dir);
        free(out);
        return false;
    }
    free(out);
    if (d->tag == NULL) {
        const char *count_args[] = {"rev-list", "--count", "HEAD", NULL};
        char *count = git_run(dir, count_args);
        (*spawned)++;
        if (count == NULL) {
            *err = xasprintf("git rev-list --count HEAD failed in %s", dir);
            describe_free(d);
            return false;
        }
        d->commits = strtoul(count, NULL, 10);
        free(count);
    }
    return true;
}

/* ---- remote URLs from the config file ---- */

static bool text_has_ci(const char *text, const char *word) {
    size_t n = strlen(word);
    for (const char *s = text; *s; s++) {
        if (strncasecmp(s, word, n) == 0) {
            return true;
        }
    }
    return false;
}

static bool file_rewrites(const char *path) {
    char *text = read_text(path);
    if (text == NULL) {
        return false;
    }
    bool r = text_has_ci(text, "insteadof") || text_has_ci(text, "[include");
    free(text);
    return r;
}

bool git_config_rewrites_urls(void) {
    if (getenv("GIT_CONFIG_COUNT") != NULL || getenv("GIT_CONFIG_GLOBAL") != NULL ||
        getenv("GIT_CONFIG_SYSTEM") != NULL || getenv("GIT_CONFIG_PARAMETERS") != NULL) {
        return true;
    }
    bool r = file_rewrites("/etc/gitconfig");
    const char *home = getenv("HOME");
    if (home != NULL) {
        char *p = path_join(home, ".gitconfig");
        r = r || file_rewrites(p);
        free(p);
    }
    const char *xdg = getenv("XDG_CONFIG_HOME");
    char *p = xdg != NULL && *xdg ? path_join(xdg, "git/config") : home != NULL ? path_join(home, ".config/git/config") : NULL;
    if (p != NULL) {
        r = r || file_rewrites(p);
        free(p);
    }
    return r;
}

/* The first remote.NAME.url of a config file; -1 when the file is beyond this simple reader. */
static int config_remote_url(const char *text, const char *remote, char **url) {
    *url = NULL;
    bool in_section = false;
    const char *s = text;
    while (*s) {
        const char *eol = strchr(s, '\n');
        size_t n = eol ? (size_t)(eol - s) : strlen(s);
        char *line = xstrndup(s, n);
        s += n + (eol ? 1 : 0);
        char *t = line;
        while (*t == ' ' || *t == '\t') {
            t++;
        }
        chomp(t);
        if (*t == '[') {
            /* [remote "origin"] */
            in_section = false;
            char *close = strrchr(t, ']');
            if (close == NULL) {
                free(line);
                return -1;
            }
            *close = 0;
            char *q = strchr(t, '"');
            if (q != NULL) {
                size_t sl = (size_t)(q - t - 1);
                while (sl > 0 && t[sl] == ' ') {
                    sl--;
                }
                char *qe = strrchr(q + 1, '"');
                if (qe == NULL || strchr(q + 1, '\\') != NULL) {
                    free(line);
                    return -1;
                }
                *qe = 0;
                in_section = strncasecmp(t + 1, "remote", 6) == 0 && sl == 6 && strcmp(q + 1, remote) == 0;
            } else if (strchr(t, '.') != NULL && strncasecmp(t + 1, "remote.", 7) == 0) {
                free(line);
                return -1; /* [remote.origin] old style */
            }
            free(line);
            continue;
        }
        if (in_section && strncasecmp(t, "url", 3) == 0) {
            char *v = t + 3;
            while (*v == ' ' || *v == '\t') {
                v++;
            }
            if (*v != '=') {
                free(line);
                continue;
            }
            v++;
            while (*v == ' ' || *v == '\t') {
                v++;
            }
            if (strpbrk(v, "\"\\#;") != NULL) {
                free(line);
                return -1; /* quoting, escapes or comments: let git read it */
            }
            *url = xstrdup(v);
            chomp(*url);
            free(line);
            return 0;
        }
        free(line);
    }
    return 0;
}

char *git_remote_url(const char *dir, const char *remote, bool rewrites, int *spawned) {
    if (!rewrites) {
        Repo r;
        if (repo_find(dir, &r)) {
            char *path = path_join(r.common_dir, "config");
            char *text = read_text(path);
            free(path);
            char *wt_cfg = path_join(r.git_dir, "config.worktree");
            bool worktree_cfg = is_file(wt_cfg);
            free(wt_cfg);
            repo_free(&r);
            if (text != NULL && !worktree_cfg && !text_has_ci(text, "insteadof") && !text_has_ci(text, "[include")) {
                char *url;
                int rc = config_remote_url(text, remote, &url);
                free(text);
                if (rc == 0 && url != NULL) {
                    return url;
                }
            } else {
                free(text);
            }
        }
    }
    const char *args[] = {"remote", "get-url", remote, NULL};
    char *out = git_run(dir, args);
    (*spawned)++;
    if (out == NULL) {
        return NULL;
    }
    chomp(out);
    return out;
}

long long git_head_time(const char *dir) {
    const char *args[] = {"show", "-s", "--format=%ct", "HEAD", NULL};
    char *out = git_run(dir, args);
    if (out == NULL) {
        return -1;
    }
    long long t = strtoll(out, NULL, 10);
    free(out);
    return t;
}
