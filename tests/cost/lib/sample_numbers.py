# SPDX-License-Identifier: MIT
"""`sample_numbers` - Constants of every kind the .mpy format stores (sample library)."""

from micropython import const

# Small ints live in the object word; these do not.
MASK_32 = 0xFFFFFFFF
MASK_64 = 0xFFFFFFFFFFFFFFFF
BIG_PRIME = 2305843009213693951
NEG_BIG = -(1 << 40)
_FOLDED = const(1 << 20)

# Floats and a complex number.
PI_2 = 1.5707963267948966
E = 2.718281828459045
SCALES = (0.5, 1.0, 2.0, 4.0)
IMPEDANCE = 50 + 12j

# Bytes and str constants, short and long.
MAGIC = b"\x89PNG\r\n\x1a\n"
EMPTY = b""
HEADER = b"SAMPLE-HEADER-0001-with-enough-bytes-to-need-several-blocks"
GREETING = "Hello, world! This string is long enough not to be interned as a qstr by the compiler."
SHORT = "ok"
UNICODE = "temp: 21\u00b0C"

# Containers built at load time.
LOOKUP = {"red": 0xFF0000, "green": 0x00FF00, "blue": 0x0000FF, "white": 0xFFFFFF, "black": 0}
ORDER = ["first", "second", "third"]
NESTED = {"a": (1, 2, 3), "b": [4, 5, 6], "c": {"d": 7}}
FLAGS = {1, 2, 4, 8, 16}
BUFFER = bytearray(64)
SCRATCH = bytearray(b"\x00\x01\x02\x03")
COUNTS = [0] * 16
FROZEN = frozenset(("x", "y", "z"))


def scale(value, *, factor=2, offset=0, clamp=None):
    """A function with keyword-only defaults."""
    result = value * factor + offset
    if clamp is not None:
        result = min(result, clamp)
    return result


def window(data, size=4, step=1, pad=None, *rest, **options):
    """A function with positional defaults, *args and **kwargs."""
    out = []
    for i in range(0, len(data), step):
        chunk = data[i : i + size]
        if len(chunk) < size and pad is not None:
            chunk = chunk + [pad] * (size - len(chunk))
        out.append(chunk)
    return out


def make_counter(start=0):
    """Returns a closure that counts up."""
    count = start

    def counter():
        nonlocal count
        count += 1
        return count

    return counter


next_id = make_counter(100)

square = lambda x: x * x
TRANSFORMS = (square, lambda x: -x, abs)


def fib_gen(limit):
    """A generator."""
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
