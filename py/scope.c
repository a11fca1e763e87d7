/* scope.c: finding and classifying names in code blocks, and numbering locals, cells and frees. */
#include "scope.h"

#include <string.h>

static const char *const default_names[] = {
    [SK_MODULE] = "<module>",
    [SK_LAMBDA] = "<lambda>",
    [SK_LIST_COMP] = "<listcomp>",
    [SK_DICT_COMP] = "<dictcomp>",
    [SK_SET_COMP] = "<setcomp>",
    [SK_GEN_EXPR] = "<genexpr>",
};

Scope *scope_new(Arena *a, QTab *qt, ScopeKind kind, PNode *pn, uint8_t emit_opt) {
    Scope *s = arena_alloc(a, sizeof *s);
    s->kind = kind;
    s->pn = pn;
    s->emit_opt = emit_opt;
    if (kind == SK_FUNCTION || kind == SK_CLASS) {
        s->simple_name = pn->kids[0]->u.q;
    } else {
        s->simple_name = qs_intern(qt, default_names[kind], strlen(default_names[kind]));
    }
    s->unit = arena_alloc(a, sizeof *s->unit);
    return s;
}

IdInfo *scope_find(Scope *s, Qstr q) {
    for (uint32_t i = 0; i < s->n_ids; i++) {
        if (s->ids[i].q == q) {
            return &s->ids[i];
        }
    }
    return NULL;
}

/* Name lists up to this many entries live in the arena; longer ones in blocks of their own. */
enum { IDS_IN_ARENA = 16 };

void scope_release_ids(Arena *a, Scope *s) {
    if (s->cap_ids > IDS_IN_ARENA) {
        arena_release(a, s->ids);
    }
    s->ids = NULL;
    s->n_ids = s->cap_ids = 0;
}

IdInfo *scope_find_or_add(Arena *a, Scope *s, Qstr q, IdKind kind) {
    IdInfo *id = scope_find(s, q);
    if (id != NULL) {
        return id;
    }
    if (s->n_ids == s->cap_ids) {
        /* most blocks have a handful of names: start small, in the arena; a long list is moved to
           a block of its own that grows in place */
        uint32_t cap = s->cap_ids ? 2 * s->cap_ids : 4;
        if (cap <= IDS_IN_ARENA) {
            IdInfo *bigger = arena_alloc(a, cap * sizeof *bigger);
            if (s->n_ids) {
                memcpy(bigger, s->ids, s->n_ids * sizeof *bigger);
            }
            s->ids = bigger;
        } else if (s->cap_ids <= IDS_IN_ARENA) {
            IdInfo *own = arena_grow(a, NULL, cap * sizeof *own);
            memcpy(own, s->ids, s->n_ids * sizeof *own);
            s->ids = own;
        } else {
            s->ids = arena_grow(a, s->ids, cap * sizeof *s->ids);
        }
        s->cap_ids = cap;
    }
    id = &s->ids[s->n_ids++];
    *id = (IdInfo){(uint8_t)kind, 0, 0, q};
    return id;
}

IdInfo *scope_find_global(Scope *s, Qstr q) {
    while (s->parent != NULL) {
        s = s->parent;
    }
    return scope_find(s, q);
}

/* Marks q free in every scope between s and the one that binds it, and a cell in that one. */
static void close_over_in_parents(Arena *a, Scope *s, Qstr q) {
    for (Scope *p = s->parent;; p = p->parent) {
        IdInfo *id = scope_find_or_add(a, p, q, ID_UNDECIDED);
        if (id->kind == ID_UNDECIDED) {
            id->kind = ID_FREE;  /* passes through this scope: keep looking outwards */
            continue;
        }
        if (id->kind == ID_LOCAL) {
            id->kind = ID_CELL;
        }
        return;
    }
}

void scope_check_to_close_over(Arena *a, Scope *s, IdInfo *id) {
    if (s->parent == NULL) {
        return;
    }
    for (Scope *p = s->parent; p->parent != NULL; p = p->parent) {
        IdInfo *outer = scope_find(p, id->q);
        if (outer != NULL) {
            if (outer->kind == ID_LOCAL || outer->kind == ID_CELL || outer->kind == ID_FREE) {
                id->kind = ID_FREE;
                close_over_in_parents(a, s, id->q);
            }
            return;
        }
    }
}

/* *args goes after every other parameter except **kwargs: swap it with the last plain one. */
static void move_star_param_last(Scope *s) {
    IdInfo *last_plain = NULL;
    for (uint32_t i = s->n_ids; i-- > 0;) {
        IdInfo *id = &s->ids[i];
        if (id->flags & IDF_STAR_PARAM) {
            if (last_plain != NULL) {
                IdInfo tmp = *last_plain;
                *last_plain = *id;
                *id = tmp;
            }
            return;
        }
        if (last_plain == NULL && id->flags == IDF_PARAM) {
            last_plain = id;
        }
    }
}

/* Free variables come first, in the order the parent lists them; all else moves up after them. */
static void number_free_vars(Scope *s) {
    uint16_t nfree = 0;
    for (uint32_t i = 0; i < s->parent->n_ids; i++) {
        IdInfo *outer = &s->parent->ids[i];
        if (outer->kind != ID_CELL && outer->kind != ID_FREE) {
            continue;
        }
        for (uint32_t j = 0; j < s->n_ids; j++) {
            IdInfo *id = &s->ids[j];
            if (id->kind == ID_FREE && id->q == outer->q) {
                id->local_num = nfree++;
            }
        }
    }
    if (nfree == 0) {
        return;
    }
    for (uint32_t i = 0; i < s->n_ids; i++) {
        IdInfo *id = &s->ids[i];
        if (id->kind != ID_FREE || (id->flags & IDF_PARAM)) {
            id->local_num += nfree;
        }
    }
    s->num_pos_args += nfree;  /* frees are passed in as leading arguments */
    s->num_locals += nfree;
}

void scope_compute_locals(Scope *s, Qstr class_cell_name) {
    if (s->flags & IR_FLAG_VARARGS) {
        move_star_param_last(s);
    }
    s->num_locals = 0;
    for (uint32_t i = 0; i < s->n_ids; i++) {
        IdInfo *id = &s->ids[i];
        if (s->kind == SK_CLASS && id->q == class_cell_name) {
            continue;  /* __class__ is not a local; if used it became a cell */
        }
        if (SK_FUNC_LIKE(s->kind) && id->kind == ID_GLOBAL_IMPLICIT) {
            id->kind = ID_GLOBAL_EXPLICIT;
        }
        if (id->kind == ID_LOCAL || (id->flags & IDF_PARAM)) {
            id->local_num = s->num_locals++;  /* a parameter keeps its slot even as a cell */
        }
    }
    for (uint32_t i = 0; i < s->n_ids; i++) {
        IdInfo *id = &s->ids[i];
        if (id->kind == ID_CELL && !(id->flags & IDF_PARAM)) {
            id->local_num = s->num_locals++;
        }
    }
    if (s->parent != NULL) {
        number_free_vars(s);
    }
}
