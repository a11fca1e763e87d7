# SPDX-License-Identifier: MIT
"""`sample_simpleio` - Simple helpers for tones, shift registers and ranges (sample library)."""

import time
import sys
import array
import digitalio
import pwmio

__version__ = "3.0.13"
__repo__ = "https://github.com/example/Sample_CircuitPython_SimpleIO.git"


def tone(pin, frequency, duration=1, length=100):
    """Generates a square wave of the specified frequency on a pin."""
    if length * frequency > 350000:
        length = 350000 // frequency
    try:
        with pwmio.PWMOut(pin, frequency=int(frequency), variable_frequency=False) as pwm:
            pwm.duty_cycle = 0x8000
            time.sleep(duration)
    except ValueError:
        sample_length = length
        square_wave = array.array("H", [0] * sample_length)
        for i in range(sample_length / 2):
            square_wave[i] = 0xFFFF
        time.sleep(duration)


def bitWrite(x, n, b):
    """Based on the Arduino bitWrite function, changes a specific bit of a value to 0 or 1."""
    if b == 1:
        x |= 1 << n & 255
    else:
        x &= ~(1 << n) & 255
    return x


def shift_in(data_pin, clock, msb_first=True):
    """Shifts in a byte of data one bit at a time."""
    value = 0
    i = 0
    for i in range(0, 8):
        if msb_first:
            value |= (data_pin.value & 1) << (7 - i)
        else:
            value |= (data_pin.value & 1) << i
        clock.value = True
        clock.value = False
        i += 1
    return value


def shift_out(data_pin, clock, value, msb_first=True, bitcount=8):
    """Shifts out a byte of data one bit at a time."""
    if bitcount < 0 or bitcount > 32:
        raise ValueError("bitcount must be in range 0..32 inclusive")
    if msb_first:
        bitsequence = lambda: range(bitcount - 1, -1, -1)
    else:
        bitsequence = lambda: range(0, bitcount)
    for i in bitsequence():
        tmpval = bool(value & (1 << i))
        data_pin.value = tmpval
        clock.value = True
        clock.value = False


class Servo:
    """Easy control for hobby (3-wire) servos"""

    def __init__(self, pin, min_pulse=0.5, max_pulse=2.5):
        self.pwm = pwmio.PWMOut(pin, frequency=50)
        self.min_pulse = min_pulse
        self.max_pulse = max_pulse
        self._angle = None

    @property
    def angle(self):
        """Get and set the servo angle in degrees"""
        return self._angle

    @angle.setter
    def angle(self, degrees):
        if degrees < 0 or degrees > 180:
            raise ValueError("Must be 0 to 180 degrees")
        duty = self._degrees_to_duty(degrees)
        self.pwm.duty_cycle = int(duty)
        self._angle = degrees

    def _degrees_to_duty(self, degrees):
        pulse = self.min_pulse + (degrees / 180.0) * (self.max_pulse - self.min_pulse)
        return pulse / 20.0 * 0xFFFF

    def deinit(self):
        self.pwm.deinit()


class DigitalOut:
    """Simple digital output that is valid until reload."""

    def __init__(self, pin, **kwargs):
        self.iopin = digitalio.DigitalInOut(pin)
        self.iopin.switch_to_output(**kwargs)

    @property
    def value(self):
        return self.iopin.value

    @value.setter
    def value(self, value):
        self.iopin.value = value


class DigitalIn:
    """Simple digital input that is valid until reload."""

    def __init__(self, pin, **kwargs):
        self.iopin = digitalio.DigitalInOut(pin)
        self.iopin.switch_to_input(**kwargs)

    @property
    def value(self):
        return self.iopin.value


def map_range(x, in_min, in_max, out_min, out_max):
    """Maps a number from one range to another."""
    in_range = in_max - in_min
    in_delta = x - in_min
    if in_range != 0:
        mapped = in_delta / in_range
    elif in_delta != 0:
        mapped = in_delta
    else:
        mapped = 0.5
    mapped *= out_max - out_min
    mapped += out_min
    if out_min <= out_max:
        return max(min(mapped, out_max), out_min)
    return min(max(mapped, out_max), out_min)
