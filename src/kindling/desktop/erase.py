"""Deleting all of a person's data, at their request: the journal, backups, logs and settings."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from kindling.desktop.paths import DataPaths

log = logging.getLogger(__name__)


def erase_all(paths: DataPaths) -> None:
    """Removes every file Kindling keeps in the data folder; raises OSError if any remain.

    The journal must be closed first. Everything is attempted even when one part fails, so
    as little as possible is left behind; the lock file stays while the app runs.
    """
    database = paths.database
    targets: list[Path] = [
        database,
        *(database.with_name(database.name + side) for side in ("-wal", "-shm", "-journal")),
        paths.settings,
        paths.backups,
        paths.logs,
    ]
    failures: list[Path] = []
    for target in targets:
        try:
            if target.is_dir():
                shutil.rmtree(target)
            else:
                target.unlink(missing_ok=True)
        except OSError:
            failures.append(target)
    if failures:
        log.error("%d item(s) could not be deleted", len(failures))
        raise OSError(f"could not delete {len(failures)} item(s) in the data folder")
