# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class I2C:
    def __init__(self, scl, sda, *, frequency=100000, timeout=255):
        self.scl = scl
        self.sda = sda
        self.frequency = frequency
        self._locked = False

    def try_lock(self):
        if self._locked:
            return False
        self._locked = True
        return True

    def unlock(self):
        self._locked = False

    def scan(self):
        return []

    def readfrom_into(self, address, buffer, *, start=0, end=None):
        pass

    def writeto(self, address, buffer, *, start=0, end=None):
        pass

    def writeto_then_readfrom(self, address, out_buffer, in_buffer, *, out_start=0, out_end=None, in_start=0, in_end=None):
        pass

    def deinit(self):
        pass


class SPI:
    def __init__(self, clock, MOSI=None, MISO=None):
        self.clock = clock
        self._locked = False

    def configure(self, *, baudrate=100000, polarity=0, phase=0, bits=8):
        pass

    def try_lock(self):
        self._locked = True
        return True

    def unlock(self):
        self._locked = False

    def write(self, buffer, *, start=0, end=None):
        pass

    def readinto(self, buffer, *, start=0, end=None, write_value=0):
        pass

    def write_readinto(self, out_buffer, in_buffer, *, out_start=0, out_end=None, in_start=0, in_end=None):
        pass


class UART:
    def __init__(self, tx, rx, *, baudrate=9600, bits=8, parity=None, stop=1, timeout=1, receiver_buffer_size=64):
        self.baudrate = baudrate

    def read(self, nbytes=None):
        return None

    def write(self, buf):
        return len(buf)

    @property
    def in_waiting(self):
        return 0

    def reset_input_buffer(self):
        pass
