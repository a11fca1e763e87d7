# SPDX-License-Identifier: MIT
"""`sample_lis3dh` - Accelerometer driver built on register descriptors (sample library)."""

import time
import math
from collections import namedtuple
import struct
import digitalio

from micropython import const
from adafruit_bus_device import i2c_device
from adafruit_register.i2c_bit import RWBit, ROBit
from adafruit_register.i2c_bits import RWBits
from adafruit_register.i2c_struct import ROUnaryStruct, UnaryStruct

try:
    from typing import Optional
    from busio import I2C
except ImportError:
    pass

__version__ = "5.2.2"
__repo__ = "https://github.com/example/Sample_CircuitPython_LIS3DH.git"

# Register addresses:
_REG_OUTADC1_L = const(0x08)
_REG_WHOAMI = const(0x0F)
_REG_TEMPCFG = const(0x1F)
_REG_CTRL1 = const(0x20)
_REG_CTRL3 = const(0x22)
_REG_CTRL4 = const(0x23)
_REG_CTRL5 = const(0x24)
_REG_OUT_X_L = const(0x28)
_REG_INT1SRC = const(0x31)
_REG_CLICKCFG = const(0x38)
_REG_CLICKSRC = const(0x39)
_REG_CLICKTHS = const(0x3A)
_REG_TIMELIMIT = const(0x3B)
_REG_TIMELATENCY = const(0x3C)
_REG_TIMEWINDOW = const(0x3D)

# Register value constants:
RANGE_16_G = const(0b11)  # +/- 16g
RANGE_8_G = const(0b10)  # +/- 8g
RANGE_4_G = const(0b01)  # +/- 4g
RANGE_2_G = const(0b00)  # +/- 2g (default value)
DATARATE_1344_HZ = const(0b1001)  # 1.344 KHz
DATARATE_400_HZ = const(0b0111)  # 400Hz
DATARATE_200_HZ = const(0b0110)  # 200Hz
DATARATE_100_HZ = const(0b0101)  # 100Hz
DATARATE_50_HZ = const(0b0100)  # 50Hz
DATARATE_25_HZ = const(0b0011)  # 25Hz
DATARATE_10_HZ = const(0b0010)  # 10 Hz
DATARATE_1_HZ = const(0b0001)  # 1 Hz
DATARATE_POWERDOWN = const(0)
DATARATE_LOWPOWER_1K6HZ = const(0b1000)
DATARATE_LOWPOWER_5KHZ = const(0b1001)

# Other constants
STANDARD_GRAVITY = 9.806

# the named tuple returned by the class
AccelerationTuple = namedtuple("acceleration", ("x", "y", "z"))


class LIS3DH:
    """Driver base for the LIS3DH accelerometer."""

    _chip_id = ROUnaryStruct(_REG_WHOAMI, "<B")
    _data_rate = RWBits(4, _REG_CTRL1, 4)
    _range = RWBits(2, _REG_CTRL4, 4)
    _high_resolution = RWBit(_REG_CTRL4, 3)
    _block_data_update = RWBit(_REG_CTRL4, 7)
    _int1_latch = RWBit(_REG_CTRL5, 3)
    _adc_enable = RWBit(_REG_TEMPCFG, 7)
    _temp_enable = RWBit(_REG_TEMPCFG, 6)
    _click_threshold = UnaryStruct(_REG_CLICKTHS, "<B")
    _time_limit = UnaryStruct(_REG_TIMELIMIT, "<B")
    _time_latency = UnaryStruct(_REG_TIMELATENCY, "<B")
    _time_window = UnaryStruct(_REG_TIMEWINDOW, "<B")
    _int1_source = ROUnaryStruct(_REG_INT1SRC, "<B")
    _click_source = ROUnaryStruct(_REG_CLICKSRC, "<B")
    _xyz_overrun = ROBit(0x27, 7)

    def __init__(self, int1=None, int2=None):
        device_id = self._chip_id
        if device_id != 0x33:
            raise RuntimeError("Failed to find LIS3DH!")
        self._data_rate = DATARATE_400_HZ
        self._high_resolution = True
        self._block_data_update = True
        self._adc_enable = True
        self._int1_pin = int1
        self._int2_pin = int2
        if self._int1_pin:
            self._int1_pin.direction = digitalio.Direction.INPUT
            self._int1_pin.pull = digitalio.Pull.UP

    @property
    def data_rate(self):
        return self._data_rate

    @data_rate.setter
    def data_rate(self, rate):
        self._data_rate = rate

    @property
    def range(self):
        return self._range

    @range.setter
    def range(self, range_value):
        self._range = range_value

    @property
    def acceleration(self):
        divider = 1
        accel_range = self.range
        if accel_range == RANGE_16_G:
            divider = 1365
        elif accel_range == RANGE_8_G:
            divider = 4096
        elif accel_range == RANGE_4_G:
            divider = 8190
        elif accel_range == RANGE_2_G:
            divider = 16380
        x, y, z = struct.unpack("<hhh", self._read_register(_REG_OUT_X_L | 0x80, 6))
        x = (x / divider) * STANDARD_GRAVITY
        y = (y / divider) * STANDARD_GRAVITY
        z = (z / divider) * STANDARD_GRAVITY
        return AccelerationTuple(x, y, z)

    def shake(self, shake_threshold=30, avg_count=10, total_delay=0.1):
        shake_accel = (0, 0, 0)
        for _ in range(avg_count):
            shake_accel = tuple(map(sum, zip(shake_accel, self.acceleration)))
            time.sleep(total_delay / avg_count)
        avg = tuple(value / avg_count for value in shake_accel)
        total_accel = math.sqrt(sum(map(lambda x: x * x, avg)))
        return total_accel > shake_threshold

    def read_adc_raw(self, adc):
        if adc < 1 or adc > 3:
            raise ValueError("ADC must be a value 1 to 3!")
        return struct.unpack("<h", self._read_register((_REG_OUTADC1_L + ((adc - 1) * 2)) | 0x80, 2)[0:2])[0]

    def read_adc_mV(self, adc):
        raw = self.read_adc_raw(adc)
        return 1800 + (raw + 32512) * (-900 / 65024)

    @property
    def tapped(self):
        if self._int1_pin and not self._int1_pin.value:
            return False
        raw = self._click_source
        return raw & 0x40 > 0

    def set_tap(self, tap, threshold, *, time_limit=10, time_latency=20, time_window=255, click_cfg=None):
        if (tap < 0 or tap > 2) and click_cfg is None:
            raise ValueError("Tap must be 0 (disabled), 1 (single tap), or 2 (double tap)!")
        if threshold > 127 or threshold < 0:
            raise ValueError("Threshold out of range (0-127)")
        self._click_threshold = threshold
        self._time_limit = time_limit
        self._time_latency = time_latency
        self._time_window = time_window

    def _read_register(self, register, length):
        raise NotImplementedError

    def _write_register_byte(self, register, value):
        raise NotImplementedError


class LIS3DH_I2C(LIS3DH):
    """Driver for the LIS3DH accelerometer connected over I2C."""

    def __init__(self, i2c, *, address=0x18, int1=None, int2=None):
        self.i2c_device = i2c_device.I2CDevice(i2c, address)
        self._buffer = bytearray(6)
        super().__init__(int1=int1, int2=int2)

    def _read_register(self, register, length):
        self._buffer[0] = register & 0xFF
        with self.i2c_device as i2c:
            i2c.write_then_readinto(self._buffer, self._buffer, out_end=1, in_end=length)
        return self._buffer
