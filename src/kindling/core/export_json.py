"""The JSON export format, version 1 (DESIGN.md): writing it, and reading it back with checks."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from kindling.core.model import CheckIn, Moment, Pause, Session, ShownReframe, Warmup
from kindling.core.text import MAX_LABEL_CHARS, MAX_TEXT_CHARS
from kindling.core.timefmt import from_iso, to_iso

FORMAT_TAG = "kindling-export"
FORMAT_VERSION = 1

MAX_FILE_BYTES = 200 * 1024 * 1024
"""The largest export Kindling reads. Parsed JSON takes several times its size in memory; a
heavy user's ten years of sessions is a few tens of megabytes, so this leaves ample room and
still fits comfortably on a modest laptop. The size is checked before a byte is read."""

MAX_ITEMS = 100_000
"""Moments or pauses in one session; far beyond any real session, small enough to stay light."""

MEMORY_PER_VALUE = 100
"""Bytes of memory one parsed JSON value can take at most in CPython 3.11 (measured: an empty
object 38, a number 41, a short string 64, a small object with two fields 97, per value)."""

MAX_MEMORY_FACTOR = 8
"""A file whose values would take more than this many times its size once parsed is refused
before parsing. Kindling's own exports take about 4 times (measured); ``{"sessions": [{},
{}, …]}`` would take 25 times, 5 GB for a 200 MB file."""

ALWAYS_AFFORDABLE_BYTES = 64 * 1024 * 1024
"""Below this much parsed memory a file is read whatever its shape, so a small hand-made file
gets the message about its first real problem instead."""

MAX_VALUES = 10_000_000
"""Values in one file, whatever its size: about 1 GB once parsed, far beyond a lifetime of
sessions (ten years of daily sessions is well under a million)."""

EARLIEST_YEAR = 1970
LATEST_YEAR = 9000


def plausible(moment: datetime) -> bool:
    """Whether a time is within the years an export may hold, judged in UTC.

    The journal keeps UTC, and exports write what it keeps: judging the local reading
    (``1970-01-01T00:00:00+14:00`` is 1969 in UTC) would accept a time its own export could
    not import again.
    """
    try:
        year = moment.astimezone(UTC).year
    except (OverflowError, ValueError):  # beyond the calendar once its offset is taken off
        return False
    return EARLIEST_YEAR <= year <= LATEST_YEAR


class ExportFormatError(ValueError):
    """A file that is not a valid Kindling export; the message names the first problem."""


def session_to_dict(session: Session) -> dict[str, Any]:
    return {
        "id": session.id,
        "medium": session.medium,
        "intention": session.intention,
        "started_at": to_iso(session.started_at),
        "ended_at": to_iso(session.ended_at) if session.ended_at else None,
        "warmup": (
            {
                "completed": session.warmup.completed,
                "seconds": session.warmup.seconds,
                "pattern": session.warmup.pattern,
            }
            if session.warmup
            else None
        ),
        "checkin_before": _checkin_dict(session.checkin_before),
        "checkin_after": _checkin_dict(session.checkin_after),
        "reflection": session.reflection,
        "pauses": [{"at": to_iso(p.at), "seconds": p.seconds} for p in session.pauses],
        "moments": [
            {
                "at": to_iso(m.at),
                "note": m.note,
                "reframe": {"id": m.reframe.id, "text": m.reframe.text},
                "helped": m.helped,
            }
            for m in session.moments
        ],
    }


def _checkin_dict(checkin: CheckIn | None) -> dict[str, int] | None:
    if checkin is None:
        return None
    return {"threat": checkin.threat, "drive": checkin.drive, "soothing": checkin.soothing}


def export_document(sessions: Iterable[Session], exported_at: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT_TAG,
        "version": FORMAT_VERSION,
        "exported_at": to_iso(exported_at),
        "sessions": [session_to_dict(s) for s in sessions],
    }


def dumps(sessions: Iterable[Session], exported_at: datetime) -> str:
    """The export as text. Non-ASCII stays as written, so the file reads well in any editor."""
    return json.dumps(export_document(sessions, exported_at), ensure_ascii=False, indent=2) + "\n"


# --- reading ---------------------------------------------------------------------------------


class _Reader:
    """Walks a parsed document, raising ExportFormatError that says where the problem is."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, field: str, problem: str) -> ExportFormatError:
        return ExportFormatError(f"{self.where}, field “{field}”: {problem}")

    def obj(self, data: Any, field: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(field, "should be an object")
        return data

    def text(
        self,
        data: dict[str, Any],
        field: str,
        *,
        optional: bool = False,
        limit: int = MAX_TEXT_CHARS,
    ) -> str | None:
        if field not in data:
            raise self.fail(field, "is missing")
        value = data[field]
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(field, "should be text" + (" or null" if optional else ""))
        if len(value) > limit:
            raise self.fail(field, f"is longer than {limit:,} characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise self.fail(field, "holds characters that cannot be stored") from error
        return value

    def required_text(self, data: dict[str, Any], field: str, limit: int = MAX_TEXT_CHARS) -> str:
        value = self.text(data, field, limit=limit)
        assert value is not None
        return value

    def label(self, data: dict[str, Any], field: str) -> str:
        value = self.required_text(data, field, MAX_LABEL_CHARS)
        if not value.strip():
            raise self.fail(field, "is empty")
        return value

    def time(self, data: dict[str, Any], field: str, *, optional: bool = False) -> datetime | None:
        raw = self.text(data, field, optional=optional)
        if raw is None:
            return None
        try:
            moment = from_iso(raw)
        except ValueError as error:
            raise self.fail(field, f"is not a time with a UTC offset ({raw[:40]!r})") from error
        if not plausible(moment):
            raise self.fail(field, f"is not a plausible time ({raw[:40]!r})")
        return moment

    def integer(self, data: dict[str, Any], field: str, low: int, high: int) -> int:
        if field not in data:
            raise self.fail(field, "is missing")
        value = data[field]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(field, "should be a whole number")
        if not low <= value <= high:
            raise self.fail(field, f"should be between {low} and {high}")
        return value

    def boolean(self, data: dict[str, Any], field: str, *, optional: bool = False) -> bool | None:
        if field not in data:
            raise self.fail(field, "is missing")
        value = data[field]
        if value is None and optional:
            return None
        if not isinstance(value, bool):
            raise self.fail(field, "should be true or false" + (" or null" if optional else ""))
        return value

    def array(self, data: dict[str, Any], field: str, limit: int | None = MAX_ITEMS) -> list[Any]:
        if field not in data:
            raise self.fail(field, "is missing")
        value = data[field]
        if not isinstance(value, list):
            raise self.fail(field, "should be a list")
        if limit is not None and len(value) > limit:
            raise self.fail(field, f"holds more than {limit:,} entries")
        return value


MAX_SECONDS = 7 * 24 * 3600


def _checkin(reader: _Reader, data: dict[str, Any], field: str) -> CheckIn | None:
    if field not in data:
        raise reader.fail(field, "is missing")
    raw = data[field]
    if raw is None:
        return None
    obj = reader.obj(raw, field)
    sub = _Reader(f"{reader.where}, {field}")
    return CheckIn(
        threat=sub.integer(obj, "threat", 0, 10),
        drive=sub.integer(obj, "drive", 0, 10),
        soothing=sub.integer(obj, "soothing", 0, 10),
    )


def session_from_dict(data: Any, index: int) -> Session:
    """One session, fully checked. ``index`` (from 1) names the session in messages."""
    reader = _Reader(f"Session {index}")
    obj = reader.obj(data, "session")
    raw_id = reader.required_text(obj, "id")
    try:
        session_id = str(uuid.UUID(raw_id))
    except ValueError as error:
        raise reader.fail("id", "is not a UUID") from error
    reader = _Reader(f"Session {index} ({session_id})")
    started_at = reader.time(obj, "started_at")
    ended_at = reader.time(obj, "ended_at", optional=True)
    assert started_at is not None
    if ended_at is not None and ended_at < started_at:
        raise reader.fail("ended_at", "is before started_at")

    warmup = None
    if "warmup" not in obj:
        raise reader.fail("warmup", "is missing")
    if obj["warmup"] is not None:
        raw_warmup = reader.obj(obj["warmup"], "warmup")
        sub = _Reader(f"{reader.where}, warmup")
        completed = sub.boolean(raw_warmup, "completed")
        assert completed is not None
        warmup = Warmup(
            completed=completed,
            seconds=sub.integer(raw_warmup, "seconds", 0, MAX_SECONDS),
            pattern=sub.required_text(raw_warmup, "pattern", MAX_LABEL_CHARS),
        )

    pauses = []
    for number, raw_pause in enumerate(reader.array(obj, "pauses"), start=1):
        sub = _Reader(f"{reader.where}, pause {number}")
        pause_obj = sub.obj(raw_pause, "pause")
        at = sub.time(pause_obj, "at")
        assert at is not None
        pauses.append(Pause(at=at, seconds=sub.integer(pause_obj, "seconds", 0, MAX_SECONDS)))

    moments = []
    for number, raw_moment in enumerate(reader.array(obj, "moments"), start=1):
        sub = _Reader(f"{reader.where}, moment {number}")
        moment_obj = sub.obj(raw_moment, "moment")
        at = sub.time(moment_obj, "at")
        assert at is not None
        if "reframe" not in moment_obj:
            raise sub.fail("reframe", "is missing")
        reframe_obj = sub.obj(moment_obj["reframe"], "reframe")
        reframe_reader = _Reader(f"{sub.where}, reframe")
        moments.append(
            Moment(
                at=at,
                note=sub.text(moment_obj, "note", optional=True),
                reframe=ShownReframe(
                    id=reframe_reader.label(reframe_obj, "id"),
                    text=reframe_reader.required_text(reframe_obj, "text"),
                ),
                helped=sub.boolean(moment_obj, "helped", optional=True),
            )
        )

    return Session(
        id=session_id,
        medium=reader.label(obj, "medium"),
        intention=reader.text(obj, "intention", optional=True),
        started_at=started_at,
        ended_at=ended_at,
        warmup=warmup,
        checkin_before=_checkin(reader, obj, "checkin_before"),
        checkin_after=_checkin(reader, obj, "checkin_after"),
        reflection=reader.text(obj, "reflection", optional=True),
        pauses=tuple(pauses),
        moments=tuple(moments),
    )


def load_bytes(raw: bytes) -> list[Session]:
    """Checks the raw bytes of a file (size, encoding) and then its content, like :func:`loads`."""
    if len(raw) > MAX_FILE_BYTES:
        raise ExportFormatError(too_large_message(len(raw)))
    refuse_if_too_costly(raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExportFormatError(
            f"The file is not UTF-8 text (a byte at position {error.start:,} cannot be read), "
            "so it is not a Kindling export."
        ) from error
    return loads(text)


def refuse_if_too_costly(raw: bytes) -> None:
    """Refuses, before parsing, a file whose parsed values would not fit a sensible memory.

    Every JSON value but the first in each array or object follows a comma, and the first
    follows an opening bracket, so commas plus brackets count the values from above (commas
    inside text count too, which only errs on the careful side). Counting runs at C speed
    over the bytes and allocates nothing.
    """
    values = raw.count(b",") + raw.count(b"[") + raw.count(b"{")
    allowed = max(MAX_MEMORY_FACTOR * len(raw), ALWAYS_AFFORDABLE_BYTES)
    if values > MAX_VALUES or values * MEMORY_PER_VALUE > allowed:
        raise ExportFormatError(
            f"The file holds about {values:,} separate values in "
            f"{len(raw) / 1024 / 1024:,.1f} MB, far more than an export of that size has, so it "
            "was not read (reading it would take more memory than is safe)."
        )


def too_large_message(size: int) -> str:
    return (
        f"The file is {size / 1024 / 1024:,.0f} MB; Kindling reads exports of up to "
        f"{MAX_FILE_BYTES // 1024 // 1024} MB, so it was not opened."
    )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def loads(text: str) -> list[Session]:
    """Parses and checks a whole export; raises ExportFormatError naming the first problem."""
    if not text.strip():
        raise ExportFormatError("The file is empty.")
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except RecursionError as error:
        raise ExportFormatError("The file is nested too deeply to be a Kindling export.") from error
    except json.JSONDecodeError as error:
        raise ExportFormatError(
            f"The file is not valid JSON (line {error.lineno}, column {error.colno}); "
            "it may have been cut short."
        ) from error
    except ValueError as error:  # numbers too long to convert, NaN or Infinity
        raise ExportFormatError(
            "The file holds a value an export never has (a number far too long, NaN or Infinity)."
        ) from error
    reader = _Reader("The file")
    top = reader.obj(document, "top level")
    if top.get("format") != FORMAT_TAG:
        raise ExportFormatError("This file is not a Kindling export (its format tag is missing).")
    version = top.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise reader.fail("version", "should be a whole number")
    if version > FORMAT_VERSION:
        raise ExportFormatError(
            f"This export was made by a newer Kindling (format version {version}). "
            "Please update Kindling to import it."
        )
    if version < 1:
        raise reader.fail("version", "should be 1")
    reader.time(top, "exported_at")
    raw_sessions = reader.array(top, "sessions", limit=None)
    sessions = [session_from_dict(s, i) for i, s in enumerate(raw_sessions, 1)]
    seen: set[str] = set()
    for index, session in enumerate(sessions, start=1):
        if session.id in seen:
            raise ExportFormatError(f"Session {index} ({session.id}) appears twice in the file.")
        seen.add(session.id)
    return sessions
