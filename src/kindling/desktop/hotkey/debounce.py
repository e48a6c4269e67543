"""Turns a burst of presses (a held key repeating) into one press."""

from __future__ import annotations

REPEAT_WINDOW_MS = 300


class Debouncer:
    """A press counts unless another came less than ``window_ms`` before it.

    Every press, counted or not, restarts the window, so a key held down for seconds (the
    keyboard repeating it every ~30 ms) still counts once. Times are in milliseconds, from
    whatever clock the platform stamps its key events with.
    """

    def __init__(self, window_ms: int = REPEAT_WINDOW_MS) -> None:
        self.window_ms = window_ms
        self._last: int | None = None

    def accept(self, at_ms: int) -> bool:
        last, self._last = self._last, at_ms
        # A clock that wrapped or jumped back is treated as a fresh press.
        return last is None or not 0 <= at_ms - last < self.window_ms
