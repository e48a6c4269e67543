"""Logging to a rotating, owner-only file in the data folder.

What a person writes (notes, intentions, reflections) is never passed to a logger anywhere in
Kindling; log lines carry counts and states only.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(log_file: Path, debug: bool = False, *, create: bool = True) -> None:
    """Sends Kindling's log records to ``log_file``; also to stderr with ``debug``.

    Without ``create`` (commands that only read) nothing is made: the records go to the log
    only if its folder is already there.
    """
    root = logging.getLogger("kindling")
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    handler: logging.Handler
    try:
        if not create and not log_file.parent.is_dir():
            raise FileNotFoundError(log_file.parent)
        log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not log_file.exists():
            os.close(os.open(log_file, os.O_CREAT | os.O_WRONLY, 0o600))
        handler = SizeCappedFileHandler(log_file, max_bytes=512_000, backups=3)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if debug:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
    root.propagate = False
    # A log line that cannot be written (say, the disk is full) is dropped quietly rather
    # than printed to the terminal with a traceback; the person has a real message already.
    logging.raiseExceptions = False


class SizeCappedFileHandler(logging.FileHandler):
    """Appends to a log file that moves aside to ``.1`` (``.2``, ...) once it would pass a size.

    The same rotation as ``logging.handlers.RotatingFileHandler``, written out here because
    importing ``logging.handlers`` also loads socket, pickle and queue: about 10 ms on every
    start, before the window can show.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._roll_over()
        except Exception:  # as logging does: a handler never raises into the app
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None or not os.path.isfile(self.baseFilename):
            return False
        line = f"{self.format(record)}{self.terminator}"
        self.stream.seek(0, os.SEEK_END)  # where appending writes, on every platform
        return self.stream.tell() + len(line.encode("utf-8")) > self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if self.backups > 0:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        else:
            os.truncate(self.baseFilename, 0)
        self.stream = self._open()


def log_uncaught(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    """Routes an uncaught exception into the log file instead of a console nobody sees."""
    logging.getLogger("kindling").critical("uncaught exception", exc_info=(kind, value, trace))
