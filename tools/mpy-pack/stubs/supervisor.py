# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
_ms = 0


def ticks_ms():
    global _ms
    _ms = (_ms + 1) & 0x3FFFFFFF
    return _ms


class Runtime:
    serial_connected = True
    serial_bytes_available = 0
    usb_connected = True


runtime = Runtime()
