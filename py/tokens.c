/* tokens.c: printable names and spellings of the token kinds, generated from TOKEN_LIST. */
#include "tokens.h"

#include <stddef.h>

static const char *const spellings[T_COUNT_] = {
#define TOKEN_SPELLING(name, spelling) spelling,
    TOKEN_LIST(TOKEN_SPELLING)
#undef TOKEN_SPELLING
};

static const char *const names[T_COUNT_] = {
#define TOKEN_NAME(name, spelling) #name,
    TOKEN_LIST(TOKEN_NAME)
#undef TOKEN_NAME
};

const char *tok_spelling(TokKind k) {
    return (unsigned)k < T_COUNT_ ? spellings[k] : "?";
}

const char *tok_name(TokKind k) {
    return (unsigned)k < T_COUNT_ ? names[k] : "?";
}
