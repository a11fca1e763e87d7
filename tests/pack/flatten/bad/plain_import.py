# Plain "import P.x" binds P and uses P.x: flattening cannot keep that.
import adafruit_pixel_ring

import adafruit_pixel_ring.colors

print(adafruit_pixel_ring.colors.RED)
