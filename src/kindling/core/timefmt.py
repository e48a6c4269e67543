"""Times in and out of text: ISO-8601 always with an offset, durations in plain words."""

from __future__ import annotations

from datetime import datetime, timedelta

from kindling.core.plural import plural


def to_iso(moment: datetime) -> str:
    """ISO-8601 with its UTC offset, to the microsecond when there is one."""
    if moment.tzinfo is None:
        raise ValueError("a time without a UTC offset cannot be written")
    return moment.isoformat()


def from_iso(text: str) -> datetime:
    """Parses ISO-8601; the offset is required (``Z`` is accepted for UTC)."""
    if not isinstance(text, str):
        raise ValueError("a time must be written as text")
    moment = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the time has no UTC offset")
    return moment


def describe_duration(span: timedelta) -> str:
    """A length of time as a person would say it: "25 minutes", "1 hour 5 minutes"."""
    total_minutes = max(int(span.total_seconds() // 60), 0)
    if total_minutes < 1:
        return "less than a minute"
    hours, minutes = divmod(total_minutes, 60)
    parts = []
    if hours:
        parts.append(plural(hours, "1 hour", "%n hours"))
    if minutes:
        parts.append(plural(minutes, "1 minute", "%n minutes"))
    return " ".join(parts)
