# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class FourWire:
    def __init__(self, spi_bus, *, command=None, chip_select=None, reset=None, baudrate=24000000, polarity=0, phase=0):
        self.spi_bus = spi_bus

    def reset(self):
        pass

    def send(self, command, data, *, toggle_every_byte=False):
        pass
