"""Backups as a service the views and the command line call: where they are, make one now.

The composition roots call :meth:`Safekeeping.watch` so that a backup follows every session
that ends. A failed backup is announced, never raised into the session's end: the session is
already safely stored, and the older backups are all still there.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kindling.core.events import Event
from kindling.core.safekeeping import BackupInfo, RestoreResult
from kindling.core.summary import Summary
from kindling.store.backup import BackupFailed
from kindling.store.backups import BackupShelf

log = logging.getLogger(__name__)


class Safekeeping:
    """The journal's backups: list them, make one, find the newest good one, restore."""

    def __init__(self, shelf: BackupShelf) -> None:
        self._shelf = shelf
        self.backup_made: Event[BackupInfo] = Event("backup_made")
        self.backup_failed: Event[str] = Event("backup_failed")

    @property
    def folder(self) -> Path:
        """Where the backups are kept (the settings page shows this)."""
        return self._shelf.folder

    def backups(self) -> list[BackupInfo]:
        return self._shelf.backups()

    def newest_good(self) -> BackupInfo | None:
        return self._shelf.newest_good()

    def back_up_now(self, reason: str = "manual") -> BackupInfo | None:
        """Makes a backup; on failure announces why (plain words) and returns None."""
        try:
            made = self._shelf.back_up(reason)
        except BackupFailed as error:
            log.warning("backup failed: %s", error.__class__.__name__)
            self.backup_failed.emit(str(error))
            return None
        self.backup_made.emit(made)
        return made

    def restore(self, backup: Path) -> RestoreResult:
        """Puts a backup back (the journal must be closed). Raises BackupFailed."""
        return self._shelf.restore(backup)

    def watch(self, session_ended: Event[Summary]) -> None:
        """Backs the journal up each time a session ends."""
        session_ended.connect(self._after_session)

    def _after_session(self, _summary: Summary) -> None:
        self.back_up_now("session-end")
