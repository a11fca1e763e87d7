/* mpyc.h: the public interface of the compiler core (source in, .mpy or a report out). */
#ifndef MPYC_H
#define MPYC_H

#include <stdbool.h>
#include <stddef.h>

#define MPYC_VERSION "0.1.0"

/* Which reference compiler's output to reproduce. */
typedef enum {
    MPYC_CIRCUITPYTHON,   /* CircuitPython 10.2 and later, header 'C' (the default) */
    MPYC_CIRCUITPYTHON9,  /* CircuitPython 9.2, header 'C' */
    MPYC_MICROPYTHON,     /* MicroPython 1.23 and later, header 'M' */
} mpyc_target;

/* mpy-pack flatten (py/imports.c): modules taken out of their packages. With these set, every
   import statement that names a moved module is rewritten while compiling, and the relative
   imports of a moved module become absolute; a form that cannot be rewritten without changing
   its meaning fails the compile with "ImportError: cannot flatten: ..." at its line. */
typedef struct {
    const char *from;   /* the module's dotted name in the package: "P.x", "P.sub"; "P" for P/__init__.py */
    const char *to;     /* its top-level name now: "P_x" ("P" stays "P"); NULL: no such module any
                           more (a package folder without __init__.py) */
} mpyc_rename;

typedef struct {
    const mpyc_rename *renames;     /* every module of every flattened package, the packages too */
    size_t n_renames;
    const char *const *init_names;  /* "P.n": P/__init__.py binds n itself while P.n is a module too */
    size_t n_init_names;
    const char *module;             /* the dotted name of the module compiled; NULL: a user file */
    bool is_package;                /* module is a package's __init__.py */
} mpyc_imports;

typedef struct {
    mpyc_target target;
    int opt_level;          /* 0..3: 1 drops asserts and makes __debug__ false; 3 drops line numbers */
    bool no_source_lines;   /* drop line numbers but keep asserts (-X no-source-lines) */
    int small_int_bits;     /* width of the target's small ints (reference default: 31) */
    const char *file_name;  /* the input path as given, if any: the reference knows it as a name */
    const char *native_arch; /* -march=ARCH, or NULL: only bytecode is written either way */
    const mpyc_imports *imports; /* NULL: imports compile as written (mpy-pack flatten sets it) */
    size_t stack_budget;    /* C stack the compiler may use on deeply nested code before it reports
                               "maximum recursion depth exceeded"; 0: 6 MB, made for a thread with
                               an 8 MB stack (see mpyc_main_stack_budget for the main thread) */
} mpyc_options;

/* Fills in the reference compiler's defaults for the target. */
void mpyc_options_init(mpyc_options *opt, mpyc_target target);

/* A stack budget for compiling on the process's main thread: 2 MB short of its stack limit, at
   most 6 MB, at least 256 KB. */
size_t mpyc_main_stack_budget(void);

/* Parses "circuitpython", "circuitpython9", "micropython" (and a few aliases); false if unknown. */
bool mpyc_target_parse(const char *name, mpyc_target *out);
const char *mpyc_target_name(mpyc_target t);

/* The outcome of one call: ok, or a report exactly as the reference prints it on stderr. */
typedef struct {
    bool ok;
    char *report;           /* malloc'd, NUL-terminated; NULL when ok */
    unsigned char *mpy;     /* malloc'd .mpy bytes (compile only) */
    size_t mpy_len;
} mpyc_result;

/* Runs every stage of a compile, writing nothing. source_name is what -s gives. */
mpyc_result mpyc_check(const char *src, size_t len, const char *source_name, const mpyc_options *opt);

/* Compiles a source file to .mpy bytes (r.mpy, r.mpy_len) or the reference's report. */
mpyc_result mpyc_compile(const char *src, size_t len, const char *source_name, const mpyc_options *opt);

/* As mpyc_check and mpyc_compile, for a caller that hands over src (malloc'd): it is freed as soon
   as the parse is done, so a large source does not stay in memory beside its compiled code. */
mpyc_result mpyc_check_owned(char *src, size_t len, const char *source_name, const mpyc_options *opt);
mpyc_result mpyc_compile_owned(char *src, size_t len, const char *source_name, const mpyc_options *opt);

/* Lexes and parses only (the front end), writing nothing; for benchmarks and the parser's tests. */
mpyc_result mpyc_parse(const char *src, size_t len, const char *source_name, const mpyc_options *opt);

/* Writes the parse tree in a readable indented form to a malloc'd string (developer aid). */
mpyc_result mpyc_dump_parse(const char *src, size_t len, const char *source_name, const mpyc_options *opt);

/* mpy-pack flatten, for files that stay source (code.py): src with only its import statements
   rewritten as opt->imports says, every other byte kept; the new source is in r.mpy, r.mpy_len. */
mpyc_result mpyc_rewrite_source(const char *src, size_t len, const char *source_name, const mpyc_options *opt);

/* The names a module binds at its top level (def, class, assignments, for and with targets,
   imports), one per line in r.mpy, leaving out names bound to a module that opt->imports renames.
   flatten uses it on each package's __init__.py to fill mpyc_imports.init_names. */
mpyc_result mpyc_module_names(const char *src, size_t len, const char *source_name, const mpyc_options *opt);

void mpyc_result_free(mpyc_result *r);

#endif
