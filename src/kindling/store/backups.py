"""The shelf of automatic backups beside the journal: make one, list them, prune, restore."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kindling.core.clock import Clock, system_clock
from kindling.core.safekeeping import BackupInfo, RestoreResult, backups_to_keep
from kindling.store.backup import BackupFailed, backup_name, integrity_ok, make_backup

log = logging.getLogger(__name__)

_NAME = re.compile(r"^kindling-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite3$")
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class BackupShelf:
    """Backups of one journal file, kept in one folder, named by when and why they were made."""

    def __init__(self, database: Path, folder: Path, clock: Clock = system_clock) -> None:
        self.database = database
        self.folder = folder
        self._clock = clock

    def backups(self) -> list[BackupInfo]:
        """Every backup on the shelf, newest first (without checking them)."""
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return []
        found = []
        for path in entries:
            match = _NAME.match(path.name)
            if match is None or not path.is_file():
                continue
            made_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
            found.append(BackupInfo(path, made_at, match.group(2), path.stat().st_size))
        return sorted(found, key=lambda b: b.made_at, reverse=True)

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes SQLite's quick check."""
        for backup in self.backups():
            if integrity_ok(backup.path)[0]:
                return backup
        return None

    def back_up(self, reason: str = "manual") -> BackupInfo:
        """Makes a checked backup now, then prunes old ones. Raises BackupFailed.

        A backup that fails leaves nothing behind and never costs an older good one: pruning
        happens only after the new copy has been checked and renamed into place.
        """
        if not self.database.exists():
            raise BackupFailed("there is no journal to back up yet")
        now = self._clock().astimezone(UTC)
        made = make_backup(self.database, self.folder / backup_name(now, reason))
        info = BackupInfo(made, now, reason, made.stat().st_size)
        self.prune()
        return info

    def prune(self) -> list[Path]:
        """Removes backups outside the retention policy, never the largest; returns them."""
        backups = self.backups()
        keep = backups_to_keep((b.made_at for b in backups), self._clock())
        if backups:
            # The largest backup always stays: a journal that was emptied or replaced by a
            # smaller one must never cost the copy that held the most (issue 14).
            keep.add(max(backups, key=lambda b: b.size).made_at)
        removed = []
        for backup in backups:
            if backup.made_at not in keep:
                try:
                    backup.path.unlink()
                    removed.append(backup.path)
                except OSError:
                    log.warning("could not remove an old backup")
        if removed:
            log.info("removed %d old backup(s)", len(removed))
        return removed

    def restore(self, backup: Path) -> RestoreResult:
        """Puts ``backup`` in place of the journal, keeping the current file aside.

        The backup is copied and checked beside the journal first; only then is the current
        file (with its side files) renamed aside, never deleted, and the copy renamed in. The
        caller makes sure no one has the journal open.
        """
        backup = backup.expanduser().absolute()
        ok, detail = integrity_ok(backup, quick=False)
        if not ok:
            raise BackupFailed(f"{backup.name} {detail}")
        refusal = why_not_a_journal(backup)
        if refusal is not None:
            raise BackupFailed(f"{backup.name} {refusal}")
        incoming = self.database.with_name(self.database.name + ".restoring")
        make_backup(backup, incoming)
        set_aside = None
        try:
            if self.database.exists():
                set_aside = self._set_aside()
            os.replace(incoming, self.database)
            _sync_folder(self.database.parent)
        except OSError as error:
            incoming.unlink(missing_ok=True)
            raise BackupFailed(str(error.strerror or error)) from error
        log.info("journal restored from a backup")
        return RestoreResult(backup, set_aside)

    def _set_aside(self) -> Path:
        """Moves the journal and its side files to a name no other file has; returns it.

        Linking refuses to replace an existing file, so two restores in the same instant
        (or a file someone left with that name) can never be written over.
        """
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")
        base = f"{self.database.name}.set-aside-{stamp}"
        for attempt in range(1000):
            name = base if attempt == 0 else f"{base}-{attempt}"
            aside = self.database.with_name(name)
            taken = [Path(f"{aside}{s}") for s in ("", *SIDE_SUFFIXES)]
            if any(p.exists() or p.is_symlink() for p in taken) or not _move_new(
                self.database, aside
            ):
                continue
            for suffix in SIDE_SUFFIXES:
                side = Path(f"{self.database}{suffix}")
                if side.exists() and not _move_new(side, Path(f"{aside}{suffix}")):
                    raise OSError(f"could not set {side.name} aside")
            return aside
        raise OSError("no free name to set the journal aside")


def why_not_a_journal(path: Path) -> str | None:
    """Why a sound SQLite file cannot be put back as the journal; None when it can."""
    from kindling.store import migrate

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {
            str(row[0])
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        version = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            version = None if row is None else str(row[0])
    except sqlite3.Error as error:
        return f"cannot be read as a journal ({error})"
    finally:
        connection.close()
    if not tables:
        return "is an empty database, not a Kindling journal"
    if not {"sessions", "moments"} <= tables:
        return "is a SQLite database, but not a Kindling journal"
    if version is None:
        return "has no schema version, so Kindling cannot tell how to read it"
    if version not in migrate.known_revisions():
        return (
            f"was written by a newer Kindling (schema {version}); please update Kindling "
            "before putting it back"
        )
    return None


def _move_new(source: Path, target: Path) -> bool:
    """Renames ``source`` to ``target`` only if ``target`` does not exist; False if it does."""
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: check, then rename
        if target.exists() or target.is_symlink():
            return False
        os.rename(source, target)
        return True
    os.unlink(source)
    return True


def _sync_folder(folder: Path) -> None:
    """Makes the renames themselves durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
