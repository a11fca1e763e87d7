# SPDX-License-Identifier: MIT
"""`sample_display_text.scrolling_label` - A label that scrolls its text (sample library)."""

__version__ = "3.2.2"
__repo__ = "https://github.com/example/Sample_CircuitPython_Display_Text.git"

import time
from sample_display_text import bitmap_label

try:
    from typing import Optional
except ImportError:
    pass


class ScrollingLabel(bitmap_label.Label):
    """A label that shows max_characters of its text at a time and scrolls through the rest."""

    def __init__(self, font, max_characters=10, text="", animate_time=0.3, current_index=0, **kwargs):
        super().__init__(font, **kwargs)
        self.animate_time = animate_time
        self._current_index = current_index
        self._last_animate_time = -1
        self.max_characters = max_characters
        if text and text[-1] != " ":
            text = "{} ".format(text)
        self._full_text = text
        self.update()

    def update(self, force=False):
        _now = time.monotonic()
        if force or self._last_animate_time + self.animate_time <= _now:
            if len(self.full_text) <= self.max_characters:
                if self._text != self.full_text:
                    super()._set_text(self.full_text, self.scale)
                self._last_animate_time = _now
                return
            if self.current_index + self.max_characters <= len(self.full_text):
                _showing_string = self.full_text[self.current_index : self.current_index + self.max_characters]
            else:
                _showing_string_start = self.full_text[self.current_index :]
                _showing_string_end = "{}".format(self.full_text[: (self.current_index + self.max_characters) % len(self.full_text)])
                _showing_string = "{}{}".format(_showing_string_start, _showing_string_end)
            super()._set_text(_showing_string, self.scale)
            self.current_index += 1
            self._last_animate_time = _now

    @property
    def current_index(self):
        return self._current_index

    @current_index.setter
    def current_index(self, new_index):
        if self.full_text:
            self._current_index = new_index % len(self.full_text)
        else:
            self._current_index = 0

    @property
    def full_text(self):
        return self._full_text

    @full_text.setter
    def full_text(self, new_text):
        if new_text and new_text[-1] != " ":
            new_text = "{} ".format(new_text)
        if new_text != self._full_text:
            self._full_text = new_text
            self.current_index = 0
            self.update(True)

    @property
    def text(self):
        return self.full_text

    @text.setter
    def text(self, new_text):
        self.full_text = new_text
