name = "adafruit_pixel_ring.colors"
colors = __import__(name)
