# SPDX-License-Identifier: MIT
"""`sample_boardinfo` - Facts about the board, read when the module loads (sample library)."""

import time
import board
import microcontroller

START_TIME = time.time()
CPU_FREQUENCY = microcontroller.cpu.frequency
UID_HEX = "".join("{:02x}".format(b) for b in microcontroller.cpu.uid)
PINS = [name for name in dir(board) if not name.startswith("_")]
LED_PIN = board.LED


def uptime():
    """Seconds since this module was imported."""
    return time.time() - START_TIME


def describe():
    return "cpu at {} Hz, uid {}, {} pins".format(CPU_FREQUENCY, UID_HEX, len(PINS))
