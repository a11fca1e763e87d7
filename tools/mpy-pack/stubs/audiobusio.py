# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class I2SOut:
    playing = False

    def __init__(self, bit_clock, word_select, data, *, left_justified=False):
        pass

    def play(self, sample, *, loop=False):
        pass

    def stop(self):
        pass


class PDMIn:
    def __init__(self, clock_pin, data_pin, *, sample_rate=16000, bit_depth=8, mono=True, oversample=64, startup_delay=0.11):
        self.sample_rate = sample_rate

    def record(self, destination, destination_length):
        return 0
