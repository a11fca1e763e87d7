# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Note:
    def __init__(self, frequency, *, panning=0.0, waveform=None, envelope=None, amplitude=1.0, bend=0.0, ring_frequency=0.0, ring_bend=0.0, ring_waveform=None):
        self.frequency = frequency


class Envelope:
    def __init__(self, *, attack_time=0.1, decay_time=0.05, release_time=0.2, attack_level=1.0, sustain_level=0.8):
        self.attack_time = attack_time


class Synthesizer:
    def __init__(self, *, sample_rate=11025, channel_count=1, waveform=None, envelope=None):
        self.sample_rate = sample_rate

    def press(self, notes=()):
        pass

    def release(self, notes=()):
        pass


def midi_to_hz(midi_note):
    return 440 * 2 ** ((midi_note - 69) / 12)
