/* static_qstrs.h: the 165 strings every .mpy v6 file may name by number instead of by text.

   In a .mpy qstr table an entry is a var-int n: odd n means "static qstr n >> 1", numbered
   from 1 (0 is never valid) in the order of the list below; even n means n >> 1 bytes of
   text follow, then a NUL. The list is fixed by the format, identical for MicroPython and
   both CircuitPython targets; changing it breaks every existing .mpy file.

   X(IDENT, "text"): IDENT names the entry in the enum below (MPY_SQ_IDENT); entries whose
   text is not a C identifier get a descriptive IDENT. */
#ifndef MPYC_STATIC_QSTRS_H
#define MPYC_STATIC_QSTRS_H

#include <stddef.h>

#define MPY_STATIC_QSTRS(X) \
    X(EMPTY, "") \
    X(__dir__, "__dir__") \
    X(NEWLINE, "\n") \
    X(SPACE, " ") \
    X(STAR, "*") \
    X(SLASH, "/") \
    X(MODULE, "<module>") \
    X(UNDERSCORE, "_") \
    X(__call__, "__call__") \
    X(__class__, "__class__") \
    X(__delitem__, "__delitem__") \
    X(__enter__, "__enter__") \
    X(__exit__, "__exit__") \
    X(__getattr__, "__getattr__") \
    X(__getitem__, "__getitem__") \
    X(__hash__, "__hash__") \
    X(__init__, "__init__") \
    X(__int__, "__int__") \
    X(__iter__, "__iter__") \
    X(__len__, "__len__") \
    X(__main__, "__main__") \
    X(__module__, "__module__") \
    X(__name__, "__name__") \
    X(__new__, "__new__") \
    X(__next__, "__next__") \
    X(__qualname__, "__qualname__") \
    X(__repr__, "__repr__") \
    X(__setitem__, "__setitem__") \
    X(__str__, "__str__") \
    X(ArithmeticError, "ArithmeticError") \
    X(AssertionError, "AssertionError") \
    X(AttributeError, "AttributeError") \
    X(BaseException, "BaseException") \
    X(EOFError, "EOFError") \
    X(Ellipsis, "Ellipsis") \
    X(Exception, "Exception") \
    X(GeneratorExit, "GeneratorExit") \
    X(ImportError, "ImportError") \
    X(IndentationError, "IndentationError") \
    X(IndexError, "IndexError") \
    X(KeyError, "KeyError") \
    X(KeyboardInterrupt, "KeyboardInterrupt") \
    X(LookupError, "LookupError") \
    X(MemoryError, "MemoryError") \
    X(NameError, "NameError") \
    X(NoneType, "NoneType") \
    X(NotImplementedError, "NotImplementedError") \
    X(OSError, "OSError") \
    X(OverflowError, "OverflowError") \
    X(RuntimeError, "RuntimeError") \
    X(StopIteration, "StopIteration") \
    X(SyntaxError, "SyntaxError") \
    X(SystemExit, "SystemExit") \
    X(TypeError, "TypeError") \
    X(ValueError, "ValueError") \
    X(ZeroDivisionError, "ZeroDivisionError") \
    X(abs, "abs") \
    X(all, "all") \
    X(any, "any") \
    X(append, "append") \
    X(args, "args") \
    X(bool, "bool") \
    X(builtins, "builtins") \
    X(bytearray, "bytearray") \
    X(bytecode, "bytecode") \
    X(bytes, "bytes") \
    X(callable, "callable") \
    X(chr, "chr") \
    X(classmethod, "classmethod") \
    X(clear, "clear") \
    X(close, "close") \
    X(const, "const") \
    X(copy, "copy") \
    X(count, "count") \
    X(dict, "dict") \
    X(dir, "dir") \
    X(divmod, "divmod") \
    X(end, "end") \
    X(endswith, "endswith") \
    X(eval, "eval") \
    X(exec, "exec") \
    X(extend, "extend") \
    X(find, "find") \
    X(format, "format") \
    X(from_bytes, "from_bytes") \
    X(get, "get") \
    X(getattr, "getattr") \
    X(globals, "globals") \
    X(hasattr, "hasattr") \
    X(hash, "hash") \
    X(id, "id") \
    X(index, "index") \
    X(insert, "insert") \
    X(int, "int") \
    X(isalpha, "isalpha") \
    X(isdigit, "isdigit") \
    X(isinstance, "isinstance") \
    X(islower, "islower") \
    X(isspace, "isspace") \
    X(issubclass, "issubclass") \
    X(isupper, "isupper") \
    X(items, "items") \
    X(iter, "iter") \
    X(join, "join") \
    X(key, "key") \
    X(keys, "keys") \
    X(len, "len") \
    X(list, "list") \
    X(little, "little") \
    X(locals, "locals") \
    X(lower, "lower") \
    X(lstrip, "lstrip") \
    X(main, "main") \
    X(map, "map") \
    X(micropython, "micropython") \
    X(next, "next") \
    X(object, "object") \
    X(open, "open") \
    X(ord, "ord") \
    X(pop, "pop") \
    X(popitem, "popitem") \
    X(pow, "pow") \
    X(print, "print") \
    X(range, "range") \
    X(read, "read") \
    X(readinto, "readinto") \
    X(readline, "readline") \
    X(remove, "remove") \
    X(replace, "replace") \
    X(repr, "repr") \
    X(reverse, "reverse") \
    X(rfind, "rfind") \
    X(rindex, "rindex") \
    X(round, "round") \
    X(rsplit, "rsplit") \
    X(rstrip, "rstrip") \
    X(self, "self") \
    X(send, "send") \
    X(sep, "sep") \
    X(set, "set") \
    X(setattr, "setattr") \
    X(setdefault, "setdefault") \
    X(sort, "sort") \
    X(sorted, "sorted") \
    X(split, "split") \
    X(start, "start") \
    X(startswith, "startswith") \
    X(staticmethod, "staticmethod") \
    X(step, "step") \
    X(stop, "stop") \
    X(str, "str") \
    X(strip, "strip") \
    X(sum, "sum") \
    X(super, "super") \
    X(throw, "throw") \
    X(to_bytes, "to_bytes") \
    X(tuple, "tuple") \
    X(type, "type") \
    X(update, "update") \
    X(upper, "upper") \
    X(utf_8, "utf-8") \
    X(value, "value") \
    X(values, "values") \
    X(write, "write") \
    X(zip, "zip")

/* MPY_SQ_<IDENT>: the entry's number in the .mpy format (1..MPY_STATIC_QSTR_COUNT). */
enum {
    MPY_SQ_NONE_ = 0, /* not an entry: number 0 is never valid */
#define MPY_SQ_X(ident, text) MPY_SQ_##ident,
    MPY_STATIC_QSTRS(MPY_SQ_X)
#undef MPY_SQ_X
    MPY_SQ_END_
};

#define MPY_STATIC_QSTR_COUNT ((unsigned)MPY_SQ_END_ - 1u)

/* The text of static qstr number n (1..MPY_STATIC_QSTR_COUNT), or NULL when n is not one. */
const char *mpy_static_qstr(unsigned n);

/* The number of the static qstr whose text is exactly s[0..len), or 0 when there is none. */
unsigned mpy_static_qstr_find(const char *s, size_t len);

#endif
