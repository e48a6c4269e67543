"""Logging to a rotating, owner-only file in the data folder.

What a person writes (notes, intentions, reflections) is never passed to a logger anywhere in
Kindling; log lines carry counts and states only.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(log_file: Path, debug: bool = False) -> None:
    """Sends Kindling's log records to ``log_file``; also to stderr with ``debug``."""
    root = logging.getLogger("kindling")
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    handler: logging.Handler
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not log_file.exists():
            os.close(os.open(log_file, os.O_CREAT | os.O_WRONLY, 0o600))
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=512_000, backupCount=3, encoding="utf-8"
        )
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


def log_uncaught(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    """Routes an uncaught exception into the log file instead of a console nobody sees."""
    logging.getLogger("kindling").critical("uncaught exception", exc_info=(kind, value, trace))
