"""Deleting all of a person's data, at their request: the journal, backups, logs and settings."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from kindling.desktop.paths import DataPaths

log = logging.getLogger(__name__)


def what_would_be_erased(paths: DataPaths) -> list[Path]:
    """Everything of the person's in the data folder that exists now."""
    database = paths.database
    targets: list[Path] = [
        database,
        *(database.with_name(database.name + side) for side in ("-wal", "-shm", "-journal")),
        # Copies kept aside by restores (with their side files), and a restore cut short.
        *database.parent.glob(f"{database.name}.*"),
        paths.settings,
        paths.backups,
        paths.logs,
    ]
    return [target for target in dict.fromkeys(targets) if target.exists()]


def erase_all(paths: DataPaths) -> None:
    """Removes every file Kindling keeps in the data folder; raises OSError if any remain.

    The journal must be closed first. Everything is attempted even when one part fails, so
    as little as possible is left behind; the lock file stays while the app runs.
    """
    _stop_logging_into(paths.logs)
    failures: list[Path] = []
    for target in what_would_be_erased(paths):
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


def _stop_logging_into(folder: Path) -> None:
    """Closes Kindling's log files first (Windows cannot remove an open file)."""
    root = logging.getLogger("kindling")
    for handler in list(root.handlers):
        filename = getattr(handler, "baseFilename", None)
        if filename and Path(filename).parent == folder:
            root.removeHandler(handler)
            handler.close()
