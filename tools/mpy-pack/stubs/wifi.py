# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Radio:
    enabled = True
    connected = False
    ipv4_address = None

    def connect(self, ssid, password=None, *, channel=0, bssid=None, timeout=None):
        self.connected = True


radio = Radio()
