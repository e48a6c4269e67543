"""The shelf of automatic backups beside the journal: make one, list them, prune, restore."""

from __future__ import annotations

import logging
import os
import re
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
        incoming = self.database.with_name(self.database.name + ".restoring")
        make_backup(backup, incoming)
        set_aside = None
        try:
            if self.database.exists():
                stamp = self._clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
                set_aside = self.database.with_name(f"{self.database.name}.set-aside-{stamp}")
                os.replace(self.database, set_aside)
                for suffix in SIDE_SUFFIXES:
                    side = Path(f"{self.database}{suffix}")
                    if side.exists():
                        os.replace(side, Path(f"{set_aside}{suffix}"))
            os.replace(incoming, self.database)
            _sync_folder(self.database.parent)
        except OSError as error:
            incoming.unlink(missing_ok=True)
            raise BackupFailed(str(error.strerror or error)) from error
        log.info("journal restored from a backup")
        return RestoreResult(backup, set_aside)


def _sync_folder(folder: Path) -> None:
    """Makes the renames themselves durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
