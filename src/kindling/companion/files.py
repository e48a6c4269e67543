"""Writing files the person asked for: whole or not at all, readable by them only.

A regular file (new, or one already there) is written beside its place and renamed over it,
so an existing file stays whole until the new one is complete. A device, a FIFO or a terminal
(``/dev/stdout``, ``mkfifo``) is not a file to replace: it is written to as a stream.
"""

from __future__ import annotations

import os
import secrets
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class HowWritten(StrEnum):
    NEW = "new"
    REPLACED = "replaced"
    """An existing regular file was replaced in one step (atomic rename)."""
    STREAM = "stream"
    """A device, FIFO or terminal: written to as it is, nothing replaced."""


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    how: HowWritten


def write_private(path: str | os.PathLike[str], text: str) -> Path:
    """Writes ``text`` to ``path`` (see :func:`write_export`); returns where it went."""
    return write_export(path, text).path


def write_export(path: str | os.PathLike[str], text: str) -> Written:
    """Writes ``text`` whole to a regular file (mode 0600, atomically) or to a stream."""
    target = Path(path).expanduser()
    inherited = _inherited_descriptor(target)
    if inherited is not None:
        _write_stream(target, text, os.dup(inherited))
        return Written(target, HowWritten.STREAM)
    try:
        info = os.stat(target)  # through links: /dev/stdout is a link to the real stream
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "it is a folder", str(target))
    if info is not None and not stat.S_ISREG(info.st_mode):
        # No O_CREAT, no O_TRUNC: a device or FIFO is used as it is. A FIFO waits for a reader.
        _write_stream(target, text, os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0)))
        return Written(target, HowWritten.STREAM)
    if target.is_symlink():  # a link to a regular file: the file is replaced, the link kept
        target = Path(os.path.realpath(target))
    _replace_atomically(target, text)
    return Written(target, HowWritten.NEW if info is None else HowWritten.REPLACED)


def _inherited_descriptor(target: Path) -> int | None:
    """``/dev/stdout``, ``/dev/fd/3`` and the like name a stream this process already holds.

    It is written through that descriptor: opening the name again goes through the
    permissions of whatever is behind it (a pipe another user made), which may refuse.
    """
    name = str(target)
    named = {"/dev/stdout": 1, "/dev/stderr": 2}
    if name in named:
        return named[name]
    for prefix in ("/dev/fd/", "/proc/self/fd/"):
        number = name.removeprefix(prefix)
        if number != name and number.isdigit():
            return int(number)
    return None


def _write_stream(target: Path, text: str, fd: int) -> None:
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def _replace_atomically(target: Path, text: str) -> None:
    # A fresh, unguessable name made with O_EXCL: never a file (or link) someone left there.
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
