# code.py: a CircuitPython program using some of the sample libraries (mpy-pack cost --entry).
import time
import board
import digitalio
from sample_debouncer import Debouncer
from sample_display_text import label
import sample_led_animation.color as color
from sample_led_animation.animation.comet import Comet
from sample_neopixel import NeoPixel
from adafruit_bus_device.i2c_device import I2CDevice
import sample_tmp117

pin = digitalio.DigitalInOut(board.BUTTON)
button = Debouncer(pin)
pixels = NeoPixel(board.NEOPIXEL, 10, brightness=0.2, auto_write=False)
comet = Comet(pixels, speed=0.05, color=color.PURPLE, tail_length=5)

while True:
    button.update()
    if button.fell:
        print("pressed")
    comet.animate()
    time.sleep(0.01)
