"""Lengths of time in plain, translated words for the views."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Words", text, "", n)


def duration_words(span: timedelta) -> str:
    """ "25 minutes", "1 hour 5 minutes", "less than a minute"."""
    total_minutes = max(int(span.total_seconds() // 60), 0)
    if total_minutes < 1:
        return _tr("less than a minute")
    hours, minutes = divmod(total_minutes, 60)
    parts = []
    if hours:
        parts.append(_tr("1 hour") if hours == 1 else _tr("%n hours", hours))
    if minutes:
        parts.append(_tr("1 minute") if minutes == 1 else _tr("%n minutes", minutes))
    return " ".join(parts)


def offset_words(offset: timedelta) -> str:
    """When in the session something happened: "in the first minute", "after 12 minutes"."""
    if offset.total_seconds() < 60:
        return _tr("in the first minute")
    return _tr("after %1").replace("%1", duration_words(offset))
