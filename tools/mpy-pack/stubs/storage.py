# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
def remount(mount_path, readonly=False, *, disable_concurrent_write_protection=False):
    pass


def getmount(mount_path):
    return None


class VfsFat:
    def __init__(self, block_device):
        self.block_device = block_device


def mount(filesystem, mount_path, *, readonly=False):
    pass


def umount(mount):
    pass
