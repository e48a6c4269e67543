"""Opening the journal: pragmas, a fresh schema, permissions, and refusing what it should."""

import os
import sqlite3
import stat

import pytest
from sqlalchemy import text

from kindling.store import migrate
from kindling.store.errors import DatabaseDamaged, DatabaseTooNew
from kindling.store.journal import open_journal


def test_new_journal_is_stamped_at_head_with_durable_pragmas(journal):
    with journal.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert migrate.current_revision(connection) == migrate.head_revision()


def test_head_read_from_file_names_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.head_revision()
    assert {r.revision for r in script.walk_revisions()} == migrate.known_revisions()


def test_fresh_schema_matches_what_the_migrations_build(tmp_path):
    """create_all (new journals) and the migration scripts (old ones) must agree."""
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    engine.dispose()

    def schema(path):
        with sqlite3.connect(path) as db:
            return sorted(
                (name, " ".join(sql.split()))
                for name, sql in db.execute(
                    "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name != 'alembic_version'"
                )
            )

    fresh = tmp_path / "fresh.sqlite3"
    open_journal(fresh).close()
    fresh_schema = {name for name, _ in schema(fresh)}
    migrated_schema = {name for name, _ in schema(tmp_path / "migrated.sqlite3")}
    assert fresh_schema == migrated_schema


def test_journal_file_is_private(data_paths, journal):
    journal.repository.list_sessions()
    assert stat.S_IMODE(data_paths.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600


def test_a_newer_schema_is_refused_and_left_untouched(data_paths):
    open_journal(data_paths.database).close()
    with sqlite3.connect(data_paths.database) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    before = data_paths.database.read_bytes()
    with pytest.raises(DatabaseTooNew):
        open_journal(data_paths.database)
    assert data_paths.database.read_bytes() == before


def test_a_damaged_header_is_refused_and_left_untouched(data_paths):
    open_journal(data_paths.database).close()
    raw = bytearray(data_paths.database.read_bytes())
    raw[:16] = b"\0" * 16
    data_paths.database.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged):
        open_journal(data_paths.database)
    assert data_paths.database.read_bytes() == bytes(raw)


def test_an_empty_file_becomes_a_new_journal(data_paths):
    data_paths.database.touch()
    journal = open_journal(data_paths.database)
    with journal.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sessions")).scalar() == 0
    journal.close()
    assert os.path.getsize(data_paths.database) > 0


def test_migration_scripts_verify_clean():
    assert migrate.verify_scripts() == []


def test_verifying_reports_migration_scripts_left_out(tmp_path, monkeypatch):
    """What the bundle's self-test would say had the spec forgotten Alembic's env.py."""
    import shutil

    partial = tmp_path / "migrations"
    # Without the compiled copies too: Alembic would load env.py from __pycache__.
    shutil.copytree(migrate.MIGRATIONS_DIR, partial, ignore=shutil.ignore_patterns("__pycache__"))
    (partial / "env.py").unlink()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", partial)
    (problem,) = migrate.verify_scripts()
    assert "do not run" in problem
