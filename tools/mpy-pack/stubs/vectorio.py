# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Circle:
    def __init__(self, *, pixel_shader, radius, x=0, y=0, color_index=0):
        self.radius = radius
        self.x = x
        self.y = y


class Rectangle:
    def __init__(self, *, pixel_shader, width, height, x=0, y=0, color_index=0):
        self.width = width
        self.height = height
        self.x = x
        self.y = y


class Polygon:
    def __init__(self, *, pixel_shader, points, x=0, y=0, color_index=0):
        self.points = points
        self.x = x
        self.y = y
