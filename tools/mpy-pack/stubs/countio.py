# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Counter:
    def __init__(self, pin, *, edge=None, pull=None):
        self.count = 0


class Edge:
    RISE = 1
    FALL = 2
    RISE_AND_FALL = 3
