# SPDX-License-Identifier: MIT
"""`sample_led_animation` - Animations for NeoPixel strips (sample library)."""

__version__ = "2.9.4"
__repo__ = "https://github.com/example/Sample_CircuitPython_LED_Animation.git"

try:
    from micropython import const
except ImportError:

    def const(value):
        return value


try:
    from time import monotonic_ns

    monotonic_ns()

    def monotonic_ms():
        """Return monotonic time in milliseconds."""
        return monotonic_ns() // NANOS_PER_MS

except (ImportError, NotImplementedError):
    import time

    def monotonic_ms():
        """Implementation of monotonic_ms for platforms without time.monotonic_ns"""
        return int(time.monotonic() * MS_PER_SECOND)


NANOS_PER_MS = const(1000000)
MS_PER_SECOND = const(1000)
