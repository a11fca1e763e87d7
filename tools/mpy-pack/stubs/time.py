# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
# CircuitPython's time: monotonic(), monotonic_ns() and friends, on top of the VM's own module
# (reached with an empty sys.path, which makes an import skip the file system).
import sys

_path = sys.path[:]
sys.path.clear()
import time as _vm_time

sys.path.extend(_path)
_path = None


def monotonic():
    return _vm_time.ticks_ms() / 1000


def monotonic_ns():
    return _vm_time.ticks_ms() * 1000000


def sleep(seconds):
    _vm_time.sleep(seconds)


def time():
    return _vm_time.time()


def localtime(secs=None):
    return _vm_time.localtime(secs)


def mktime(t):
    return _vm_time.mktime(t)


class struct_time:
    def __init__(self, *args):
        self.args = args
