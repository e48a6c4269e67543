"""Why the journal cannot be opened for writing, when the reason is access and not damage.

A journal is only ever called damaged when a check proves it. When SQLite cannot even run its
check, the files are tried here first: a read-only filesystem or a file someone else has locked
away (say a ``-shm`` left by another user with mode 0000) is a problem of access, and putting
an older backup back would lose what the healthy journal holds.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from kindling.store.backup import NOT_SQLITE, integrity_ok
from kindling.store.errors import DatabaseDamaged, JournalNotWritable, StoreError

READ_ONLY_FILESYSTEM = "read-only filesystem"
PERMISSION_DENIED = "permission denied"


def side_files(database: Path) -> tuple[Path, ...]:
    return (Path(f"{database}-wal"), Path(f"{database}-shm"))


def _why(error: OSError) -> str:
    if error.errno == errno.EROFS:
        return READ_ONLY_FILESYSTEM
    if error.errno in (errno.EACCES, errno.EPERM):
        return PERMISSION_DENIED
    return error.strerror or "it cannot be opened"


def access_problem(database: Path) -> tuple[Path, str] | None:
    """The first file (or the folder) that cannot be written, and why; None when all can.

    Only opens files (never creates, truncates or changes one), so it is safe on a journal
    that is perfectly fine.
    """
    folder = database.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return folder, READ_ONLY_FILESYSTEM
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    for path in (database, *side_files(database)):
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            continue
        except OSError as error:
            return path, _why(error)
        os.close(fd)
    if not os.access(folder, os.W_OK | os.X_OK):
        return folder, PERMISSION_DENIED
    return None


def damaged_or_unwritable(database: Path, detail: str) -> StoreError:
    """What to report when SQLite could not use the journal: access first, damage if proven.

    ``detail`` is what the failed check said. A header that is not SQLite's is proof of damage
    on its own; anything else is damage only when every file involved can be opened.
    """
    if detail != NOT_SQLITE:
        found = access_problem(database)
        if found is not None:
            return JournalNotWritable(database, found[0], found[1])
    return DatabaseDamaged(database, detail)


def check_journal(database: Path, *, quick: bool = True) -> StoreError | None:
    """The journal's integrity check, its failure put in the right words; None when sound."""
    ok, detail = integrity_ok(database, quick=quick)
    return None if ok else damaged_or_unwritable(database, detail)
