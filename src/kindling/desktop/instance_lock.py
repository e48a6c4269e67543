"""The writer lock: a lock file beside the journal, so only one Kindling writes to it.

The lock is an OS-level one (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), held
on an open file for as long as the owner lives. When the owner dies, even by SIGKILL or a
power cut, the kernel lets go of it at once: a stale lock file is taken over by the next
launch without any waiting or guessing from process ids.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)


class InstanceLock:
    """Try :meth:`acquire`; the owner keeps the lock until :meth:`release` or its death."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, shared: bool = False) -> bool:
        """Takes the lock if no one holds it; never waits. True when this process owns it.

        ``shared``: a short command writing a row or two. Any number of them may hold the lock
        together (SQLite orders their writes), but never alongside the app, an import or a
        restore, which take it alone. On Windows every lock is taken alone.
        """
        if self._handle is not None:
            return True
        writable = True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            # A read-only folder or someone else's lock file: an OS lock needs only an open
            # file, so take it on a read-only handle (the journal beside it says what is wrong).
            if isinstance(error, FileNotFoundError) or not self.path.exists():
                raise
            fd = os.open(self.path, os.O_RDONLY)
            writable = False
        handle = os.fdopen(fd, "r+b" if writable else "rb", buffering=0)
        try:
            _lock(handle, shared)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        if shared:
            log.info("writer lock shared")
            return True
        if not writable:
            log.info("writer lock taken on a read-only lock file")
            return True
        # Who owns it, for a person reading the folder; the lock itself is the OS's.
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
        log.info("writer lock taken")
        return True

    def acquire_within(self, seconds: float, shared: bool = False) -> bool:
        """Tries for up to ``seconds`` (a holder may be a command about to finish)."""
        import time

        deadline = time.monotonic() + seconds
        while not self.acquire(shared):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)  # polling: flock has no timeout of its own
        return True

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes], _shared: bool) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes], shared: bool) -> None:
        kind = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
        fcntl.flock(handle.fileno(), kind | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
