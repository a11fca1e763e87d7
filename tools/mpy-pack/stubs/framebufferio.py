# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class FramebufferDisplay:
    def __init__(self, framebuffer, *, rotation=0, auto_refresh=True):
        self.root_group = None
