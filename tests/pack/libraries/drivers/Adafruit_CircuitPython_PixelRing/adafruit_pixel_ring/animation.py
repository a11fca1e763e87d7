# SPDX-FileCopyrightText: 2024 mpyc contributors
#
# SPDX-License-Identifier: MIT
"""Animations: each computes the pixels of a frame from the step number."""

from . import colors
from .effects import rainbow
from .effects.sparkle import twinkle
from .colors import scale as _scale


class Comet:
    """A bright head with a fading tail running around the ring."""

    def __init__(self, size, color=colors.RED, tail=3):
        self.size = size
        self.color = color
        self.tail = tail

    def frame(self, step):
        pixels = [colors.BLACK] * self.size
        for i in range(self.tail + 1):
            brightness = 1.0 - i / (self.tail + 1)
            pixels[(step - i) % self.size] = _scale(self.color, brightness)
        return pixels


class RainbowSparkle:
    """A turning rainbow with a few pixels twinkling."""

    def __init__(self, size):
        self.size = size

    def frame(self, step):
        return twinkle(rainbow.cycle(self.size, step * 8), step)
