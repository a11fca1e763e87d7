# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: MIT
"""A tiny module with CRLF line endings and no release tag yet."""

__version__ = "0.0.0-auto.0"


def tiny():
    return __version__