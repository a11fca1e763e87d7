# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: Unlicense

import adafruit_thermo

sensor = adafruit_thermo.Thermo(lambda address, register: 0x1910)
print("Temperature: %.2f C" % sensor.temperature)
