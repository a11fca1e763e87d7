# SPDX-FileCopyrightText: 2024 mpyc contributors
#
# SPDX-License-Identifier: MIT
"""Named colors and color arithmetic."""

from micropython import const

_MAX = const(255)

BLACK = (0, 0, 0)
RED = (255, 0, 0)
GREEN = (0, 255, 0)
BLUE = (0, 0, 255)
WHITE = (255, 255, 255)
PALETTE = (BLACK, RED, GREEN, BLUE, WHITE)


def scale(color, brightness):
    """The color at a brightness from 0.0 to 1.0."""
    return tuple(min(_MAX, int(c * brightness)) for c in color)


def blend(first, second, amount):
    """A mix of two colors, amount from 0.0 (first) to 1.0 (second)."""
    return tuple(int(a + (b - a) * amount) for a, b in zip(first, second))
