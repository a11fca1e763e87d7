# SPDX-FileCopyrightText: 2024 mpyc contributors
#
# SPDX-License-Identifier: MIT
"""Rainbow colors."""

from .. import colors as c


def wheel(pos):
    """A color from a position 0..255 on the color wheel."""
    pos = pos & 255
    if pos < 85:
        return (255 - pos * 3, pos * 3, 0)
    if pos < 170:
        pos -= 85
        return (0, 255 - pos * 3, pos * 3)
    pos -= 170
    return (pos * 3, 0, 255 - pos * 3)


def cycle(size, offset=0):
    """A rainbow spread over size pixels, turned by offset."""
    if size == 0:
        return []
    return [wheel(i * 256 // size + offset) for i in range(size)] or [c.BLACK]
