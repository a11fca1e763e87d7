# SPDX-License-Identifier: MIT
"""`sample_neopixel` - NeoPixel strip driver (sample library)."""

import sys
import board
import digitalio
from neopixel_write import neopixel_write

try:
    from typing import Optional, Type
    from types import TracebackType
    import microcontroller
except ImportError:
    pass

__version__ = "6.3.12"
__repo__ = "https://github.com/example/Sample_CircuitPython_NeoPixel.git"

# Pixel color order constants
RGB = "RGB"
"""Red Green Blue"""
GRB = "GRB"
"""Green Red Blue"""
RGBW = "RGBW"
"""Red Green Blue White"""
GRBW = "GRBW"
"""Green Red Blue White"""


class NeoPixel:
    """A sequence of neopixels."""

    def __init__(self, pin, n, *, bpp=3, brightness=1.0, auto_write=True, pixel_order=None):
        if not pixel_order:
            pixel_order = GRB if bpp == 3 else GRBW
        elif isinstance(pixel_order, tuple):
            order_list = [RGBW[order] for order in pixel_order]
            pixel_order = "".join(order_list)
        self._n = n
        self._bpp = len(pixel_order)
        self._order = pixel_order
        self._buf = bytearray(n * self._bpp)
        self._brightness = brightness
        self.auto_write = auto_write
        self.pin = digitalio.DigitalInOut(pin)
        self.pin.direction = digitalio.Direction.OUTPUT
        self._power = None

    def __len__(self):
        return self._n

    def deinit(self):
        self.fill(0)
        self.show()
        self.pin.deinit()

    def __enter__(self):
        return self

    def __exit__(self, exception_type, exception_value, traceback):
        self.deinit()

    def __repr__(self):
        return "[" + ", ".join([str(x) for x in self]) + "]"

    @property
    def n(self):
        """The number of neopixels in the chain (read-only)"""
        return len(self)

    @property
    def brightness(self):
        return self._brightness

    @brightness.setter
    def brightness(self, value):
        self._brightness = min(max(value, 0.0), 1.0)
        if self.auto_write:
            self.show()

    def _parse_color(self, value):
        if isinstance(value, int):
            return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
        return tuple(value)

    def __setitem__(self, index, value):
        r, g, b = self._parse_color(value)[:3]
        offset = index * self._bpp
        for i, c in zip(self._order[:3], (r, g, b)):
            self._buf[offset + "RGB".index(i)] = int(c * self._brightness)
        if self.auto_write:
            self.show()

    def __getitem__(self, index):
        offset = index * self._bpp
        return tuple(self._buf[offset : offset + self._bpp])

    def fill(self, color):
        for i in range(self._n):
            self[i] = color

    def show(self):
        neopixel_write(self.pin, self._buf)

    def write(self):
        """.. deprecated: 1.0.0  Use ``show`` instead. It matches Micro:Bit and Arduino APIs."""
        self.show()
