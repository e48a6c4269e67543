"""Looking back over the journal: history pages, insights, delete with undo, import, export.

Built with SQLAlchemy, and only when one of these is first used; a running session goes
through :mod:`kindling.store.session_store` instead. Plain records in, plain records out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Select, String, and_, func, or_, select, text, type_coerce
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased, sessionmaker

from kindling.core.insights import InsightData, ReframeFacts, SessionFacts
from kindling.core.model import HistoryFilter, ImportResult, Session, SessionRow
from kindling.store.errors import WriteFailed, plain_reason
from kindling.store.instants import utc_text
from kindling.store.models import CheckInRecord, MomentRecord, SessionRecord
from kindling.store.session_rows import insert_sessions, load_sessions
from kindling.store.session_store import JOURNAL_GONE, SessionStore
from kindling.store.transactions import reading


class Repository:
    """Reads and writes the journal. Nothing above the store sees an ORM object."""

    def __init__(self, engine: Engine, store: SessionStore) -> None:
        self.engine = engine
        self._store = store
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def _write(self) -> Iterator[OrmSession]:
        """One write transaction; a failure to reach the disk becomes WriteFailed."""
        if not self._store.in_place():
            raise WriteFailed(JOURNAL_GONE)
        try:
            with self._sessions.begin() as orm:
                yield orm
        except (DBAPIError, sqlite3.Error) as error:
            raise WriteFailed(plain_reason(error)) from error

    @contextmanager
    def _read(self) -> Iterator[OrmSession]:
        with self._sessions() as orm:
            yield orm

    @contextmanager
    def _driver(self) -> Iterator[sqlite3.Connection]:
        """The journal's sqlite3 connection itself, in a read transaction (whole sessions)."""
        pooled = self.engine.raw_connection()
        try:
            connection = pooled.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            with reading(connection):
                yield connection
        finally:
            pooled.close()  # back to the pool, not closed

    # --- writing ------------------------------------------------------------------------------

    # The history's own uses of whole sessions; one implementation, in the session store.

    def get_session(self, session_id: str) -> Session | None:
        return self._store.get_session(session_id)

    def delete_session(self, session_id: str) -> Session | None:
        return self._store.delete_session(session_id)

    def restore_session(self, session: Session) -> None:
        self._store.restore_session(session)

    def import_sessions(self, sessions: list[Session]) -> ImportResult:
        """Adds sessions not yet in the journal, in one transaction: all or nothing.

        A session whose id is already here is never overwritten: if it is identical it is
        counted as already present, otherwise it is reported so the person knows. An imported
        session left unfinished joins the history ended at its last moment (``_as_history``).
        """
        same = 0
        different: list[str] = []
        with self._write() as orm:
            db = _driver_of(orm)
            ids = [s.id for s in sessions]
            existing: dict[str, Session] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                found = load_sessions(db, f"WHERE id IN ({marks})", chunk)
                existing.update({s.id: s for s in found})
            new: list[Session] = []
            for session in sessions:
                present = existing.get(session.id)
                if present is None:
                    new.append(session)
                elif _same_content(present, session) or _same_content(
                    present, _as_history(session)
                ):
                    same += 1
                else:
                    different.append(session.id)
            # Plain driver statements: SQLAlchemy's per-row parameter handling was most of
            # the time of a ten-year import.
            insert_sessions(db, [_as_history(s) for s in new])
        return ImportResult(len(new), same, tuple(different))

    # --- reading ------------------------------------------------------------------------------

    def all_sessions(self, batch: int = 500) -> Iterator[Session]:
        """Every session, oldest first, loaded in batches so a long history stays light."""
        after: tuple[str, str] | None = None
        while True:
            with self._driver() as db:
                if after is None:
                    sessions = load_sessions(db, "ORDER BY started_at, id LIMIT ?", (batch,))
                else:
                    sessions = load_sessions(
                        db,
                        "WHERE started_at > ? OR (started_at = ? AND id > ?)"
                        " ORDER BY started_at, id LIMIT ?",
                        (after[0], after[0], after[1], batch),
                    )
            if not sessions:
                return
            yield from sessions
            after = utc_text(sessions[-1].started_at), sessions[-1].id

    def count_sessions(self, where: HistoryFilter | None = None) -> int:
        with self._read() as orm:
            query = select(func.count()).select_from(SessionRecord)
            query = _filtered(query, where)
            return int(orm.scalar(query) or 0)

    def list_sessions(
        self, limit: int = 50, offset: int = 0, where: HistoryFilter | None = None
    ) -> list[SessionRow]:
        """A page of the history, newest first."""
        moment_count = (
            select(func.count(MomentRecord.id))
            .where(MomentRecord.session_id == SessionRecord.id)
            .scalar_subquery()
        )
        before = (
            select(CheckInRecord.soothing)
            .where(CheckInRecord.session_id == SessionRecord.id, CheckInRecord.phase == "before")
            .scalar_subquery()
        )
        after = (
            select(CheckInRecord.soothing)
            .where(CheckInRecord.session_id == SessionRecord.id, CheckInRecord.phase == "after")
            .scalar_subquery()
        )
        query = select(
            SessionRecord.id,
            SessionRecord.medium,
            SessionRecord.intention,
            SessionRecord.started_at,
            SessionRecord.ended_at,
            moment_count,
            before,
            after,
        )
        query = _filtered(query, where).order_by(SessionRecord.started_at.desc())
        with self._read() as orm:
            rows = orm.execute(query.limit(limit).offset(offset)).all()
        return [SessionRow(*row) for row in rows]

    def mediums(self) -> list[str]:
        with self._read() as orm:
            return list(
                orm.scalars(select(SessionRecord.medium).distinct().order_by(SessionRecord.medium))
            )

    def insight_data(self) -> InsightData:
        """Light aggregate rows for insights: one per session, per minute, per reframe.

        Moments are counted and binned by SQLite, so a long history never becomes a long
        list of Python objects. Times are read as text and parsed with ``fromisoformat``,
        which is far quicker than the column type's general parsing.
        """
        before = aliased(CheckInRecord)
        after = aliased(CheckInRecord)
        counts = (
            select(MomentRecord.session_id.label("sid"), func.count().label("n"))
            .group_by(MomentRecord.session_id)
            .subquery()
        )
        session_query = (
            select(
                type_coerce(SessionRecord.started_at, String),
                type_coerce(SessionRecord.ended_at, String),
                SessionRecord.medium,
                SessionRecord.warmup_completed,
                before.soothing,
                after.soothing,
                func.coalesce(counts.c.n, 0),
            )
            .outerjoin(
                before, and_(before.session_id == SessionRecord.id, before.phase == "before")
            )
            .outerjoin(after, and_(after.session_id == SessionRecord.id, after.phase == "after"))
            .outerjoin(counts, counts.c.sid == SessionRecord.id)
        )
        with self._read() as orm:
            session_rows = orm.execute(session_query).all()
            arrival_rows = orm.execute(_ARRIVAL_MINUTES).all()
            reframe_rows = orm.execute(_REFRAME_COUNTS).all()
            texts = {rid: words for rid, words in orm.execute(_REFRAME_TEXTS).all()}
        parse = datetime.fromisoformat
        return InsightData(
            sessions=[
                SessionFacts(
                    parse(started),
                    parse(ended) if ended else None,
                    medium,
                    warmup,
                    soothing_before,
                    soothing_after,
                    int(moments),
                )
                for started, ended, medium, warmup, soothing_before, soothing_after, moments in (
                    session_rows
                )
            ],
            arrival_minutes={int(m or 0): int(n) for m, n in arrival_rows},
            reframes=[
                ReframeFacts(rid, texts.get(rid, ""), int(shown), int(yes or 0), int(no or 0))
                for rid, shown, yes, no in reframe_rows
            ],
        )


# Hand-written because the query plan matters at ten years of sessions (200,000 moments):
# CROSS JOIN keeps sessions as the outer loop, so moments are read from the covering index
# (session_id, at) instead of one session lookup per moment; seconds are rounded before the
# whole minutes are taken (julianday is a float: 2 minutes can come out as 1.99999).
_ARRIVAL_MINUTES = text(
    "SELECT CAST(round((julianday(m.at) - julianday(s.started_at)) * 86400) AS INTEGER) / 60"
    " AS minute, count(*) FROM sessions AS s CROSS JOIN moments AS m ON m.session_id = s.id"
    " GROUP BY minute"
)
# The unary + keeps SQLite from walking the reframe index, which costs a random row read per
# moment; one sequential scan and a small sort is several times quicker.
_REFRAME_COUNTS = text(
    "SELECT +reframe_id AS rid, count(*), sum(helped IS 1), sum(helped IS 0)"
    " FROM moments GROUP BY rid"
)
# The wording last shown for each reframe, from the newest moment (found through the index).
_REFRAME_TEXTS = text(
    "SELECT reframe_id, reframe_text FROM moments"
    " WHERE id IN (SELECT max(id) FROM moments GROUP BY reframe_id)"
)


def _filtered(query: Select[Any], where: HistoryFilter | None) -> Select[Any]:
    if where is None:
        return query
    if where.medium:
        query = query.where(SessionRecord.medium == where.medium)
    if where.since is not None:
        query = query.where(SessionRecord.started_at >= where.since)
    if where.until is not None:
        query = query.where(SessionRecord.started_at < where.until)
    if where.text:
        pattern = (
            "%" + where.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        in_notes = (
            select(MomentRecord.id)
            .where(
                MomentRecord.session_id == SessionRecord.id,
                MomentRecord.note.ilike(pattern, escape="\\"),
            )
            .exists()
        )
        query = query.where(
            or_(
                SessionRecord.intention.ilike(pattern, escape="\\"),
                SessionRecord.reflection.ilike(pattern, escape="\\"),
                SessionRecord.medium.ilike(pattern, escape="\\"),
                in_notes,
            )
        )
    return query


def _same_content(a: Session, b: Session) -> bool:
    """Equal apart from database ids, the offset times were written with, and studio mode.

    Studio mode is not in the export format, so a studio session's export comes back as
    the same session.
    """

    def strip(s: Session) -> Session:
        from dataclasses import replace

        return replace(s, moments=tuple(replace(m, id=None) for m in s.moments), studio=False)

    return strip(a) == strip(b)


def _driver_of(orm: OrmSession) -> sqlite3.Connection:
    """The sqlite3 connection under an ORM transaction (statements join that transaction)."""
    connection = orm.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def _as_history(session: Session) -> Session:
    """An unfinished imported session, ended at the last thing that happened in it.

    Only the running session may be unfinished (the schema allows one): an imported one would
    otherwise become the session in progress and catch today's critic moments. Ending it at
    its last moment or pause keeps every word and every time it holds.
    """
    if session.ended_at is not None:
        return session
    return replace(session, ended_at=session.last_activity)
