# SPDX-FileCopyrightText: 2024 mpyc contributors
#
# SPDX-License-Identifier: MIT
"""The core of the legacy package."""

from adafruit_legacy_pkg import __version__


def describe():
    return "legacy package " + __version__
