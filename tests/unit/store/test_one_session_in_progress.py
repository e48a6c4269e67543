"""At most one session in progress, held by the schema (migration 0004), and no moment after
its session's end, whoever writes."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import create_engine

from kindling.core.model import Moment, Session, ShownReframe
from kindling.store import migrate
from kindling.store.errors import OtherSessionInProgress, SessionNotInProgress
from kindling.store.instants import utc_text
from kindling.store.journal import open_journal
from kindling.store.pragmas import connect

T0 = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


def _journal_at_0003_with_three_unfinished(path):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0003")
    engine.dispose()
    db = sqlite3.connect(path)
    with db:
        for sid, started in (
            ("older", T0),
            ("newer", T0 + timedelta(days=1)),
            ("year-8999", datetime(8999, 1, 1, tzinfo=UTC)),
        ):
            db.execute(
                "INSERT INTO sessions (id, medium, started_at) VALUES (?, 'ink', ?)",
                (sid, utc_text(started)),
            )
            db.execute(
                "INSERT INTO moments (session_id, at, note, reframe_id, reframe_text)"
                " VALUES (?, ?, 'mine', 'a', 'A')",
                (sid, utc_text(started + timedelta(minutes=30))),
            )
    db.close()


def test_the_upgrade_keeps_one_in_progress_and_ends_the_others_at_their_last_moment(data_paths):
    _journal_at_0003_with_three_unfinished(data_paths.database)
    journal = open_journal(data_paths.database, data_paths.backups)
    try:
        store = journal.store
        assert store.session_in_progress().id == "newer"  # the newest that began before now
        older = store.get_session("older")
        assert older.ended_at == T0 + timedelta(minutes=30)
        future = store.get_session("year-8999")
        assert future.ended_at == future.moments[-1].at
        assert [len(store.get_session(s).moments) for s in ("older", "newer", "year-8999")] == [
            1,
            1,
            1,
        ]
        with pytest.raises(sqlite3.IntegrityError):
            journal.connection.execute(
                "INSERT INTO sessions (id, medium, started_at) VALUES ('x', 'ink', 'y')"
            )
    finally:
        journal.close()
    assert list(data_paths.backups.glob("*before-upgrade-from-0003*"))


def test_a_second_writer_cannot_start_a_second_session(journal, data_paths):
    other = connect(data_paths.database)  # another process's connection, as a second command
    try:
        from kindling.store.session_store import SessionStore

        journal.store.add_session(Session("first", "ink", None, T0))
        with pytest.raises(OtherSessionInProgress):
            SessionStore(other).add_session(Session("second", "ink", None, T0))
    finally:
        other.close()
    assert journal.store.session_in_progress().id == "first"


def test_a_moment_racing_the_end_is_refused_not_stored_after_it(journal):
    store = journal.store
    store.add_session(Session("s", "ink", None, T0))
    store.add_moment("s", Moment(T0 + timedelta(minutes=9), "before", ShownReframe("a", "A")))
    # `end` took its time first and a `critic` stored a later moment before it committed:
    ended = store.end_session("s", T0 + timedelta(minutes=5), "done")
    assert ended == T0 + timedelta(minutes=9)  # never before a stored moment
    with pytest.raises(SessionNotInProgress):
        store.add_moment("s", Moment(T0 + timedelta(minutes=10), "late", ShownReframe("a", "A")))
    with pytest.raises(SessionNotInProgress):
        store.end_session("s", T0 + timedelta(minutes=20), "overwritten")
    kept = store.get_session("s")
    assert (kept.ended_at, kept.reflection) == (T0 + timedelta(minutes=9), "done")
    assert [m.note for m in kept.moments] == ["before"]


def test_imported_unfinished_sessions_join_the_history_and_never_become_current(journal):
    from kindling.core.export_json import dumps, loads

    ours = Session("today", "ink", None, T0)
    journal.store.add_session(ours)
    left_id, future_id = (
        "7c1b8a52-6d0e-4c36-9a51-2f1e0c7d9b10",
        "d4b5e0f1-0a3c-4e2b-8f6d-1c2b3a4d5e6f",
    )
    imported = [
        Session(
            left_id,
            "clay",
            None,
            T0 - timedelta(days=3),
            moments=(Moment(T0 - timedelta(days=3, minutes=-7), "x", ShownReframe("a", "A")),),
        ),
        Session(future_id, "clay", None, datetime(8999, 5, 1, tzinfo=UTC)),
    ]
    document = dumps(imported, T0)
    result = journal.repository.import_sessions(loads(document))
    assert result.added == 2
    assert journal.store.session_in_progress().id == "today"
    left_open = journal.store.get_session(left_id)
    assert left_open.ended_at == T0 - timedelta(days=3, minutes=-7)
    assert [m.note for m in left_open.moments] == ["x"]
    assert journal.store.get_session(future_id).ended_at == datetime(8999, 5, 1, tzinfo=UTC)
    # Importing the same file again adds nothing and reports nothing as different.
    again = journal.repository.import_sessions(loads(document))
    assert (again.added, again.skipped_different) == (0, ())
