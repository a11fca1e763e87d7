# SPDX-License-Identifier: MIT
"""`sample_hid` - USB HID keyboard, mouse and consumer control (sample library)."""

import time

try:
    from typing import Sequence
    import usb_hid
except ImportError:
    pass

__version__ = "6.1.1"
__repo__ = "https://github.com/example/Sample_CircuitPython_HID.git"


def find_device(devices, *, usage_page, usage, timeout=None):
    """Search through the provided sequence of devices to find the one with the matching usage_page and usage."""
    in_time = timeout is None or timeout > 0
    start = time.monotonic()
    while True:
        if hasattr(devices, "send_report"):
            devices = [devices]
        device = None
        for dev in devices:
            if dev.usage_page == usage_page and dev.usage == usage and hasattr(dev, "send_report"):
                device = dev
                break
        if device is not None:
            return device
        if not in_time or time.monotonic() - start > timeout:
            raise ValueError("Could not find matching HID device.")
        time.sleep(0.2)
