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


class PortalStamps:
    """The portal's press times, kept only while they can be trusted.

    KDE's portal (5.27) stamps every Activated with 0, which the debouncer would take for a
    key held down: only the first press would ever count. A missing (0) or non-increasing
    time is unknown, and the press is stamped with the monotonic clock instead (None).
    """

    def __init__(self) -> None:
        self._last: int | None = None

    def stamp(self, at_ms: int) -> int | None:
        last, self._last = self._last, at_ms
        if at_ms <= 0 or (last is not None and at_ms <= last):
            return None
        return at_ms
