"""Time sources: the real clock and the type every time-dependent object accepts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""A callable returning the current time as an aware datetime."""


def system_clock() -> datetime:
    """The current time in UTC, aware."""
    return datetime.now(UTC)
