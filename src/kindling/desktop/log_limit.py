"""Repeated log lines, limited: a flood of bad connections must not rotate away the history.

The log keeps 4 files of 512 kB; a program hammering the socket could fill them in seconds
and push out everything that explains an earlier problem. So each kind of repeated problem is
written a few times a minute at most, then summed up once the minute is over.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

WINDOW_SECONDS = 60.0
LINES_PER_WINDOW = 3


@dataclass
class _Tally:
    window_start: float
    written: int = 0
    held_back: int = 0


class LimitedLog:
    """Writes at most ``per_window`` lines of each ``key`` per window, then one summary line."""

    def __init__(
        self,
        logger: logging.Logger,
        *,
        per_window: int = LINES_PER_WINDOW,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._logger = logger
        self._per_window = per_window
        self._window = window
        self._clock = clock
        self._tallies: dict[str, _Tally] = {}

    def log(
        self, level: int, key: str, message: str, *args: object, exc_info: bool = False
    ) -> None:
        now = self._clock()
        tally = self._tallies.get(key)
        if tally is None or now - tally.window_start >= self._window:
            if tally is not None and tally.held_back:
                self._logger.log(
                    level, "%s: %d more like this were not logged", key, tally.held_back
                )
            tally = self._tallies[key] = _Tally(now)
        if tally.written < self._per_window:
            tally.written += 1
            self._logger.log(level, message, *args, exc_info=exc_info)
        else:
            tally.held_back += 1

    def warning(self, key: str, message: str, *args: object) -> None:
        self.log(logging.WARNING, key, message, *args)

    def info(self, key: str, message: str, *args: object) -> None:
        self.log(logging.INFO, key, message, *args)
