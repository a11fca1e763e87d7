# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Mixer:
    def __init__(self, voice_count=2, buffer_size=1024, channel_count=2, bits_per_sample=16, samples_signed=True, sample_rate=8000):
        self.voice = [None] * voice_count
