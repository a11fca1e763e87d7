# SPDX-License-Identifier: MIT
"""`sample_display_text.bitmap_label` - A label drawn into one Bitmap (sample library)."""

__version__ = "3.2.2"
__repo__ = "https://github.com/example/Sample_CircuitPython_Display_Text.git"

import displayio
from sample_display_text import LabelBase

try:
    import bitmaptools
except ImportError:
    pass

try:
    from typing import Optional, Tuple
except ImportError:
    pass


class Label(LabelBase):
    """A label that renders its text into a single Bitmap."""

    _DIR_MAP = {"UPR": 270, "DWR": 90, "UPD": 180, "LTR": 0, "RTL": 0}

    _MIRROR = {"RTL": True}

    def __init__(self, font, save_text=True, **kwargs):
        self._bitmap = None
        self._tilegrid = None
        self._prev_label_direction = None
        super().__init__(font, **kwargs)
        self._save_text = save_text
        self._text = self._replace_tabs(self._text)
        self._reset_text(font=font, text=self._text, line_spacing=self._line_spacing, scale=self.scale)

    def _reset_text(self, font=None, text=None, line_spacing=None, scale=None):
        if font is not None:
            self._font = font
        if line_spacing is not None:
            self._line_spacing = line_spacing
        if self._save_text:
            if text is not None:
                self._text = self._replace_tabs(text)
        else:
            self._text = None
        if scale is not None:
            self._scale = scale
        if text == "":
            self._bounding_box = (0, 0, 0, 0)
            return
        box_x, box_y, x_offset, y_offset = self._text_bounding_box(text, self._font)
        self._bitmap = displayio.Bitmap(box_x + 2, box_y + 2, len(self._palette))
        self._tilegrid = displayio.TileGrid(self._bitmap, pixel_shader=self._palette, x=-x_offset, y=y_offset)
        self._bounding_box = (self._tilegrid.x, self._tilegrid.y, box_x, box_y)

    @staticmethod
    def _line_spacing_ypixels(font, line_spacing):
        return int(line_spacing * font.get_bounding_box()[1])

    def _text_bounding_box(self, text, font):
        ascender_max, descender_max = self._ascent, self._descent
        lines = 1
        xposition = x_start = yposition = y_start = 0
        left = None
        right = x_start
        top = bottom = y_start
        y_offset_tight = self._ascent // 2
        newlines = 0
        line_spacing = self._line_spacing
        for char in text:
            if char == "\n":
                newlines += 1
                xposition = x_start
                yposition = yposition + self._line_spacing_ypixels(font, line_spacing)
                lines += 1
                if xposition > right:
                    right = xposition
            else:
                my_glyph = font.get_glyph(ord(char))
                if my_glyph is None:
                    continue
                if xposition == x_start:
                    if left is None:
                        left = 0
                    else:
                        left = min(left, my_glyph.dx)
                xright = xposition + my_glyph.width + my_glyph.dx
                xposition += my_glyph.shift_x
                right = max(right, xposition, xright)
                if yposition == y_start:
                    top = min(top, -my_glyph.height - my_glyph.dy + y_offset_tight)
                bottom = max(bottom, yposition - my_glyph.dy + y_offset_tight)
        if left is None:
            left = 0
        final_box_width = right - left
        final_box_height_tight = bottom - top
        final_y_offset_tight = -top + y_offset_tight
        final_box_height_loose = (lines - 1) * self._line_spacing_ypixels(font, line_spacing) + (ascender_max + descender_max)
        final_y_offset_loose = ascender_max
        return (final_box_width, final_box_height_tight, left, final_y_offset_tight, final_box_height_loose, final_y_offset_loose)[0:4]

    def _set_background_color(self, new_color):
        self._background_color = new_color
        if new_color is not None:
            self._palette[0] = new_color
            self._palette.make_opaque(0)
        else:
            self._palette[0] = 0
            self._palette.make_transparent(0)

    def _set_font(self, new_font):
        self._font = new_font
        self._reset_text(font=new_font, text=self._text)

    def _set_line_spacing(self, new_line_spacing):
        if self._save_text:
            self._reset_text(line_spacing=new_line_spacing, scale=self.scale)
        else:
            raise RuntimeError("line_spacing is immutable when save_text is False")

    def _set_text(self, new_text, scale):
        self._reset_text(text=self._replace_tabs(new_text), scale=self.scale)

    def _set_label_direction(self, new_label_direction):
        self._prev_label_direction = self._label_direction
        self._label_direction = new_label_direction
        self._reset_text(text=str(self._text))

    def _get_valid_label_directions(self):
        return tuple(self._DIR_MAP)
