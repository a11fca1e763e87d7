# SPDX-FileCopyrightText: 2024 mpyc contributors
#
# SPDX-License-Identifier: MIT
"""
`adafruit_thermo`
================================================================================

Driver logic for a 12-bit I2C thermometer: register decoding and unit conversion,
kept free of hardware access so that it runs anywhere.

* Author(s): mpyc contributors
"""

from micropython import const

__version__ = "0.0.0+auto.0"
__repo__ = "https://github.com/adafruit/Adafruit_CircuitPython_Thermo.git"

_DEFAULT_ADDRESS = const(0x48)
_REG_TEMP = const(0x00)
_RESOLUTION = 0.0625


class Thermo:
    """A thermometer whose readings come from ``read_register``."""

    def __init__(self, read_register, address=_DEFAULT_ADDRESS):
        self._read = read_register
        self.address = address

    @staticmethod
    def decode(raw):
        """Two's-complement 12-bit reading, left aligned in 16 bits, to degrees Celsius."""
        value = raw >> 4
        if value & 0x800:
            value -= 0x1000
        return value * _RESOLUTION

    @property
    def temperature(self):
        """The temperature in degrees Celsius."""
        return self.decode(self._read(self.address, _REG_TEMP))

    @property
    def fahrenheit(self):
        """The temperature in degrees Fahrenheit."""
        return self.temperature * 9 / 5 + 32
