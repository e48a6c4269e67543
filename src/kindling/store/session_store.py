"""What a running session writes and reads, in plain SQLite: no SQLAlchemy on the way.

Starting, warming up, critic taps, marks and notes, pauses, check-ins, ending, the summary of
the session just ended and resuming an unfinished one all come through here, so a whole
session never loads SQLAlchemy (about 30 MiB and a quarter of a second). Each method is one
short transaction on the journal's connection and returns plain records.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path

from kindling.core.model import CheckIn, Moment, Pause, Phase, Session, ShownReframe, Warmup
from kindling.core.picker import Feedback
from kindling.core.reframes import Reframe
from kindling.store.errors import OtherSessionInProgress, SessionNotInProgress, WriteFailed
from kindling.store.instants import from_text, utc_text
from kindling.store.session_rows import INSERT_MOMENT, insert_sessions, load_sessions, moment_row
from kindling.store.transactions import reading, writing

_SET_CHECKIN = (
    "INSERT INTO checkins (session_id, phase, threat, drive, soothing) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (session_id, phase) DO UPDATE SET"
    " threat = excluded.threat, drive = excluded.drive, soothing = excluded.soothing"
)


JOURNAL_GONE = "journal-gone"
"""WriteFailed's reason when the journal is no longer at its path (moved, deleted, replaced)."""


class SessionStore:
    """The journal as the companion uses it; raises WriteFailed when the disk refuses.

    Given the journal's ``path``, every write first checks that the file this connection
    writes is still the one at that path: a journal moved or deleted while open would
    otherwise take moments into a file nobody will find (WriteFailed ``journal-gone``).
    """

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None) -> None:
        self._db = connection
        self._path = path
        self._identity = _identity(path) if path is not None else None

    def in_place(self) -> bool:
        """True while the file at the journal's path is the one this store writes."""
        return self._path is None or _identity(self._path) == self._identity

    def _writing(self) -> AbstractContextManager[sqlite3.Connection]:
        if not self.in_place():
            raise WriteFailed(JOURNAL_GONE)
        return writing(self._db)

    # --- a session ----------------------------------------------------------------------------

    def add_session(self, session: Session) -> None:
        """Stores a new session; OtherSessionInProgress if one already is (the schema agrees)."""
        with self._writing() as db:
            if session.ended_at is None and _in_progress_id(db) is not None:
                raise OtherSessionInProgress()
            insert_sessions(db, [session])

    def set_warmup(self, session_id: str, warmup: Warmup) -> None:
        with self._writing() as db:
            _one_row(
                db.execute(
                    "UPDATE sessions SET warmup_completed = ?, warmup_seconds = ?,"
                    " warmup_pattern = ? WHERE id = ?",
                    (warmup.completed, warmup.seconds, warmup.pattern, session_id),
                ),
                session_id,
            )

    def set_studio(self, session_id: str) -> None:
        """Marks a session as made in studio mode (entered after it began)."""
        with self._writing() as db:
            _one_row(
                db.execute("UPDATE sessions SET studio = 1 WHERE id = ?", (session_id,)),
                session_id,
            )

    def set_checkin(self, session_id: str, phase: Phase, checkin: CheckIn) -> None:
        with self._writing() as db:
            db.execute(
                _SET_CHECKIN,
                (session_id, phase.value, checkin.threat, checkin.drive, checkin.soothing),
            )

    def add_pause(self, session_id: str, pause: Pause) -> None:
        with self._writing() as db:
            db.execute(
                "INSERT INTO pauses (session_id, at, seconds) VALUES (?, ?, ?)",
                (session_id, utc_text(pause.at), pause.seconds),
            )

    def end_session(self, session_id: str, ended_at: datetime, reflection: str | None) -> datetime:
        """Ends a session still in progress; returns the end as stored.

        The end is never before a moment or pause already stored (a `critic` that won the race
        with `end`), and a session someone else ended keeps their end and reflection:
        SessionNotInProgress.
        """
        with self._writing() as db:
            ended = db.execute(_END_SESSION, (utc_text(ended_at), reflection, session_id))
            if ended.rowcount == 0:
                raise SessionNotInProgress(session_id)
            row = db.execute("SELECT ended_at FROM sessions WHERE id = ?", (session_id,))
            stored = str(row.fetchone()[0])
        return from_text(stored)

    def delete_session(self, session_id: str) -> Session | None:
        """Removes a session and everything in it; returns it so it can be put back (undo)."""
        with self._writing() as db:
            found = load_sessions(db, "WHERE id = ?", (session_id,))
            if not found:
                return None
            # Check-ins, moments and pauses go with it (ON DELETE CASCADE).
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return found[0]

    def restore_session(self, session: Session) -> None:
        """Puts back a session exactly as it was (undo of a delete)."""
        self.add_session(session)

    # --- critic moments -----------------------------------------------------------------------

    def add_moment(self, session_id: str, moment: Moment) -> Moment:
        """Commits one critic moment and returns it with its id (the hot path of every tap).

        SessionNotInProgress if the session had ended before the moment's time (a `critic`
        racing an `end`): a moment is never stored after its session's end.
        """
        with self._writing() as db:
            row = moment_row(session_id, moment)
            if not db.execute(_SESSION_OPEN_AT, (session_id, row[1])).fetchone():
                raise SessionNotInProgress(session_id)  # ended by another writer meanwhile
            moment_id = db.execute(INSERT_MOMENT, row).lastrowid
        assert moment_id is not None
        return Moment(moment.at, moment.note, moment.reframe, moment.helped, moment_id)

    def set_helped(self, moment_id: int, helped: bool | None) -> tuple[str, bool | None]:
        """Marks a moment's reframe; returns its reframe id and the mark it had before."""
        with self._writing() as db:
            row = db.execute(
                "SELECT reframe_id, helped FROM moments WHERE id = ?", (moment_id,)
            ).fetchone()
            if row is None:
                raise KeyError(moment_id)
            db.execute("UPDATE moments SET helped = ? WHERE id = ?", (helped, moment_id))
        reframe_id, previous = row
        return str(reframe_id), None if previous is None else bool(previous)

    def set_moment_note(self, moment_id: int, note: str | None) -> None:
        with self._writing() as db:
            _one_row(
                db.execute("UPDATE moments SET note = ? WHERE id = ?", (note, moment_id)),
                moment_id,
            )

    def set_moment_answer(self, moment_id: int, note: str | None, reframe: ShownReframe) -> None:
        """Keeps a note typed on the card and the words the card answered it with."""
        with writing(self._db) as db:
            _one_row(
                db.execute(
                    "UPDATE moments SET note = ?, reframe_id = ?, reframe_text = ? WHERE id = ?",
                    (note, reframe.id, reframe.text, moment_id),
                ),
                moment_id,
            )

    # --- reading sessions ---------------------------------------------------------------------

    def get_session(self, session_id: str) -> Session | None:
        return self._first("WHERE id = ?", (session_id,))

    def session_in_progress(self) -> Session | None:
        return self._first("WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT 1", ())

    def last_session(self) -> Session | None:
        return self._first("ORDER BY started_at DESC LIMIT 1", ())

    def _first(self, where: str, params: tuple[object, ...]) -> Session | None:
        with reading(self._db) as db:
            found = load_sessions(db, where, params)
        return found[0] if found else None

    # --- what the reframe picker and editor need ----------------------------------------------

    def recent_reframe_ids(self, count: int) -> list[str]:
        """The reframes shown most recently, oldest first (for the no-repeat window)."""
        rows = self._db.execute(
            "SELECT reframe_id FROM moments ORDER BY at DESC, id DESC LIMIT ?", (count,)
        ).fetchall()
        return [str(row[0]) for row in reversed(rows)]

    def reframe_feedback(self) -> dict[str, Feedback]:
        """How often each reframe was marked as helping, or not."""
        rows = self._db.execute(
            "SELECT reframe_id, sum(helped IS 1), sum(helped IS 0) FROM moments"
            " WHERE helped IS NOT NULL GROUP BY reframe_id"
        ).fetchall()
        return {str(rid): Feedback(int(yes or 0), int(no or 0)) for rid, yes, no in rows}

    def reframe_shown_counts(self) -> dict[str, int]:
        rows = self._db.execute(
            "SELECT reframe_id, count(*) FROM moments GROUP BY reframe_id"
        ).fetchall()
        return {str(rid): int(n) for rid, n in rows}

    # --- the person's own reframes, and hidden ones -------------------------------------------

    def own_reframes(self) -> list[Reframe]:
        """The reframes the person wrote, oldest first."""
        rows = self._db.execute(
            "SELECT id, group_id, text FROM own_reframes ORDER BY created_at, id"
        ).fetchall()
        return [Reframe(rid, group, text, builtin=False) for rid, group, text in rows]

    def add_own_reframe(self, reframe: Reframe, at: datetime) -> None:
        with self._writing() as db:
            db.execute(
                "INSERT INTO own_reframes (id, group_id, text, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (reframe.id, reframe.group, reframe.text, utc_text(at), utc_text(at)),
            )

    def update_own_reframe(self, reframe: Reframe, at: datetime) -> None:
        """Rewords or regroups one of the person's reframes; KeyError if there is none."""
        with self._writing() as db:
            _one_row(
                db.execute(
                    "UPDATE own_reframes SET group_id = ?, text = ?, updated_at = ? WHERE id = ?",
                    (reframe.group, reframe.text, utc_text(at), reframe.id),
                ),
                reframe.id,
            )

    def hidden_reframe_ids(self) -> frozenset[str]:
        rows = self._db.execute("SELECT reframe_id FROM hidden_reframes").fetchall()
        return frozenset(str(row[0]) for row in rows)

    def set_reframe_hidden(self, reframe_id: str, hidden: bool, at: datetime) -> None:
        """Hides or restores a reframe. Only the mark changes: the reframe itself stays."""
        with self._writing() as db:
            if hidden:
                db.execute(
                    "INSERT OR IGNORE INTO hidden_reframes (reframe_id, hidden_at) VALUES (?, ?)",
                    (reframe_id, utc_text(at)),
                )
            else:
                db.execute("DELETE FROM hidden_reframes WHERE reframe_id = ?", (reframe_id,))


_END_SESSION = (
    "UPDATE sessions SET ended_at = max(?1,"
    " coalesce((SELECT max(at) FROM moments WHERE session_id = ?3), ''),"
    " coalesce((SELECT max(at) FROM pauses WHERE session_id = ?3), '')),"
    " reflection = ?2 WHERE id = ?3 AND ended_at IS NULL"
)


_SESSION_OPEN_AT = "SELECT 1 FROM sessions WHERE id = ? AND (ended_at IS NULL OR ended_at >= ?)"
"""A moment goes only into a session that had not ended by its time."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _in_progress_id(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT id FROM sessions WHERE ended_at IS NULL LIMIT 1").fetchone()
    return None if row is None else str(row[0])


def _one_row(cursor: sqlite3.Cursor, key: object) -> None:
    """A change meant for one row that found none: nothing is written (the block rolls back)."""
    if cursor.rowcount == 0:
        raise KeyError(key)
