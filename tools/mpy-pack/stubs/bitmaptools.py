# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
def fill_region(dest_bitmap, x1, y1, x2, y2, value):
    pass


def draw_line(dest_bitmap, x1, y1, x2, y2, value):
    pass


def blit(dest_bitmap, source_bitmap, x, y, **kwargs):
    pass


def rotozoom(dest_bitmap, source_bitmap, **kwargs):
    pass


def readinto(bitmap, file, bits_per_pixel, element_size=1, reverse_pixels_in_element=False, swap_bytes=False, reverse_rows=False):
    pass


def arrayblit(bitmap, data, x1=0, y1=0, x2=None, y2=None, skip_index=None):
    pass
