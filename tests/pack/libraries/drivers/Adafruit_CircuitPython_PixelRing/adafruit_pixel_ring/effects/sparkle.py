# SPDX-FileCopyrightText: 2024 mpyc contributors
#
# SPDX-License-Identifier: MIT
"""Twinkling pixels, from a fixed pseudo-random sequence."""

from ..colors import BLACK, scale
import adafruit_pixel_ring.colors as palette

__all__ = ["twinkle", "SEED"]

SEED = 12345


def _next(state):
    return (state * 1103515245 + 12345) & 0x7FFFFFFF


def twinkle(pixels, step, count=2):
    """pixels with count of them made white or dark, chosen by step."""
    state = SEED + step
    out = list(pixels)
    for _ in range(count):
        state = _next(state)
        i = state % len(out)
        out[i] = palette.WHITE if state & 1 else scale(BLACK, 1)
    return out
