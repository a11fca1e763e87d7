# SPDX-License-Identifier: MIT
"""`sample_led_animation.sequence` - Run animations one after another (sample library)."""

import random
from sample_led_animation.color import BLACK
from . import MS_PER_SECOND, monotonic_ms


class AnimationSequence:
    """A sequence of Animations to run in succession, looping forever."""

    def __init__(self, *members, advance_interval=None, auto_clear=True, random_order=False, auto_reset=False,
                 advance_on_cycle_complete=False, name=None):
        if advance_interval and advance_on_cycle_complete:
            raise ValueError("Cannot use both advance_interval and advance_on_cycle_complete.")
        self._members = members
        self._advance_interval = advance_interval * MS_PER_SECOND if advance_interval else None
        self._last_advance = monotonic_ms()
        self._current = 0
        self.auto_clear = auto_clear
        self.auto_reset = auto_reset
        self.advance_on_cycle_complete = advance_on_cycle_complete
        self.clear_color = BLACK
        self._paused = False
        self._paused_at = 0
        self._random = random_order
        self._also_notify = []
        self.cycle_count = 0
        self.notify_cycles = 1
        self.name = name
        if random_order:
            self._current = random.randint(0, len(self._members) - 1)
        self._color = None
        for member in self._members:
            member.add_cycle_complete_receiver(self._sequence_complete)
        self.on_cycle_complete_supported = self._members[-1].on_cycle_complete_supported

    on_cycle_complete_supported = True

    def __str__(self):
        return "<%s: %s>" % (self.__class__.__name__, self.name)

    def on_cycle_complete(self):
        self.cycle_count += 1
        if self.cycle_count % self.notify_cycles == 0:
            for callback in self._also_notify:
                callback(self)

    def _sequence_complete(self, animation):
        if animation.cycle_count % animation.notify_cycles == 0:
            if self.advance_on_cycle_complete:
                self._advance()

    def add_cycle_complete_receiver(self, callback):
        self._also_notify.append(callback)

    def _auto_advance(self):
        if not self._advance_interval:
            return
        now = monotonic_ms()
        if now - self._last_advance > self._advance_interval:
            self._last_advance = now
            self._advance()

    def _advance(self):
        if self.auto_reset:
            self.current_animation.reset()
        if self.auto_clear:
            self.current_animation.fill(self.clear_color)
        if self._random:
            self.random()
        else:
            self.next()

    def activate(self, index):
        if self.current_animation.on_cycle_complete_supported:
            self.current_animation.cycle_count = 0
        if isinstance(index, str):
            self._current = [member.name for member in self._members].index(index)
        else:
            self._current = index
        if self._color:
            self.current_animation.color = self._color

    def next(self):
        current = self._current + 1
        if current >= len(self._members):
            self.on_cycle_complete()
        self.activate(current % len(self._members))

    def previous(self):
        current = self._current - 1
        self.activate(current % len(self._members))

    def random(self):
        self.activate(random.randint(0, len(self._members) - 1))

    def animate(self, show=True):
        if not self.advance_on_cycle_complete:
            self._auto_advance()
        return self.current_animation.animate(show)

    @property
    def current_animation(self):
        return self._members[self._current]

    @property
    def color(self):
        return self._color

    @color.setter
    def color(self, color):
        self._color = color
        self.current_animation.color = color

    def fill(self, color):
        self.current_animation.fill(color)

    def freeze(self):
        if self._paused:
            return
        self._paused = True
        self._paused_at = monotonic_ms()
        self.current_animation.freeze()

    def resume(self):
        if not self._paused:
            return
        self._paused = False
        now = monotonic_ms()
        self._last_advance += now - self._paused_at
        self._paused_at = 0
        self.current_animation.resume()

    def reset(self):
        self.activate(0)
        for anim in self._members:
            anim.reset()

    def show(self):
        self.current_animation.show()


class AnimateOnce(AnimationSequence):
    """Wrapper around AnimationSequence that returns False to animate() until a sequence has completed."""

    def __init__(self, *members, **kwargs):
        kwargs["advance_on_cycle_complete"] = True
        super().__init__(*members, **kwargs)
        self._running = True

    def on_cycle_complete(self):
        super().on_cycle_complete()
        self._running = False

    def animate(self, show=True):
        super().animate(show)
        return self._running
