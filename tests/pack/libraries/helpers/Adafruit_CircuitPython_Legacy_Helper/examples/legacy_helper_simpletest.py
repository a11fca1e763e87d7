# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: Unlicense

from adafruit_legacy_helper import mapped

print(mapped(512, 0, 1023, 0, 100))
