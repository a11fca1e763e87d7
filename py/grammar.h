/* grammar.h: Python's grammar as the reference parses it, one rule per line; the parser's
   tables and the rule enum are generated from this list. */
#ifndef MPYC_GRAMMAR_H
#define MPYC_GRAMMAR_H

/* G(name, shape, elements...)
   shapes:  ANY      first element that matches (alternatives)
            SEQ      every element in order
            SEQ1     SEQ, but a match with a single non-empty element stands for that element
            SEQB     SEQ, plus an empty slot at the end for the compiler
            SEP      item (sep item)*
            SEPEND   item (sep item)* [sep]
            MANY     item item*
   elements: T(tok)  a token; only NAME tokens are kept in the tree
             R(rule) a rule that must match; O(rule) one that may be absent (an empty slot) */
#define GRAMMAR(G, T, R, O) \
    G(file_input, SEQ1, O(file_input_2)) \
    G(file_input_2, MANY, R(file_input_3)) \
    G(file_input_3, ANY, T(NEWLINE), R(stmt)) \
    /* decorators */ \
    G(decorator, SEQ, T(OP_AT), R(dotted_name), O(trailer_paren), T(NEWLINE)) \
    G(decorators, MANY, R(decorator)) \
    G(decorated, SEQ1, R(decorators), R(decorated_body)) \
    G(decorated_body, ANY, R(classdef), R(funcdef), R(async_funcdef)) \
    G(async_funcdef, SEQ, T(KW_ASYNC), R(funcdef)) \
    /* def and its parameters */ \
    G(funcdef, SEQB, T(KW_DEF), T(NAME), T(DEL_PAREN_OPEN), O(typedargslist), T(DEL_PAREN_CLOSE), \
      O(funcdefrettype), T(DEL_COLON), R(suite)) \
    G(funcdefrettype, SEQ1, T(DEL_MINUS_MORE), R(test)) \
    G(typedargslist, SEPEND, R(typedargslist_item), T(DEL_COMMA)) \
    G(typedargslist_item, ANY, R(typedargslist_name), R(typedargslist_star), R(typedargslist_dbl_star)) \
    G(typedargslist_name, SEQ1, T(NAME), O(generic_colon_test), O(generic_equal_test)) \
    G(typedargslist_star, SEQ, T(OP_STAR), O(tfpdef)) \
    G(typedargslist_dbl_star, SEQ, T(OP_DBL_STAR), T(NAME), O(generic_colon_test)) \
    G(tfpdef, SEQ, T(NAME), O(generic_colon_test)) \
    G(varargslist, SEPEND, R(varargslist_item), T(DEL_COMMA)) \
    G(varargslist_item, ANY, R(varargslist_name), R(varargslist_star), R(varargslist_dbl_star)) \
    G(varargslist_name, SEQ1, T(NAME), O(generic_equal_test)) \
    G(varargslist_star, SEQ, T(OP_STAR), O(vfpdef)) \
    G(varargslist_dbl_star, SEQ, T(OP_DBL_STAR), T(NAME)) \
    G(vfpdef, SEQ1, T(NAME)) \
    G(generic_colon_test, SEQ1, T(DEL_COLON), R(test)) \
    G(generic_equal_test, SEQ1, T(DEL_EQUAL), R(test)) \
    /* statements */ \
    G(stmt, ANY, R(compound_stmt), R(simple_stmt)) \
    G(simple_stmt, SEQ1, R(simple_stmt_2), T(NEWLINE)) \
    G(simple_stmt_2, SEPEND, R(small_stmt), T(DEL_SEMICOLON)) \
    G(small_stmt, ANY, R(del_stmt), R(pass_stmt), R(flow_stmt), R(import_stmt), R(global_stmt), \
      R(nonlocal_stmt), R(assert_stmt), R(expr_stmt)) \
    G(expr_stmt, SEQ, R(testlist_star_expr), O(expr_stmt_2)) \
    G(expr_stmt_2, ANY, R(annassign), R(expr_stmt_augassign), R(expr_stmt_assign_list)) \
    G(expr_stmt_augassign, SEQ1, R(augassign), R(expr_stmt_6)) \
    G(expr_stmt_assign_list, MANY, R(expr_stmt_assign)) \
    G(expr_stmt_assign, SEQ1, T(DEL_EQUAL), R(expr_stmt_6)) \
    G(expr_stmt_6, ANY, R(yield_expr), R(testlist_star_expr)) \
    G(testlist_star_expr, SEPEND, R(testlist_star_expr_2), T(DEL_COMMA)) \
    G(testlist_star_expr_2, ANY, R(star_expr), R(test)) \
    G(annassign, SEQ, T(DEL_COLON), R(test), O(expr_stmt_assign)) \
    G(augassign, ANY, T(DEL_PLUS_EQUAL), T(DEL_MINUS_EQUAL), T(DEL_STAR_EQUAL), T(DEL_AT_EQUAL), \
      T(DEL_SLASH_EQUAL), T(DEL_PERCENT_EQUAL), T(DEL_AMPERSAND_EQUAL), T(DEL_PIPE_EQUAL), \
      T(DEL_CARET_EQUAL), T(DEL_DBL_LESS_EQUAL), T(DEL_DBL_MORE_EQUAL), T(DEL_DBL_STAR_EQUAL), \
      T(DEL_DBL_SLASH_EQUAL)) \
    G(del_stmt, SEQ, T(KW_DEL), R(exprlist)) \
    G(pass_stmt, SEQ, T(KW_PASS)) \
    G(flow_stmt, ANY, R(break_stmt), R(continue_stmt), R(return_stmt), R(raise_stmt), R(yield_stmt)) \
    G(break_stmt, SEQ, T(KW_BREAK)) \
    G(continue_stmt, SEQ, T(KW_CONTINUE)) \
    G(return_stmt, SEQ, T(KW_RETURN), O(testlist)) \
    G(yield_stmt, SEQ, R(yield_expr)) \
    G(raise_stmt, SEQ, T(KW_RAISE), O(raise_stmt_arg)) \
    G(raise_stmt_arg, SEQ1, R(test), O(raise_stmt_from)) \
    G(raise_stmt_from, SEQ1, T(KW_FROM), R(test)) \
    /* imports */ \
    G(import_stmt, ANY, R(import_name), R(import_from)) \
    G(import_name, SEQ, T(KW_IMPORT), R(dotted_as_names)) \
    G(import_from, SEQ, T(KW_FROM), R(import_from_2), T(KW_IMPORT), R(import_from_3)) \
    G(import_from_2, ANY, R(dotted_name), R(import_from_2b)) \
    G(import_from_2b, SEQ1, R(one_or_more_period_or_ellipsis), O(dotted_name)) \
    G(import_from_3, ANY, T(OP_STAR), R(import_as_names_paren), R(import_as_names)) \
    G(import_as_names_paren, SEQ1, T(DEL_PAREN_OPEN), R(import_as_names), T(DEL_PAREN_CLOSE)) \
    G(one_or_more_period_or_ellipsis, MANY, R(period_or_ellipsis)) \
    G(period_or_ellipsis, ANY, T(DEL_PERIOD), T(ELLIPSIS)) \
    G(import_as_name, SEQ, T(NAME), O(as_name)) \
    G(dotted_as_name, SEQ1, R(dotted_name), O(as_name)) \
    G(as_name, SEQ1, T(KW_AS), T(NAME)) \
    G(import_as_names, SEPEND, R(import_as_name), T(DEL_COMMA)) \
    G(dotted_as_names, SEP, R(dotted_as_name), T(DEL_COMMA)) \
    G(dotted_name, SEP, T(NAME), T(DEL_PERIOD)) \
    G(global_stmt, SEQ, T(KW_GLOBAL), R(name_list)) \
    G(nonlocal_stmt, SEQ, T(KW_NONLOCAL), R(name_list)) \
    G(name_list, SEP, T(NAME), T(DEL_COMMA)) \
    G(assert_stmt, SEQ, T(KW_ASSERT), R(test), O(assert_stmt_extra)) \
    G(assert_stmt_extra, SEQ1, T(DEL_COMMA), R(test)) \
    /* compound statements */ \
    G(compound_stmt, ANY, R(if_stmt), R(while_stmt), R(for_stmt), R(try_stmt), R(with_stmt), \
      R(funcdef), R(classdef), R(decorated), R(async_stmt)) \
    G(async_stmt, SEQ, T(KW_ASYNC), R(async_stmt_2)) \
    G(async_stmt_2, ANY, R(funcdef), R(with_stmt), R(for_stmt)) \
    G(if_stmt, SEQ, T(KW_IF), R(namedexpr_test), T(DEL_COLON), R(suite), O(if_stmt_elif_list), O(else_stmt)) \
    G(if_stmt_elif_list, MANY, R(if_stmt_elif)) \
    G(if_stmt_elif, SEQ, T(KW_ELIF), R(namedexpr_test), T(DEL_COLON), R(suite)) \
    G(while_stmt, SEQ, T(KW_WHILE), R(namedexpr_test), T(DEL_COLON), R(suite), O(else_stmt)) \
    G(for_stmt, SEQ, T(KW_FOR), R(exprlist), T(KW_IN), R(testlist), T(DEL_COLON), R(suite), O(else_stmt)) \
    G(try_stmt, SEQ, T(KW_TRY), T(DEL_COLON), R(suite), R(try_stmt_2)) \
    G(try_stmt_2, ANY, R(try_stmt_except_and_more), R(try_stmt_finally)) \
    G(try_stmt_except_and_more, SEQ1, R(try_stmt_except_list), O(else_stmt), O(try_stmt_finally)) \
    G(try_stmt_except, SEQ, T(KW_EXCEPT), O(try_stmt_as_name), T(DEL_COLON), R(suite)) \
    G(try_stmt_as_name, SEQ1, R(test), O(as_name)) \
    G(try_stmt_except_list, MANY, R(try_stmt_except)) \
    G(try_stmt_finally, SEQ, T(KW_FINALLY), T(DEL_COLON), R(suite)) \
    G(else_stmt, SEQ1, T(KW_ELSE), T(DEL_COLON), R(suite)) \
    G(with_stmt, SEQ, T(KW_WITH), R(with_stmt_list), T(DEL_COLON), R(suite)) \
    G(with_stmt_list, SEP, R(with_item), T(DEL_COMMA)) \
    G(with_item, SEQ1, R(test), O(with_item_as)) \
    G(with_item_as, SEQ1, T(KW_AS), R(expr)) \
    G(suite, ANY, R(suite_block), R(simple_stmt)) \
    G(suite_block, SEQ1, T(NEWLINE), T(INDENT), R(suite_block_stmts), T(DEDENT)) \
    G(suite_block_stmts, MANY, R(stmt)) \
    /* expressions */ \
    G(namedexpr_test, SEQ1, R(test), O(namedexpr_test_2)) \
    G(namedexpr_test_2, SEQ1, T(OP_ASSIGN), R(test)) \
    G(test, ANY, R(lambdef), R(test_if_expr)) \
    G(test_if_expr, SEQ1, R(or_test), O(test_if_else)) \
    G(test_if_else, SEQ, T(KW_IF), R(or_test), T(KW_ELSE), R(test)) \
    G(test_nocond, ANY, R(lambdef_nocond), R(or_test)) \
    G(lambdef, SEQB, T(KW_LAMBDA), O(varargslist), T(DEL_COLON), R(test)) \
    G(lambdef_nocond, SEQB, T(KW_LAMBDA), O(varargslist), T(DEL_COLON), R(test_nocond)) \
    G(or_test, SEP, R(and_test), T(KW_OR)) \
    G(and_test, SEP, R(not_test), T(KW_AND)) \
    G(not_test, ANY, R(not_test_2), R(comparison)) \
    G(not_test_2, SEQ, T(KW_NOT), R(not_test)) \
    G(comparison, SEP, R(expr), R(comp_op)) \
    G(comp_op, ANY, T(OP_LESS), T(OP_MORE), T(OP_DBL_EQUAL), T(OP_LESS_EQUAL), T(OP_MORE_EQUAL), \
      T(OP_NOT_EQUAL), T(KW_IN), R(comp_op_not_in), R(comp_op_is)) \
    G(comp_op_not_in, SEQ, T(KW_NOT), T(KW_IN)) \
    G(comp_op_is, SEQ, T(KW_IS), O(comp_op_is_not)) \
    G(comp_op_is_not, SEQ, T(KW_NOT)) \
    G(star_expr, SEQ, T(OP_STAR), R(expr)) \
    G(expr, SEP, R(xor_expr), T(OP_PIPE)) \
    G(xor_expr, SEP, R(and_expr), T(OP_CARET)) \
    G(and_expr, SEP, R(shift_expr), T(OP_AMPERSAND)) \
    G(shift_expr, SEP, R(arith_expr), R(shift_op)) \
    G(shift_op, ANY, T(OP_DBL_LESS), T(OP_DBL_MORE)) \
    G(arith_expr, SEP, R(term), R(arith_op)) \
    G(arith_op, ANY, T(OP_PLUS), T(OP_MINUS)) \
    G(term, SEP, R(factor), R(term_op)) \
    G(term_op, ANY, T(OP_STAR), T(OP_AT), T(OP_SLASH), T(OP_PERCENT), T(OP_DBL_SLASH)) \
    G(factor, ANY, R(factor_2), R(power)) \
    G(factor_2, SEQ1, R(factor_op), R(factor)) \
    G(factor_op, ANY, T(OP_PLUS), T(OP_MINUS), T(OP_TILDE)) \
    G(power, SEQ1, R(atom_expr), O(power_dbl_star)) \
    G(atom_expr, ANY, R(atom_expr_await), R(atom_expr_normal)) \
    G(atom_expr_await, SEQ, T(KW_AWAIT), R(atom), O(atom_expr_trailers)) \
    G(atom_expr_normal, SEQ1, R(atom), O(atom_expr_trailers)) \
    G(atom_expr_trailers, MANY, R(trailer)) \
    G(power_dbl_star, SEQ1, T(OP_DBL_STAR), R(factor)) \
    G(atom, ANY, T(NAME), T(INTEGER), T(FLOAT_OR_IMAG), T(STRING), T(BYTES), T(ELLIPSIS), T(KW_NONE), \
      T(KW_TRUE), T(KW_FALSE), R(atom_paren), R(atom_bracket), R(atom_brace)) \
    G(atom_paren, SEQ, T(DEL_PAREN_OPEN), O(atom_2b), T(DEL_PAREN_CLOSE)) \
    G(atom_2b, ANY, R(yield_expr), R(testlist_comp)) \
    G(atom_bracket, SEQ, T(DEL_BRACKET_OPEN), O(testlist_comp), T(DEL_BRACKET_CLOSE)) \
    G(atom_brace, SEQ, T(DEL_BRACE_OPEN), O(dictorsetmaker), T(DEL_BRACE_CLOSE)) \
    G(testlist_comp, SEQ1, R(testlist_comp_2), O(testlist_comp_3)) \
    G(testlist_comp_2, ANY, R(star_expr), R(namedexpr_test)) \
    G(testlist_comp_3, ANY, R(comp_for), R(testlist_comp_3b)) \
    G(testlist_comp_3b, SEQ1, T(DEL_COMMA), O(testlist_comp_3c)) \
    G(testlist_comp_3c, SEPEND, R(testlist_comp_2), T(DEL_COMMA)) \
    G(trailer, ANY, R(trailer_paren), R(trailer_bracket), R(trailer_period)) \
    G(trailer_paren, SEQ, T(DEL_PAREN_OPEN), O(arglist), T(DEL_PAREN_CLOSE)) \
    G(trailer_bracket, SEQ, T(DEL_BRACKET_OPEN), R(subscriptlist), T(DEL_BRACKET_CLOSE)) \
    G(trailer_period, SEQ, T(DEL_PERIOD), T(NAME)) \
    G(subscriptlist, SEPEND, R(subscript), T(DEL_COMMA)) \
    G(subscript, ANY, R(subscript_3), R(subscript_2)) \
    G(subscript_2, SEQ1, R(test), O(subscript_3)) \
    G(subscript_3, SEQ, T(DEL_COLON), O(subscript_3b)) \
    G(subscript_3b, ANY, R(subscript_3c), R(subscript_3d)) \
    G(subscript_3c, SEQ, T(DEL_COLON), O(test)) \
    G(subscript_3d, SEQ1, R(test), O(sliceop)) \
    G(sliceop, SEQ, T(DEL_COLON), O(test)) \
    G(exprlist, SEPEND, R(exprlist_2), T(DEL_COMMA)) \
    G(exprlist_2, ANY, R(star_expr), R(expr)) \
    G(testlist, SEPEND, R(test), T(DEL_COMMA)) \
    G(dictorsetmaker, SEQ1, R(dictorsetmaker_item), O(dictorsetmaker_tail)) \
    G(dictorsetmaker_item, SEQ1, R(test), O(generic_colon_test)) \
    G(dictorsetmaker_tail, ANY, R(comp_for), R(dictorsetmaker_list)) \
    G(dictorsetmaker_list, SEQ, T(DEL_COMMA), O(dictorsetmaker_list2)) \
    G(dictorsetmaker_list2, SEPEND, R(dictorsetmaker_item), T(DEL_COMMA)) \
    /* classes, calls, comprehensions, yield */ \
    G(classdef, SEQB, T(KW_CLASS), T(NAME), O(classdef_2), T(DEL_COLON), R(suite)) \
    G(classdef_2, SEQ1, T(DEL_PAREN_OPEN), O(arglist), T(DEL_PAREN_CLOSE)) \
    G(arglist, SEPEND, R(arglist_2), T(DEL_COMMA)) \
    G(arglist_2, ANY, R(arglist_star), R(arglist_dbl_star), R(argument)) \
    G(arglist_star, SEQ, T(OP_STAR), R(test)) \
    G(arglist_dbl_star, SEQ, T(OP_DBL_STAR), R(test)) \
    G(argument, SEQ1, R(test), O(argument_2)) \
    G(argument_2, ANY, R(comp_for), R(generic_equal_test), R(argument_3)) \
    G(argument_3, SEQ, T(OP_ASSIGN), R(test)) \
    G(comp_iter, ANY, R(comp_for), R(comp_if)) \
    G(comp_for, SEQB, T(KW_FOR), R(exprlist), T(KW_IN), R(or_test), O(comp_iter)) \
    G(comp_if, SEQ, T(KW_IF), R(test_nocond), O(comp_iter)) \
    G(yield_expr, SEQ, T(KW_YIELD), O(yield_arg)) \
    G(yield_arg, ANY, R(yield_arg_from), R(testlist)) \
    G(yield_arg_from, SEQ, T(KW_FROM), R(test))

#endif
