# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class TouchIn:
    def __init__(self, pin):
        self.value = False
        self.raw_value = 0
        self.threshold = 0
