"""Sessions to rows and back, in plain SQL: one implementation for every writer and reader.

The running app, the undo of a delete and imports all insert sessions through
:func:`insert_sessions`; every whole-session read goes through :func:`load_sessions`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from kindling.core.model import CheckIn, Moment, Pause, Phase, Session, ShownReframe, Warmup
from kindling.store.instants import from_text, utc_text

_INSERT_SESSION = (
    "INSERT INTO sessions (id, medium, intention, started_at, ended_at, reflection,"
    " warmup_completed, warmup_seconds, warmup_pattern, studio)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CHECKIN = (
    "INSERT INTO checkins (session_id, phase, threat, drive, soothing) VALUES (?, ?, ?, ?, ?)"
)
INSERT_MOMENT = (
    "INSERT INTO moments (session_id, at, note, reframe_id, reframe_text, helped)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_PAUSE = "INSERT INTO pauses (session_id, at, seconds) VALUES (?, ?, ?)"

_SESSION_COLUMNS = (
    "id, medium, intention, started_at, ended_at, reflection,"
    " warmup_completed, warmup_seconds, warmup_pattern, studio"
)


def insert_sessions(connection: sqlite3.Connection, sessions: Sequence[Session]) -> None:
    """Inserts whole new sessions with one executemany per table (quick for large imports).

    Runs inside the caller's transaction. Times go through ``utc_text``, exactly as
    SQLAlchemy's column type writes them.
    """
    if not sessions:
        return
    connection.executemany(
        _INSERT_SESSION,
        [
            (
                s.id,
                s.medium,
                s.intention,
                utc_text(s.started_at),
                utc_text(s.ended_at) if s.ended_at else None,
                s.reflection,
                s.warmup.completed if s.warmup else None,
                s.warmup.seconds if s.warmup else None,
                s.warmup.pattern if s.warmup else None,
                s.studio,
            )
            for s in sessions
        ],
    )
    checkins = [
        (s.id, phase.value, c.threat, c.drive, c.soothing)
        for s in sessions
        for phase, c in ((Phase.BEFORE, s.checkin_before), (Phase.AFTER, s.checkin_after))
        if c is not None
    ]
    moments = [moment_row(s.id, m) for s in sessions for m in s.moments]
    pauses = [(s.id, utc_text(p.at), p.seconds) for s in sessions for p in s.pauses]
    for statement, rows in (
        (_INSERT_CHECKIN, checkins),
        (INSERT_MOMENT, moments),
        (_INSERT_PAUSE, pauses),
    ):
        if rows:
            connection.executemany(statement, rows)


def moment_row(session_id: str, moment: Moment) -> tuple[object, ...]:
    return (
        session_id,
        utc_text(moment.at),
        moment.note,
        moment.reframe.id,
        moment.reframe.text,
        moment.helped,
    )


def load_sessions(
    connection: sqlite3.Connection, where: str, params: Sequence[object]
) -> list[Session]:
    """Whole sessions (check-ins, moments, pauses) chosen by a WHERE/ORDER clause on sessions.

    ``where`` is written by the store, never from input; values go in ``params``.
    """
    rows = connection.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions {where}",
        params,
    ).fetchall()
    if not rows:
        return []
    ids = [row[0] for row in rows]
    marks = ",".join("?" * len(ids))
    checkins: dict[str, dict[str, CheckIn]] = {}
    for sid, phase, threat, drive, soothing in connection.execute(
        f"SELECT session_id, phase, threat, drive, soothing FROM checkins"
        f" WHERE session_id IN ({marks})",
        ids,
    ):
        checkins.setdefault(sid, {})[phase] = CheckIn(threat, drive, soothing)
    moments: dict[str, list[Moment]] = {}
    for sid, mid, at, note, reframe_id, reframe_text, helped in connection.execute(
        f"SELECT session_id, id, at, note, reframe_id, reframe_text, helped FROM moments"
        f" WHERE session_id IN ({marks}) ORDER BY at, id",
        ids,
    ):
        moments.setdefault(sid, []).append(
            Moment(
                from_text(at),
                note,
                ShownReframe(reframe_id, reframe_text),
                None if helped is None else bool(helped),
                mid,
            )
        )
    pauses: dict[str, list[Pause]] = {}
    for sid, at, seconds in connection.execute(
        f"SELECT session_id, at, seconds FROM pauses WHERE session_id IN ({marks}) ORDER BY at, id",
        ids,
    ):
        pauses.setdefault(sid, []).append(Pause(from_text(at), seconds))
    return [
        _session(row, checkins.get(row[0], {}), moments.get(row[0], []), pauses.get(row[0], []))
        for row in rows
    ]


def _session(
    row: tuple[Any, ...],
    checkins: dict[str, CheckIn],
    moments: list[Moment],
    pauses: list[Pause],
) -> Session:
    sid, medium, intention, started, ended, reflection, completed, seconds, pattern, studio = row
    warmup = None
    if completed is not None:
        warmup = Warmup(completed=bool(completed), seconds=seconds or 0, pattern=pattern or "")
    return Session(
        id=sid,
        medium=medium,
        intention=intention,
        started_at=from_text(started),
        ended_at=from_text(ended) if ended is not None else None,
        warmup=warmup,
        checkin_before=checkins.get(Phase.BEFORE.value),
        checkin_after=checkins.get(Phase.AFTER.value),
        reflection=reflection,
        pauses=tuple(pauses),
        moments=tuple(moments),
        studio=bool(studio),
    )
