# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class EPaperDisplay:
    def __init__(self, display_bus, start_sequence, stop_sequence, *, width, height, **kwargs):
        self.width = width
        self.height = height
        self.root_group = None

    def refresh(self):
        pass
