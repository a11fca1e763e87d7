# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class PixelBuf:
    def __init__(self, size, *, byteorder="BGR", brightness=0, auto_write=False, header=b"", trailer=b""):
        self._n = size
        self._byteorder = byteorder
        self._bpp = len(byteorder.replace("P", ""))
        self._buf = bytearray(size * self._bpp)
        self.brightness = brightness
        self.auto_write = auto_write

    def __len__(self):
        return self._n

    @property
    def bpp(self):
        return self._bpp

    @property
    def byteorder(self):
        return self._byteorder

    def __setitem__(self, index, value):
        if self.auto_write:
            self.show()

    def __getitem__(self, index):
        return (0, 0, 0)

    def fill(self, color):
        pass

    def show(self):
        self._transmit(self._buf)

    def _transmit(self, buffer):
        pass


def colorwheel(n):
    return 0
