# SPDX-License-Identifier: MIT
"""`sample_led_animation.animation.blink` - Blink a color on and off (sample library)."""

from sample_led_animation.animation.colorcycle import ColorCycle
from sample_led_animation.color import BLACK


class Blink(ColorCycle):
    """Blink a color on and off."""

    def __init__(self, pixel_object, speed, color, background_color=BLACK, name=None):
        super().__init__(pixel_object, speed, [color, background_color], name=name)

    def _set_color(self, color):
        self.colors = [color, BLACK]
