# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: Unlicense

from adafruit_legacy_pkg.core import describe

print(describe())
