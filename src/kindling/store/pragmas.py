"""The journal's SQLite connection: the pragmas that keep it durable and private, no SQLAlchemy.

The running app talks to the journal through one plain ``sqlite3`` connection made here; the
SQLAlchemy engine (history, insights, import, upgrades) is built on top of that same
connection only when one of those is first used.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    # First: switching to WAL needs a lock, and a busy journal must be waited for, not
    # reported as damaged (parallel commands on a new journal).
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    # FULL: every acknowledged critic moment survives a power cut. One write per tap makes
    # the extra fsync irrelevant.
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    # Deleted entries are overwritten, not left lying in free pages.
    "PRAGMA secure_delete=ON",
)


def apply_pragmas(connection: sqlite3.Connection) -> None:
    cursor = connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def connect(path: Path) -> sqlite3.Connection:
    """The journal's one connection; transactions are begun explicitly (BEGIN IMMEDIATE)."""
    connection = sqlite3.connect(
        str(path),
        isolation_level=None,
        # One connection for the whole app; Kindling writes from the Qt thread only, but the
        # hotkey and IPC code may hand work over from elsewhere.
        check_same_thread=False,
    )
    try:
        apply_pragmas(connection)
    except BaseException:
        connection.close()
        raise
    restrict_permissions(path)
    return connection


def restrict_permissions(path: Path) -> None:
    """The journal and its side files are readable by their owner only."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            if candidate.exists() and (candidate.stat().st_mode & 0o777) != 0o600:
                os.chmod(candidate, 0o600)
        except OSError:
            pass
