"""A fingerprint of the journal at rest, so damage that SQLite's own checks cannot see is found.

SQLite's quick check finds broken pages and structure, but not a flipped byte inside a note.
So when the journal closes cleanly (no write-ahead log left), Kindling records the file's size,
modification time and a BLAKE2b digest beside it (older seals hold a SHA-256 one). At the
next open, a file whose size and time are as recorded but whose bytes differ was changed
without anyone writing to it — damage on the disk.
A file with a different time was written by some program since, and is left to SQLite's checks.
The seal is removed before Kindling writes again, so it never describes a file in use.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

try:
    # hashlib's own BLAKE2, taken directly: importing hashlib loads OpenSSL's libcrypto,
    # about 3.5 MiB of a running app that needs it for nothing else.
    from _blake2 import blake2b
except ImportError:  # a Python built without the module
    from hashlib import blake2b

log = logging.getLogger(__name__)


DIGESTS = ("blake2b", "sha256")
"""The digests a seal may hold, the one written first."""


@dataclass(frozen=True, slots=True)
class Seal:
    size: int
    mtime_ns: int
    digest: str
    algorithm: str = DIGESTS[0]


def seal_path(database: Path) -> Path:
    return database.with_name(database.name + ".seal")


def write_seal(database: Path) -> bool:
    """Records the journal's fingerprint if it is at rest; True if a seal was written."""
    wal = Path(f"{database}-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return False  # not at rest: another connection still has it open
        before = database.stat()
        digest = _digest(database)
        after = database.stat()
        if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
            return False  # written while we read it
        seal = {"size": after.st_size, "mtime_ns": after.st_mtime_ns, DIGESTS[0]: digest}
        target = seal_path(database)
        temporary = target.with_name(target.name + ".partial")
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(seal, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError:
        log.warning("could not seal the journal; the next open relies on SQLite's checks")
        return False
    return True


def break_seal(database: Path) -> None:
    """Removes the seal before the journal is written to (it would no longer describe it)."""
    try:
        seal_path(database).unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove the journal's seal")


def changed_at_rest(database: Path) -> str | None:
    """Why the file looks damaged at rest, or None when the seal agrees (or says nothing)."""
    seal = _read(database)
    if seal is None:
        return None
    try:
        now = database.stat()
        if (now.st_size, now.st_mtime_ns) != (seal.size, seal.mtime_ns):
            return None  # written since by some program: SQLite's checks decide
        if _digest(database, seal.algorithm) == seal.digest:
            return None
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    return "its bytes changed on the disk while it was closed, without being written"


def _read(database: Path) -> Seal | None:
    try:
        data = json.loads(seal_path(database).read_text(encoding="utf-8"))
        algorithm = next(name for name in DIGESTS if name in data)
        return Seal(int(data["size"]), int(data["mtime_ns"]), str(data[algorithm]), algorithm)
    except (OSError, ValueError, KeyError, TypeError, StopIteration):
        return None


class _Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


def _digest(path: Path, algorithm: str = DIGESTS[0]) -> str:
    digest: _Hasher
    if algorithm == "sha256":  # a seal written by an earlier Kindling
        import hashlib

        digest = hashlib.sha256()
    else:
        digest = blake2b()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
