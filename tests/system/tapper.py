"""A headless Kindling tapping the critic button as fast as it can, for the crash tests.

``python -m tests.system.tapper DATA_DIR SEED`` prints one line per acknowledged event, each
only after the store has committed it: ``session ID``, ``moment ID``, ``ended ID``. At start
it first says what it found left unfinished (``unfinished ID MOMENTS``) and what it did with
it (``resumed ID`` or ``closed ID``), as the app offers a person after a crash.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from kindling.companion import Companion
from kindling.companion.safekeeping import Safekeeping
from kindling.core.reframes import ReframeLibrary
from kindling.desktop.paths import DataPaths
from kindling.resources import resource_path
from kindling.store.backups import BackupShelf
from kindling.store.journal import open_journal


def main(data_dir: str, seed: str) -> None:
    rng = random.Random(int(seed))
    data = DataPaths(Path(data_dir)).ensure()
    journal = open_journal(data.database, data.backups)
    library = ReframeLibrary.from_file(resource_path("reframes.json"))
    companion = Companion(journal.store, library, rng=rng)
    Safekeeping(BackupShelf(data.database, data.backups)).watch(companion.session_ended)

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    left = companion.current
    if left is not None:
        say(f"unfinished {left.id} {len(left.moments)}")
        if rng.random() < 0.5:
            say(f"resumed {left.id}")
        else:
            companion.end_at_last_activity()
            say(f"closed {left.id}")
    while True:
        if companion.current is None:
            say(f"session {companion.start('crash test').id}")
        for n in range(rng.randrange(1, 6)):
            noticed = companion.notice_critic(f"tap {n} ✍️" if n % 2 else None)
            say(f"moment {noticed.moment.id}")
        ended = companion.current
        assert ended is not None
        companion.end()
        say(f"ended {ended.id}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
