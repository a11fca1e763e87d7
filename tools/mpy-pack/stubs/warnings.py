# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
def warn(message, category=None, stacklevel=1):
    print(message)


def simplefilter(action, category=None):
    pass
