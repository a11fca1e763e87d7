/* toml.h: a reader for TOML 1.0 documents such as pyproject.toml: tables, dotted keys, arrays of
   tables, inline tables, every string form; numbers, booleans and dates are kept as their text.
   It needs nothing but libc (the unit tests link it alone). */
#ifndef MPY_PACK_TOML_H
#define MPY_PACK_TOML_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    TOML_STRING,
    TOML_INTEGER,
    TOML_FLOAT,
    TOML_BOOL,
    TOML_DATETIME,
    TOML_ARRAY,
    TOML_TABLE,
} toml_kind;

typedef struct toml_value toml_value;
struct toml_value {
    toml_kind kind;
    char *text;          /* STRING: the value (UTF-8, may hold no NUL); others scalars: the source text */
    size_t len;          /* length of text */
    size_t n;            /* ARRAY: items; TABLE: entries */
    toml_value **items;  /* ARRAY items, TABLE values */
    char **keys;         /* TABLE keys, parallel to items */
    unsigned flags;      /* parser bookkeeping */
};

/* Parses a whole document; NULL on error, with "line N: what" in err. The result is one
   allocation tree: free it with toml_free. */
toml_value *toml_parse(const char *src, size_t len, char *err, size_t err_size);
void toml_free(toml_value *v);

/* The value at key in a table, or NULL (also when t is NULL or not a table). */
const toml_value *toml_get(const toml_value *t, const char *key);
/* The value at a path of keys ending with NULL: toml_path(doc, "tool", "setuptools", NULL). */
const toml_value *toml_path(const toml_value *t, ...);
/* The string at a path, or NULL when absent or not a string. */
const char *toml_path_string(const toml_value *t, ...);

#endif
