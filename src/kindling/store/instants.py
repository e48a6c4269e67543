"""How an instant is written in the journal: fixed-width UTC text, so it sorts and compares.

Shared by the plain-SQLite store and SQLAlchemy's column type, so a row is the same byte for
byte whichever of them wrote it.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_text(value: datetime) -> str:
    """The stored form of an instant (``2026-11-26T11:50:43.123456Z``)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetimes are not stored")
    # isoformat is several times quicker than strftime, which matters for large imports.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_text(value: str) -> datetime:
    """The aware UTC instant back from its stored form."""
    # fromisoformat reads the trailing Z as UTC (Python 3.11+) and is far quicker than strptime.
    return datetime.fromisoformat(value)
