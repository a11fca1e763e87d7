# SPDX-License-Identifier: MIT
"""`sample_hid.consumer_control_code` - USB HID Consumer Control Device constants (sample library)."""


class ConsumerControlCode:
    """USB HID Consumer Control Device constants."""

    RECORD = 0xB2
    FAST_FORWARD = 0xB3
    REWIND = 0xB4
    SCAN_NEXT_TRACK = 0xB5
    SCAN_PREVIOUS_TRACK = 0xB6
    STOP = 0xB7
    EJECT = 0xB8
    PLAY_PAUSE = 0xCD
    MUTE = 0xE2
    VOLUME_DECREMENT = 0xEA
    VOLUME_INCREMENT = 0xE9
    BRIGHTNESS_DECREMENT = 0x70
    BRIGHTNESS_INCREMENT = 0x6F
