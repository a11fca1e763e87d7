# SPDX-License-Identifier: MIT
"""`sample_fancyled` - Color palettes, blending and gamma correction (sample library)."""

from math import floor

__version__ = "1.4.21"
__repo__ = "https://github.com/example/Sample_CircuitPython_FancyLED.git"

GFACTOR = 2.7

# A gamma table built when the module loads: 64 entries.
GAMMA_TABLE = [int(pow(i / 63, GFACTOR) * 255 + 0.5) for i in range(64)]


class CRGB:
    """Color stored in Red, Green, Blue color space."""

    def __init__(self, red, green=0.0, blue=0.0):
        if isinstance(red, CHSV):
            self.red, self.green, self.blue = hsv2rgb_spectrum(red.hue, red.saturation, red.value)
        else:
            self.red = clamp_norm(red)
            self.green = clamp_norm(green)
            self.blue = clamp_norm(blue)

    def __repr__(self):
        return (self.red, self.green, self.blue)

    def __str__(self):
        return "(%s, %s, %s)" % (self.red, self.green, self.blue)

    def __len__(self):
        return 3

    def __getitem__(self, key):
        if key == 0:
            return self.red
        if key == 1:
            return self.green
        if key == 2:
            return self.blue
        raise IndexError

    def pack(self, white=None):
        if white:
            return (denormalize(self.red), denormalize(self.green), denormalize(self.blue), white)
        return (denormalize(self.red) << 16) | (denormalize(self.green) << 8) | (denormalize(self.blue))


class CHSV:
    """Color stored in Hue, Saturation, Value color space."""

    def __init__(self, h, s=1.0, v=1.0):
        if isinstance(h, float):
            self.hue = h
        else:
            self.hue = float(h) / 256.0
        self.saturation = clamp_norm(s)
        self.value = clamp_norm(v)

    def __repr__(self):
        return (self.hue, self.saturation, self.value)

    def __str__(self):
        return "(%s, %s, %s)" % (self.hue, self.saturation, self.value)

    def __len__(self):
        return 3

    def __getitem__(self, key):
        if key == 0:
            return self.hue
        if key == 1:
            return self.saturation
        if key == 2:
            return self.value
        raise IndexError

    def pack(self, white=None):
        return CRGB(self).pack(white)


def clamp(val, lower, upper):
    """Constrain value within a numeric range (inclusive)."""
    return max(lower, min(val, upper))


def normalize(val, inplace=False):
    """Convert 8-bit (0 to 255) value to normalized (0.0 to 1.0) value."""
    if isinstance(val, int):
        return clamp(val, 0, 255) / 255.0
    if inplace:
        for i, n in enumerate(val):
            val[i] = normalize(n)
        return None
    return [normalize(n) for n in val]


def clamp_norm(val):
    """Clamp or normalize a value as appropriate to its type."""
    if isinstance(val, float):
        return clamp(val, 0.0, 1.0)
    return normalize(val)


def denormalize(val, inplace=False):
    """Convert normalized (0.0 to 1.0) value to 8-bit (0 to 255) value"""
    if isinstance(val, float):
        return clamp(int(val * 256.0), 0, 255)
    if inplace:
        for i, n in enumerate(val):
            val[i] = denormalize(n)
        return None
    return [denormalize(n) for n in val]


def unpack(val):
    """'Unpack' a 24-bit color into a CRGB instance."""
    return CRGB((val & 0xFF0000) / 16711680.0, (val & 0xFF00) / 65280.0, (val & 0xFF) / 255.0)


def mix(color1, color2, weight2=0.5):
    """Blend between two colors using given ratio."""
    clamp(weight2, 0.0, 1.0)
    weight1 = 1.0 - weight2
    if isinstance(color1, CHSV):
        if isinstance(color2, CHSV):
            hue = color1.hue + ((color2.hue - color1.hue) * weight2)
            sat = color1.saturation * weight1 + color2.saturation * weight2
            val = color1.value * weight1 + color2.value * weight2
            return CHSV(hue, sat, val)
        color1 = CRGB(color1)
        if isinstance(color2, int):
            color2 = unpack(color2)
    else:
        if isinstance(color2, CHSV):
            color2 = CRGB(color2)
        elif isinstance(color2, int):
            color2 = unpack(color2)
        if isinstance(color1, int):
            color1 = unpack(color1)
    return CRGB((color1.red * weight1 + color2.red * weight2), (color1.green * weight1 + color2.green * weight2), (color1.blue * weight1 + color2.blue * weight2))


def hsv2rgb_spectrum(hue, sat, val):
    """This is named the same thing as FastLED's simpler HSV to RGB function (spectrum, vs rainbow) but implementation is a bit different for the sake of getting something running."""
    h = hue - floor(hue)
    i = floor(h * 6.0)
    f = h * 6.0 - i
    p = val * (1.0 - sat)
    q = val * (1.0 - sat * f)
    t = val * (1.0 - sat * (1.0 - f))
    i %= 6
    return [(val, t, p), (q, val, p), (p, val, t), (p, q, val), (t, p, val), (val, p, q)][int(i)]


def gamma_adjust(val, gamma_value=None, brightness=1.0, inplace=False):
    """Provides gamma adjustment for single values, CRGB and CHSV types and lists of any of these."""
    if isinstance(val, float):
        if gamma_value is None:
            gamma_value = GFACTOR
        return pow(val, gamma_value) * brightness
    if isinstance(val, (list, tuple)):
        if isinstance(val[0], float):
            if gamma_value is None:
                gamma_value = GFACTOR
            if inplace:
                for i, x in enumerate(val):
                    val[i] = pow(val[i], gamma_value) * brightness
                return None
            newlist = []
            for x in val:
                newlist.append(pow(x, gamma_value) * brightness)
            return newlist
        if gamma_value is None:
            gamma_red, gamma_green, gamma_blue = GFACTOR, GFACTOR, GFACTOR
        elif isinstance(gamma_value, float):
            gamma_red, gamma_green, gamma_blue = gamma_value, gamma_value, gamma_value
        else:
            gamma_red, gamma_green, gamma_blue = gamma_value[0], gamma_value[1], gamma_value[2]
        if isinstance(brightness, float):
            brightness_red, brightness_green, brightness_blue = brightness, brightness, brightness
        else:
            brightness_red, brightness_green, brightness_blue = brightness[0], brightness[1], brightness[2]
        if inplace:
            for i, x in enumerate(val):
                if isinstance(x, CHSV):
                    x = CRGB(x)
                val[i] = CRGB(pow(x.red, gamma_red) * brightness_red, pow(x.green, gamma_green) * brightness_green, pow(x.blue, gamma_blue) * brightness_blue)
            return None
        newlist = []
        for x in val:
            if isinstance(x, CHSV):
                x = CRGB(x)
            newlist.append(CRGB(pow(x.red, gamma_red) * brightness_red, pow(x.green, gamma_green) * brightness_green, pow(x.blue, gamma_blue) * brightness_blue))
        return newlist
    if gamma_value is None:
        gamma_red, gamma_green, gamma_blue = GFACTOR, GFACTOR, GFACTOR
    elif isinstance(gamma_value, float):
        gamma_red, gamma_green, gamma_blue = gamma_value, gamma_value, gamma_value
    else:
        gamma_red, gamma_green, gamma_blue = gamma_value[0], gamma_value[1], gamma_value[2]
    if isinstance(val, CHSV):
        val = CRGB(val)
    return CRGB(pow(val.red, gamma_red) * brightness, pow(val.green, gamma_green) * brightness, pow(val.blue, gamma_blue) * brightness)


def palette_lookup(palette, position):
    """Fetch color from color palette, with interpolation."""
    position %= 1.0
    weight2 = position * len(palette)
    idx = int(floor(weight2))
    weight2 -= idx
    color1 = palette[idx]
    idx = (idx + 1) % len(palette)
    color2 = palette[idx]
    return mix(color1, color2, weight2)


def expand_gradient(gradient, length):
    """Convert gradient palette into standard equal-interval palette."""
    gradient = sorted(gradient)
    least = gradient[0][0]
    most = gradient[-1][0]
    newlist = []
    for i in range(length):
        pos = i / float(length - 1)
        if pos <= least:
            below, above = 0, 0
        elif pos >= most:
            below, above = -1, -1
        else:
            below, above = 0, -1
            for n, x in enumerate(gradient):
                if pos >= x[0]:
                    below = n
            for n, x in enumerate(gradient[-1:0:-1]):
                if pos <= x[0]:
                    above = -1 - n
        r = gradient[above][0] - gradient[below][0]
        if r <= 0:
            newlist.append(gradient[below][1])
        else:
            weight2 = (pos - gradient[below][0]) / r
            newlist.append(mix(gradient[below][1], gradient[above][1], weight2))
    return newlist
