"""Every location Kindling uses, in one place; honours --data-dir and KINDLING_DATA_DIR.

Uses only the standard library and appdirs, so the light command-line path can import it.
"""

from __future__ import annotations

import os
import stat
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
        """Creates the folder (owner-only) if it is missing and tightens it if it is looser."""
        ensure_private_dir(self.root)
        return self


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


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        os.chmod(path, 0o700)
