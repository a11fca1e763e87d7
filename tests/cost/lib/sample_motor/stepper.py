# SPDX-License-Identifier: MIT
"""`sample_motor.stepper` - Stepper motors driven by four PWM outputs or pins (sample library)."""

import math

from micropython import const

__version__ = "3.4.14"
__repo__ = "https://github.com/example/Sample_CircuitPython_Motor.git"

FORWARD = const(1)
BACKWARD = const(2)
SINGLE = const(1)
DOUBLE = const(2)
INTERLEAVE = const(3)
MICROSTEP = const(4)

_SINGLE_STEPS = bytes([0b0010, 0b0100, 0b0001, 0b1000])
_DOUBLE_STEPS = bytes([0b1010, 0b0110, 0b0101, 0b1001])
_INTERLEAVE_STEPS = bytes([0b1010, 0b0010, 0b0110, 0b0100, 0b0101, 0b0001, 0b1001, 0b1000])


class StepperMotor:
    """A bipolar stepping motor or four coil unipolar motor."""

    def __init__(self, ain1, ain2, bin1, bin2, *, microsteps=16):
        if microsteps is None:
            self._coil = (ain2, bin1, ain1, bin2)
            self._microsteps = None
        else:
            self._coil = (ain1, ain2, bin1, bin2)
            for pin in self._coil:
                pin.frequency = 2000
            self._microsteps = microsteps
            self._curve = [int(round(0xFFFF * math.sin(math.pi / (2 * microsteps) * i))) for i in range(microsteps + 1)]
        self._current_microstep = 0
        self._update_coils()

    def _update_coils(self, *, microstepping=False):
        if self._microsteps is None:
            duty_cycles = [0, 0, 0, 0]
            trailing_coil = (self._current_microstep // 2) % len(self._coil)
            leading_coil = (trailing_coil + 1) % len(self._coil)
            duty_cycles[leading_coil] = 0xFFFF
            duty_cycles[trailing_coil] = 0xFFFF
            for i in range(4):
                self._coil[i].value = bool(duty_cycles[i])
            return
        duty_cycles = [0, 0, 0, 0]
        trailing_coil = (self._current_microstep // self._microsteps) % 4
        leading_coil = (trailing_coil + 1) % 4
        microstep = self._current_microstep % self._microsteps
        duty_cycles[leading_coil] = self._curve[microstep]
        duty_cycles[trailing_coil] = self._curve[self._microsteps - microstep]
        if not microstepping and (duty_cycles[leading_coil] == duty_cycles[trailing_coil] and duty_cycles[leading_coil] > 0):
            duty_cycles[leading_coil] = 0xFFFF
            duty_cycles[trailing_coil] = 0xFFFF
        for i in range(4):
            self._coil[i].duty_cycle = duty_cycles[i]

    def release(self):
        for coil in self._coil:
            if self._microsteps is None:
                coil.value = 0
            else:
                coil.duty_cycle = 0

    def onestep(self, *, direction=FORWARD, style=SINGLE):
        if self._microsteps is None:
            step_size = 1
            if style == MICROSTEP:
                raise ValueError("Cannot use MICROSTEP with pins")
        else:
            step_size = 0
            if style == MICROSTEP:
                step_size = 1
            else:
                half_step = self._microsteps // 2
                full_step = self._microsteps
                additional_microsteps = self._current_microstep % half_step
                if additional_microsteps != 0:
                    if direction == FORWARD:
                        self._current_microstep += half_step - additional_microsteps
                    else:
                        self._current_microstep -= additional_microsteps
                    step_size = 0
                elif style == INTERLEAVE:
                    step_size = half_step
                current_interleave = self._current_microstep // half_step
                if (style == SINGLE and current_interleave % 2 == 1) or (style == DOUBLE and current_interleave % 2 == 0):
                    step_size = half_step
                elif style in (SINGLE, DOUBLE):
                    step_size = full_step
        if direction == FORWARD:
            self._current_microstep += step_size
        else:
            self._current_microstep -= step_size
        self._update_coils(microstepping=style == MICROSTEP)
        return self._current_microstep
