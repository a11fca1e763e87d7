# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class SSLContext:
    def wrap_socket(self, sock, server_side=False, server_hostname=None):
        return sock

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        pass


def create_default_context():
    return SSLContext()
