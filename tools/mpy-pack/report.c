/* report.c: the compiler's reports as one line for people: FILE:LINE: Exception: message. */
#include <stdlib.h>
#include <string.h>

#include "fsutil.h"
#include "pack.h"

char *pack_report_line(const char *file, const char *report) {
    if (report == NULL) {
        return xasprintf("%s: compile error", file);
    }
    unsigned line = 0;
    const char *l = strstr(report, ", line ");
    if (l != NULL) {
        line = (unsigned)strtoul(l + 7, NULL, 10);
    }
    /* the last line is "Exception: message" */
    size_t n = strlen(report);
    while (n > 0 && (report[n - 1] == '\n' || report[n - 1] == '\r')) {
        n--;
    }
    size_t start = n;
    while (start > 0 && report[start - 1] != '\n') {
        start--;
    }
    if (line > 0) {
        return xasprintf("%s:%u: %.*s", file, line, (int)(n - start), report + start);
    }
    return xasprintf("%s: %.*s", file, (int)(n - start), report + start);
}
