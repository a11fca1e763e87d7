# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: MIT
"""A module with a syntax error on line 9."""


def fine():
    return 1

def broken(:
    return 2
