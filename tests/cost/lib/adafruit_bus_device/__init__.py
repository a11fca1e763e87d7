# SPDX-License-Identifier: MIT
"""Sample library for mpy-pack cost: bus device helpers (I2C and SPI)."""

__version__ = "5.2.3"
__repo__ = "https://github.com/example/Sample_CircuitPython_BusDevice.git"
