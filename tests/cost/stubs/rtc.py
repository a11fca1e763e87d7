# Stand-in for CircuitPython's built-in `rtc` module (for measurements in the VM only).
class RTC:
    datetime = None
    calibration = 0


def set_time_source(rtc):
    pass
