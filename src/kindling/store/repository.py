"""The journal's repository: each method is one short transaction and returns plain records."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Engine,
    Select,
    String,
    and_,
    func,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased, selectinload, sessionmaker

from kindling.core.insights import InsightData, ReframeFacts, SessionFacts
from kindling.core.model import (
    CheckIn,
    HistoryFilter,
    ImportResult,
    Moment,
    Pause,
    Phase,
    Session,
    SessionRow,
    ShownReframe,
    Warmup,
)
from kindling.core.picker import Feedback
from kindling.core.reframes import Reframe
from kindling.store.errors import WriteFailed
from kindling.store.models import (
    CheckInRecord,
    HiddenReframeRecord,
    MomentRecord,
    OwnReframeRecord,
    PauseRecord,
    SessionRecord,
)
from kindling.store.types import UTCInstant, utc_text


class Repository:
    """Reads and writes the journal. Nothing above the store sees an ORM object."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def _write(self) -> Iterator[OrmSession]:
        """One write transaction; a failure to reach the disk becomes WriteFailed."""
        try:
            with self._sessions.begin() as orm:
                yield orm
        except DBAPIError as error:
            raise WriteFailed(_plain_reason(error)) from error

    @contextmanager
    def _read(self) -> Iterator[OrmSession]:
        with self._sessions() as orm:
            yield orm

    # --- writing ------------------------------------------------------------------------------

    def add_session(self, session: Session) -> None:
        with self._write() as orm:
            orm.add(_session_record(session))

    def add_moment(self, session_id: str, moment: Moment) -> Moment:
        """Commits one critic moment and returns it with its id.

        The hot path of every tap, so it speaks to SQLite directly: BEGIN IMMEDIATE, one
        INSERT, COMMIT, on the journal's own connection (same pragmas). SQLAlchemy's unit of
        work and statement execution cost several times the commit itself on a fast disk
        (critic_commit benchmark). It is committed when this returns.
        """
        params = (
            session_id,
            _INSTANT.process_bind_param(moment.at, self.engine.dialect),
            moment.note,
            moment.reframe.id,
            moment.reframe.text,
            moment.helped,
        )
        try:
            pooled = self.engine.raw_connection()
            try:
                connection = pooled.driver_connection
                assert isinstance(connection, sqlite3.Connection)
                connection.execute("BEGIN IMMEDIATE")
                try:
                    moment_id = connection.execute(_ADD_MOMENT_SQL, params).lastrowid
                    connection.execute("COMMIT")
                except BaseException:
                    if connection.in_transaction:  # SQLite may have rolled back already
                        connection.execute("ROLLBACK")
                    raise
            finally:
                pooled.close()  # back to the pool, not closed
        except sqlite3.Error as error:
            raise WriteFailed(_plain_reason(error)) from error
        assert moment_id is not None
        return Moment(moment.at, moment.note, moment.reframe, moment.helped, moment_id)

    def set_helped(self, moment_id: int, helped: bool | None) -> tuple[str, bool | None]:
        """Marks a moment's reframe; returns its reframe id and the mark it had before."""
        with self._write() as orm:
            record = orm.get(MomentRecord, moment_id)
            if record is None:
                raise KeyError(moment_id)
            previous = record.helped
            record.helped = helped
            return record.reframe_id, previous

    def set_moment_note(self, moment_id: int, note: str | None) -> None:
        with self._write() as orm:
            record = orm.get(MomentRecord, moment_id)
            if record is None:
                raise KeyError(moment_id)
            record.note = note

    def set_warmup(self, session_id: str, warmup: Warmup) -> None:
        with self._write() as orm:
            record = orm.get_one(SessionRecord, session_id)
            record.warmup_completed = warmup.completed
            record.warmup_seconds = warmup.seconds
            record.warmup_pattern = warmup.pattern

    def set_checkin(self, session_id: str, phase: Phase, checkin: CheckIn) -> None:
        with self._write() as orm:
            existing = orm.scalars(
                select(CheckInRecord).where(
                    CheckInRecord.session_id == session_id, CheckInRecord.phase == phase.value
                )
            ).first()
            if existing is None:
                existing = CheckInRecord(session_id=session_id, phase=phase.value)
                orm.add(existing)
            existing.threat = checkin.threat
            existing.drive = checkin.drive
            existing.soothing = checkin.soothing

    def add_pause(self, session_id: str, pause: Pause) -> None:
        with self._write() as orm:
            orm.add(PauseRecord(session_id=session_id, at=pause.at, seconds=pause.seconds))

    def end_session(self, session_id: str, ended_at: datetime, reflection: str | None) -> None:
        with self._write() as orm:
            record = orm.get_one(SessionRecord, session_id)
            record.ended_at = ended_at
            record.reflection = reflection

    def delete_session(self, session_id: str) -> Session | None:
        """Removes a session and everything in it; returns it so it can be put back (undo)."""
        with self._write() as orm:
            record = orm.get(SessionRecord, session_id, options=_FULL)
            if record is None:
                return None
            session = _to_session(record)
            orm.delete(record)
        return session

    def restore_session(self, session: Session) -> None:
        """Puts back a session exactly as it was (undo of a delete)."""
        with self._write() as orm:
            orm.add(_session_record(session))

    def import_sessions(self, sessions: list[Session]) -> ImportResult:
        """Adds sessions not yet in the journal, in one transaction: all or nothing.

        A session whose id is already here is never overwritten: if it is identical it is
        counted as already present, otherwise it is reported so the person knows.
        """
        added = 0
        same = 0
        different: list[str] = []
        with self._write() as orm:
            ids = [s.id for s in sessions]
            existing: dict[str, Session] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows = orm.scalars(
                    select(SessionRecord).where(SessionRecord.id.in_(chunk)).options(*_FULL)
                )
                existing.update({r.id: _to_session(r) for r in rows})
            new: list[Session] = []
            for session in sessions:
                present = existing.get(session.id)
                if present is None:
                    new.append(session)
                elif _same_content(present, session):
                    same += 1
                else:
                    different.append(session.id)
            _bulk_insert(orm, new)
            added = len(new)
        return ImportResult(added, same, tuple(different))

    # --- reading ------------------------------------------------------------------------------

    def get_session(self, session_id: str) -> Session | None:
        with self._read() as orm:
            record = orm.get(SessionRecord, session_id, options=_FULL)
            return None if record is None else _to_session(record)

    def session_in_progress(self) -> Session | None:
        with self._read() as orm:
            record = orm.scalars(
                select(SessionRecord)
                .where(SessionRecord.ended_at.is_(None))
                .order_by(SessionRecord.started_at.desc())
                .options(*_FULL)
            ).first()
            return None if record is None else _to_session(record)

    def last_session(self) -> Session | None:
        with self._read() as orm:
            record = orm.scalars(
                select(SessionRecord).order_by(SessionRecord.started_at.desc()).options(*_FULL)
            ).first()
            return None if record is None else _to_session(record)

    def all_sessions(self, batch: int = 500) -> Iterator[Session]:
        """Every session, oldest first, loaded in batches so a long history stays light."""
        last_started: datetime | None = None
        last_id = ""
        while True:
            with self._read() as orm:
                query = select(SessionRecord).order_by(SessionRecord.started_at, SessionRecord.id)
                if last_started is not None:
                    query = query.where(
                        or_(
                            SessionRecord.started_at > last_started,
                            and_(
                                SessionRecord.started_at == last_started,
                                SessionRecord.id > last_id,
                            ),
                        )
                    )
                records = list(orm.scalars(query.limit(batch).options(*_FULL)))
                sessions = [_to_session(r) for r in records]
            if not sessions:
                return
            yield from sessions
            last_started, last_id = sessions[-1].started_at, sessions[-1].id

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

    def recent_reframe_ids(self, count: int) -> list[str]:
        """The reframes shown most recently, oldest first (for the no-repeat window)."""
        with self._read() as orm:
            ids = list(
                orm.scalars(
                    select(MomentRecord.reframe_id)
                    .order_by(MomentRecord.at.desc(), MomentRecord.id.desc())
                    .limit(count)
                )
            )
        return list(reversed(ids))

    def reframe_feedback(self) -> dict[str, Feedback]:
        """How often each reframe was marked as helping, or not."""
        with self._read() as orm:
            rows = orm.execute(
                select(
                    MomentRecord.reframe_id,
                    func.sum(func.iif(MomentRecord.helped.is_(True), 1, 0)),
                    func.sum(func.iif(MomentRecord.helped.is_(False), 1, 0)),
                )
                .where(MomentRecord.helped.is_not(None))
                .group_by(MomentRecord.reframe_id)
            ).all()
        return {rid: Feedback(int(yes or 0), int(no or 0)) for rid, yes, no in rows}

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

    def reframe_shown_counts(self) -> dict[str, int]:
        with self._read() as orm:
            rows = orm.execute(
                select(MomentRecord.reframe_id, func.count()).group_by(MomentRecord.reframe_id)
            ).all()
        return {rid: int(n) for rid, n in rows}

    # --- the person's own reframes ------------------------------------------------------------

    def own_reframes(self) -> list[Reframe]:
        """The reframes the person wrote, oldest first."""
        with self._read() as orm:
            records = orm.scalars(
                select(OwnReframeRecord).order_by(OwnReframeRecord.created_at, OwnReframeRecord.id)
            )
            return [Reframe(r.id, r.group_id, r.text, builtin=False) for r in records]

    def add_own_reframe(self, reframe: Reframe, at: datetime) -> None:
        with self._write() as orm:
            orm.add(
                OwnReframeRecord(
                    id=reframe.id,
                    group_id=reframe.group,
                    text=reframe.text,
                    created_at=at,
                    updated_at=at,
                )
            )

    def update_own_reframe(self, reframe: Reframe, at: datetime) -> None:
        """Rewords or regroups one of the person's reframes; KeyError if there is none."""
        with self._write() as orm:
            record = orm.get(OwnReframeRecord, reframe.id)
            if record is None:
                raise KeyError(reframe.id)
            record.group_id = reframe.group
            record.text = reframe.text
            record.updated_at = at

    def hidden_reframe_ids(self) -> frozenset[str]:
        with self._read() as orm:
            return frozenset(orm.scalars(select(HiddenReframeRecord.reframe_id)))

    def set_reframe_hidden(self, reframe_id: str, hidden: bool, at: datetime) -> None:
        """Hides or restores a reframe. Only the mark changes: the reframe itself stays."""
        with self._write() as orm:
            record = orm.get(HiddenReframeRecord, reframe_id)
            if hidden and record is None:
                orm.add(HiddenReframeRecord(reframe_id=reframe_id, hidden_at=at))
            elif not hidden and record is not None:
                orm.delete(record)


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

_ADD_MOMENT_SQL = (
    "INSERT INTO moments (session_id, at, note, reframe_id, reframe_text, helped)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_INSTANT = UTCInstant()

_FULL = (
    selectinload(SessionRecord.checkins),
    selectinload(SessionRecord.moments),
    selectinload(SessionRecord.pauses),
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


def _session_record(session: Session) -> SessionRecord:
    record = SessionRecord(
        id=session.id,
        medium=session.medium,
        intention=session.intention,
        started_at=session.started_at,
        ended_at=session.ended_at,
        reflection=session.reflection,
        warmup_completed=session.warmup.completed if session.warmup else None,
        warmup_seconds=session.warmup.seconds if session.warmup else None,
        warmup_pattern=session.warmup.pattern if session.warmup else None,
    )
    for phase, checkin in (
        (Phase.BEFORE, session.checkin_before),
        (Phase.AFTER, session.checkin_after),
    ):
        if checkin is not None:
            record.checkins.append(
                CheckInRecord(
                    phase=phase.value,
                    threat=checkin.threat,
                    drive=checkin.drive,
                    soothing=checkin.soothing,
                )
            )
    record.moments = [
        MomentRecord(
            at=m.at,
            note=m.note,
            reframe_id=m.reframe.id,
            reframe_text=m.reframe.text,
            helped=m.helped,
        )
        for m in session.moments
    ]
    record.pauses = [PauseRecord(at=p.at, seconds=p.seconds) for p in session.pauses]
    return record


_INSERT_SESSION = (
    "INSERT INTO sessions (id, medium, intention, started_at, ended_at, reflection,"
    " warmup_completed, warmup_seconds, warmup_pattern) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CHECKIN = (
    "INSERT INTO checkins (session_id, phase, threat, drive, soothing) VALUES (?, ?, ?, ?, ?)"
)
_INSERT_MOMENT = (
    "INSERT INTO moments (session_id, at, note, reframe_id, reframe_text, helped)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_PAUSE = "INSERT INTO pauses (session_id, at, seconds) VALUES (?, ?, ?)"


def _bulk_insert(orm: OrmSession, sessions: list[Session]) -> None:
    """Inserts many new sessions with one executemany per table (fast imports).

    Plain driver statements with rows prepared here: SQLAlchemy's per-row parameter handling
    was most of the time of a ten-year import. Times go through the same ``utc_text`` as the
    column type, so they are stored exactly as every other write stores them.
    """
    if not sessions:
        return
    connection = orm.connection()
    connection.exec_driver_sql(
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
    moments = [
        (s.id, utc_text(m.at), m.note, m.reframe.id, m.reframe.text, m.helped)
        for s in sessions
        for m in s.moments
    ]
    pauses = [(s.id, utc_text(p.at), p.seconds) for s in sessions for p in s.pauses]
    for statement, rows in (
        (_INSERT_CHECKIN, checkins),
        (_INSERT_MOMENT, moments),
        (_INSERT_PAUSE, pauses),
    ):
        if rows:
            connection.exec_driver_sql(statement, rows)


def _to_session(record: SessionRecord) -> Session:
    checkins = {c.phase: CheckIn(c.threat, c.drive, c.soothing) for c in record.checkins}
    warmup = None
    if record.warmup_completed is not None:
        warmup = Warmup(
            completed=record.warmup_completed,
            seconds=record.warmup_seconds or 0,
            pattern=record.warmup_pattern or "",
        )
    return Session(
        id=record.id,
        medium=record.medium,
        intention=record.intention,
        started_at=record.started_at,
        ended_at=record.ended_at,
        warmup=warmup,
        checkin_before=checkins.get(Phase.BEFORE.value),
        checkin_after=checkins.get(Phase.AFTER.value),
        reflection=record.reflection,
        pauses=tuple(Pause(p.at, p.seconds) for p in record.pauses),
        moments=tuple(
            Moment(m.at, m.note, ShownReframe(m.reframe_id, m.reframe_text), m.helped, m.id)
            for m in sorted(record.moments, key=lambda m: (m.at, m.id))
        ),
    )


def _same_content(a: Session, b: Session) -> bool:
    """Equal apart from database ids and the offset times were written with."""

    def strip(s: Session) -> Session:
        from dataclasses import replace

        return replace(s, moments=tuple(replace(m, id=None) for m in s.moments))

    return strip(a) == strip(b)


def _plain_reason(error: Exception) -> str:
    text = str(getattr(error, "orig", error)).lower()
    if "full" in text:
        return "disk-full"
    if "readonly" in text or "read-only" in text or "permission" in text:
        return "read-only"
    if "locked" in text or "busy" in text:
        return "locked"
    return "io-error"
