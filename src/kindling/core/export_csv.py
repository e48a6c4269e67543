"""The CSV export: one row per critic moment with its session's fields, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from kindling.core.model import CheckIn, Moment, Session
from kindling.core.timefmt import to_iso

COLUMNS = (
    "session_id",
    "medium",
    "intention",
    "started_at",
    "ended_at",
    "session_minutes",
    "warmup_completed",
    "warmup_seconds",
    "threat_before",
    "drive_before",
    "soothing_before",
    "threat_after",
    "drive_after",
    "soothing_after",
    "reflection",
    "pauses",
    "moment_at",
    "minutes_into_session",
    "note",
    "reframe_id",
    "reframe",
    "helped",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by spreadsheets (CSV injection)."""

BOM = "\ufeff"
"""Spreadsheet programs read UTF-8 CSV correctly only when the file starts with this mark."""


def guard(text: str) -> str:
    """Text a spreadsheet shows as written: a leading formula character is quoted with '."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _text(value: str | None) -> str:
    return "" if value is None else guard(value)


def _flag(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _checkin(checkin: CheckIn | None) -> list[str]:
    if checkin is None:
        return ["", "", ""]
    return [str(checkin.threat), str(checkin.drive), str(checkin.soothing)]


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f}"


def _session_cells(session: Session) -> list[str]:
    warmup = session.warmup
    return [
        session.id,
        guard(session.medium),
        _text(session.intention),
        to_iso(session.started_at),
        to_iso(session.ended_at) if session.ended_at else "",
        _minutes((session.ended_at - session.started_at).total_seconds())
        if session.ended_at
        else "",
        _flag(warmup.completed) if warmup else "",
        str(warmup.seconds) if warmup else "",
        *_checkin(session.checkin_before),
        *_checkin(session.checkin_after),
        _text(session.reflection),
        str(len(session.pauses)),
    ]


def _moment_cells(session: Session, moment: Moment | None) -> list[str]:
    if moment is None:
        return ["", "", "", "", "", ""]
    return [
        to_iso(moment.at),
        _minutes(max((moment.at - session.started_at).total_seconds(), 0.0)),
        _text(moment.note),
        guard(moment.reframe.id),
        guard(moment.reframe.text),
        _flag(moment.helped),
    ]


def rows(sessions: Iterable[Session]) -> Iterator[list[str]]:
    """The header, then one row per moment. A session without moments still gets one row,
    so no session disappears from the spreadsheet."""
    yield list(COLUMNS)
    for session in sessions:
        cells = _session_cells(session)
        for moment in session.moments or (None,):
            yield cells + _moment_cells(session, moment)


def write(sessions: Iterable[Session], out: io.TextIOBase | io.StringIO) -> None:
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows(sessions):
        writer.writerow(row)


def dumps(sessions: Iterable[Session]) -> str:
    buffer = io.StringIO()
    write(sessions, buffer)
    return buffer.getvalue()
