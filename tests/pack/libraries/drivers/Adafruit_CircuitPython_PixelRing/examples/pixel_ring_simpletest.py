# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: Unlicense

from adafruit_pixel_ring.animation import Comet

comet = Comet(12)
for step in range(3):
    print(comet.frame(step))
