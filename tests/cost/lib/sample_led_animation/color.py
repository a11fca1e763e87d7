# SPDX-License-Identifier: MIT
"""`sample_led_animation.color` - Named colors and color helpers (sample library)."""

RED = (255, 0, 0)
YELLOW = (255, 150, 0)
ORANGE = (255, 40, 0)
GREEN = (0, 255, 0)
TEAL = (0, 255, 120)
CYAN = (0, 255, 255)
BLUE = (0, 0, 255)
PURPLE = (180, 0, 255)
MAGENTA = (255, 0, 20)
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
GOLD = (255, 222, 30)
PINK = (242, 90, 255)
AQUA = (50, 255, 255)
JADE = (0, 255, 40)
AMBER = (255, 100, 0)
OLD_LACE = (253, 245, 230)

RGBW_WHITE_RGB = (255, 255, 255, 0)
RGBW_WHITE_W = (0, 0, 0, 255)
RGBW_WHITE_RGBW = (255, 255, 255, 255)

RAINBOW = (RED, ORANGE, YELLOW, GREEN, BLUE, PURPLE)

try:
    from rainbowio import colorwheel
except ImportError:

    def colorwheel(pos):
        """Color wheel to allow for cycling through the rainbow of RGB colors."""
        pos = pos % 256
        if pos < 85:
            return 255 - pos * 3, pos * 3, 0
        if pos < 170:
            pos -= 85
            return 0, 255 - pos * 3, pos * 3
        pos -= 170
        return pos * 3, 0, 255 - pos * 3


def calculate_intensity(color, intensity=1.0):
    """Takes a RGB[W] color tuple and adjusts the intensity."""
    if isinstance(color, int):
        return (((color & 0xFF0000) * intensity) & 0xFF0000) | (((color & 0xFF00) * intensity) & 0xFF00) | (((color & 0xFF) * intensity) & 0xFF)
    if len(color) == 3:
        return tuple(int(c * intensity) for c in color)
    if len(color) == 4 and isinstance(color[3], float):
        return tuple(int(c * intensity) for c in color[:3]) + (color[3],)
    return tuple(int(c * intensity) for c in color)
