"""Lengths of time in plain, translated words for the views."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

# Each string is spelled out in its own QCoreApplication.translate("Words", ...) call:
# pyside6-lupdate only collects literal strings, so a wrapper would hide them from it.


def duration_words(span: timedelta) -> str:
    """ "25 minutes", "1 hour 5 minutes", "less than a minute"."""
    total_minutes = max(int(span.total_seconds() // 60), 0)
    if total_minutes < 1:
        return QCoreApplication.translate("Words", "less than a minute")
    hours, minutes = divmod(total_minutes, 60)
    parts = []
    if hours:
        parts.append(QCoreApplication.translate("Words", "%n hour(s)", "", hours))
    if minutes:
        parts.append(QCoreApplication.translate("Words", "%n minute(s)", "", minutes))
    return " ".join(parts)


def offset_words(offset: timedelta) -> str:
    """When in the session something happened: "in the first minute", "after 12 minutes"."""
    if offset.total_seconds() < 60:
        return QCoreApplication.translate("Words", "in the first minute")
    return QCoreApplication.translate("Words", "after %1").replace("%1", duration_words(offset))
