"""Every location Kindling uses, in one place; honours --data-dir and KINDLING_DATA_DIR.

Uses only the standard library and appdirs, so the light command-line path can import it.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import appdirs

ENV_DATA_DIR = "KINDLING_DATA_DIR"
DATABASE_NAME = "kindling.sqlite3"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The data folder and everything inside it."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "kindling.log"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def lock_file(self) -> Path:
        return self.root / "kindling.lock"

    @property
    def socket_name(self) -> str:
        """A per-user, per-data-folder name for the single-instance socket."""
        from kindling.desktop import ipc_address

        return ipc_address.socket_name(str(self.root))

    def ensure(self) -> DataPaths:
        """Creates the folder (owner-only) if it is missing; see :meth:`prepare`."""
        self.prepare(create=True)
        return self

    def prepare(self, *, create: bool) -> str | None:
        """Makes the folder ready to use; returns a warning to show, or None.

        A missing folder is created owner-only (``0700``) when ``create``; commands that only
        read leave a missing folder missing. An existing folder is the person's choice: its
        permissions are never changed. One others can write to is refused
        (:class:`FolderRefused`), since they could swap the journal; one others can read is
        used, with a warning.
        """
        return use_data_dir(self.root, create=create)


def default_data_dir() -> Path:
    return Path(appdirs.user_data_dir("Kindling", False))


def resolve(override: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data paths: ``--data-dir`` first, then ``KINDLING_DATA_DIR``, then the OS default."""
    if override:
        return DataPaths(Path(override).expanduser().absolute())
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return DataPaths(Path(from_env).expanduser().absolute())
    return DataPaths(default_data_dir())


class FolderRefused(OSError):
    """A data folder Kindling will not use; the message says why and what to do."""


def use_data_dir(path: Path, *, create: bool) -> str | None:
    """See :meth:`DataPaths.ensure`. Never changes the mode of a folder it did not create."""
    from kindling.desktop import ownership

    if not path.exists():
        if create:
            # Folders made here (the parents too, under the 077 umask) are the person's alone.
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        return None
    info = path.stat()
    if not stat.S_ISDIR(info.st_mode):
        raise FolderRefused(f"{path} is not a folder")
    if sys.platform == "win32":
        return None
    mode = stat.S_IMODE(info.st_mode)
    if ownership.foreign_owner(info) or (info.st_uid == 0 and os.getuid() != 0):
        raise FolderRefused(f"{path} belongs to {ownership.describe_owner(info)}, not to you")
    if ownership.others_can_write(info):
        raise FolderRefused(f"others can change what is in {path} (mode {mode:o})")
    if ownership.others_can_read(info):
        return (
            f"Note: others can look into your data folder {path} (mode {mode:o}). Kindling "
            "leaves its permissions as they are; your journal itself is readable by you alone."
        )
    return None
