"""`kindling backup` and `kindling restore FILE`: the journal's safety net from a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kindling.cli.exitcodes import FAILED, OK
from kindling.desktop.paths import DataPaths


def shelf(data: DataPaths):  # type: ignore[no-untyped-def]  # noqa: ANN201
    from kindling.store.backups import BackupShelf

    return BackupShelf(data.database, data.backups)


def backup(data: DataPaths, _args: argparse.Namespace) -> int:
    from kindling.store.access import check_journal

    if not data.database.exists():
        print("There is no journal to back up yet.", file=sys.stderr)
        return OK
    problem = check_journal(data.database)
    if problem is not None:
        raise problem
    made = shelf(data).back_up("manual")
    print(f"A backup of your journal is safely made: {made.path}")
    return OK


def restore(data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.cli.writer import claim_writer

    source = Path(args.file).expanduser()
    if not source.is_file():
        print(f"There is no file at {source}. Your journal has not been changed.", file=sys.stderr)
        return FAILED
    lock = claim_writer(
        data,
        "Kindling is open, so its journal cannot be swapped right now. Please close "
        "Kindling, then run `kindling restore` again.",
    )
    if lock is None:
        return FAILED
    with lock:
        result = shelf(data).restore(source)
    print(f"Your journal has been put back from {result.restored_from}.")
    if result.set_aside is not None:
        print(f"The file it replaced is kept, untouched, at {result.set_aside}.")
    return OK
