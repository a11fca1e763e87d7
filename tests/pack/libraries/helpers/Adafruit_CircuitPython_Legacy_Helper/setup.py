# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: MIT
"""An old-style setup script: the bundle builder ignores it."""

from setuptools import setup

setup(name="adafruit-circuitpython-legacy-helper", py_modules=["adafruit_legacy_helper"])
