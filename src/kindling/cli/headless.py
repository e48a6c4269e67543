"""`start`, `critic` and `end` without the app: only when no app owns the journal.

The app holds the writer lock (desktop.instance_lock) from before its window shows until it
quits, and listens on its socket only once its journal is open. A command that finds nobody
listening therefore takes the lock, shared with other short commands, before it writes. If the
lock is held, an app is open (or starting, importing or restoring): the command keeps asking
the app for a while and, if it never answers, says so and writes nothing. The journal is
never written behind the app's back.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from kindling.cli.exitcodes import FAILED
from kindling.desktop.instance_lock import InstanceLock
from kindling.desktop.paths import DataPaths

WAIT_FOR_APP_S = 12.0
"""How long a command waits for an app that holds the journal but is not listening yet.

Long enough for an app to open its journal on a busy machine; short enough that a person
at a terminal is told soon that something is wrong.
"""
RETRY_EVERY_S = 0.1

NOT_ANSWERING = (
    "Kindling is open but not answering, so nothing was written. Please look at the "
    "Kindling window, or wait a moment and run this again."
)


def run_without_app(
    data: DataPaths,
    ask_app: Callable[[], int | None],
    act: Callable[[], int],
) -> int:
    """Runs ``act`` under the shared writer lock, or hands over to the app once it answers.

    ``ask_app`` forwards the command to the app: None while no app listens.
    """
    lock = InstanceLock(data.lock_file)
    deadline = time.monotonic() + WAIT_FOR_APP_S
    while not _acquire_shared(lock):
        answered = ask_app()
        if answered is not None:
            return answered
        if time.monotonic() >= deadline:
            print(NOT_ANSWERING, file=sys.stderr)
            return FAILED
        time.sleep(RETRY_EVERY_S)
    with lock:
        return act()


def _acquire_shared(lock: InstanceLock) -> bool:
    """The shared lock; True also when the folder cannot hold a lock file at all.

    Then no app can hold it either (an app needs the lock to open the journal), and the
    command itself goes on to say why the journal cannot be written.
    """
    try:
        return lock.acquire(shared=True)
    except OSError:
        return True
