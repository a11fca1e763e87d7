# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class BusDisplay:
    def __init__(self, display_bus, init_sequence, *, width, height, **kwargs):
        self.width = width
        self.height = height
        self.root_group = None
        self.auto_refresh = True

    def refresh(self, *, target_frames_per_second=None, minimum_frames_per_second=0):
        return True
