# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class Pin:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "board." + self.name


D0 = Pin("D0")
D1 = Pin("D1")
D2 = Pin("D2")
D3 = Pin("D3")
D4 = Pin("D4")
D5 = Pin("D5")
D6 = Pin("D6")
D9 = Pin("D9")
D10 = Pin("D10")
D11 = Pin("D11")
D12 = Pin("D12")
D13 = Pin("D13")
A0 = Pin("A0")
A1 = Pin("A1")
A2 = Pin("A2")
A3 = Pin("A3")
SCL = Pin("SCL")
SDA = Pin("SDA")
SCK = Pin("SCK")
MOSI = Pin("MOSI")
MISO = Pin("MISO")
TX = Pin("TX")
RX = Pin("RX")
NEOPIXEL = Pin("NEOPIXEL")
LED = D13
BUTTON = Pin("BUTTON")
DISPLAY = None


def I2C():
    import busio
    return busio.I2C(SCL, SDA)


def SPI():
    import busio
    return busio.SPI(SCK, MOSI, MISO)


def UART():
    import busio
    return busio.UART(TX, RX)
