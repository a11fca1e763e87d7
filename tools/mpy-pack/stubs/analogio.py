# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class AnalogIn:
    def __init__(self, pin):
        self.value = 0
        self.reference_voltage = 3.3

    def deinit(self):
        pass
