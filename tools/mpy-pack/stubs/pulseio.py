# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class PulseIn:
    def __init__(self, pin, maxlen=2, *, idle_state=False):
        self.maxlen = maxlen

    def __len__(self):
        return 0

    def popleft(self):
        return 0

    def clear(self):
        pass

    def pause(self):
        pass

    def resume(self, trigger_duration=0):
        pass


class PulseOut:
    def __init__(self, pin, *, frequency=38000, duty_cycle=1 << 15):
        pass

    def send(self, pulses):
        pass
