# SPDX-License-Identifier: MIT
"""`sample_display_text` - Text labels for displayio (sample library)."""

__version__ = "3.2.2"
__repo__ = "https://github.com/example/Sample_CircuitPython_Display_Text.git"

from displayio import Group, Palette

try:
    from typing import List, Optional, Tuple
    from fontio import FontProtocol
except ImportError:
    pass


def wrap_text_to_pixels(string, max_width, font=None, indent0="", indent1=""):
    """Wrap a long string into lines no wider than max_width pixels."""
    if font is None:

        def measure(text):
            return len(text)

    else:
        if hasattr(font, "load_glyphs"):
            font.load_glyphs(string)

        def measure(text):
            total_len = 0
            for char in text:
                this_glyph = font.get_glyph(ord(char))
                if this_glyph:
                    total_len += this_glyph.shift_x
            return total_len

    lines = []
    partial = [indent0]
    width = measure(indent0)
    swidth = measure(" ")
    firstword = True
    for line_in_input in string.split("\n"):
        newline = True
        for index, word in enumerate(line_in_input.split(" ")):
            wwidth = measure(word)
            word_parts = []
            cur_part = ""
            if wwidth > max_width:
                for char in word:
                    if newline:
                        extraspace = 0
                        leadchar = ""
                    else:
                        extraspace = swidth
                        leadchar = " "
                    if measure("".join(partial)) + measure(cur_part) + measure(char) + measure("-") + extraspace > max_width:
                        if cur_part:
                            word_parts.append("".join(partial) + leadchar + cur_part + "-")
                        else:
                            word_parts.append("".join(partial))
                        cur_part = char
                        partial = [indent1]
                        newline = True
                    else:
                        cur_part += char
                if cur_part:
                    word_parts.append(cur_part)
                for line in word_parts[:-1]:
                    lines.append(line)
                partial.append(word_parts[-1])
                width = measure(word_parts[-1])
                if firstword:
                    firstword = False
            elif firstword:
                partial.append(word)
                firstword = False
                width += wwidth
            elif width + swidth + wwidth < max_width:
                if index > 0:
                    partial.append(" ")
                partial.append(word)
                width += wwidth + swidth
            else:
                lines.append("".join(partial))
                partial = [indent1, word]
                width = measure(indent1) + measure(word)
            if newline:
                newline = False
        lines.append("".join(partial))
        partial = [indent1]
        width = measure(indent1)
    return lines


def wrap_text_to_lines(string, max_chars):
    """Wrap a string into lines of at most max_chars characters."""

    def chunks(lst, n):
        for i in range(0, len(lst), n):
            yield lst[i : i + n]

    string = string.replace("\n", "").replace("\r", "")
    words = string.split(" ")
    the_lines = []
    the_line = ""
    for w in words:
        if len(w) > max_chars:
            if the_line:
                the_lines.append(the_line)
            parts = []
            for part in chunks(w, max_chars - 1):
                parts.append("{}-".format(part))
            the_lines.extend(parts[:-1])
            the_line = parts[-1][:-1]
            continue
        if len(the_line + " " + w) <= max_chars:
            the_line += " " + w
        elif not the_line and len(w) == max_chars:
            the_lines.append(w)
        else:
            the_lines.append(the_line)
            the_line = "" + w
    if the_line:
        the_lines.append(the_line)
    if the_lines:
        if the_lines[0][0] == " ":
            the_lines[0] = the_lines[0][1:]
    return the_lines


class LabelBase(Group):
    """Superclass of the labels, with the attributes they share."""

    def __init__(self, font, x=0, y=0, text="", color=0xFFFFFF, background_color=None, line_spacing=1.25,
                 background_tight=False, padding_top=0, padding_bottom=0, padding_left=0, padding_right=0,
                 anchor_point=None, anchored_position=None, scale=1, base_alignment=False, tab_replacement=(4, " "),
                 label_direction="LTR", verbose=False):
        super().__init__(x=x, y=y, scale=1)
        self._font = font
        self._text = text
        self._palette = Palette(2)
        self._color = 0xFFFFFF
        self._background_color = None
        self._scale = scale
        self._line_spacing = line_spacing
        self._background_tight = background_tight
        self._padding_top = padding_top
        self._padding_bottom = padding_bottom
        self._padding_left = padding_left
        self._padding_right = padding_right
        self._anchor_point = anchor_point
        self._anchored_position = anchored_position
        self._base_alignment = base_alignment
        self._label_direction = label_direction
        self._tab_replacement = tab_replacement
        self._tab_text = self._tab_replacement[1] * self._tab_replacement[0]
        self._verbose = verbose
        self._ascent, self._descent = self._get_ascent_descent()
        self._bounding_box = None
        self.color = color
        self.background_color = background_color

    def _get_ascent_descent(self):
        if hasattr(self.font, "ascent") and hasattr(self.font, "descent"):
            return self.font.ascent, self.font.descent
        glyph = self.font.get_glyph(ord("M"))
        ascender_max = glyph.height - glyph.dy if glyph else 0
        descender_max = 0
        for char in "MjÅÇ":
            glyph = self.font.get_glyph(ord(char))
            if glyph:
                ascender_max = max(ascender_max, glyph.height + glyph.dy)
                descender_max = max(descender_max, -glyph.dy)
        return ascender_max, descender_max

    @property
    def font(self):
        return self._font

    def _set_font(self, new_font):
        raise NotImplementedError("{} MUST override '_set_font'".format(type(self)))

    @font.setter
    def font(self, new_font):
        self._set_font(new_font)

    @property
    def color(self):
        return self._color

    @color.setter
    def color(self, new_color):
        self._color = new_color
        if new_color is not None:
            self._palette[1] = new_color
            self._palette.make_opaque(1)
        else:
            self._palette[1] = 0
            self._palette.make_transparent(1)

    @property
    def background_color(self):
        return self._background_color

    def _set_background_color(self, new_color):
        raise NotImplementedError("{} MUST override '_set_background_color'".format(type(self)))

    @background_color.setter
    def background_color(self, new_color):
        self._set_background_color(new_color)

    @property
    def anchor_point(self):
        return self._anchor_point

    @anchor_point.setter
    def anchor_point(self, new_anchor_point):
        if new_anchor_point[1] == self._baseline:
            self._anchor_point = (new_anchor_point[0], -1.0)
        else:
            self._anchor_point = new_anchor_point
        self.anchored_position = self._anchored_position

    @property
    def anchored_position(self):
        return self._anchored_position

    @anchored_position.setter
    def anchored_position(self, new_position):
        self._anchored_position = new_position
        if (self._anchor_point is not None) and (self._anchored_position is not None):
            self.x = int(new_position[0] - (self._bounding_box[0] * self.scale) - round(self._anchor_point[0] * (self._bounding_box[2] * self.scale)))
            if self._anchor_point[1] == self._baseline:
                self.y = int(new_position[1] - (self._y_offset * self.scale))
            else:
                self.y = int(new_position[1] - (self._bounding_box[1] * self.scale) - round(self._anchor_point[1] * self._bounding_box[3] * self.scale))

    @property
    def scale(self):
        return self._scale

    @scale.setter
    def scale(self, new_scale):
        self._set_scale(new_scale)
        self.anchored_position = self._anchored_position

    def _set_scale(self, new_scale):
        pass

    @property
    def text(self):
        return self._text

    def _set_text(self, new_text, scale):
        raise NotImplementedError("{} MUST override '_set_text'".format(type(self)))

    @text.setter
    def text(self, new_text):
        new_text = self._replace_tabs(new_text)
        self._set_text(new_text, self.scale)

    @property
    def bounding_box(self):
        first_item = self._bounding_box[0]
        return tuple([first_item] + list(self._bounding_box[1:]))

    @property
    def height(self):
        return self.bounding_box[3]

    @property
    def width(self):
        return self.bounding_box[2]

    @property
    def line_spacing(self):
        return self._line_spacing

    def _set_line_spacing(self, new_line_spacing):
        raise NotImplementedError("{} MUST override '_set_line_spacing'".format(type(self)))

    @line_spacing.setter
    def line_spacing(self, new_line_spacing):
        self._set_line_spacing(new_line_spacing)

    @property
    def label_direction(self):
        return self._label_direction

    def _set_label_direction(self, new_label_direction):
        raise NotImplementedError("{} MUST override '_set_label_direction'".format(type(self)))

    def _get_valid_label_directions(self):
        raise NotImplementedError("{} MUST override '_get_valid_label_direction'".format(type(self)))

    @label_direction.setter
    def label_direction(self, new_label_direction):
        if new_label_direction not in self._get_valid_label_directions():
            raise RuntimeError("Please provide a valid text direction")
        self._set_label_direction(new_label_direction)

    def _replace_tabs(self, text):
        return text if text.find("\t") < 0 else self._tab_text.join(text.split("\t"))
