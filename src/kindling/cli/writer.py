"""Taking the journal's writer lock for a command, or saying kindly why it cannot."""

from __future__ import annotations

import sys

from kindling.desktop.instance_lock import InstanceLock
from kindling.desktop.paths import DataPaths

WAIT_FOR_COMMANDS_S = 5.0


def claim_writer(data: DataPaths, refusal: str) -> InstanceLock | None:
    """The held lock, or None after printing ``refusal`` (the app is open and owns the journal)."""
    lock = InstanceLock(data.lock_file)
    # A `kindling critic` run without the app shares the lock for a moment: wait it out.
    if lock.acquire_within(WAIT_FOR_COMMANDS_S):
        return lock
    print(refusal, file=sys.stderr)
    return None
