"""Kind, plain messages for what can go wrong, shared by the command line and the app."""

from __future__ import annotations

from pathlib import Path

from kindling.store.backup import BackupFailed
from kindling.store.errors import (
    DatabaseDamaged,
    DatabaseTooNew,
    JournalMissing,
    JournalNotWritable,
    MigrationFailed,
    StoreError,
    WriteFailed,
)

WRITE_REASONS = {
    "disk-full": "the disk is full",
    "read-only": "the journal file cannot be written (it may be read-only)",
    "locked": "another program is holding the journal",
    "io-error": "the computer could not write to the disk",
    "journal-gone": "the journal is no longer where Kindling keeps it (moved or deleted)",
}


def store_problem(error: StoreError, backups: Path) -> str:  # noqa: PLR0911 - one message per problem
    if isinstance(error, DatabaseDamaged):
        newest = newest_backup(backups)
        where = (
            f"Your newest backup is {newest}; `kindling restore {newest}` puts it back "
            "(the damaged file is kept aside, not deleted)."
            if newest
            else "No backup was found yet. Please keep the file; it may still be rescued."
        )
        return (
            f"Your Kindling journal at {error.path} looks damaged, so Kindling has left it "
            f"exactly as it is.\n{where}"
        )
    if isinstance(error, JournalMissing):
        return journal_missing(error, backups)
    if isinstance(error, JournalNotWritable):
        return journal_not_writable(error)
    if isinstance(error, DatabaseTooNew):
        return (
            f"Your journal at {error.path} was written by a newer version of Kindling. "
            "It has been left untouched. Please update Kindling to open it."
        )
    if isinstance(error, MigrationFailed):
        if error.restored:
            return (
                "Kindling could not update your journal to the new layout, so it put your "
                "journal back exactly as it was. Nothing was lost."
            )
        return (
            "Kindling could not update your journal to the new layout. Your journal has not "
            f"been changed; backups are in {backups}."
        )
    if isinstance(error, WriteFailed):
        reason = WRITE_REASONS.get(error.reason, WRITE_REASONS["io-error"])
        return (
            f"Kindling could not save just now because {reason}. Everything saved before is "
            "safe. Please free some space or check the folder, then try again."
        )
    if isinstance(error, BackupFailed):
        return (
            f"Kindling could not make or put back that backup ({error}). Nothing was "
            f"changed: your journal and your earlier backups in {backups} are as they were."
        )
    return f"Kindling could not use its journal: {error}"


def journal_missing(error: JournalMissing, backups: Path) -> str:
    what = "is empty" if error.empty else "is not there any more"
    newest = newest_backup(backups)
    return (
        f"Your Kindling journal at {error.path} {what}, but there are backups of it in "
        f"{backups}. Kindling has not started a new one, so nothing was written.\n"
        f"`kindling restore {newest}` puts the newest backup back"
        + (" (the empty file is kept aside, not deleted)." if error.empty else ".")
        + "\nIf you moved your journal on purpose, put it back, or run Kindling with "
        "--data-dir pointing to where it is now."
    )


def journal_not_writable(error: JournalNotWritable) -> str:
    """Access, not damage: so no restore is suggested (it would swap a healthy journal)."""
    return (
        f"Your Kindling journal at {error.path} cannot be written: {error.reason} "
        f"({error.culprit}). It is not damaged, and Kindling has not changed it.\n"
        "Please check who owns that file or folder and its permissions, or whether the disk "
        "is mounted read-only; nothing needs to be restored."
    )


def moment_not_saved(reason: str) -> str:
    """The command line cannot keep a moment in memory for later, so it says so plainly."""
    why = WRITE_REASONS.get(reason, WRITE_REASONS["io-error"])
    return (
        f"Noticing the critic still counts, but Kindling could not save this moment because "
        f"{why}. Everything saved before is safe. Once there is room again, run "
        "`kindling critic` once more to note it."
    )


def newest_backup(backups: Path) -> Path | None:
    try:
        candidates = sorted(backups.glob("kindling-*.sqlite3"))
    except OSError:
        return None
    return candidates[-1] if candidates else None
