# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
import fontio

FONT = fontio.BuiltinFont()


class Terminal:
    pass
