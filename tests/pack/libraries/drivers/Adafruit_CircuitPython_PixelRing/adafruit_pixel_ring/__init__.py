# SPDX-FileCopyrightText: 2024 mpyc contributors
#
# SPDX-License-Identifier: MIT
"""
`adafruit_pixel_ring`
================================================================================

Animations for rings of addressable pixels, computed without any hardware so
that every frame can be checked.

* Author(s): mpyc contributors
"""

from .colors import RED, GREEN, BLUE, BLACK
from . import colors

__version__ = "0.0.0+auto.0"
__repo__ = "https://github.com/adafruit/Adafruit_CircuitPython_PixelRing.git"

RING_SIZE = 12


def blank(size=RING_SIZE):
    """A ring of dark pixels."""
    return [BLACK] * size


def solid(color, size=RING_SIZE):
    """A ring of one color, checked against the palette."""
    if color not in colors.PALETTE:
        raise ValueError("not a palette color")
    return [color] * size
