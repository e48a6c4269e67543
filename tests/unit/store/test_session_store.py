"""The plain-SQLite session store on a real file: what a running session writes is kept whole.

Every operation is checked through the history's SQLAlchemy repository and the export too,
so rows written without SQLAlchemy read back exactly as if SQLAlchemy had written them.
"""

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from kindling.core import export_json
from kindling.core.model import CheckIn, Moment, Pause, Phase, Session, ShownReframe, Warmup
from kindling.core.reframes import Reframe
from kindling.store.errors import WriteFailed
from kindling.store.models import MomentRecord, SessionRecord
from kindling.store.types import UTCInstant

T0 = datetime(2026, 3, 2, 9, 15, 30, 123456, tzinfo=UTC)
TOKYO = timezone(timedelta(hours=9))


def a_session(store, number=1, **extra) -> Session:
    session_id = f"00000000-0000-4000-8000-{number:012d}"
    session = Session(session_id, "painting", "loose skies", T0 + timedelta(days=number), **extra)
    store.add_session(session)
    return session


def test_a_whole_session_written_raw_reads_back_through_the_repository_and_export(journal):
    store = journal.store
    session = a_session(store, checkin_before=CheckIn(7, 4, 2))
    start = session.started_at
    store.set_warmup(session.id, Warmup(True, 180, "soothing-5-5"))
    first = store.add_moment(
        session.id, Moment(start + timedelta(minutes=3), "ugh 😩", ShownReframe("nge-01", "Kind."))
    )
    second = store.add_moment(
        session.id,
        Moment(start.astimezone(TOKYO) + timedelta(minutes=9), None, ShownReframe("b", "B")),
    )
    assert (first.id, second.id) == (1, 2)
    assert store.set_helped(first.id, True) == ("nge-01", None)
    assert store.set_helped(first.id, False) == ("nge-01", True)
    store.set_moment_note(second.id, "written later")
    store.add_pause(session.id, Pause(start + timedelta(minutes=5), 45))
    store.set_checkin(session.id, Phase.AFTER, CheckIn(3, 5, 5))
    store.set_checkin(session.id, Phase.AFTER, CheckIn(2, 5, 6))  # changed mind: replaced
    store.end_session(session.id, start + timedelta(minutes=40), "kept going")

    expected = Session(
        session.id,
        "painting",
        "loose skies",
        start,
        ended_at=start + timedelta(minutes=40),
        warmup=Warmup(True, 180, "soothing-5-5"),
        checkin_before=CheckIn(7, 4, 2),
        checkin_after=CheckIn(2, 5, 6),
        reflection="kept going",
        pauses=(Pause(start + timedelta(minutes=5), 45),),
        moments=(
            Moment(
                start + timedelta(minutes=3), "ugh 😩", ShownReframe("nge-01", "Kind."), False, 1
            ),
            Moment(start + timedelta(minutes=9), "written later", ShownReframe("b", "B"), None, 2),
        ),
    )
    assert store.get_session(session.id) == expected
    assert journal.repository.get_session(session.id) == expected
    assert list(journal.repository.all_sessions()) == [expected]
    exported = export_json.loads(export_json.dumps(journal.repository.all_sessions(), T0))
    without_ids = tuple(replace(m, id=None) for m in expected.moments)
    assert exported == [replace(expected, moments=without_ids)]
    row = journal.repository.list_sessions()[0]
    assert (row.moment_count, row.soothing_before, row.soothing_after) == (2, 2, 6)


def test_instants_are_stored_exactly_as_sqlalchemys_column_type_stores_them(journal):
    session = a_session(journal.store)
    at = datetime(2026, 3, 3, 18, 0, 0, 5, tzinfo=TOKYO)
    journal.store.add_moment(session.id, Moment(at, None, ShownReframe("a", "A")))
    stored = journal.connection.execute("SELECT at FROM moments").fetchone()[0]
    assert stored == UTCInstant().process_bind_param(at, journal.engine.dialect)
    with OrmSession(journal.engine) as orm:
        assert orm.scalars(select(MomentRecord.at)).one() == at
        assert orm.scalars(select(SessionRecord.started_at)).one() == session.started_at


def test_the_session_in_progress_and_the_last_one(journal):
    store = journal.store
    assert store.session_in_progress() is None
    assert store.last_session() is None
    older = a_session(store, 1)
    store.end_session(older.id, older.started_at + timedelta(minutes=5), None)
    newer = a_session(store, 2)
    assert store.session_in_progress().id == newer.id
    assert store.last_session().id == newer.id
    store.end_session(newer.id, newer.started_at + timedelta(minutes=5), None)
    assert store.session_in_progress() is None
    assert store.last_session().id == newer.id


def test_delete_and_put_back(journal):
    store = journal.store
    session = a_session(store)
    store.add_moment(session.id, Moment(T0 + timedelta(days=1), "n", ShownReframe("a", "A"), True))
    removed = store.delete_session(session.id)
    assert store.get_session(session.id) is None
    assert journal.connection.execute("SELECT count(*) FROM moments").fetchone()[0] == 0
    store.restore_session(removed)
    assert store.get_session(session.id) == removed
    assert store.delete_session("no-such-session") is None


def test_what_the_picker_and_the_reframe_editor_read(journal):
    store = journal.store
    session = a_session(store)
    for minute, (rid, helped) in enumerate([("a", True), ("b", False), ("a", True), ("c", None)]):
        at = session.started_at + timedelta(minutes=minute)
        store.add_moment(session.id, Moment(at, None, ShownReframe(rid, rid), helped))
    assert store.recent_reframe_ids(2) == ["a", "c"]
    feedback = store.reframe_feedback()
    assert (feedback["a"].helped, feedback["a"].not_helped) == (2, 0)
    assert (feedback["b"].helped, feedback["b"].not_helped) == (0, 1)
    assert "c" not in feedback
    assert store.reframe_shown_counts() == {"a": 2, "b": 1, "c": 1}

    own = Reframe("own-1", "not-good-enough", "Slow is still moving.", builtin=False)
    store.add_own_reframe(own, T0)
    store.update_own_reframe(Reframe("own-1", "impostor", "Slow still moves.", False), T0)
    assert store.own_reframes() == [Reframe("own-1", "impostor", "Slow still moves.", False)]
    store.set_reframe_hidden("nge-01", True, T0)
    store.set_reframe_hidden("nge-01", True, T0)  # twice: still one mark
    assert store.hidden_reframe_ids() == frozenset({"nge-01"})
    store.set_reframe_hidden("nge-01", False, T0)
    assert store.hidden_reframe_ids() == frozenset()
    with pytest.raises(KeyError):
        store.update_own_reframe(Reframe("own-2", "impostor", "x", False), T0)


def test_changes_to_what_is_not_there_are_refused_and_write_nothing(journal):
    store = journal.store
    with pytest.raises(KeyError):
        store.set_helped(99, True)
    with pytest.raises(KeyError):
        store.set_moment_note(99, "x")
    with pytest.raises(KeyError):
        store.end_session("missing", T0, None)
    with pytest.raises(KeyError):
        store.set_warmup("missing", Warmup(True, 1, "box"))
    assert not journal.connection.in_transaction
    assert store.last_session() is None


def test_a_full_disk_is_a_write_failed_and_leaves_the_journal_as_it_was(journal):
    store = journal.store
    session = a_session(store)
    pages = journal.connection.execute("PRAGMA page_count").fetchone()[0]
    journal.connection.execute(f"PRAGMA max_page_count={pages}")
    note = "it will never be good enough " * 700  # ~20 kB: needs new pages
    refused = None
    for minute in range(20):  # the write-ahead log may still take a moment or two
        at = session.started_at + timedelta(minutes=minute)
        try:
            store.add_moment(session.id, Moment(at, note, ShownReframe("a", "A")))
        except WriteFailed as error:
            refused = error
            break
    assert refused is not None, "the journal never filled"
    assert refused.reason == "disk-full"
    assert not journal.connection.in_transaction
    kept = len(store.get_session(session.id).moments)
    journal.connection.execute("PRAGMA max_page_count=1073741823")
    at = session.started_at + timedelta(hours=1)
    store.add_moment(session.id, Moment(at, "room again", ShownReframe("a", "A")))
    assert len(store.get_session(session.id).moments) == kept + 1


def test_the_running_apps_connection_has_the_durable_private_pragmas(journal):
    pragma = journal.connection.execute
    assert pragma("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert pragma("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert pragma("PRAGMA foreign_keys").fetchone()[0] == 1
    assert pragma("PRAGMA secure_delete").fetchone()[0] == 1
    assert pragma("PRAGMA busy_timeout").fetchone()[0] >= 1000
