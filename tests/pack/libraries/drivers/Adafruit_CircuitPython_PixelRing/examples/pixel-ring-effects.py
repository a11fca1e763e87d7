# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: Unlicense

from adafruit_pixel_ring.animation import RainbowSparkle

effect = RainbowSparkle(8)
print(effect.frame(0))
