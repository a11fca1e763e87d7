# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
def colorwheel(n):
    n = int(n) % 256
    if n < 85:
        return ((255 - n * 3) << 16) | ((n * 3) << 8)
    if n < 170:
        n -= 85
        return ((255 - n * 3) << 8) | (n * 3)
    n -= 170
    return ((n * 3) << 16) | (255 - n * 3)
