/* imports.h: the import rewriting of mpy-pack flatten, on the parse tree (see mpyc_imports). */
#ifndef MPYC_IMPORTS_H
#define MPYC_IMPORTS_H

#include "diag.h"
#include "mpyc.h"
#include "parser.h"

/* Rewrites every import statement of the tree as opt->imports says (new nodes come from the
   arena; the names are interned in qt) and returns the new root. A form that cannot be rewritten
   raises "ImportError: cannot flatten: ..." through trap at its line. */
PNode *imp_rewrite_tree(Arena *a, QTab *qt, DiagTrap *trap, PNode *root, const mpyc_options *opt);

#endif
