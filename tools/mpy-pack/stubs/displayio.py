# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Group:
    def __init__(self, *, scale=1, x=0, y=0):
        self._items = []
        self.scale = scale
        self.x = x
        self.y = y
        self.hidden = False

    def append(self, layer):
        self._items.append(layer)

    def insert(self, index, layer):
        self._items.insert(index, layer)

    def remove(self, layer):
        self._items.remove(layer)

    def pop(self, i=-1):
        return self._items.pop(i)

    def index(self, layer):
        return self._items.index(layer)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __setitem__(self, index, value):
        self._items[index] = value


class Bitmap:
    def __init__(self, width, height, value_count):
        self.width = width
        self.height = height

    def fill(self, value):
        pass

    def __setitem__(self, index, value):
        pass

    def __getitem__(self, index):
        return 0


class Palette:
    def __init__(self, color_count):
        self._colors = [0] * color_count

    def __setitem__(self, index, value):
        self._colors[index] = value

    def __getitem__(self, index):
        return self._colors[index]

    def __len__(self):
        return len(self._colors)

    def make_transparent(self, index):
        pass

    def make_opaque(self, index):
        pass


class TileGrid:
    def __init__(self, bitmap, *, pixel_shader, width=1, height=1, tile_width=None, tile_height=None, default_tile=0, x=0, y=0):
        self.bitmap = bitmap
        self.pixel_shader = pixel_shader
        self.x = x
        self.y = y


class Display:
    pass


class FourWire:
    pass


class I2CDisplay:
    pass


def release_displays():
    pass


class ColorConverter:
    def __init__(self, *, input_colorspace=None, dither=False):
        self.dither = dither

    def convert(self, color):
        return color


class Colorspace:
    RGB888 = 1
    RGB565 = 2
    RGB565_SWAPPED = 3
    RGB555 = 4
    RGB555_SWAPPED = 5
    BGR565 = 6
    BGR565_SWAPPED = 7
    BGR555 = 8
    BGR555_SWAPPED = 9
    L8 = 10


class OnDiskBitmap:
    def __init__(self, file):
        self.width = 0
        self.height = 0
        self.pixel_shader = None


class Shape:
    def __init__(self, width, height, *, mirror_x=False, mirror_y=False):
        self.width = width
        self.height = height

    def set_boundary(self, y, start_x, end_x):
        pass


class EPaperDisplay:
    pass


class ParallelBus:
    pass


CIRCUITPYTHON_TERMINAL = None
