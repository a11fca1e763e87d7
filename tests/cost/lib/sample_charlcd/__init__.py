# SPDX-License-Identifier: MIT
"""`sample_charlcd` - Character LCDs over GPIO or an I2C backpack (sample library)."""

from .character_lcd import Character_LCD, Character_LCD_Mono, Character_LCD_RGB

__version__ = "3.5.2"
__repo__ = "https://github.com/example/Sample_CircuitPython_CharLCD.git"
