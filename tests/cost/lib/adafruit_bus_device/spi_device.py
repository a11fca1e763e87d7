# SPDX-License-Identifier: MIT
"""`spi_device` - SPI bus device that configures the bus for each transaction."""

import time

try:
    from typing import Optional, Type
    from busio import SPI
    from digitalio import DigitalInOut
except ImportError:
    pass

__version__ = "5.2.3"
__repo__ = "https://github.com/example/Sample_CircuitPython_BusDevice.git"


class SPIDevice:
    """Represents a single SPI device and manages locking the bus and the chip select."""

    def __init__(self, spi, chip_select=None, *, cs_active_value=False, baudrate=100000, polarity=0, phase=0, extra_clocks=0):
        self.spi = spi
        self.baudrate = baudrate
        self.polarity = polarity
        self.phase = phase
        self.extra_clocks = extra_clocks
        self.chip_select = chip_select
        self.cs_active_value = cs_active_value
        if self.chip_select:
            self.chip_select.switch_to_output(value=not self.cs_active_value)

    def __enter__(self):
        while not self.spi.try_lock():
            time.sleep(0)
        self.spi.configure(baudrate=self.baudrate, polarity=self.polarity, phase=self.phase)
        if self.chip_select:
            self.chip_select.value = self.cs_active_value
        return self.spi

    def __exit__(self, exc_type, exc_val, exc_tb):
        if self.chip_select:
            self.chip_select.value = not self.cs_active_value
        if self.extra_clocks > 0:
            buf = bytearray(1)
            buf[0] = 0xFF
            clocks = self.extra_clocks // 8
            if self.extra_clocks % 8 != 0:
                clocks += 1
            for _ in range(clocks):
                self.spi.write(buf)
        self.spi.unlock()
        return False
