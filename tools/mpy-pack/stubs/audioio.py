# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class AudioOut:
    playing = False

    def __init__(self, left_channel, *, right_channel=None, quiescent_value=0x8000):
        pass

    def play(self, sample, *, loop=False):
        pass

    def stop(self):
        pass
