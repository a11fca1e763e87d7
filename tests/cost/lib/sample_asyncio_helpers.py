# SPDX-License-Identifier: MIT
"""`sample_asyncio_helpers` - Decorators, callbacks and generators (sample library)."""

import time

_registry = {}
_hooks = []


def register(name, *, priority=0):
    """A decorator factory: records the function under a name."""

    def decorate(func):
        _registry[name] = (priority, func)
        return func

    return decorate


def hook(func):
    """A plain decorator: adds the function to the hook list."""
    _hooks.append(func)
    return func


def memoize(func):
    """A decorator that wraps the function in a closure with a cache."""
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]

    return wrapper


@register("blink", priority=2)
def blink(led, times=3):
    for _ in range(times):
        led.value = True
        time.sleep(0.1)
        led.value = False
        time.sleep(0.1)


@register("fade")
def fade(led, steps=16):
    for i in range(steps):
        led.duty_cycle = int(i * 65535 / steps)


@hook
def on_start():
    return "started"


@hook
def on_stop():
    return "stopped"


@memoize
def slow_square(n):
    return n * n


def countdown(n):
    """A generator function."""
    while n > 0:
        yield n
        n -= 1


class Scheduler:
    """Runs tasks in turn."""

    default_interval = 0.05

    def __init__(self):
        self.tasks = []
        self._now = time.monotonic

    def add(self, coro):
        self.tasks.append(coro)

    def run_once(self):
        for task in list(self.tasks):
            try:
                next(task)
            except StopIteration:
                self.tasks.remove(task)

    @staticmethod
    def sleep(seconds):
        time.sleep(seconds)

    @classmethod
    def with_tasks(cls, *tasks):
        s = cls()
        for t in tasks:
            s.add(t)
        return s


class TaskError(Exception):
    """Raised when a task fails."""


class TimeoutError(TaskError):
    """Raised when a task runs out of time."""

    def __init__(self, task, seconds):
        super().__init__("task {} timed out after {}s".format(task, seconds))
        self.task = task
        self.seconds = seconds
