# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Device:
    def __init__(self, usage_page, usage):
        self.usage_page = usage_page
        self.usage = usage

    def send_report(self, report, report_id=None):
        pass

    def get_last_received_report(self, report_id=None):
        return None


KEYBOARD = Device(0x01, 0x06)
MOUSE = Device(0x01, 0x02)
CONSUMER_CONTROL = Device(0x0C, 0x01)
devices = [KEYBOARD, MOUSE, CONSUMER_CONTROL]
