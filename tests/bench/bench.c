/* bench.c: compiler speed and memory figures: in-process parse and compile throughput, and
   per-file processes of our mpy-cross beside the reference's when one is given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "mpyc.h"

typedef struct {
    const char *path;
    char *src;
    size_t len;
} Source;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static bool load(Source *s) {
    FILE *f = fopen(s->path, "rb");
    if (f == NULL) {
        return false;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    s->src = malloc((size_t)n + 1);
    s->len = fread(s->src, 1, (size_t)n, f);
    fclose(f);
    return true;
}

/* Runs fn over every source `rounds` times; returns seconds per round. */
static double time_rounds(Source *srcs, int n, int rounds, mpyc_result (*fn)(const char *, size_t, const char *,
                                                                             const mpyc_options *)) {
    mpyc_options opt;
    mpyc_options_init(&opt, MPYC_CIRCUITPYTHON);
    double t0 = now();
    for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < n; i++) {
            mpyc_result res = fn(srcs[i].src, srcs[i].len, srcs[i].path, &opt);
            mpyc_result_free(&res);
        }
    }
    return (now() - t0) / rounds;
}

/* Runs `cmd --check FILE...` once over the whole corpus in one child process (our multi-file mode:
   every stage of the compile, nothing written); wall seconds and its peak RSS in KiB. */
static double time_batch(const char *cmd, Source *srcs, int n, long *peak_kib) {
    char **argv = calloc((size_t)n + 3, sizeof *argv);
    argv[0] = (char *)cmd;
    argv[1] = "--check";
    for (int i = 0; i < n; i++) {
        argv[i + 2] = (char *)srcs[i].path;
    }
    double t0 = now();
    pid_t pid = fork();
    if (pid == 0) {
        execv(cmd, argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    wait4(pid, &status, 0, &ru);
    free(argv);
    *peak_kib = ru.ru_maxrss;
    return now() - t0;
}

/* Runs `cmd FILE -o OUT` once per file in child processes; wall seconds and the peak RSS in KiB. */
static double time_processes(const char *cmd, Source *srcs, int n, long *peak_kib, int *failures) {
    double t0 = now();
    *peak_kib = 0;
    *failures = 0;
    for (int i = 0; i < n; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            execl(cmd, cmd, srcs[i].path, "-o", "/dev/null", (char *)NULL);
            _exit(127);
        }
        int status;
        struct rusage ru;
        wait4(pid, &status, 0, &ru);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            (*failures)++;
        }
        if (ru.ru_maxrss > *peak_kib) {
            *peak_kib = ru.ru_maxrss;
        }
    }
    return now() - t0;
}

int main(int argc, char **argv) {
    const char *ours = NULL, *ref = NULL;
    int first = 1;
    while (first < argc && argv[first][0] == '-') {
        if (strcmp(argv[first], "--ours") == 0 && first + 1 < argc) {
            ours = argv[first + 1];
            first += 2;
        } else if (strcmp(argv[first], "--ref") == 0 && first + 1 < argc) {
            ref = argv[first + 1];
            first += 2;
        } else {
            fprintf(stderr, "usage: bench [--ours MPY_CROSS] [--ref REFERENCE_MPY_CROSS] FILE.py...\n");
            return 2;
        }
    }
    int n = argc - first;
    Source *srcs = calloc((size_t)(n ? n : 1), sizeof *srcs);
    size_t total = 0;
    for (int i = 0; i < n; i++) {
        srcs[i].path = argv[first + i];
        if (!load(&srcs[i])) {
            fprintf(stderr, "bench: cannot read %s\n", srcs[i].path);
            return 1;
        }
        total += srcs[i].len;
    }
    printf("corpus: %d files, %zu source bytes\n\n", n, total);
    int rounds = total < 4000000 ? 5 : 1;
    double parse_s = time_rounds(srcs, n, rounds, mpyc_parse);
    double compile_s = time_rounds(srcs, n, rounds, mpyc_compile);
    struct rusage self;
    getrusage(RUSAGE_SELF, &self);
    printf("in process (one call per file, %d rounds):\n", rounds);
    printf("  %-10s %8.3f s  %8.2f MB/s\n", "parse", parse_s, (double)total / parse_s / 1e6);
    printf("  %-10s %8.3f s  %8.2f MB/s\n", "compile", compile_s, (double)total / compile_s / 1e6);
    printf("  peak RSS of this process: %ld KiB\n\n", self.ru_maxrss);
    if (ours != NULL) {
        long ours_kib, ref_kib;
        int ours_fail, ref_fail;
        double ours_s = time_processes(ours, srcs, n, &ours_kib, &ours_fail);
        printf("one process per file:\n");
        printf("  %-22s %8s %12s %14s %9s\n", "compiler", "seconds", "MB/s", "peak RSS KiB", "failures");
        printf("  %-22s %8.3f %12.2f %14ld %9d\n", "ours", ours_s, (double)total / ours_s / 1e6, ours_kib, ours_fail);
        long batch_kib;
        double batch_s = time_batch(ours, srcs, n, &batch_kib);
        printf("  %-22s %8.3f %12.2f %14ld %9s\n", "ours, one process", batch_s, (double)total / batch_s / 1e6,
               batch_kib, "-");
        if (ref != NULL) {
            double ref_s = time_processes(ref, srcs, n, &ref_kib, &ref_fail);
            printf("  %-22s %8.3f %12.2f %14ld %9d\n", "reference", ref_s, (double)total / ref_s / 1e6, ref_kib,
                   ref_fail);
            printf("  speed-up per source byte: %.2fx one process per file, %.2fx in one process\n", ref_s / ours_s,
                   ref_s / batch_s);
            printf("  peak memory: %.2fx of the reference's\n", (double)ours_kib / (double)ref_kib);
        }
    }
    for (int i = 0; i < n; i++) {
        free(srcs[i].src);
    }
    free(srcs);
    return 0;
}
