# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class RawSample:
    def __init__(self, buffer, *, channel_count=1, sample_rate=8000):
        self.sample_rate = sample_rate


class WaveFile:
    def __init__(self, file, buffer=None):
        self.sample_rate = 8000
