# Stand-in for CircuitPython's built-in `analogio` module (for measurements in the VM only).
class AnalogIn:
    def __init__(self, pin):
        self.value = 0
        self.reference_voltage = 3.3

    def deinit(self):
        pass
