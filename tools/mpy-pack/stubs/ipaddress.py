# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class IPv4Address:
    def __init__(self, address):
        self.address = address


def ip_address(obj):
    return IPv4Address(obj)
