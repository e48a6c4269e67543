"""What can go wrong when opening or writing the journal, in terms a message can be built from."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every journal problem the layers above turn into a kind message."""


class DatabaseDamaged(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class JournalMissing(StoreError):
    """The journal is gone or empty, yet there are backups of it: never start over silently."""

    def __init__(self, path: Path, empty: bool) -> None:
        what = "is empty" if empty else "is missing"
        super().__init__(f"{path} {what}, but there are backups of a journal beside it")
        self.path = path
        self.empty = empty


class JournalNotWritable(StoreError):
    """The journal (or a side file, or its folder) cannot be written; it is not damaged."""

    def __init__(self, path: Path, culprit: Path, reason: str) -> None:
        super().__init__(f"{culprit} cannot be written: {reason}")
        self.path = path
        self.culprit = culprit
        self.reason = reason


class DatabaseTooNew(StoreError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path} was written by a newer Kindling (schema {revision})")
        self.path = path
        self.revision = revision


class MigrationFailed(StoreError):
    def __init__(self, path: Path, detail: str, restored: bool) -> None:
        super().__init__(f"{path}: upgrade failed ({detail}); backup restored: {restored}")
        self.path = path
        self.detail = detail
        self.restored = restored


class SessionNotInProgress(StoreError, KeyError):
    """The session was ended (or removed) by another writer: nothing more goes into it."""

    def __init__(self, session_id: str) -> None:
        super().__init__(f"session {session_id} is not in progress")
        self.session_id = session_id


class OtherSessionInProgress(StoreError):
    """Another writer started a session first: at most one is ever in progress."""


class WriteFailed(StoreError):
    """A write did not reach the disk (full, read-only, locked); nothing stored was harmed."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def plain_reason(error: Exception) -> str:
    """The reason code of a failed write (``disk-full``, ``read-only``, ``locked``, ``io-error``).

    Read from the driver's message, which never holds what a person wrote.
    """
    text = str(getattr(error, "orig", error)).lower()
    if "full" in text:
        return "disk-full"
    if "readonly" in text or "read-only" in text or "permission" in text:
        return "read-only"
    if "locked" in text or "busy" in text:
        return "locked"
    return "io-error"
