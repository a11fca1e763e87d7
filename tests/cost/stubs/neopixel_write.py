# Stand-in for CircuitPython's built-in `neopixel_write` module (for measurements in the VM only).
def neopixel_write(digitalinout, buf):
    pass
