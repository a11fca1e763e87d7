# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: MIT
"""A top-level module of another library that uses the pixel ring package."""

from adafruit_pixel_ring import blank, colors
from adafruit_pixel_ring.effects.rainbow import wheel
import adafruit_pixel_ring.animation as animation


def face(hour):
    """A ring showing the hour."""
    pixels = blank()
    pixels[hour % len(pixels)] = colors.WHITE
    return pixels


def hand_color(hour):
    return wheel(hour * 21), animation.Comet(3).frame(hour)[0]
