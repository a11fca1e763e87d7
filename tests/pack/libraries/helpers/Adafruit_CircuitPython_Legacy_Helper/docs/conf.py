# SPDX-FileCopyrightText: 2024 mpyc contributors
# SPDX-License-Identifier: MIT
project = "Legacy Helper"
