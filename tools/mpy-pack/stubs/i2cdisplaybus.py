# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class I2CDisplayBus:
    def __init__(self, i2c_bus, *, device_address, reset=None):
        self.device_address = device_address

    def reset(self):
        pass

    def send(self, command, data):
        pass
