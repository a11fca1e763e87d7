# Stand-in for CircuitPython's built-in `terminalio` module (for measurements in the VM only).
import fontio

FONT = fontio.BuiltinFont()


class Terminal:
    pass
