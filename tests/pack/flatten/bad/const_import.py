# __import__ with a constant name that flattening leaves alone is fine; with a moved module it is not.
thermo = __import__("adafruit_thermo")
colors = __import__("adafruit_pixel_ring.colors")
