"""Every released schema upgrades to the newest with every row intact; a failure puts it back."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from kindling.store import migrate
from kindling.store.errors import MigrationFailed
from kindling.store.journal import open_journal

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SCHEMAS = sorted(FIXTURES.glob("schema-*.sqlite3"))


def _rows(path):
    """Every row of every table, keyed by table and rowid, as column -> value."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name != 'alembic_version'"
            )
        ]
        return {
            table: {
                row[0]: dict(row) for row in db.execute(f"SELECT rowid AS row_key, * FROM {table}")
            }
            for table in tables
        }
    finally:
        db.close()


def test_there_is_a_fixture_for_every_released_schema():
    """Each schema before the newest has shipped (or will have, once a newer one exists).

    When you add a migration, make a fixture of the one before it: copy
    ``tests/fixtures/make_schema_0001.py`` and fill in that schema's new tables.
    """
    fixtures = {p.stem.removeprefix("schema-") for p in SCHEMAS}
    released = migrate.known_revisions() - {migrate.head_revision()}
    assert released <= fixtures
    assert fixtures <= migrate.known_revisions()


@pytest.mark.parametrize("fixture", SCHEMAS, ids=lambda p: p.stem)
def test_each_old_schema_upgrades_with_every_row_intact(fixture, tmp_path):
    path = tmp_path / "kindling.sqlite3"
    shutil.copyfile(fixture, path)
    before = _rows(path)
    total = sum(len(rows) for rows in before.values())

    journal = open_journal(path, tmp_path / "backups")
    with journal.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    sessions = list(journal.repository.all_sessions())  # today's code reads every session
    journal.close()

    after = _rows(path)
    lost = 0
    for table, rows in before.items():
        for rowid, row in rows.items():
            kept = after.get(table, {}).get(rowid)
            if kept is None or any(kept.get(col) != value for col, value in row.items()):
                lost += 1
    print(f"\n{fixture.name}: {total} rows before, {lost} lost or changed after the upgrade")
    assert lost == 0
    if before_revision(fixture) != migrate.head_revision():
        assert list((tmp_path / "backups").glob("kindling-*-before-upgrade-from-*.sqlite3"))
    assert len(sessions) == len(before["sessions"])
    assert sum(len(s.moments) for s in sessions) == len(before["moments"])


def test_a_failing_upgrade_puts_the_journal_back(tmp_path, monkeypatch):
    path = tmp_path / "kindling.sqlite3"
    shutil.copyfile(SCHEMAS[0], path)
    before = _rows(path)
    revision = SCHEMAS[0].stem.removeprefix("schema-")

    def broken_upgrade(connection):
        connection.exec_driver_sql("DELETE FROM moments")
        connection.exec_driver_sql("DROP TABLE pauses")
        raise RuntimeError("a migration that goes wrong half-way")

    monkeypatch.setattr(migrate, "head_revision", lambda: revision + "-next")
    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    with pytest.raises(MigrationFailed) as failure:
        open_journal(path, tmp_path / "backups")
    assert failure.value.restored
    assert _rows(path) == before
    (backup,) = (tmp_path / "backups").glob("kindling-*-before-upgrade-*.sqlite3")
    assert _rows(backup) == before


def before_revision(fixture):
    return fixture.stem.removeprefix("schema-")
