"""Schema 0002: a journal from 0001 gains the own-reframe tables and keeps every session."""

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import create_engine

from kindling.core.reframes import Reframe
from kindling.store import migrate
from kindling.store.instants import utc_text
from kindling.store.journal import open_journal
from kindling.store.pragmas import connect


def test_a_0001_journal_upgrades_and_keeps_its_sessions(data_paths):
    engine = create_engine(f"sqlite:///{data_paths.database}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0001")
    started = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
    engine.dispose()
    connection = connect(data_paths.database)
    with connection:  # written as a 0001 app wrote it (today's store writes newer columns)
        connection.execute(
            "INSERT INTO sessions (id, medium, intention, started_at) VALUES (?, ?, ?, ?)",
            ("s-1", "painting", "loose skies", utc_text(started)),
        )
    connection.close()

    journal = open_journal(data_paths.database, data_paths.backups)
    try:
        repository = journal.store
        assert repository.get_session("s-1").intention == "loose skies"
        repository.add_own_reframe(Reframe("own-1", "not-good-enough", "Kind", False), started)
        repository.set_reframe_hidden("nge-01", True, started)
        assert [r.id for r in repository.own_reframes()] == ["own-1"]
        assert repository.hidden_reframe_ids() == frozenset({"nge-01"})
    finally:
        journal.close()
    assert list(data_paths.backups.glob("*before-upgrade*"))
