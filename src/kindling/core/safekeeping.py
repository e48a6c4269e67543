"""Backups as the layers above see them, and which ones to keep (a pure retention policy)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

KEEP_LAST = 7
"""The newest backups are always kept, however close together they were made."""

KEEP_WEEKS = 8
"""Beyond those, the newest backup of each of the last weeks is kept, about two months back."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: where it is, when it was made and why (``session-end``, ``manual``…)."""

    path: Path
    made_at: datetime
    reason: str
    size: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did: which backup went in, and where the file it replaced was kept."""

    restored_from: Path
    set_aside: Path | None


_EPOCH = datetime(2000, 1, 3, tzinfo=UTC)  # a Monday: weeks run Monday to Sunday, UTC


def backups_to_keep(
    made: Iterable[datetime], now: datetime, keep_last: int = KEEP_LAST, weeks: int = KEEP_WEEKS
) -> set[datetime]:
    """The times of the backups to keep: the newest ``keep_last`` plus one per recent week.

    Weeks are fixed calendar weeks (not counted back from ``now``), so the backup kept for a
    past week never changes as time goes on and pruning after every backup stays stable.
    """
    ordered = sorted(set(made), reverse=True)
    keep = set(ordered[:keep_last])
    this_week = _week(now)
    newest_in_week: dict[int, datetime] = {}
    for when in ordered:
        week = _week(when)
        if this_week - weeks < week <= this_week and week not in newest_in_week:
            newest_in_week[week] = when
    keep.update(newest_in_week.values())
    return keep


def _week(when: datetime) -> int:
    return (when - _EPOCH) // timedelta(days=7)
