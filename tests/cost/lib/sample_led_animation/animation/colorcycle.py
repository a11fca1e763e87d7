# SPDX-License-Identifier: MIT
"""`sample_led_animation.animation.colorcycle` - Cycle through colors (sample library)."""

from sample_led_animation.animation import Animation
from sample_led_animation.color import RAINBOW


class ColorCycle(Animation):
    """Animate a sequence of one or more colors, cycling at the specified speed."""

    def __init__(self, pixel_object, speed, colors=RAINBOW, name=None, start_color=0):
        self.colors = colors
        self.start_color = start_color
        super().__init__(pixel_object, speed, colors[start_color], name=name)
        self._generator = self._color_generator()
        next(self._generator)

    on_cycle_complete_supported = True

    def draw(self):
        self.pixel_object.fill(self.color)
        next(self._generator)

    def _color_generator(self):
        index = self.start_color
        while True:
            self._color = self.colors[index]
            yield
            index = (index + 1) % len(self.colors)
            if index == self.start_color:
                self.cycle_complete = True

    def reset(self):
        self._generator = self._color_generator()
