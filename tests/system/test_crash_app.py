"""kill -9 of the real app while `kindling critic` taps are being forwarded to it."""

import random
import sqlite3
import threading

import pytest

from kindling.store.backup import integrity_ok
from tests.system.running_app import RunningApp

ROUNDS = 2


class Tapper:
    """Runs `kindling critic --note ...` back to back on a thread; keeps the acknowledged notes."""

    def __init__(self, kindling, prefix):
        self.kindling = kindling
        self.prefix = prefix
        self.acknowledged: list[str] = []
        self.stopping = threading.Event()
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        n = 0
        while not self.stopping.is_set():
            note = f"{self.prefix}-{n}"
            n += 1
            if self.kindling("critic", "--note", note).code == 0:
                with self.changed:
                    self.acknowledged.append(note)
                    self.changed.notify_all()

    def wait_for(self, count, timeout=60):
        with self.changed:
            assert self.changed.wait_for(lambda: len(self.acknowledged) >= count, timeout)

    def stop(self):
        self.stopping.set()
        self.thread.join(timeout=60)


@pytest.mark.system
def test_killing_the_app_mid_tap_loses_no_acknowledged_moment(kindling):
    rng = random.Random(4)
    app = RunningApp(kindling)
    acknowledged: list[str] = []
    try:
        for round_ in range(ROUNDS):
            app.start()
            if round_ == 0:
                assert kindling("start", "--no-warmup").code == 0
            else:  # the session the crash interrupted is still the one in progress
                assert app.status()["moments_in_session"] >= len(acknowledged)
            tapper = Tapper(kindling, f"round{round_}")
            tapper.thread.start()
            tapper.wait_for(rng.randrange(2, 5))
            app.kill()  # while the next tap is on its way
            tapper.stop()
            acknowledged += tapper.acknowledged
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
        f"\nreal app killed -9 {ROUNDS} times mid-tap: {len(acknowledged)} moments acknowledged, "
        f"{len(missing)} missing; integrity: {check[1]}"
    )
    assert not missing
    assert check == (True, "ok")
