/* test_parser.c: the parse tree has the reference parser's shape (rules, collapsing, folding,
   const(), constant tuples, string interning), and syntax errors are reported as the reference
   reports them. Every expected tree below was worked out by hand from grammar.h and the
   reference's parse rules, not copied from our output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "mpyc.h"
#include "suites.h"

/* ---- Running one case ---- */

enum { TMP = 1, TCP = 2, TCP9 = 4, TALL = TMP | TCP | TCP9, TNEW = TMP | TCP };

typedef struct {
    int line;            /* where the case is written, for failure messages */
    unsigned targets;    /* TMP, TCP, TCP9 */
    int opt_level;
    const char *src;
    const char *exp;     /* the expected mpyc_dump_parse output */
} TreeCase;

#define CASE(t, s, e) {__LINE__, t, 0, s, e}
#define CASE_O(t, o, s, e) {__LINE__, t, o, s, e}

static const mpyc_target target_of_bit[3] = {MPYC_MICROPYTHON, MPYC_CIRCUITPYTHON, MPYC_CIRCUITPYTHON9};
static const char *const target_label[3] = {"micropython", "circuitpython", "circuitpython9"};

static void fail_at(int line, const char *what) {
    CU_assertImplementation(CU_FALSE, (unsigned)line, what, __FILE__, "", CU_FALSE);
}

static void check_tree_opts(int line, const mpyc_options *opt, const char *label, const char *src,
                            const char *exp) {
    mpyc_result r = mpyc_dump_parse(src, strlen(src), "test.py", opt);
    if (!r.ok) {
        fprintf(stderr, "\ntest_parser.c:%d [%s]: unexpected error for\n%s--- report:\n%s", line, label, src,
                r.report ? r.report : "(none)\n");
        fail_at(line, "parse failed");
    } else if (r.report == NULL || strcmp(r.report, exp) != 0) {
        fprintf(stderr, "\ntest_parser.c:%d [%s]: tree differs for\n%s--- expected:\n%s--- actual:\n%s", line,
                label, src, exp, r.report ? r.report : "(none)\n");
        fail_at(line, "parse tree differs");
    } else {
        CU_PASS("tree");
    }
    mpyc_result_free(&r);
}

static void run_cases(const TreeCase *cases, size_t n) {
    for (size_t i = 0; i < n; i++) {
        for (int t = 0; t < 3; t++) {
            if (!(cases[i].targets & (1u << t))) {
                continue;
            }
            mpyc_options opt;
            mpyc_options_init(&opt, target_of_bit[t]);
            opt.opt_level = cases[i].opt_level;
            check_tree_opts(cases[i].line, &opt, target_label[t], cases[i].src, cases[i].exp);
        }
    }
}

#define RUN(cases) run_cases(cases, sizeof cases / sizeof cases[0])

/* ---- Every rule that can stay in a tree ---- */

static const TreeCase grammar_cases[] = {
    /* file_input: only an empty module keeps it, holding an empty slot. CircuitPython's lexer
       adds a newline to empty input (its end-of-input mark is not the 0 of its three priming
       bytes), so there the module is one NEWLINE token. */
    CASE(TMP, "", "file_input line 1 (1)\n  -\n"),
    CASE(TCP | TCP9, "", "tok newline\n"),
    /* a module that starts with a blank or comment line starts with a NEWLINE token, which
       file_input_3 keeps as a leaf */
    CASE(TALL, "# only a comment\n\n", "tok newline\n"),
    /* a module of one statement is that statement; of more, file_input_2 */
    CASE(TALL, "pass\n", "pass_stmt line 1 (0)\n"),
    CASE(TALL, "x = 1\ny = 2\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id x\n"
         "    int 1\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    int 2\n"),
    CASE(TALL, "\n\n# c\nx = 1\n",
         "file_input_2 line 1 (2)\n"
         "  tok newline\n"
         "  expr_stmt line 4 (2)\n"
         "    id x\n"
         "    int 1\n"),
    /* simple_stmt_2: several small statements, or one with a trailing ';' */
    CASE(TALL, "a; b\n",
         "simple_stmt_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id a\n"
         "    -\n"
         "  expr_stmt line 1 (2)\n"
         "    id b\n"
         "    -\n"),
    CASE(TALL, "pass;\n", "simple_stmt_2 line 1 (1)\n  pass_stmt line 1 (0)\n"),
    /* decorators */
    CASE(TALL, "@d\ndef f(): pass\n",
         "decorated line 1 (2)\n"
         "  decorator line 1 (2)\n"
         "    id d\n"
         "    -\n"
         "  funcdef line 2 (5)\n"
         "    id f\n"
         "    -\n"
         "    -\n"
         "    pass_stmt line 2 (0)\n"
         "    -\n"),
    CASE(TALL, "@a.b(1)\n@c\nclass C: pass\n",
         "decorated line 1 (2)\n"
         "  decorators line 1 (2)\n"
         "    decorator line 1 (2)\n"
         "      dotted_name line 1 (2)\n"
         "        id a\n"
         "        id b\n"
         "      trailer_paren line 1 (1)\n"
         "        int 1\n"
         "    decorator line 2 (2)\n"
         "      id c\n"
         "      -\n"
         "  classdef line 3 (4)\n"
         "    id C\n"
         "    -\n"
         "    pass_stmt line 3 (0)\n"
         "    -\n"),
    CASE(TALL, "@d\nasync def f(): pass\n",
         "decorated line 1 (2)\n"
         "  decorator line 1 (2)\n"
         "    id d\n"
         "    -\n"
         "  async_funcdef line 2 (1)\n"
         "    funcdef line 2 (5)\n"
         "      id f\n"
         "      -\n"
         "      -\n"
         "      pass_stmt line 2 (0)\n"
         "      -\n"),
    /* def and its parameters */
    CASE(TALL, "def f(a, b: int = 1, *args, c, **kw) -> r: pass\n",
         "funcdef line 1 (5)\n"
         "  id f\n"
         "  typedargslist line 1 (5)\n"
         "    id a\n"
         "    typedargslist_name line 1 (3)\n"
         "      id b\n"
         "      id int\n"
         "      int 1\n"
         "    typedargslist_star line 1 (1)\n"
         "      tfpdef line 1 (2)\n"
         "        id args\n"
         "        -\n"
         "    id c\n"
         "    typedargslist_dbl_star line 1 (2)\n"
         "      id kw\n"
         "      -\n"
         "  id r\n"
         "  pass_stmt line 1 (0)\n"
         "  -\n"),
    CASE(TALL, "def f(*, a: int, b=2, **kw: dict): pass\n",
         "funcdef line 1 (5)\n"
         "  id f\n"
         "  typedargslist line 1 (4)\n"
         "    typedargslist_star line 1 (1)\n"
         "      -\n"
         "    typedargslist_name line 1 (3)\n"
         "      id a\n"
         "      id int\n"
         "      -\n"
         "    typedargslist_name line 1 (3)\n"
         "      id b\n"
         "      -\n"
         "      int 2\n"
         "    typedargslist_dbl_star line 1 (2)\n"
         "      id kw\n"
         "      id dict\n"
         "  -\n"
         "  pass_stmt line 1 (0)\n"
         "  -\n"),
    CASE(TALL, "def g(*a: int,): pass\n",
         "funcdef line 1 (5)\n"
         "  id g\n"
         "  typedargslist line 1 (1)\n"
         "    typedargslist_star line 1 (1)\n"
         "      tfpdef line 1 (2)\n"
         "        id a\n"
         "        id int\n"
         "  -\n"
         "  pass_stmt line 1 (0)\n"
         "  -\n"),
    CASE(TALL, "def f():\n    return\n",
         "funcdef line 1 (5)\n"
         "  id f\n"
         "  -\n"
         "  -\n"
         "  return_stmt line 2 (1)\n"
         "    -\n"
         "  -\n"),
    /* lambda and its parameters */
    CASE(TALL, "f = lambda a, b=1, *c, **d: 0\n",
         "expr_stmt line 1 (2)\n"
         "  id f\n"
         "  lambdef line 1 (3)\n"
         "    varargslist line 1 (4)\n"
         "      id a\n"
         "      varargslist_name line 1 (2)\n"
         "        id b\n"
         "        int 1\n"
         "      varargslist_star line 1 (1)\n"
         "        id c\n"
         "      varargslist_dbl_star line 1 (1)\n"
         "        id d\n"
         "    int 0\n"
         "    -\n"),
    CASE(TALL, "f = lambda *, a: a\n",
         "expr_stmt line 1 (2)\n"
         "  id f\n"
         "  lambdef line 1 (3)\n"
         "    varargslist line 1 (2)\n"
         "      varargslist_star line 1 (1)\n"
         "        -\n"
         "      id a\n"
         "    id a\n"
         "    -\n"),
    CASE(TALL, "g = lambda: 0\n",
         "expr_stmt line 1 (2)\n"
         "  id g\n"
         "  lambdef line 1 (3)\n"
         "    -\n"
         "    int 0\n"
         "    -\n"),
    /* assignments */
    CASE(TALL, "x += 1\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  expr_stmt_augassign line 1 (2)\n"
         "    tok +=\n"
         "    int 1\n"),
    CASE(TALL, "x //= y\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  expr_stmt_augassign line 1 (2)\n"
         "    tok //=\n"
         "    id y\n"),
    CASE(TALL, "a = b = c\n",
         "expr_stmt line 1 (2)\n"
         "  id a\n"
         "  expr_stmt_assign_list line 1 (2)\n"
         "    id b\n"
         "    id c\n"),
    CASE(TALL, "a, *b = c\n",
         "expr_stmt line 1 (2)\n"
         "  testlist_star_expr line 1 (2)\n"
         "    id a\n"
         "    star_expr line 1 (1)\n"
         "      id b\n"
         "  id c\n"),
    CASE(TALL, "x: int = 1\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  annassign line 1 (2)\n"
         "    id int\n"
         "    int 1\n"),
    CASE(TALL, "y: list\n",
         "expr_stmt line 1 (2)\n"
         "  id y\n"
         "  annassign line 1 (2)\n"
         "    id list\n"
         "    -\n"),
    /* del, flow */
    CASE(TALL, "del a, b\n",
         "del_stmt line 1 (1)\n"
         "  exprlist line 1 (2)\n"
         "    id a\n"
         "    id b\n"),
    CASE(TALL, "del a,\n",
         "del_stmt line 1 (1)\n"
         "  exprlist line 1 (1)\n"
         "    id a\n"),
    CASE(TALL, "while a:\n    break\n    continue\nelse:\n    pass\n",
         "while_stmt line 1 (3)\n"
         "  id a\n"
         "  suite_block_stmts line 2 (2)\n"
         "    break_stmt line 2 (0)\n"
         "    continue_stmt line 3 (0)\n"
         "  pass_stmt line 5 (0)\n"),
    CASE(TALL, "return a, b\n",
         "return_stmt line 1 (1)\n"
         "  testlist line 1 (2)\n"
         "    id a\n"
         "    id b\n"),
    CASE(TALL, "yield\n",
         "yield_stmt line 1 (1)\n"
         "  yield_expr line 1 (1)\n"
         "    -\n"),
    CASE(TALL, "yield from a\n",
         "yield_stmt line 1 (1)\n"
         "  yield_expr line 1 (1)\n"
         "    yield_arg_from line 1 (1)\n"
         "      id a\n"),
    CASE(TALL, "x = yield a, b\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  yield_expr line 1 (1)\n"
         "    testlist line 1 (2)\n"
         "      id a\n"
         "      id b\n"),
    CASE(TALL, "raise\n", "raise_stmt line 1 (1)\n  -\n"),
    CASE(TALL, "raise E\n", "raise_stmt line 1 (1)\n  id E\n"),
    CASE(TALL, "raise E from c\n",
         "raise_stmt line 1 (1)\n"
         "  raise_stmt_arg line 1 (2)\n"
         "    id E\n"
         "    id c\n"),
    /* imports */
    CASE(TALL, "import a\n", "import_name line 1 (1)\n  id a\n"),
    CASE(TALL, "import a.b as c, d\n",
         "import_name line 1 (1)\n"
         "  dotted_as_names line 1 (2)\n"
         "    dotted_as_name line 1 (2)\n"
         "      dotted_name line 1 (2)\n"
         "        id a\n"
         "        id b\n"
         "      id c\n"
         "    id d\n"),
    CASE(TALL, "from a.b import c as d, e\n",
         "import_from line 1 (2)\n"
         "  dotted_name line 1 (2)\n"
         "    id a\n"
         "    id b\n"
         "  import_as_names line 1 (2)\n"
         "    import_as_name line 1 (2)\n"
         "      id c\n"
         "      id d\n"
         "    import_as_name line 1 (2)\n"
         "      id e\n"
         "      -\n"),
    CASE(TALL, "from . import (x,)\n",
         "import_from line 1 (2)\n"
         "  tok .\n"
         "  import_as_names line 1 (1)\n"
         "    import_as_name line 1 (2)\n"
         "      id x\n"
         "      -\n"),
    CASE(TALL, "from ..m import *\n",
         "import_from line 1 (2)\n"
         "  import_from_2b line 1 (2)\n"
         "    one_or_more_period_or_ellipsis line 1 (2)\n"
         "      tok .\n"
         "      tok .\n"
         "    id m\n"
         "  tok *\n"),
    CASE(TALL, "from ... import x\n",
         "import_from line 1 (2)\n"
         "  tok ...\n"
         "  import_as_name line 1 (2)\n"
         "    id x\n"
         "    -\n"),
    CASE(TALL, "global a, b\n",
         "global_stmt line 1 (1)\n"
         "  name_list line 1 (2)\n"
         "    id a\n"
         "    id b\n"),
    CASE(TALL, "nonlocal a\n", "nonlocal_stmt line 1 (1)\n  id a\n"),
    CASE(TALL, "assert a\n", "assert_stmt line 1 (2)\n  id a\n  -\n"),
    CASE(TALL, "assert a, 'm'\n", "assert_stmt line 1 (2)\n  id a\n  str m\n"),
    /* compound statements */
    CASE(TALL, "async def f():\n    async with a as b, c: pass\n    async for x in y: pass\n    await z\n",
         "async_stmt line 1 (1)\n"
         "  funcdef line 1 (5)\n"
         "    id f\n"
         "    -\n"
         "    -\n"
         "    suite_block_stmts line 2 (3)\n"
         "      async_stmt line 2 (1)\n"
         "        with_stmt line 2 (2)\n"
         "          with_stmt_list line 2 (2)\n"
         "            with_item line 2 (2)\n"
         "              id a\n"
         "              id b\n"
         "            id c\n"
         "          pass_stmt line 2 (0)\n"
         "      async_stmt line 3 (1)\n"
         "        for_stmt line 3 (4)\n"
         "          id x\n"
         "          id y\n"
         "          pass_stmt line 3 (0)\n"
         "          -\n"
         "      expr_stmt line 4 (2)\n"
         "        atom_expr_await line 4 (2)\n"
         "          id z\n"
         "          -\n"
         "        -\n"
         "    -\n"),
    CASE(TALL, "if a: pass\nelif b: pass\nelif c: pass\nelse: pass\n",
         "if_stmt line 1 (4)\n"
         "  id a\n"
         "  pass_stmt line 1 (0)\n"
         "  if_stmt_elif_list line 2 (2)\n"
         "    if_stmt_elif line 2 (2)\n"
         "      id b\n"
         "      pass_stmt line 2 (0)\n"
         "    if_stmt_elif line 3 (2)\n"
         "      id c\n"
         "      pass_stmt line 3 (0)\n"
         "  pass_stmt line 4 (0)\n"),
    CASE(TALL, "if a: pass\nelif b: pass\n",
         "if_stmt line 1 (4)\n"
         "  id a\n"
         "  pass_stmt line 1 (0)\n"
         "  if_stmt_elif line 2 (2)\n"
         "    id b\n"
         "    pass_stmt line 2 (0)\n"
         "  -\n"),
    CASE(TALL, "if a:\n    pass\n    pass\nelse:\n    pass\n",
         "if_stmt line 1 (4)\n"
         "  id a\n"
         "  suite_block_stmts line 2 (2)\n"
         "    pass_stmt line 2 (0)\n"
         "    pass_stmt line 3 (0)\n"
         "  -\n"
         "  pass_stmt line 5 (0)\n"),
    CASE(TALL, "for a, b in c, d: pass\nelse: pass\n",
         "for_stmt line 1 (4)\n"
         "  exprlist line 1 (2)\n"
         "    id a\n"
         "    id b\n"
         "  testlist line 1 (2)\n"
         "    id c\n"
         "    id d\n"
         "  pass_stmt line 1 (0)\n"
         "  pass_stmt line 2 (0)\n"),
    CASE(TALL, "try: pass\nexcept E as e: pass\nelse: pass\nfinally: pass\n",
         "try_stmt line 1 (2)\n"
         "  pass_stmt line 1 (0)\n"
         "  try_stmt_except_and_more line 2 (3)\n"
         "    try_stmt_except line 2 (2)\n"
         "      try_stmt_as_name line 2 (2)\n"
         "        id E\n"
         "        id e\n"
         "      pass_stmt line 2 (0)\n"
         "    pass_stmt line 3 (0)\n"
         "    try_stmt_finally line 4 (1)\n"
         "      pass_stmt line 4 (0)\n"),
    CASE(TALL, "try: pass\nexcept A: pass\nexcept: pass\n",
         "try_stmt line 1 (2)\n"
         "  pass_stmt line 1 (0)\n"
         "  try_stmt_except_list line 2 (2)\n"
         "    try_stmt_except line 2 (2)\n"
         "      id A\n"
         "      pass_stmt line 2 (0)\n"
         "    try_stmt_except line 3 (2)\n"
         "      -\n"
         "      pass_stmt line 3 (0)\n"),
    CASE(TALL, "try: pass\nfinally: pass\n",
         "try_stmt line 1 (2)\n"
         "  pass_stmt line 1 (0)\n"
         "  try_stmt_finally line 2 (1)\n"
         "    pass_stmt line 2 (0)\n"),
    CASE(TALL, "with a: pass\n", "with_stmt line 1 (2)\n  id a\n  pass_stmt line 1 (0)\n"),
    CASE(TALL, "class A(B, metaclass=M): pass\n",
         "classdef line 1 (4)\n"
         "  id A\n"
         "  arglist line 1 (2)\n"
         "    id B\n"
         "    argument line 1 (2)\n"
         "      id metaclass\n"
         "      id M\n"
         "  pass_stmt line 1 (0)\n"
         "  -\n"),
    CASE(TALL, "class A(): pass\n",
         "classdef line 1 (4)\n"
         "  id A\n"
         "  classdef_2 line 1 (1)\n"
         "    -\n"
         "  pass_stmt line 1 (0)\n"
         "  -\n"),
    /* expressions */
    CASE(TALL, "if y := z: pass\n",
         "if_stmt line 1 (4)\n"
         "  namedexpr_test line 1 (2)\n"
         "    id y\n"
         "    id z\n"
         "  pass_stmt line 1 (0)\n"
         "  -\n"
         "  -\n"),
    CASE(TALL, "x = a if b else c\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  test_if_expr line 1 (2)\n"
         "    id a\n"
         "    test_if_else line 1 (2)\n"
         "      id b\n"
         "      id c\n"),
    CASE(TALL, "x = a or b and not c\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  or_test line 1 (2)\n"
         "    id a\n"
         "    and_test line 1 (2)\n"
         "      id b\n"
         "      not_test_2 line 1 (1)\n"
         "        id c\n"),
    CASE(TALL, "x = a < b in c not in d is not e is f\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  comparison line 1 (11)\n"
         "    id a\n"
         "    tok <\n"
         "    id b\n"
         "    tok in\n"
         "    id c\n"
         "    comp_op_not_in line 1 (0)\n"
         "    id d\n"
         "    comp_op_is line 1 (1)\n"
         "      comp_op_is_not line 1 (0)\n"
         "    id e\n"
         "    comp_op_is line 1 (1)\n"
         "      -\n"
         "    id f\n"),
    CASE(TALL, "x = a | b ^ c & d << e + f * g ** h\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  expr line 1 (2)\n"
         "    id a\n"
         "    xor_expr line 1 (2)\n"
         "      id b\n"
         "      and_expr line 1 (2)\n"
         "        id c\n"
         "        shift_expr line 1 (3)\n"
         "          id d\n"
         "          tok <<\n"
         "          arith_expr line 1 (3)\n"
         "            id e\n"
         "            tok +\n"
         "            term line 1 (3)\n"
         "              id f\n"
         "              tok *\n"
         "              power line 1 (2)\n"
         "                id g\n"
         "                id h\n"),
    CASE(TALL, "x = -a @ b // c % d / e - f >> g\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  shift_expr line 1 (3)\n"
         "    arith_expr line 1 (3)\n"
         "      term line 1 (9)\n"
         "        factor_2 line 1 (2)\n"
         "          tok -\n"
         "          id a\n"
         "        tok @\n"
         "        id b\n"
         "        tok //\n"
         "        id c\n"
         "        tok %\n"
         "        id d\n"
         "        tok /\n"
         "        id e\n"
         "      tok -\n"
         "      id f\n"
         "    tok >>\n"
         "    id g\n"),
    CASE(TALL, "x = await a.b\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_expr_await line 1 (2)\n"
         "    id a\n"
         "    trailer_period line 1 (1)\n"
         "      id b\n"),
    CASE(TALL, "x = a.b(c)[d]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_expr_normal line 1 (2)\n"
         "    id a\n"
         "    atom_expr_trailers line 1 (3)\n"
         "      trailer_period line 1 (1)\n"
         "        id b\n"
         "      trailer_paren line 1 (1)\n"
         "        id c\n"
         "      trailer_bracket line 1 (1)\n"
         "        id d\n"),
    /* atoms */
    CASE(TALL, "x = ()\n", "expr_stmt line 1 (2)\n  id x\n  atom_paren line 1 (1)\n    -\n"),
    CASE(TALL, "x = []\n", "expr_stmt line 1 (2)\n  id x\n  atom_bracket line 1 (1)\n    -\n"),
    CASE(TALL, "x = {}\n", "expr_stmt line 1 (2)\n  id x\n  atom_brace line 1 (1)\n    -\n"),
    CASE(TALL, "x = (a)\n", "expr_stmt line 1 (2)\n  id x\n  id a\n"),
    CASE(TALL, "x = [a]\n", "expr_stmt line 1 (2)\n  id x\n  atom_bracket line 1 (1)\n    id a\n"),
    CASE(TALL, "x = [*a]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_bracket line 1 (1)\n"
         "    star_expr line 1 (1)\n"
         "      id a\n"),
    CASE(TALL, "x = [a, b]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_bracket line 1 (1)\n"
         "    testlist_comp line 1 (2)\n"
         "      id a\n"
         "      id b\n"),
    CASE(TALL, "x = [a, b, c,]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_bracket line 1 (1)\n"
         "    testlist_comp line 1 (3)\n"
         "      id a\n"
         "      id b\n"
         "      id c\n"),
    CASE(TALL, "x = (a,)\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_paren line 1 (1)\n"
         "    testlist_comp line 1 (1)\n"
         "      id a\n"),
    CASE(TALL, "x = (a, b, c)\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_paren line 1 (1)\n"
         "    testlist_comp line 1 (3)\n"
         "      id a\n"
         "      id b\n"
         "      id c\n"),
    CASE(TALL, "x = (yield)\n", "expr_stmt line 1 (2)\n  id x\n  yield_expr line 1 (1)\n    -\n"),
    CASE(TALL, "x = (i for i in a)\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_paren line 1 (1)\n"
         "    testlist_comp line 1 (2)\n"
         "      id i\n"
         "      comp_for line 1 (4)\n"
         "        id i\n"
         "        id a\n"
         "        -\n"
         "        -\n"),
    CASE(TALL, "x = [i for i in a if b if c for j in d]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_bracket line 1 (1)\n"
         "    testlist_comp line 1 (2)\n"
         "      id i\n"
         "      comp_for line 1 (4)\n"
         "        id i\n"
         "        id a\n"
         "        comp_if line 1 (2)\n"
         "          id b\n"
         "          comp_if line 1 (2)\n"
         "            id c\n"
         "            comp_for line 1 (4)\n"
         "              id j\n"
         "              id d\n"
         "              -\n"
         "              -\n"
         "        -\n"),
    CASE(TALL, "x = [i for i in a if lambda: b]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_bracket line 1 (1)\n"
         "    testlist_comp line 1 (2)\n"
         "      id i\n"
         "      comp_for line 1 (4)\n"
         "        id i\n"
         "        id a\n"
         "        comp_if line 1 (2)\n"
         "          lambdef_nocond line 1 (3)\n"
         "            -\n"
         "            id b\n"
         "            -\n"
         "          -\n"
         "        -\n"),
    CASE(TALL, "x = {a}\n", "expr_stmt line 1 (2)\n  id x\n  atom_brace line 1 (1)\n    id a\n"),
    CASE(TALL, "x = {a: b, c: d}\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_brace line 1 (1)\n"
         "    dictorsetmaker line 1 (2)\n"
         "      dictorsetmaker_item line 1 (2)\n"
         "        id a\n"
         "        id b\n"
         "      dictorsetmaker_list line 1 (1)\n"
         "        dictorsetmaker_item line 1 (2)\n"
         "          id c\n"
         "          id d\n"),
    CASE(TALL, "x = {a, b, c}\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_brace line 1 (1)\n"
         "    dictorsetmaker line 1 (2)\n"
         "      id a\n"
         "      dictorsetmaker_list line 1 (1)\n"
         "        dictorsetmaker_list2 line 1 (2)\n"
         "          id b\n"
         "          id c\n"),
    CASE(TALL, "x = {a,}\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_brace line 1 (1)\n"
         "    dictorsetmaker line 1 (2)\n"
         "      id a\n"
         "      dictorsetmaker_list line 1 (1)\n"
         "        -\n"),
    CASE(TALL, "x = {k: v for k in d}\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_brace line 1 (1)\n"
         "    dictorsetmaker line 1 (2)\n"
         "      dictorsetmaker_item line 1 (2)\n"
         "        id k\n"
         "        id v\n"
         "      comp_for line 1 (4)\n"
         "        id k\n"
         "        id d\n"
         "        -\n"
         "        -\n"),
    /* subscripts and slices */
    CASE(TALL, "x = a[b:c]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_expr_normal line 1 (2)\n"
         "    id a\n"
         "    trailer_bracket line 1 (1)\n"
         "      subscript_2 line 1 (2)\n"
         "        id b\n"
         "        subscript_3 line 1 (1)\n"
         "          id c\n"),
    CASE(TALL, "x = a[:]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_expr_normal line 1 (2)\n"
         "    id a\n"
         "    trailer_bracket line 1 (1)\n"
         "      subscript_3 line 1 (1)\n"
         "        -\n"),
    CASE(TALL, "x = a[::2]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_expr_normal line 1 (2)\n"
         "    id a\n"
         "    trailer_bracket line 1 (1)\n"
         "      subscript_3 line 1 (1)\n"
         "        subscript_3c line 1 (1)\n"
         "          int 2\n"),
    CASE(TALL, "x = a[:b:]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_expr_normal line 1 (2)\n"
         "    id a\n"
         "    trailer_bracket line 1 (1)\n"
         "      subscript_3 line 1 (1)\n"
         "        subscript_3d line 1 (2)\n"
         "          id b\n"
         "          sliceop line 1 (1)\n"
         "            -\n"),
    CASE(TALL, "x = a[b, c:]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_expr_normal line 1 (2)\n"
         "    id a\n"
         "    trailer_bracket line 1 (1)\n"
         "      subscriptlist line 1 (2)\n"
         "        id b\n"
         "        subscript_2 line 1 (2)\n"
         "          id c\n"
         "          subscript_3 line 1 (1)\n"
         "            -\n"),
    /* calls */
    CASE(TALL, "f(*a, **b, c=1, d := 2)\n",
         "expr_stmt line 1 (2)\n"
         "  atom_expr_normal line 1 (2)\n"
         "    id f\n"
         "    trailer_paren line 1 (1)\n"
         "      arglist line 1 (4)\n"
         "        arglist_star line 1 (1)\n"
         "          id a\n"
         "        arglist_dbl_star line 1 (1)\n"
         "          id b\n"
         "        argument line 1 (2)\n"
         "          id c\n"
         "          int 1\n"
         "        argument line 1 (2)\n"
         "          id d\n"
         "          argument_3 line 1 (1)\n"
         "            int 2\n"
         "  -\n"),
    CASE(TALL, "f(x for x in y)\n",
         "expr_stmt line 1 (2)\n"
         "  atom_expr_normal line 1 (2)\n"
         "    id f\n"
         "    trailer_paren line 1 (1)\n"
         "      argument line 1 (2)\n"
         "        id x\n"
         "        comp_for line 1 (4)\n"
         "          id x\n"
         "          id y\n"
         "          -\n"
         "          -\n"
         "  -\n"),
    CASE(TALL, "f()\n",
         "expr_stmt line 1 (2)\n"
         "  atom_expr_normal line 1 (2)\n"
         "    id f\n"
         "    trailer_paren line 1 (1)\n"
         "      -\n"
         "  -\n"),
    CASE(TALL, "if x: a; b\n",
         "if_stmt line 1 (4)\n"
         "  id x\n"
         "  simple_stmt_2 line 1 (2)\n"
         "    expr_stmt line 1 (2)\n"
         "      id a\n"
         "      -\n"
         "    expr_stmt line 1 (2)\n"
         "      id b\n"
         "      -\n"
         "  -\n"
         "  -\n"),
    CASE(TALL, "x = (*a, b)\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_paren line 1 (1)\n"
         "    testlist_comp line 1 (2)\n"
         "      star_expr line 1 (1)\n"
         "        id a\n"
         "      id b\n"),
    /* comparisons and conditional expressions are never folded */
    CASE(TALL, "x = 1 < 2\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  comparison line 1 (3)\n"
         "    int 1\n"
         "    tok <\n"
         "    int 2\n"),
    CASE(TALL, "x = 1 if 1 else 2\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  test_if_expr line 1 (2)\n"
         "    int 1\n"
         "    test_if_else line 1 (2)\n"
         "      int 1\n"
         "      int 2\n"),
    /* f-strings reach the parser as str.format calls with a trailing comma */
    CASE(TALL, "x = f'a{b}c'\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_expr_normal line 1 (2)\n"
         "    str a{}c\n"
         "    atom_expr_trailers line 1 (2)\n"
         "      trailer_period line 1 (1)\n"
         "        id format\n"
         "      trailer_paren line 1 (1)\n"
         "        arglist line 1 (1)\n"
         "          id b\n"),
    CASE(TALL, "x = f'{a=}'\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_expr_normal line 1 (2)\n"
         "    str a={}\n"
         "    atom_expr_trailers line 1 (2)\n"
         "      trailer_period line 1 (1)\n"
         "        id format\n"
         "      trailer_paren line 1 (1)\n"
         "        arglist line 1 (1)\n"
         "          id a\n"),
    /* line ends: CRLF and lone CR are newlines, a backslash joins lines, a tab indents */
    CASE(TALL, "x = 1\r\ny = 2\rz = a + \\\n  b\n",
         "file_input_2 line 1 (3)\n"
         "  expr_stmt line 1 (2)\n"
         "    id x\n"
         "    int 1\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    int 2\n"
         "  expr_stmt line 3 (2)\n"
         "    id z\n"
         "    arith_expr line 3 (3)\n"
         "      id a\n"
         "      tok +\n"
         "      id b\n"),
    CASE(TALL, "if a:\n\tpass\n",
         "if_stmt line 1 (4)\n"
         "  id a\n"
         "  pass_stmt line 2 (0)\n"
         "  -\n"
         "  -\n"),
    /* blocks: blank lines inside, several levels closed at once */
    CASE(TALL, "def f():\n    a = 1\n\n    if a:\n        if b:\n            pass\nx = 1\n",
         "file_input_2 line 1 (2)\n"
         "  funcdef line 1 (5)\n"
         "    id f\n"
         "    -\n"
         "    -\n"
         "    suite_block_stmts line 2 (2)\n"
         "      expr_stmt line 2 (2)\n"
         "        id a\n"
         "        int 1\n"
         "      if_stmt line 4 (4)\n"
         "        id a\n"
         "        if_stmt line 5 (4)\n"
         "          id b\n"
         "          pass_stmt line 6 (0)\n"
         "          -\n"
         "          -\n"
         "        -\n"
         "        -\n"
         "    -\n"
         "  expr_stmt line 7 (2)\n"
         "    id x\n"
         "    int 1\n"),
    /* rule lines are the line of the rule's first token */
    CASE(TALL, "x = [\n  a,\n  b + c]\n",
         "expr_stmt line 1 (2)\n"
         "  id x\n"
         "  atom_bracket line 1 (1)\n"
         "    testlist_comp line 2 (2)\n"
         "      id a\n"
         "      arith_expr line 3 (3)\n"
         "        id b\n"
         "        tok +\n"
         "        id c\n"),
};

/* Rules that never stay in a tree although they are not alternatives lists: each is a SEQ1 that
   keeps a single rule or NAME among tokens, or (testlist_comp_3b/3c) is always folded into its
   testlist_comp. */
static const char *const always_collapse[] = {
    "funcdefrettype", "vfpdef", "generic_colon_test", "generic_equal_test", "simple_stmt",
    "expr_stmt_assign", "raise_stmt_from", "import_as_names_paren", "as_name", "assert_stmt_extra",
    "else_stmt", "with_item_as", "suite_block", "namedexpr_test_2", "power_dbl_star",
    "testlist_comp_3b", "testlist_comp_3c",
};

typedef struct {
    const char *name;
    const char *shape;
} RuleInfo;

#define RULE_INFO(name, shape, ...) {#name, #shape},
#define RULE_ARG_IGNORE(x)
static const RuleInfo all_rules[] = {GRAMMAR(RULE_INFO, RULE_ARG_IGNORE, RULE_ARG_IGNORE, RULE_ARG_IGNORE)};
#undef RULE_INFO
#undef RULE_ARG_IGNORE

static bool tree_mentions_rule(const char *tree, const char *rule) {
    size_t n = strlen(rule);
    for (const char *p = tree; *p;) {
        while (*p == ' ') {
            p++;
        }
        if (strncmp(p, rule, n) == 0 && strncmp(p + n, " line ", 6) == 0) {
            return true;
        }
        const char *nl = strchr(p, '\n');
        if (nl == NULL) {
            break;
        }
        p = nl + 1;
    }
    return false;
}

static void test_every_rule_has_a_case(void) {
    for (size_t i = 0; i < sizeof all_rules / sizeof all_rules[0]; i++) {
        const RuleInfo *r = &all_rules[i];
        if (strcmp(r->shape, "ANY") == 0) {
            continue;
        }
        bool skip = false;
        for (size_t k = 0; k < sizeof always_collapse / sizeof always_collapse[0]; k++) {
            skip = skip || strcmp(always_collapse[k], r->name) == 0;
        }
        if (skip) {
            continue;
        }
        bool found = false;
        for (size_t k = 0; k < sizeof grammar_cases / sizeof grammar_cases[0] && !found; k++) {
            found = tree_mentions_rule(grammar_cases[k].exp, r->name);
        }
        if (!found) {
            fprintf(stderr, "\ntest_parser.c: no grammar case shows rule %s\n", r->name);
        }
        CU_ASSERT(found);
    }
}

static void test_grammar_shapes(void) {
    RUN(grammar_cases);
}

/* ---- Constant folding ---- */

#define X_IS(v) "expr_stmt line 1 (2)\n  id x\n  " v "\n"

static const TreeCase folding_cases[] = {
    CASE(TALL, "x = 1 + 2 * 3\n", X_IS("int 7")),
    CASE(TALL, "x = 5 & 3 | 8 ^ 1\n", X_IS("int 9")),
    CASE(TALL, "x = 2 ** 3 ** 2\n", X_IS("int 512")),
    CASE(TALL, "x = 7 // 2\n", X_IS("int 3")),
    CASE(TALL, "x = -7 // 2\n", X_IS("int -4")),
    CASE(TALL, "x = -7 % 3\n", X_IS("int 2")),
    CASE(TALL, "x = ~5\n", X_IS("int -6")),
    CASE(TALL, "x = +-+3\n", X_IS("int -3")),
    CASE(TALL, "x = 0x10 - 0o7 - 0b11\n", X_IS("int 6")),
    /* big ints */
    CASE(TALL, "x = 123456789012345678901234567890\n", X_IS("const 123456789012345678901234567890")),
    CASE(TALL, "x = 2 ** 100\n", X_IS("const 1267650600228229401496703205376")),
    CASE(TALL, "x = 1 << 100\n", X_IS("const 1267650600228229401496703205376")),
    CASE(TALL, "x = 10 ** 20 // 3\n", X_IS("const 33333333333333333333")),
    /* a big-int result that fits a small int: MicroPython and CircuitPython 10 make it small again,
       CircuitPython 9's runtime keeps a big-int object, so it stays a constant object */
    CASE(TNEW, "x = -(1 << 64) + (1 << 64)\n", X_IS("int 0")),
    CASE(TCP9, "x = -(1 << 64) + (1 << 64)\n", X_IS("const 0")),
    /* operations the runtime refuses are left alone */
    CASE(TALL, "x = 1 / 0\n",
         X_IS("term line 1 (3)\n"
              "    int 1\n"
              "    tok /\n"
              "    int 0")),
    CASE(TALL, "x = 1 // 0\n",
         X_IS("term line 1 (3)\n"
              "    int 1\n"
              "    tok //\n"
              "    int 0")),
    CASE(TALL, "x = 5 % 0\n",
         X_IS("term line 1 (3)\n"
              "    int 5\n"
              "    tok %\n"
              "    int 0")),
    CASE(TALL, "x = 1 >> -1\n",
         X_IS("shift_expr line 1 (3)\n"
              "    int 1\n"
              "    tok >>\n"
              "    int -1")),
    CASE(TNEW, "x = 1 >> 123456789012345678901234567890\n",
         X_IS("shift_expr line 1 (3)\n"
              "    int 1\n"
              "    tok >>\n"
              "    const 123456789012345678901234567890")),
    CASE(TALL, "x = 2 @ 3\n",
         X_IS("term line 1 (3)\n"
              "    int 2\n"
              "    tok @\n"
              "    int 3")),
    /* no partial folding */
    CASE(TALL, "x = 1 + 2 + a\n",
         X_IS("arith_expr line 1 (5)\n"
              "    int 1\n"
              "    tok +\n"
              "    int 2\n"
              "    tok +\n"
              "    id a")),
    /* only numbers fold */
    CASE(TALL, "x = 'a' * 3\n",
         X_IS("term line 1 (3)\n"
              "    str a\n"
              "    tok *\n"
              "    int 3")),
    CASE(TALL, "x = True + 1\n",
         X_IS("arith_expr line 1 (3)\n"
              "    tok True\n"
              "    tok +\n"
              "    int 1")),
    CASE(TALL, "x = 1 + 1j\n",
         X_IS("arith_expr line 1 (3)\n"
              "    int 1\n"
              "    tok +\n"
              "    const 1j")),
    /* floats: folded by MicroPython and CircuitPython 10, not by CircuitPython 9 */
    CASE(TNEW, "x = 1.5 * 2\n", X_IS("const 3.0")),
    CASE(TCP9, "x = 1.5 * 2\n",
         X_IS("term line 1 (3)\n"
              "    const 1.5\n"
              "    tok *\n"
              "    int 2")),
    CASE(TNEW, "x = -1.0\n", X_IS("const -1.0")),
    CASE(TCP9, "x = -1.0\n",
         X_IS("factor_2 line 1 (2)\n"
              "    tok -\n"
              "    const 1.0")),
    CASE(TNEW, "x = 2 ** -1\n", X_IS("const 0.5")),
    CASE(TCP9, "x = 2 ** -1\n",
         X_IS("power line 1 (2)\n"
              "    int 2\n"
              "    int -1")),
    CASE(TNEW, "x = 7 / 2\n", X_IS("const 3.5")),
    CASE(TCP9, "x = 7 / 2\n",
         X_IS("term line 1 (3)\n"
              "    int 7\n"
              "    tok /\n"
              "    int 2")),
    CASE(TNEW, "x = 1e300 * 1e300\n", X_IS("const inf")),
    CASE(TNEW, "x = ~1.5\n",
         X_IS("factor_2 line 1 (2)\n"
              "    tok ~\n"
              "    const 1.5")),
    CASE(TALL, "x = 1.0 / 0\n",
         X_IS("term line 1 (3)\n"
              "    const 1.0\n"
              "    tok /\n"
              "    int 0")),
    /* math constants */
    CASE(TNEW, "x = math.pi\n", X_IS("const 3.141592653589793")),
    CASE(TNEW, "x = 2 * math.pi\n", X_IS("const 6.283185307179586")),
    CASE(TNEW, "x = math.e\n", X_IS("const 2.718281828459045")),
    CASE(TNEW, "x = math.inf\n", X_IS("const inf")),
    CASE(TCP9, "x = math.pi\n",
         X_IS("atom_expr_normal line 1 (2)\n"
              "    id math\n"
              "    trailer_period line 1 (1)\n"
              "      id pi")),
    CASE(TALL, "x = math.sqrt\n",
         X_IS("atom_expr_normal line 1 (2)\n"
              "    id math\n"
              "    trailer_period line 1 (1)\n"
              "      id sqrt")),
    CASE(TALL, "x = maths.pi\n",
         X_IS("atom_expr_normal line 1 (2)\n"
              "    id maths\n"
              "    trailer_period line 1 (1)\n"
              "      id pi")),
    /* not, and, or */
    CASE(TALL, "x = not 0\n", X_IS("tok True")),
    CASE(TALL, "x = not 1\n", X_IS("tok False")),
    CASE(TALL, "x = not ()\n", X_IS("tok True")),
    CASE(TALL, "x = not 'abc'\n", X_IS("tok False")),
    CASE(TALL, "x = not not a\n",
         X_IS("not_test_2 line 1 (1)\n"
              "    not_test_2 line 1 (1)\n"
              "      id a")),
    CASE(TALL, "x = 0 or a\n", X_IS("id a")),
    CASE(TALL, "x = a or 0\n",
         X_IS("or_test line 1 (2)\n"
              "    id a\n"
              "    int 0")),
    CASE(TALL, "x = 1 or a\n", X_IS("int 1")),
    CASE(TALL, "x = a or b or 1 or c\n",
         X_IS("or_test line 1 (3)\n"
              "    id a\n"
              "    id b\n"
              "    int 1")),
    CASE(TALL, "x = None or 'abc'\n", X_IS("str abc")),
    CASE(TALL, "x = 1 and a\n", X_IS("id a")),
    CASE(TALL, "x = 1 and 2\n", X_IS("int 2")),
    CASE(TALL, "x = a and 0 and b\n",
         X_IS("and_test line 1 (2)\n"
              "    id a\n"
              "    int 0")),
    CASE(TALL, "x = not (0 or 0)\n", X_IS("tok True")),
    CASE(TALL, "x = not (1, 2)\n", X_IS("tok False")),
    CASE(TALL, "x = 1 + \\\n  2\n", X_IS("int 3")),
    CASE(TNEW, "x = 7 // 2.0\n", X_IS("const 3.0")),

};

static void test_constant_folding(void) {
    RUN(folding_cases);
}

/* ---- const() ---- */

static const TreeCase const_cases[] = {
    CASE(TALL, "X = const(5)\ny = X + 1\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id X\n"
         "    int 5\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    int 6\n"),
    /* a private constant: no store at all, the statement becomes pass */
    CASE(TALL, "_X = const(5)\ny = _X\n",
         "file_input_2 line 1 (2)\n"
         "  pass_stmt line 0 (0)\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    int 5\n"),
    CASE(TALL, "X = const(1 << 40)\ny = X\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id X\n"
         "    const 1099511627776\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    const 1099511627776\n"),
    /* the value of a str or None constant is a constant object where it is used */
    CASE(TALL, "X = const('hello')\ny = X\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id X\n"
         "    str hello\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    const 'hello'\n"),
    CASE(TALL, "X = const(None)\ny = X\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id X\n"
         "    tok None\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    const None\n"),
    CASE(TALL, "X = const((1, 2))\n", "expr_stmt line 1 (2)\n  id X\n  const (1, 2)\n"),
    /* only a name in an atom is replaced: not an attribute name, not a keyword argument */
    CASE(TALL, "X = const(2)\ny = a.X(X=X)\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id X\n"
         "    int 2\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    atom_expr_normal line 2 (2)\n"
         "      id a\n"
         "      atom_expr_trailers line 2 (2)\n"
         "        trailer_period line 2 (1)\n"
         "          id X\n"
         "        trailer_paren line 2 (1)\n"
         "          argument line 2 (2)\n"
         "            int 2\n"
         "            int 2\n"),
    /* annotated constants: MicroPython folds them, CircuitPython keeps the call */
    CASE(TMP, "_X: int = const(1)\ny = _X\n",
         "file_input_2 line 1 (2)\n"
         "  pass_stmt line 0 (0)\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    int 1\n"),
    CASE(TCP | TCP9, "_X: int = const(1)\ny = _X\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id _X\n"
         "    annassign line 1 (2)\n"
         "      id int\n"
         "      atom_expr_normal line 1 (2)\n"
         "        id const\n"
         "        trailer_paren line 1 (1)\n"
         "          int 1\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    id _X\n"),
    /* math.pi is a constant where it folds */
    CASE(TNEW, "_X = const(math.pi)\ny = _X\n",
         "file_input_2 line 1 (2)\n"
         "  pass_stmt line 0 (0)\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    const 3.141592653589793\n"),
    /* a second definition: the name on the left is already the constant, so no definition */
    CASE(TALL, "X = const(1)\nX = const(2)\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id X\n"
         "    int 1\n"
         "  expr_stmt line 2 (2)\n"
         "    int 1\n"
         "    atom_expr_normal line 2 (2)\n"
         "      id const\n"
         "      trailer_paren line 2 (1)\n"
         "        int 2\n"),
    /* a constant defined from another */
    CASE(TALL, "_A = const(1)\nB = const(_A + 1)\n",
         "file_input_2 line 1 (2)\n"
         "  pass_stmt line 0 (0)\n"
         "  expr_stmt line 2 (2)\n"
         "    id B\n"
         "    int 2\n"),
    /* augmented assignment is not a definition */
    CASE(TALL, "X += const(1)\n",
         "expr_stmt line 1 (2)\n"
         "  id X\n"
         "  expr_stmt_augassign line 1 (2)\n"
         "    tok +=\n"
         "    atom_expr_normal line 1 (2)\n"
         "      id const\n"
         "      trailer_paren line 1 (1)\n"
         "        int 1\n"),
};

static void test_const(void) {
    RUN(const_cases);
}

/* ---- Tuples of constants ---- */

static const TreeCase tuple_cases[] = {
    CASE(TALL, "x = (1, 2)\n", X_IS("const (1, 2)")),
    CASE(TALL, "x = 1, 2\n", X_IS("const (1, 2)")),
    CASE(TALL, "x = 1,\n", X_IS("const (1,)")),
    CASE(TALL, "x = (1,)\n", X_IS("const (1,)")),
    CASE(TALL, "x = (1, 2, 3,)\n", X_IS("const (1, 2, 3)")),
    CASE(TALL, "x = (1, 'a', None, ..., (), (2, 3), True)\n",
         X_IS("const (1, 'a', None, Ellipsis, (), (2, 3), True)")),
    CASE(TALL, "x = -1, 'abc', b'd', 1 << 40\n", X_IS("const (-1, 'abc', b'd', 1099511627776)")),
    CASE(TNEW, "x = 2.5, -1.0\n", X_IS("const (2.5, -1.0)")),
    CASE(TALL, "x = (1, a)\n",
         X_IS("atom_paren line 1 (1)\n"
              "    testlist_comp line 1 (2)\n"
              "      int 1\n"
              "      id a")),
    CASE(TALL, "x = [1, 2]\n",
         X_IS("atom_bracket line 1 (1)\n"
              "    testlist_comp line 1 (2)\n"
              "      int 1\n"
              "      int 2")),
    CASE(TALL, "x = {1, 2}\n",
         X_IS("atom_brace line 1 (1)\n"
              "    dictorsetmaker line 1 (2)\n"
              "      int 1\n"
              "      dictorsetmaker_list line 1 (1)\n"
              "        int 2")),
    CASE(TALL, "a[1, 2]\n",
         "expr_stmt line 1 (2)\n"
         "  atom_expr_normal line 1 (2)\n"
         "    id a\n"
         "    trailer_bracket line 1 (1)\n"
         "      const (1, 2)\n"
         "  -\n"),
    CASE(TALL, "return 1, 2\n", "return_stmt line 1 (1)\n  const (1, 2)\n"),
    CASE(TALL, "for i in 1, 2: pass\n",
         "for_stmt line 1 (4)\n"
         "  id i\n"
         "  const (1, 2)\n"
         "  pass_stmt line 1 (0)\n"
         "  -\n"),
    /* a target list is not folded */
    CASE(TALL, "del 1, 2\n",
         "del_stmt line 1 (1)\n"
         "  exprlist line 1 (2)\n"
         "    int 1\n"
         "    int 2\n"),
};

static void test_const_tuples(void) {
    RUN(tuple_cases);
}

/* ---- Strings, docstrings, __debug__ ---- */

static const TreeCase string_cases[] = {
    CASE(TALL, "x = 'abcdefghij'\n", X_IS("str abcdefghij")),
    CASE(TALL, "x = 'abcdefghijk'\n", X_IS("const 'abcdefghijk'")),
    CASE(TALL, "x = ''\n", X_IS("str ")),
    CASE(TALL, "x = 'ab' 'cd'\n", X_IS("str abcd")),
    CASE(TALL, "x = b'abc'\n", X_IS("const b'abc'")),
    /* the limit counts bytes, not characters */
    CASE(TALL, "x = '\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9'\n",
         X_IS("str \xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9")),
    CASE(TALL, "x = 'if'\n", X_IS("str if")),
    /* a long string is interned when the name is known: seen earlier, or built in */
    CASE(TALL, "abcdefghijk = 1\nx = 'abcdefghijk'\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id abcdefghijk\n"
         "    int 1\n"
         "  expr_stmt line 2 (2)\n"
         "    id x\n"
         "    str abcdefghijk\n"),
    CASE(TALL, "x = 'abcdefghijk'\nabcdefghijk = 1\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id x\n"
         "    const 'abcdefghijk'\n"
         "  expr_stmt line 2 (2)\n"
         "    id abcdefghijk\n"
         "    int 1\n"),
    CASE(TALL, "x = 'KeyboardInterrupt'\n", X_IS("str KeyboardInterrupt")),
    CASE(TALL, "x = 'test.py'\n", X_IS("str test.py")),
    /* a long string constant does not make itself known */
    CASE(TALL, "x = 'hello world!'\ny = 'hello world!'\n",
         "file_input_2 line 1 (2)\n"
         "  expr_stmt line 1 (2)\n"
         "    id x\n"
         "    const 'hello world!'\n"
         "  expr_stmt line 2 (2)\n"
         "    id y\n"
         "    const 'hello world!'\n"),
    /* lonely constants (docstrings and the like) become pass */
    CASE(TALL, "'''Module doc.'''\nx = 1\n",
         "file_input_2 line 1 (2)\n"
         "  pass_stmt line 1 (0)\n"
         "  expr_stmt line 2 (2)\n"
         "    id x\n"
         "    int 1\n"),
    CASE(TALL, "def f():\n    'doc'\n    return 1\n",
         "funcdef line 1 (5)\n"
         "  id f\n"
         "  -\n"
         "  -\n"
         "  suite_block_stmts line 2 (2)\n"
         "    pass_stmt line 2 (0)\n"
         "    return_stmt line 3 (1)\n"
         "      int 1\n"
         "  -\n"),
    CASE(TALL, "1\nNone\n...\n-2\n(1, 2)\nb'x'\nf\n",
         "file_input_2 line 1 (7)\n"
         "  pass_stmt line 1 (0)\n"
         "  pass_stmt line 2 (0)\n"
         "  pass_stmt line 3 (0)\n"
         "  pass_stmt line 4 (0)\n"
         "  pass_stmt line 5 (0)\n"
         "  pass_stmt line 6 (0)\n"
         "  expr_stmt line 7 (2)\n"
         "    id f\n"
         "    -\n"),
    CASE(TALL, "'x' + 'y'\n",
         "expr_stmt line 1 (2)\n"
         "  arith_expr line 1 (3)\n"
         "    str x\n"
         "    tok +\n"
         "    str y\n"
         "  -\n"),
    /* __debug__ */
    CASE_O(TALL, 0, "x = __debug__\n", X_IS("tok True")),
    CASE_O(TALL, 1, "x = __debug__\n", X_IS("tok False")),
    CASE_O(TALL, 0, "x = not __debug__\n", X_IS("tok False")),
    CASE_O(TALL, 3, "if __debug__: pass\n",
           "if_stmt line 1 (4)\n"
           "  tok False\n"
           "  pass_stmt line 1 (0)\n"
           "  -\n"
           "  -\n"),
};

static void test_strings_docstrings_debug(void) {
    RUN(string_cases);
}

/* ---- Small ints at the 31-bit boundary ---- */

static const TreeCase small_int_cases[] = {
    CASE(TALL, "x = 1073741823\n", X_IS("int 1073741823")),
    CASE(TALL, "x = 1073741824\n", X_IS("const 1073741824")),
    CASE(TALL, "x = -1073741824\n", X_IS("int -1073741824")),
    CASE(TALL, "x = -1073741825\n", X_IS("const -1073741825")),
    CASE(TALL, "x = 1073741823 + 1\n", X_IS("const 1073741824")),
    CASE(TALL, "x = 0x3fffffff\n", X_IS("int 1073741823")),
    CASE(TALL, "x = 0x40000000 - 1\n", X_IS("int 1073741823")),
    CASE(TALL, "x = 1073741824, 1\n", X_IS("const (1073741824, 1)")),
};

static void test_small_int_boundary(void) {
    RUN(small_int_cases);
}

static void test_small_int_bits_option(void) {
    mpyc_options opt;
    mpyc_options_init(&opt, MPYC_MICROPYTHON);
    CU_ASSERT_EQUAL(opt.small_int_bits, 31);
    opt.small_int_bits = 16;
    /* N bits hold -2**(N-1) .. 2**(N-1)-1 */
    check_tree_opts(__LINE__, &opt, "micropython, 16-bit small ints", "x = 32767\n", X_IS("int 32767"));
    check_tree_opts(__LINE__, &opt, "micropython, 16-bit small ints", "x = 32768\n", X_IS("const 32768"));
    check_tree_opts(__LINE__, &opt, "micropython, 16-bit small ints", "x = -32768\n", X_IS("int -32768"));
    check_tree_opts(__LINE__, &opt, "micropython, 16-bit small ints", "x = -32769\n", X_IS("const -32769"));
}

/* ---- Error reports ---- */

/* The report mpyc_check gives for src, with the reference's layout for the target. */
static void check_report(int line, unsigned targets, const char *src, const char *name, const char *expected_tail,
                         int err_line) {
    for (int t = 0; t < 3; t++) {
        if (!(targets & (1u << t))) {
            continue;
        }
        mpyc_options opt;
        mpyc_options_init(&opt, target_of_bit[t]);
        char exp[600];
        if (err_line > 0) {
            snprintf(exp, sizeof exp, "Traceback (most recent call last):%s  File \"%s\", line %d\n%s\n",
                     target_of_bit[t] == MPYC_MICROPYTHON ? "\n" : "\r\n", name, err_line, expected_tail);
        } else {
            snprintf(exp, sizeof exp, "%s\n", expected_tail);
        }
        mpyc_result r = mpyc_check(src, strlen(src), name, &opt);
        if (r.ok || r.report == NULL || strcmp(r.report, exp) != 0) {
            fprintf(stderr, "\ntest_parser.c:%d [%s]: report differs for\n%s--- expected:\n%s--- actual:\n%s", line,
                    target_label[t], src, exp, r.ok ? "(compiled)\n" : r.report ? r.report : "(none)\n");
            fail_at(line, "error report differs");
        } else {
            CU_PASS("report");
        }
        mpyc_result_free(&r);
    }
}

#define REPORT(targets, src, line, tail) check_report(__LINE__, targets, src, "t.py", tail, line)
#define REPORT_PLAIN(targets, src, tail) check_report(__LINE__, targets, src, "t.py", tail, 0)

static void test_syntax_error_reports(void) {
    REPORT(TALL, "x = 1\nif x\n    pass\n", 2, "SyntaxError: invalid syntax");
    REPORT(TALL, "a = 1\nb = 2\nc = = 3\n", 3, "SyntaxError: invalid syntax");
    REPORT(TALL, "x = )\n", 1, "SyntaxError: invalid syntax");
    REPORT(TALL, "x = (1,\n2\n", 3, "SyntaxError: invalid syntax");
    REPORT(TALL, "def f():\nreturn\n", 2, "SyntaxError: invalid syntax");
    REPORT(TALL, "x = \"abc\n", 1, "SyntaxError: invalid syntax");
    REPORT(TALL, "import sys\n\nclass Empty:", 4, "SyntaxError: invalid syntax");
    REPORT(TALL, "def show(v):\n    return f\"value={v!x}\"\n", 2, "SyntaxError: invalid syntax");
    REPORT(TALL, "x = sys.__debug__\n", 1, "SyntaxError: invalid syntax");
}

static void test_indentation_error_reports(void) {
    REPORT(TALL, "  x = 1\n", 1, "IndentationError: unexpected indent");
    REPORT(TALL, "def f():\n    x = 1\n        y = 2\n", 3, "IndentationError: unexpected indent");
    REPORT(TALL, "if a:\n        b = 1\n    c = 2\n", 2, "IndentationError: unindent doesn't match any outer indent level");
    REPORT(TALL, "def f():\n    pass\n  x = 1\n", 2, "IndentationError: unindent doesn't match any outer indent level");
    REPORT(TALL, "class A:\n  def f(self):\n    pass\n   x = 1\n", 3,
           "IndentationError: unindent doesn't match any outer indent level");
}

static void test_const_error_reports(void) {
    REPORT(TALL, "X = const(a)\n", 1, "SyntaxError: not a constant");
    REPORT(TALL, "from micropython import const\nY = const(1)\nX = const(\n  Y + b)\n", 3,
           "SyntaxError: not a constant");
    REPORT(TALL, "X = const([1])\n", 1, "SyntaxError: not a constant");
    /* CircuitPython 9 folds no floats, so these are not constants there */
    REPORT(TCP9, "import math\nX = const(math.pi)\n", 2, "SyntaxError: not a constant");
    REPORT(TCP9, "X = const(-1.0)\n", 1, "SyntaxError: not a constant");
    REPORT(TCP9, "X = const(2 ** -1)\n", 1, "SyntaxError: not a constant");
}

static void test_name_too_long_reports(void) {
    char src[600];
    memset(src, 'n', 256);
    strcpy(src + 256, " = 1\n");
    REPORT_PLAIN(TALL, src, "RuntimeError: name too long");
    strcpy(src, "def f():\n    return a.");
    size_t k = strlen(src);
    memset(src + k, 'q', 256);
    strcpy(src + k + 256, "\n");
    REPORT_PLAIN(TALL, src, "RuntimeError: name too long");
    /* 255 bytes is still a name */
    memset(src, 'n', 255);
    strcpy(src + 255, " = 1\n");
    mpyc_options opt;
    mpyc_options_init(&opt, MPYC_MICROPYTHON);
    mpyc_result r = mpyc_dump_parse(src, strlen(src), "t.py", &opt);
    CU_ASSERT(r.ok);
    mpyc_result_free(&r);
}

static void test_number_error_reports(void) {
    REPORT(TALL, "x = 0x\n", 1, "SyntaxError: invalid syntax for integer with base 16: ''");
    REPORT(TALL, "x = 1\ny = 0b102\n", 2, "SyntaxError: invalid syntax for integer with base 2: '102'");
    REPORT(TALL, "x = 0o8\n", 1, "SyntaxError: invalid syntax for integer with base 8: '8'");
    REPORT(TALL, "x = 12abc\n", 1, "SyntaxError: invalid syntax for integer with base 10: '12abc'");
    REPORT(TNEW, "year = 2024\nmonth = 08\n", 2, "SyntaxError: invalid syntax for integer with base 0: '08'");
    REPORT(TALL, "x = 1e\n", 1, "SyntaxError: invalid syntax for number");
    REPORT(TALL, "x = 1.5e+\n", 1, "SyntaxError: invalid syntax for number");
    REPORT(TALL, "x = 1.2.3\n", 1, "SyntaxError: invalid syntax for number");
    REPORT(TNEW, "x = 012\n", 1, "SyntaxError: invalid syntax for integer with base 0: '012'");
    REPORT(TNEW, "x = 0_7\n", 1, "SyntaxError: invalid syntax for integer with base 0: '07'");
    /* CircuitPython 9 reads a leading zero as base 10 */
    REPORT(TCP9, "x = 08t\n", 1, "SyntaxError: invalid syntax for integer with base 10: '08t'");
    static const TreeCase cp9_cases[] = {
        CASE(TCP9, "x = 08\n", X_IS("int 8")),
        CASE(TCP9, "x = 012\n", X_IS("int 12")),
        CASE(TCP9, "x = 0_7\n", X_IS("int 7")),
        CASE(TALL, "x = 00\n", X_IS("int 0")),
    };
    RUN(cp9_cases);
}

/* CircuitPython 9 folds without catching the runtime's errors: they end the compile. */
static void test_cp9_folding_error_reports(void) {
    REPORT_PLAIN(TCP9, "x = 1 >> 123456789012345678901234567890\n",
                 "OverflowError: overflow converting long int to machine word");
    REPORT_PLAIN(TCP9, "x = 1 << 123456789012345678901234567890\n",
                 "OverflowError: overflow converting long int to machine word");
    REPORT_PLAIN(TCP9, "def f():\n    return -1 >> 123456789012345678901234567890\n",
                 "OverflowError: overflow converting long int to machine word");
    /* a count that fits a machine word is fine (and the big-int 0 stays a big int there) */
    static const TreeCase fits[] = {
        CASE(TNEW, "x = 1 >> 4611686018427387904\n", X_IS("int 0")),
        CASE(TCP9, "x = 1 >> 4611686018427387904\n", X_IS("const 0")),
    };
    RUN(fits);
}

static void test_fstring_error_reports(void) {
    REPORT(TMP, "who = 1\ngreeting = t\"hello {}\"\n", 2, "SyntaxError: malformed f-string");
    REPORT(TCP | TCP9, "who = 1\ngreeting = t\"hello {}\"\n", 2, "SyntaxError: invalid syntax");
    REPORT(TCP9, "x = 1\ny = rf\"{x}\"\n", 2, "SyntaxError: raw f-strings are not supported");
}

void suite_parser(void) {
    static const UnitTest tests[] = {
        {"every rule that stays in a tree has a case", test_every_rule_has_a_case},
        {"tree shapes of every grammar rule", test_grammar_shapes},
        {"constant folding", test_constant_folding},
        {"const() definitions", test_const},
        {"tuples of constants", test_const_tuples},
        {"strings, docstrings and __debug__", test_strings_docstrings_debug},
        {"small ints at the 31-bit boundary", test_small_int_boundary},
        {"small_int_bits option", test_small_int_bits_option},
        {"syntax error reports", test_syntax_error_reports},
        {"indentation error reports", test_indentation_error_reports},
        {"const error reports", test_const_error_reports},
        {"name too long reports", test_name_too_long_reports},
        {"number error reports", test_number_error_reports},
        {"f-string error reports", test_fstring_error_reports},
        {"CircuitPython 9 folding error reports", test_cp9_folding_error_reports},
        {NULL, NULL},
    };
    unit_add_suite("parser", tests);
}
