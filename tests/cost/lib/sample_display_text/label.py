# SPDX-License-Identifier: MIT
"""`sample_display_text.label` - A label made of one TileGrid per glyph (sample library)."""

__version__ = "3.2.2"
__repo__ = "https://github.com/example/Sample_CircuitPython_Display_Text.git"

from displayio import Bitmap, Palette, TileGrid

from sample_display_text import LabelBase

try:
    from typing import Optional, Tuple
except ImportError:
    pass


class Label(LabelBase):
    """A label displaying a string of text, one TileGrid for each glyph."""

    def __init__(self, font, *, text="", **kwargs):
        self._background_palette = Palette(1)
        self._added_background_tilegrid = False
        super().__init__(font, text=text, **kwargs)
        max_glyphs = len(text)
        tab_replacement = kwargs.get("tab_replacement", (4, " "))
        self._tab_replacement = tab_replacement
        self._tab_text = self._tab_replacement[1] * self._tab_replacement[0]
        text = self._tab_text.join(text.split("\t"))
        self._reset_text(text=text, scale=self.scale)

    def _create_background_box(self, lines, y_offset):
        left = self._bounding_box[0]
        if self._background_tight:
            box_width = self._bounding_box[2]
            box_height = self._bounding_box[3]
            x_box_offset = 0
            y_box_offset = self._bounding_box[1]
        else:
            box_width = self._bounding_box[2] + self._padding_left + self._padding_right
            x_box_offset = -self._padding_left
            box_height = (self._bounding_box[3] + self._padding_top + self._padding_bottom)
            y_box_offset = -self._ascent - self._padding_top
        box_width = max(0, box_width)
        box_height = max(0, box_height)
        background_bitmap = Bitmap(box_width, box_height, 1)
        tile_grid = TileGrid(background_bitmap, pixel_shader=self._background_palette, x=left + x_box_offset, y=y_box_offset)
        return tile_grid

    def _set_background_color(self, new_color):
        self._background_color = new_color
        if new_color is not None:
            self._background_palette[0] = new_color
            self._background_palette.make_opaque(0)
        else:
            self._background_palette[0] = 0
            self._background_palette.make_transparent(0)

    def _update_text(self, new_text):
        x = 0
        y = 0
        if self._added_background_tilegrid:
            i = 1
        else:
            i = 0
        tilegrid_count = i
        if self._base_alignment:
            self._y_offset = 0
        else:
            self._y_offset = self._ascent // 2
        right = top = bottom = 0
        left = None
        for character in new_text:
            if character == "\n":
                y += int(self._height * self._line_spacing)
                x = 0
                continue
            glyph = self._font.get_glyph(ord(character))
            if not glyph:
                continue
            right = max(right, x + glyph.shift_x, x + glyph.width + glyph.dx)
            if x == 0:
                if left is None:
                    left = glyph.dx
                else:
                    left = min(left, glyph.dx)
            position_y = y - glyph.height - glyph.dy + self._y_offset
            position_x = x + glyph.dx
            if glyph.width > 0 and glyph.height > 0:
                face = TileGrid(glyph.bitmap, pixel_shader=self._palette, default_tile=glyph.tile_index,
                                tile_width=glyph.width, tile_height=glyph.height, x=position_x, y=position_y)
                if tilegrid_count < len(self._local_group):
                    self._local_group[tilegrid_count] = face
                else:
                    self._local_group.append(face)
                tilegrid_count += 1
            x += glyph.shift_x
        self._text = new_text
        if left is None:
            left = 0
        while len(self._local_group) > tilegrid_count:
            self._local_group.pop()
        self._bounding_box = (left, top, right - left, bottom - top)

    def _reset_text(self, text=None, scale=None):
        if text is not None:
            self._text = text
        if scale is not None:
            self.scale = scale
        self._update_text(str(self._replace_tabs(self._text)))
        self.anchored_position = self._anchored_position

    def _set_font(self, new_font):
        old_text = self._text
        self._text = ""
        self._font = new_font
        self._reset_text(text=old_text)

    def _set_line_spacing(self, new_line_spacing):
        self._line_spacing = new_line_spacing
        self.text = self._text

    def _set_text(self, new_text, scale):
        self._reset_text(text=new_text, scale=self.scale)

    def _set_label_direction(self, new_label_direction):
        self._label_direction = new_label_direction
        self._update_text(str(self._text))

    def _get_valid_label_directions(self):
        return "LTR", "RTL", "UPD", "UPR", "DWR"
