# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class I2C:
    def __init__(self, scl, sda, *, frequency=400000, timeout=255):
        self.frequency = frequency

    def try_lock(self):
        return True

    def unlock(self):
        pass


class SPI:
    def __init__(self, clock, MOSI=None, MISO=None):
        pass

    def try_lock(self):
        return True

    def unlock(self):
        pass
