"""When to invite a mindful pause: every N minutes of a session, never pressing, easy to snooze."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class PauseRhythm:
    """Counts from the session's start, the last invitation or the last pause, whichever is
    latest: a pause the person took on their own moves the next invitation on, too.

    ``every_minutes`` 0 means never. ``snoozed`` ("Not today") holds for this session only.
    """

    every_minutes: int
    since: datetime
    snoozed: bool = False

    def due(self, now: datetime) -> bool:
        if self.every_minutes <= 0 or self.snoozed:
            return False
        return now - self.since >= timedelta(minutes=self.every_minutes)

    def offered(self, now: datetime) -> None:
        self.since = now

    def paused(self, now: datetime) -> None:
        self.since = now

    def snooze(self) -> None:
        self.snoozed = True
