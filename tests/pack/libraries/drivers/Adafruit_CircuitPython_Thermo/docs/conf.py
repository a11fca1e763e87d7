# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: MIT
project = "Adafruit Thermo Library"
