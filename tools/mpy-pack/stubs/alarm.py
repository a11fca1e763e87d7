# Stand-in for a module CircuitPython has built in (mpy-pack cost: loaded before anything is measured).
sleep_memory = bytearray(64)
wake_alarm = None


def light_sleep_until_alarms(*alarms):
    return None


def exit_and_deep_sleep_until_alarms(*alarms, preserve_dios=()):
    pass
