# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Socket:
    def __init__(self, *args):
        self.timeout = None

    def settimeout(self, value):
        self.timeout = value

    def close(self):
        pass


class SocketPool:
    AF_INET = 2
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOL_SOCKET = 0xFFF
    SO_REUSEADDR = 4
    EAI_NONAME = -2
    TCP_NODELAY = 1

    def __init__(self, radio):
        self.radio = radio

    def socket(self, family=2, type=1, proto=0):
        return Socket(family, type, proto)

    def getaddrinfo(self, host, port, family=0, type=0, proto=0, flags=0):
        return [(2, 1, 0, "", (host, port))]


class SocketPoolError(Exception):
    pass
