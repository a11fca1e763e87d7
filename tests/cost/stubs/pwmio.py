# Stand-in for CircuitPython's built-in `pwmio` module (for measurements in the VM only).
class PWMOut:
    def __init__(self, pin, *, duty_cycle=0, frequency=500, variable_frequency=False):
        self.duty_cycle = duty_cycle
        self.frequency = frequency

    def deinit(self):
        pass
