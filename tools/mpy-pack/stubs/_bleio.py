# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
class BluetoothError(Exception):
    pass


class RoleError(BluetoothError):
    pass


class SecurityError(BluetoothError):
    pass


class UUID:
    def __init__(self, value):
        self.value = value


class Address:
    PUBLIC = 0x0
    RANDOM_STATIC = 0x1
    RANDOM_PRIVATE_RESOLVABLE = 0x2
    RANDOM_PRIVATE_NON_RESOLVABLE = 0x3

    def __init__(self, address, address_type):
        self.address_bytes = address
        self.type = address_type


class Attribute:
    NO_ACCESS = 0x00
    OPEN = 0x11
    ENCRYPT_NO_MITM = 0x21
    ENCRYPT_WITH_MITM = 0x22
    LESC_ENCRYPT_WITH_MITM = 0x23
    SIGNED_NO_MITM = 0x24
    SIGNED_WITH_MITM = 0x25


class Characteristic:
    BROADCAST = 0x1
    READ = 0x2
    WRITE_NO_RESPONSE = 0x4
    WRITE = 0x8
    NOTIFY = 0x10
    INDICATE = 0x20

    @classmethod
    def add_to_service(cls, service, uuid, **kwargs):
        return cls()


class CharacteristicBuffer:
    def __init__(self, characteristic, *, timeout=1, buffer_size=64):
        self.characteristic = characteristic


class PacketBuffer:
    def __init__(self, characteristic, *, buffer_size, max_packet_size=None):
        self.characteristic = characteristic


class Descriptor:
    pass


class Service:
    def __init__(self, uuid, *, secondary=False):
        self.uuid = uuid


class Connection:
    connected = False
    paired = False


class ScanEntry:
    pass


class Adapter:
    enabled = True
    address = None
    name = "CIRCUITPY"
    advertising = False
    connected = False
    connections = ()

    def start_advertising(self, data, **kwargs):
        pass

    def stop_advertising(self):
        pass

    def start_scan(self, **kwargs):
        return iter(())

    def stop_scan(self):
        pass


adapter = Adapter()
