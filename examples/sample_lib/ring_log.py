# ring_log.py: a small sample library module: a fixed-size log that keeps the newest lines.
from micropython import const

_DEFAULT_SIZE = const(8)


class RingLog:
    """Keeps the last `size` messages, oldest first."""

    def __init__(self, size=_DEFAULT_SIZE):
        self._lines = [None] * size
        self._next = 0
        self._count = 0

    def add(self, line):
        self._lines[self._next] = line
        self._next = (self._next + 1) % len(self._lines)
        self._count = min(self._count + 1, len(self._lines))

    def lines(self):
        size = len(self._lines)
        start = (self._next - self._count) % size
        return [self._lines[(start + i) % size] for i in range(self._count)]

    def __len__(self):
        return self._count


def demo():
    log = RingLog(3)
    for n in range(5):
        log.add("event %d" % n)
    return log.lines()
