/* bench.c: compiler speed and memory figures: in-process parse and compile throughput, and
   per-file processes of our mpy-cross beside the reference's when one is given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <signal.h>
#include <sys/ptrace.h>
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

/* The peak RSS of one command, in KiB, read from its own VmHWM as it exits: a child's ru_maxrss
   would also count the pages it shared with this (much bigger) process between fork and exec.
   The child runs traced only so that it stops on its way out. */
static long vm_hwm_kib(pid_t pid) {
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    long kib = -1;
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "VmHWM:", 6) == 0) {
            kib = strtol(line + 6, NULL, 10);
        }
    }
    if (f != NULL) {
        fclose(f);
    }
    return kib;
}

/* Runs argv[0] with argv; returns its exit status (-1 when it did not exit normally) and its peak
   RSS in *peak_kib (the ru_maxrss figure when tracing is not allowed here). */
static int run_measured(char **argv, long *peak_kib) {
    pid_t pid = fork();
    if (pid == 0) {
        ptrace(PTRACE_TRACEME, 0, NULL, NULL);
        execv(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    *peak_kib = -1;
    if (waitpid(pid, &status, 0) == pid && WIFSTOPPED(status)) {   /* stopped at the exec */
        ptrace(PTRACE_SETOPTIONS, pid, NULL, (void *)(long)PTRACE_O_TRACEEXIT);
        ptrace(PTRACE_CONT, pid, NULL, NULL);
        while (waitpid(pid, &status, 0) == pid && WIFSTOPPED(status)) {
            int sig = WSTOPSIG(status);
            if (status >> 8 == (SIGTRAP | (PTRACE_EVENT_EXIT << 8))) {
                *peak_kib = vm_hwm_kib(pid);
                sig = 0;
            }
            ptrace(PTRACE_CONT, pid, NULL, (void *)(long)(sig == SIGTRAP ? 0 : sig));
        }
    }
    if (wait4(pid, &status, WNOHANG, &ru) == pid || WIFEXITED(status) || WIFSIGNALED(status)) {
        if (*peak_kib < 0) {
            *peak_kib = ru.ru_maxrss;
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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
    run_measured(argv, peak_kib);
    double t = now() - t0;
    free(argv);
    return t;
}

/* Runs `cmd FILE -o /dev/null` once per file; wall seconds, the largest peak RSS in KiB, and each
   file's seconds and peak in secs[i] and kib[i]. */
static double time_processes(const char *cmd, Source *srcs, int n, long *peak_kib, double *secs, long *kib,
                             int *failures) {
    double t0 = now();
    *peak_kib = 0;
    *failures = 0;
    for (int i = 0; i < n; i++) {
        char *argv[] = {(char *)cmd, (char *)srcs[i].path, "-o", "/dev/null", NULL};
        double t1 = now();
        if (run_measured(argv, &kib[i]) != 0) {
            (*failures)++;
        }
        secs[i] = now() - t1;
        if (kib[i] > *peak_kib) {
            *peak_kib = kib[i];
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
        double *ours_secs = calloc((size_t)n + 1, sizeof(double)), *ref_secs = calloc((size_t)n + 1, sizeof(double));
        long *ours_each = calloc((size_t)n + 1, sizeof(long)), *ref_each = calloc((size_t)n + 1, sizeof(long));
        double ours_s = time_processes(ours, srcs, n, &ours_kib, ours_secs, ours_each, &ours_fail);
        printf("one process per file (peak RSS: the largest of any one process, from its VmHWM):\n");
        printf("  %-22s %8s %12s %14s %9s\n", "compiler", "seconds", "MB/s", "peak RSS KiB", "failures");
        printf("  %-22s %8.3f %12.2f %14ld %9d\n", "ours", ours_s, (double)total / ours_s / 1e6, ours_kib, ours_fail);
        long batch_kib;
        double batch_s = time_batch(ours, srcs, n, &batch_kib);
        printf("  %-22s %8.3f %12.2f %14ld %9s\n", "ours, one process", batch_s, (double)total / batch_s / 1e6,
               batch_kib, "-");
        if (ref != NULL) {
            double ref_s = time_processes(ref, srcs, n, &ref_kib, ref_secs, ref_each, &ref_fail);
            printf("  %-22s %8.3f %12.2f %14ld %9d\n", "reference", ref_s, (double)total / ref_s / 1e6, ref_kib,
                   ref_fail);
            /* per file: how often ours is faster and smaller, the worst case of each, and the
               geometric mean of the time ratios (so that one pathological file cannot carry it) */
            int smaller = 0, worst_mem = 0, slowest = 0;
            double log_sum = 0, worst_ratio = 0, slow_ratio = 1e9;
            for (int i = 0; i < n; i++) {
                double mem = (double)ours_each[i] / (double)ref_each[i];
                double speed = ref_secs[i] / ours_secs[i];
                smaller += ours_each[i] < ref_each[i];
                log_sum += log(speed);
                if (mem > worst_ratio) {
                    worst_ratio = mem;
                    worst_mem = i;
                }
                if (speed < slow_ratio) {
                    slow_ratio = speed;
                    slowest = i;
                }
            }
            printf("  speed-up per source byte: %.2fx one process per file, %.2fx in one process\n", ref_s / ours_s,
                   ref_s / batch_s);
            /* the same without the file the reference is slowest on, which can dominate the sum */
            int worst = 0;
            for (int i = 1; i < n; i++) {
                worst = ref_secs[i] > ref_secs[worst] ? i : worst;
            }
            printf("  without %s (reference %.3f s, ours %.3f s): %.2fx one process per file\n", srcs[worst].path,
                   ref_secs[worst], ours_secs[worst], (ref_s - ref_secs[worst]) / (ours_s - ours_secs[worst]));
            printf("  speed-up per file: geometric mean %.2fx; least %.2fx (%s)\n", exp(log_sum / n), slow_ratio,
                   srcs[slowest].path);
            printf("  peak memory: largest process %.2fx of the reference's; per file ours is smaller on %d of %d, "
                   "at most %.2fx (%s: %ld vs %ld KiB)\n",
                   (double)ours_kib / (double)ref_kib, smaller, n, worst_ratio, srcs[worst_mem].path,
                   ours_each[worst_mem], ref_each[worst_mem]);
        }
        free(ours_secs);
        free(ref_secs);
        free(ours_each);
        free(ref_each);
    }
    for (int i = 0; i < n; i++) {
        free(srcs[i].src);
    }
    free(srcs);
    return 0;
}
