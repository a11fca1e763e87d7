# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class IncrementalEncoder:
    def __init__(self, pin_a, pin_b, divisor=4):
        self.position = 0
