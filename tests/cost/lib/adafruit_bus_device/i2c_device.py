# SPDX-License-Identifier: MIT
"""`i2c_device` - I2C bus device that locks the bus around each transaction."""

import time

try:
    from typing import Optional, Type
    from types import TracebackType
    from circuitpython_typing import ReadableBuffer, WriteableBuffer
    from busio import I2C
except ImportError:
    pass

__version__ = "5.2.3"
__repo__ = "https://github.com/example/Sample_CircuitPython_BusDevice.git"


class I2CDevice:
    """Represents a single I2C device and manages locking the bus and the device address."""

    def __init__(self, i2c, device_address, probe=True):
        self.i2c = i2c
        self.device_address = device_address
        if probe:
            self.__probe_for_device()

    def readinto(self, buf, *, start=0, end=None):
        if end is None:
            end = len(buf)
        self.i2c.readfrom_into(self.device_address, buf, start=start, end=end)

    def write(self, buf, *, start=0, end=None):
        if end is None:
            end = len(buf)
        self.i2c.writeto(self.device_address, buf, start=start, end=end)

    # pylint: disable-msg=too-many-arguments
    def write_then_readinto(self, out_buffer, in_buffer, *, out_start=0, out_end=None, in_start=0, in_end=None):
        if out_end is None:
            out_end = len(out_buffer)
        if in_end is None:
            in_end = len(in_buffer)
        self.i2c.writeto_then_readfrom(
            self.device_address,
            out_buffer,
            in_buffer,
            out_start=out_start,
            out_end=out_end,
            in_start=in_start,
            in_end=in_end,
        )

    def __enter__(self):
        while not self.i2c.try_lock():
            time.sleep(0)
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.i2c.unlock()
        return False

    def __probe_for_device(self):
        while not self.i2c.try_lock():
            time.sleep(0)
        try:
            self.i2c.writeto(self.device_address, b"")
        except OSError:
            try:
                result = bytearray(1)
                self.i2c.readfrom_into(self.device_address, result)
            except OSError:
                raise ValueError("No I2C device at address: 0x%x" % self.device_address)
        finally:
            self.i2c.unlock()
