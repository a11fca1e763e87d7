# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class PWMOut:
    def __init__(self, pin, *, duty_cycle=0, frequency=500, variable_frequency=False):
        self.duty_cycle = duty_cycle
        self.frequency = frequency

    def deinit(self):
        pass
