# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
def neopixel_write(digitalinout, buf):
    pass
