# SPDX-License-Identifier: MIT
"""`sample_led_animation.animation` - The base class of all animations (sample library)."""

__version__ = "2.9.4"
__repo__ = "https://github.com/example/Sample_CircuitPython_LED_Animation.git"

from sample_led_animation import MS_PER_SECOND, monotonic_ms


class Animation:
    """Base class for animations."""

    on_cycle_complete_supported = False

    # pylint: disable=too-many-arguments
    def __init__(self, pixel_object, speed, color, peers=None, paused=False, name=None):
        self.pixel_object = pixel_object
        self.pixel_object.auto_write = False
        self._peers = [self] + peers if peers is not None else [self]
        self._speed_ms = 0
        self._color = None
        self._paused = paused
        self._next_update = monotonic_ms()
        self._time_left_at_pause = 0
        self._also_notify = []
        self.speed = speed
        self.color = color
        self.notify_cycles = 1
        self.name = name
        self.cycle_complete = False
        self.draw_count = 0
        self.cycle_count = 0

    def __str__(self):
        return "<%s: %s>" % (self.__class__.__name__, self.name)

    def animate(self, show=True):
        if self._paused:
            return False
        now = monotonic_ms()
        if now < self._next_update:
            return False
        for anim in self._peers:
            anim.draw_count += 1
            anim.draw()
            if anim.draw_count > 1:
                anim.after_draw()
        if show:
            for anim in self._peers:
                anim.show()
        if self.cycle_complete:
            self.cycle_count += 1
            if self.cycle_count % self.notify_cycles == 0:
                self.on_cycle_complete()
            self.cycle_complete = False
        self._next_update = now + self._speed_ms
        return True

    def draw(self):
        raise NotImplementedError()

    def after_draw(self):
        pass

    def show(self):
        self.pixel_object.show()

    def freeze(self):
        self._paused = True
        self._time_left_at_pause = max(0, monotonic_ms() - self._next_update)

    def resume(self):
        self._next_update = monotonic_ms() + self._time_left_at_pause
        self._time_left_at_pause = 0
        self._paused = False

    def fill(self, color):
        self.pixel_object.fill(color)

    @property
    def color(self):
        return self._color

    @color.setter
    def color(self, color):
        if self._color == color:
            return
        if isinstance(color, int):
            color = (color >> 16 & 0xFF, color >> 8 & 0xFF, color & 0xFF)
        self._color = color
        self._set_color(color)

    def _set_color(self, color):
        pass

    @property
    def speed(self):
        return self._speed_ms / MS_PER_SECOND

    @speed.setter
    def speed(self, seconds):
        self._speed_ms = int(seconds * MS_PER_SECOND)

    def on_cycle_complete(self):
        for callback in self._also_notify:
            callback(self)

    def add_cycle_complete_receiver(self, callback):
        self._also_notify.append(callback)

    def reset(self):
        pass
