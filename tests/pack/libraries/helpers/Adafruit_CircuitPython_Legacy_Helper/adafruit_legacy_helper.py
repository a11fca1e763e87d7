# SPDX-FileCopyrightText: 2024 mpyc contributors
#
# SPDX-License-Identifier: MIT
"""
`adafruit_legacy_helper`
====================================================

Small helpers in a library laid out the old way (no pyproject.toml).
"""

__version__ = "0.0.0-auto.0"
__repo__ = "https://github.com/adafruit/Adafruit_CircuitPython_Legacy_Helper.git"
# __version__ lines elsewhere keep 0.0.0-auto.0:
_NOT_A_VERSION = "0.0.0-auto.0"


def clamp(value, low, high):
    """value kept between low and high."""
    return max(low, min(high, value))


def mapped(value, in_low, in_high, out_low, out_high):
    """value mapped from one range to another."""
    span = in_high - in_low
    return out_low + (clamp(value, in_low, in_high) - in_low) * (out_high - out_low) / span
