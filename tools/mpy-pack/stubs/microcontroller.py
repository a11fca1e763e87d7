# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Pin:
    pass


class Processor:
    frequency = 120000000
    temperature = 25.0
    uid = b"\x01\x02\x03\x04"


cpu = Processor()
nvm = bytearray(256)


def delay_us(delay):
    pass


def reset():
    pass


def disable_interrupts():
    pass


def enable_interrupts():
    pass
