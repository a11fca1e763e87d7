# SPDX-License-Identifier: MIT
"""`sample_charlcd.i2c_backpack` - Character LCD behind an I2C GPIO expander (sample library)."""

from micropython import const
from adafruit_bus_device import i2c_device
from .character_lcd import Character_LCD_Mono

_MCP23008_ADDRESS = const(0x20)
_MCP23008_IODIR = const(0x00)
_MCP23008_GPIO = const(0x09)


class _ExpanderPin:
    def __init__(self, expander, pin):
        self._expander = expander
        self._pin = pin
        self.direction = None

    @property
    def value(self):
        return bool(self._expander.gpio & (1 << self._pin))

    @value.setter
    def value(self, val):
        if val:
            self._expander.gpio |= 1 << self._pin
        else:
            self._expander.gpio &= ~(1 << self._pin)


class _Expander:
    _BUFFER = bytearray(2)

    def __init__(self, i2c, address=_MCP23008_ADDRESS):
        self._device = i2c_device.I2CDevice(i2c, address)
        self._gpio = 0

    @property
    def gpio(self):
        return self._gpio

    @gpio.setter
    def gpio(self, val):
        self._gpio = val & 0xFF
        self._BUFFER[0] = _MCP23008_GPIO
        self._BUFFER[1] = self._gpio
        with self._device as bus:
            bus.write(self._BUFFER)

    def get_pin(self, pin):
        return _ExpanderPin(self, pin)


class Character_LCD_I2C(Character_LCD_Mono):
    """Character LCD connected to I2C/SPI backpack using its I2C connection."""

    def __init__(self, i2c, columns, lines, address=None, backlight_inverted=False):
        if address:
            self.expander = _Expander(i2c, address)
        else:
            self.expander = _Expander(i2c)
        super().__init__(self.expander.get_pin(1), self.expander.get_pin(2), self.expander.get_pin(3),
                         self.expander.get_pin(4), self.expander.get_pin(5), self.expander.get_pin(6),
                         columns, lines, backlight_pin=self.expander.get_pin(7), backlight_inverted=backlight_inverted)
