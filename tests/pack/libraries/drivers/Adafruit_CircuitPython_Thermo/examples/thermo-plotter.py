# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: Unlicense

import adafruit_thermo

readings = [0x1910, 0x1920, 0xFF00]
for raw in readings:
    print((adafruit_thermo.Thermo.decode(raw),))
