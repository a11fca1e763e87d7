# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
annotations = None
