# SPDX-FileCopyrightText: 2024 mpyc contributors
#
# SPDX-License-Identifier: MIT
"""A package laid out the old way: found by its adafruit_ prefix."""

__version__ = "0.0.0+auto.0"
__repo__ = "https://github.com/circuitpython/CircuitPython_Org_Legacy_Pkg.git"
