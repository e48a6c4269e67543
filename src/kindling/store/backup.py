"""Consistent copies of the journal: made with SQLite's backup API, checked, then renamed in."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from kindling.store.errors import StoreError

log = logging.getLogger(__name__)


NOT_SQLITE = "is not a SQLite database (its header is damaged)"


class BackupFailed(StoreError):
    """No backup was made (or put back); whatever was there before is untouched."""


def integrity_ok(path: Path, quick: bool = True) -> tuple[bool, str]:
    """Checks a database file without changing a byte of it (opened read-only, immutable)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        return False, f"cannot be read ({error.strerror})"
    if header != b"SQLite format 3\x00":
        return False, NOT_SQLITE
    uri = f"file:{path}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
        # A damage report can quote the broken bytes themselves; never fail on decoding them.
        connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, ValueError) as error:
        return False, str(error)
    if rows == [("ok",)]:
        return True, "ok"
    return False, "; ".join(str(r[0]) for r in rows[:3])


def make_backup(source: Path, target: Path) -> Path:
    """Copies ``source`` to ``target`` consistently; an existing good ``target`` is kept on failure."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = target.with_name(target.name + ".partial")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        ok, detail = integrity_ok(temporary, quick=False)
        if not ok:
            raise BackupFailed(f"the copy did not check out: {detail}")
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except (sqlite3.Error, OSError) as error:
        temporary.unlink(missing_ok=True)
        raise BackupFailed(str(error)) from error
    except BackupFailed:
        temporary.unlink(missing_ok=True)
        raise
    log.info("backup written: %s", target.name)
    return target


def backup_name(now: datetime, reason: str) -> str:
    return f"kindling-{now.strftime('%Y%m%d-%H%M%S-%f')}-{reason}.sqlite3"
