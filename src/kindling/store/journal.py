"""Opening the journal: check it without touching it, migrate it safely, hand out its stores.

Opening a journal already at the newest schema uses plain ``sqlite3`` only. SQLAlchemy and
Alembic load to create a new journal or upgrade an older one (once), and when the history,
insights, import or export first ask for the :class:`Repository`.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kindling.store import migrate
from kindling.store.access import check_journal, damaged_or_unwritable
from kindling.store.backup import BackupFailed, backup_name, make_backup
from kindling.store.errors import DatabaseDamaged, DatabaseTooNew, JournalMissing, MigrationFailed
from kindling.store.pragmas import connect
from kindling.store.seal import break_seal, changed_at_rest, write_seal
from kindling.store.session_store import SessionStore

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kindling.store.repository import Repository

log = logging.getLogger(__name__)


class Journal:
    """An open journal: its file, its one connection, and the stores over it.

    ``store`` serves a running session. ``engine`` and ``repository`` (SQLAlchemy) are made
    on first use, over the same connection.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection
        self.store = SessionStore(connection, path)
        self._engine: Engine | None = None
        self._repository: Repository | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from kindling.store.engine import make_engine

            self._engine = make_engine(self.path, self.connection)
            log.info("SQLAlchemy engine made for the history")
        return self._engine

    @property
    def repository(self) -> Repository:
        if self._repository is None:
            from kindling.store.repository import Repository

            self._repository = Repository(self.engine, self.store)
        return self._repository

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        in_place = self.store.in_place()
        self.connection.close()
        if in_place:  # never seal a file that is not the one written here
            write_seal(self.path)


def open_journal(path: Path, backups_dir: Path | None = None) -> Journal:
    """Opens (creating if needed) the journal at ``path``.

    A damaged file or one from a newer Kindling raises before a single byte is written, and
    so does a missing or empty one with backups beside it (JournalMissing: put one back).
    An older schema is backed up, then upgraded; if the upgrade fails the backup is put back.
    """
    backups_dir = backups_dir or path.parent / "backups"
    is_new = not path.exists() or path.stat().st_size == 0
    revision = None
    if is_new and has_backups(backups_dir):
        # A journal that vanished (deleted, moved, emptied) is not a first start.
        raise JournalMissing(path, empty=path.exists())
    if is_new:
        try:
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        except OSError as error:
            raise damaged_or_unwritable(path, str(error)) from error
        os.close(fd)
    else:
        problem = check_journal(path)
        if problem is not None:
            raise problem
        damage = changed_at_rest(path)
        if damage is not None:
            raise DatabaseDamaged(path, damage)
        revision = _refuse_unknown_revision(path)
    break_seal(path)  # from here on the file may be written
    if is_new or revision != migrate.head_revision():
        _create_or_upgrade(path, backups_dir, is_new)
    try:
        connection = connect(path)
    except sqlite3.Error as error:
        raise damaged_or_unwritable(path, str(error)) from error
    return Journal(path, connection)


def has_backups(backups_dir: Path) -> bool:
    """True when the backups folder holds at least one backup of a journal."""
    try:
        return any(backups_dir.glob("kindling-*.sqlite3"))
    except OSError:
        return False


def _create_or_upgrade(path: Path, backups_dir: Path, is_new: bool) -> None:
    """A new journal gets the newest schema, an older one is upgraded (SQLAlchemy, Alembic)."""
    from sqlalchemy.exc import SQLAlchemyError

    from kindling.store.engine import make_engine
    from kindling.store.models import Base

    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            revision = migrate.current_revision(connection)
            # Looked at again inside the write lock: a command running alongside may have
            # just created it (``is_new`` was seen before the lock).
            if revision is None and not _has_tables(connection):
                Base.metadata.create_all(connection)
                _stamp(connection)
                log.info("new journal created")
                revision = migrate.head_revision()
        if revision != migrate.head_revision():
            _upgrade_with_backup(engine, path, backups_dir, revision)
    except SQLAlchemyError as error:
        raise damaged_or_unwritable(path, str(error)) from error
    finally:
        engine.dispose()


def _stamp(connection: object) -> None:
    """Marks a new journal as being at the newest schema, without loading Alembic."""
    from sqlalchemy import text

    connection.execute(  # type: ignore[attr-defined]
        text(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
    )
    connection.execute(  # type: ignore[attr-defined]
        text("INSERT INTO alembic_version (version_num) VALUES (:head)"),
        {"head": migrate.head_revision()},
    )


def _has_tables(connection: object) -> bool:
    from sqlalchemy import text

    rows = connection.execute(  # type: ignore[attr-defined]
        text("SELECT count(*) FROM sqlite_master WHERE type='table'")
    ).scalar()
    return bool(rows)


def _refuse_unknown_revision(path: Path) -> str | None:
    """The journal's schema revision, read without writing; raises if it is not Kindling's."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        tables = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).fetchone()
        row = (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if has
            else None
        )
    finally:
        connection.close()
    if row is not None and row[0] not in migrate.known_revisions():
        raise DatabaseTooNew(path, str(row[0]))
    if row is None and tables and tables[0]:
        raise DatabaseDamaged(path, "holds tables but no schema version; it may not be Kindling's")
    return None if row is None else str(row[0])


def _upgrade_with_backup(
    engine: Engine, path: Path, backups_dir: Path, revision: str | None
) -> None:
    now = datetime.now(UTC)
    backup = backups_dir / backup_name(now, f"before-upgrade-from-{revision}")
    try:
        make_backup(path, backup)
    except BackupFailed as error:
        raise MigrationFailed(
            path, f"no safe backup could be made first: {error}", False
        ) from error
    log.info("upgrading journal schema from %s", revision)
    try:
        _upgrade_in_one_transaction(engine)
    except Exception as error:
        engine.dispose()
        restored = _put_back(backup, path)
        raise MigrationFailed(path, str(error), restored) from error


def _upgrade_in_one_transaction(engine: Engine) -> None:
    """Runs every pending migration in one write transaction, or none of them.

    Batch migrations on SQLite rebuild a table by copying it and dropping the old one; with
    foreign keys on, dropping ``sessions`` would cascade-delete every moment. So the keys are
    switched off for the upgrade (the pragma is ignored inside a transaction, hence before it)
    and checked as a whole before the commit.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                migrate.upgrade(connection)
                orphans = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if orphans:
                    raise RuntimeError(f"{len(orphans)} row(s) would lose their session")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _put_back(backup: Path, path: Path) -> bool:
    try:
        for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            side.unlink(missing_ok=True)
        temporary = path.with_name(path.name + ".restoring")
        shutil.copyfile(backup, temporary)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
        return True
    except OSError:
        log.exception("could not put the backup back")
        return False
