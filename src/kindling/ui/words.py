"""Lengths of time in plain, translated words for the views."""

from __future__ import annotations

from datetime import timedelta
from functools import cache

from PySide6.QtCore import QObject


class Words(QObject):
    """Only a translation context ("Words"): pyside6-lupdate finds plural forms in ``tr()``
    calls, not in ``QCoreApplication.translate()`` ones (6.11 misses the count there)."""

    def duration(self, span: timedelta) -> str:
        total_minutes = max(int(span.total_seconds() // 60), 0)
        if total_minutes < 1:
            return self.tr("less than a minute")
        hours, minutes = divmod(total_minutes, 60)
        parts = []
        if hours:
            parts.append(self.tr("%n hour(s)", "", hours))
        if minutes:
            parts.append(self.tr("%n minute(s)", "", minutes))
        return " ".join(parts)

    def offset(self, offset: timedelta) -> str:
        if offset.total_seconds() < 60:
            return self.tr("in the first minute")
        return self.tr("after %1").replace("%1", self.duration(offset))


@cache
def _words() -> Words:
    return Words()  # made on first use, never at import


def duration_words(span: timedelta) -> str:
    """ "25 minutes", "1 hour 5 minutes", "less than a minute"."""
    return _words().duration(span)


def offset_words(offset: timedelta) -> str:
    """When in the session something happened: "in the first minute", "after 12 minutes"."""
    return _words().offset(offset)
