"""Time sources: the real clock and the type every time-dependent object accepts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""A callable returning the current time as an aware datetime."""


def system_clock() -> datetime:
    """The current time in UTC, aware."""
    return datetime.now(UTC)


def ensure_aware(moment: datetime) -> datetime:
    """Refuse naive datetimes: every time Kindling keeps carries its offset."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a time without a UTC offset cannot be stored")
    return moment
