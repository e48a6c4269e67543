"""kill -9 of the real app at random moments during 30+ sessions of forwarded critic taps."""

import random
import sqlite3
import threading

import pytest

from kindling.store.backup import integrity_ok
from tests.system.running_app import RunningApp

ROUNDS = 6
SESSIONS_PER_ROUND = (5, 8)  # at least 30 sessions in all
TAPS_PER_SESSION = 3


class Tapper:
    """Runs whole sessions back to back on a thread (start, rapid critic taps, end), as a
    person would from a desktop shortcut; keeps every acknowledged note and session."""

    def __init__(self, kindling, prefix):
        self.kindling = kindling
        self.prefix = prefix
        self.acknowledged: list[str] = []
        self.sessions = 0
        self.stopping = threading.Event()
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        n = 0
        while not self.stopping.is_set():
            if self.kindling("start", "--no-warmup").code != 0:
                self.kindling("end")  # the session a crash left in progress
                continue
            with self.changed:
                self.sessions += 1
                self.changed.notify_all()
            for _ in range(TAPS_PER_SESSION):
                note = f"{self.prefix}-{n}"
                n += 1
                if self.kindling("critic", "--note", note).code == 0:
                    with self.changed:
                        self.acknowledged.append(note)
                        self.changed.notify_all()
            self.kindling("end")

    def wait_for(self, condition, timeout=120):
        with self.changed:
            assert self.changed.wait_for(lambda: condition(self), timeout)

    def stop(self):
        self.stopping.set()
        self.thread.join(timeout=60)


@pytest.mark.system
def test_killing_the_app_mid_tap_loses_no_acknowledged_moment(kindling):
    rng = random.Random(4)
    app = RunningApp(kindling)
    acknowledged: list[str] = []
    sessions = 0
    try:
        for round_ in range(ROUNDS):
            app.start()
            tapper = Tapper(kindling, f"round{round_}")
            tapper.thread.start()
            wanted = rng.randrange(*SESSIONS_PER_ROUND)
            tapper.wait_for(lambda t, wanted=wanted: t.sessions >= wanted)
            taps = len(tapper.acknowledged) + rng.randrange(0, TAPS_PER_SESSION + 1)
            tapper.wait_for(lambda t, taps=taps: len(t.acknowledged) >= taps)
            app.kill()  # at a random point: mid-session, mid-tap, or while ending
            tapper.stop()
            acknowledged += tapper.acknowledged
            sessions += tapper.sessions
    finally:
        app.stop()
    database = kindling.data_dir / "kindling.sqlite3"
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        stored = {row[0] for row in db.execute("SELECT note FROM moments")}
    finally:
        db.close()
    missing = [note for note in acknowledged if note not in stored]
    check = integrity_ok(database, quick=False)
    print(
        f"\nreal app killed -9 {ROUNDS} times during {sessions} sessions: "
        f"{len(acknowledged)} moments acknowledged, "
        f"{len(missing)} missing; integrity: {check[1]}"
    )
    assert sessions >= 30
    assert not missing
    assert check == (True, "ok")
