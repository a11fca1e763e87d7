# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    return [repr(exc)]


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    print(repr(exc))
