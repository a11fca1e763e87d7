# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Event:
    def __init__(self, key_number=0, pressed=True):
        self.key_number = key_number
        self.pressed = pressed
        self.released = not pressed


class EventQueue:
    def get(self):
        return None


class Keys:
    def __init__(self, pins, *, value_when_pressed, pull=True):
        self.events = EventQueue()
        self.key_count = len(pins)
