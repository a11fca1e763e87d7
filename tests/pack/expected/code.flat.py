# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: Unlicense
# code.py: runs on the board as source. mpy-pack flatten rewrites its import statements, and
# nothing else, so that it imports the flattened library.
import adafruit_pixel_ring
import adafruit_pixel_ring_colors as colors; from adafruit_pixel_ring import RED
from adafruit_pixel_ring_animation import Comet
import adafruit_pixel_ring_effects_rainbow as rb
import adafruit_pixel_ring_effects_sparkle as sparkle; import adafruit_pixel_ring_effects_rainbow as rainbow2 \
\
\

from adafruit_pixel_ring_effects_sparkle import *
import adafruit_thermo, adafruit_ring_clock as clock
if True: import adafruit_pixel_ring_animation as anim; print("one line:", anim.Comet(4).frame(1))


def later():
    from adafruit_pixel_ring_colors import scale  # an import inside a function
    return scale((100, 200, 50), 0.5)


print("version:", adafruit_pixel_ring.__version__)
print("ring:", adafruit_pixel_ring.blank(3), adafruit_pixel_ring.solid(RED, 2))
print("package attribute:", adafruit_pixel_ring.colors.GREEN, adafruit_pixel_ring.RING_SIZE)
print("colors:", colors.blend(colors.RED, colors.BLUE, 0.5), RED is colors.RED)
comet = Comet(6, tail=2)
for step in range(3):
    print("comet", step, comet.frame(step))
print("rainbow:", rb.cycle(4, 10), rb is rainbow2, rainbow2.wheel(200))
print("sparkle:", sparkle.twinkle([RED] * 4, 3), twinkle([RED] * 3, 1), SEED)
print("later:", later())
print("thermo:", adafruit_thermo.Thermo.decode(0x1910), adafruit_thermo.Thermo(lambda a, r: 0xFF00).fahrenheit)
print("clock:", clock.face(7), clock.hand_color(3))
print("effects:", anim.RainbowSparkle(5).frame(2))
try:
    adafruit_pixel_ring.solid((1, 2, 3))
except ValueError as e:
    print("error:", e)
