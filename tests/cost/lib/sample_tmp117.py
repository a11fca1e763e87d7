# SPDX-License-Identifier: MIT
"""`sample_tmp117` - Temperature sensor driver with modes, alerts and averaging (sample library)."""

import time
from collections import namedtuple
from micropython import const
from adafruit_bus_device import i2c_device
from adafruit_register.i2c_struct import ROUnaryStruct, UnaryStruct
from adafruit_register.i2c_bit import RWBit
from adafruit_register.i2c_bits import RWBits, ROBits

__version__ = "1.3.8"
__repo__ = "https://github.com/example/Sample_CircuitPython_TMP117.git"

_I2C_ADDR = 0x48
_TEMP_RESULT = const(0x00)
_CONFIGURATION = const(0x01)
_T_HIGH_LIMIT = const(0x02)
_T_LOW_LIMIT = const(0x03)
_TEMP_OFFSET = const(0x07)
_DEVICE_ID = const(0x0F)
_DEVICE_ID_VALUE = 0x0117
_TMP117_RESOLUTION = 0.0078125

ALERT_WINDOW = const(0)
ALERT_HYSTERESIS = const(1)

AlertStatus = namedtuple("AlertStatus", ["high_alert", "low_alert"])


class CV:
    """struct helper"""

    @classmethod
    def add_values(cls, value_tuples):
        """Add CV values to the class"""
        cls.string = {}
        cls.lsb = {}
        for value_tuple in value_tuples:
            name, value, string, lsb = value_tuple
            setattr(cls, name, value)
            cls.string[value] = string
            cls.lsb[value] = lsb

    @classmethod
    def is_valid(cls, value):
        return value in cls.string


class AverageCount(CV):
    """Options for `averaged_measurements`"""


AverageCount.add_values(
    (
        ("AVERAGE_1X", 0, 1, None),
        ("AVERAGE_8X", 1, 8, None),
        ("AVERAGE_32X", 2, 32, None),
        ("AVERAGE_64X", 3, 64, None),
    )
)


class MeasurementDelay(CV):
    """Options for `measurement_delay`"""


MeasurementDelay.add_values(
    (
        ("DELAY_0_0015_S", 0, 0.00155, None),
        ("DELAY_0_125_S", 1, 0.125, None),
        ("DELAY_0_250_S", 2, 0.250, None),
        ("DELAY_0_500_S", 3, 0.500, None),
        ("DELAY_1_S", 4, 1, None),
        ("DELAY_4_S", 5, 4, None),
        ("DELAY_8_S", 6, 8, None),
        ("DELAY_16_S", 7, 16, None),
    )
)


class MeasurementMode(CV):
    """Options for `measurement_mode`"""

    @staticmethod
    def is_valid(value):
        return value in [0, 1, 2, 3]


MeasurementMode.add_values(
    (
        ("CONTINUOUS", 0, "Continuous", None),
        ("ONE_SHOT", 3, "One shot", None),
        ("SHUTDOWN", 1, "Shut down", None),
    )
)


class TMP117:
    """Library for the TI TMP117 high-accuracy temperature sensor"""

    _part_id = ROUnaryStruct(_DEVICE_ID, ">H")
    _raw_temperature = ROUnaryStruct(_TEMP_RESULT, ">h")
    _raw_high_limit = UnaryStruct(_T_HIGH_LIMIT, ">h")
    _raw_low_limit = UnaryStruct(_T_LOW_LIMIT, ">h")
    _raw_temperature_offset = UnaryStruct(_TEMP_OFFSET, ">h")
    _high_alert = RWBit(_CONFIGURATION, 15, 2, False)
    _low_alert = RWBit(_CONFIGURATION, 14, 2, False)
    _data_ready = RWBit(_CONFIGURATION, 13, 2, False)
    _eeprom_busy = RWBit(_CONFIGURATION, 12, 2, False)
    _mode = RWBits(2, _CONFIGURATION, 10, 2, False)
    _raw_measurement_delay = RWBits(3, _CONFIGURATION, 7, 2, False)
    _raw_averaged_measurements = RWBits(2, _CONFIGURATION, 5, 2, False)
    _raw_alert_mode = RWBit(_CONFIGURATION, 4, 2, False)
    _int_active_high = RWBit(_CONFIGURATION, 3, 2, False)
    _data_ready_int_en = RWBit(_CONFIGURATION, 2, 2, False)
    _soft_reset = RWBit(_CONFIGURATION, 1, 2, False)

    def __init__(self, i2c_bus, address=_I2C_ADDR):
        self.i2c_device = i2c_device.I2CDevice(i2c_bus, address)
        if self._part_id != _DEVICE_ID_VALUE:
            raise AttributeError("Cannot find a TMP117")
        self._soft_reset = True
        time.sleep(0.0015)
        self._mode = MeasurementMode.CONTINUOUS
        self._raw_alert_mode = ALERT_WINDOW

    @property
    def temperature(self):
        return self._read_temperature()

    @property
    def temperature_offset(self):
        return self._raw_temperature_offset * _TMP117_RESOLUTION

    @temperature_offset.setter
    def temperature_offset(self, value):
        if value > 256 or value < -256:
            raise AttributeError("temperature_offset must be ")
        scaled_offset = int(value / _TMP117_RESOLUTION)
        self._raw_temperature_offset = scaled_offset

    @property
    def high_limit(self):
        return self._raw_high_limit * _TMP117_RESOLUTION

    @high_limit.setter
    def high_limit(self, value):
        if value > 256 or value < -256:
            raise AttributeError("high_limit must be from 255 to -256")
        scaled_limit = int(value / _TMP117_RESOLUTION)
        self._raw_high_limit = scaled_limit

    @property
    def low_limit(self):
        return self._raw_low_limit * _TMP117_RESOLUTION

    @low_limit.setter
    def low_limit(self, value):
        if value > 255 or value < -256:
            raise AttributeError("low_limit must be from 255 to -256")
        scaled_limit = int(value / _TMP117_RESOLUTION)
        self._raw_low_limit = scaled_limit

    @property
    def alert_status(self):
        high_alert = self._high_alert
        low_alert = self._low_alert
        return AlertStatus(high_alert=high_alert, low_alert=low_alert)

    @property
    def averaged_measurements(self):
        return self._raw_averaged_measurements

    @averaged_measurements.setter
    def averaged_measurements(self, value):
        if not AverageCount.is_valid(value):
            raise AttributeError("averaged_measurements must be an `AverageCount`")
        self._raw_averaged_measurements = value

    @property
    def measurement_mode(self):
        return self._mode

    @measurement_mode.setter
    def measurement_mode(self, value):
        if not MeasurementMode.is_valid(value):
            raise AttributeError("measurement_mode must be one of the member of MeasurementMode")
        self._set_mode_and_wait_for_measurement(value)

    def _set_mode_and_wait_for_measurement(self, mode):
        self._mode = mode
        while not self._data_ready:
            time.sleep(0.001)
        return self._raw_temperature * _TMP117_RESOLUTION

    def _read_temperature(self):
        while not self._data_ready:
            pass
        return self._raw_temperature * _TMP117_RESOLUTION
