"""kill -9 at random moments while the critic is tapped as fast as possible: nothing is lost."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kindling.store.backup import integrity_ok

ROOT = Path(__file__).resolve().parents[2]
KILLS = 10


def _run_until_killed(data_dir, seed, rng):
    """Starts a tapper, lets it acknowledge a random number of events, then SIGKILLs it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KINDLING_")}
    tapper = subprocess.Popen(
        [sys.executable, "-m", "tests.system.tapper", str(data_dir), str(seed)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    lines = []
    target = rng.randrange(4, 30)
    moments = 0
    while moments < target:
        line = tapper.stdout.readline()
        assert line, "the tapper stopped on its own"
        lines.append(line.split())
        moments += lines[-1][0] == "moment"
    tapper.send_signal(signal.SIGKILL)
    lines += [line.split() for line in tapper.stdout.read().splitlines()]  # said before dying
    tapper.wait(timeout=30)
    tapper.stdout.close()
    return lines


def _ended_in_store(data_dir, session_id):
    db = sqlite3.connect(f"file:{data_dir / 'kindling.sqlite3'}?mode=ro", uri=True)
    try:
        row = db.execute("SELECT ended_at FROM sessions WHERE id = ?", (session_id,)).fetchone()
    finally:
        db.close()
    return row is not None and row[0] is not None


@pytest.mark.system
def test_every_acknowledged_moment_survives_kill_9(tmp_path):
    data_dir = tmp_path / "data"
    rng = random.Random(9)
    acknowledged: set[int] = set()
    sessions: set[str] = set()
    closed: set[str] = set()
    open_session = None  # the session a killed tapper was in the middle of
    offered = 0
    for seed in range(KILLS):
        lines = _run_until_killed(data_dir, seed, rng)
        first = lines[0]
        if first[0] == "unfinished":
            # None: a session started and committed, killed before it could say so.
            assert open_session in (None, first[1]), "another session was offered back"
            offered += 1
        else:
            assert first[0] == "session"
            if open_session is not None:  # it was ended, killed before it could say so
                assert _ended_in_store(data_dir, open_session), "the unfinished one was lost"
        for word, value, *_ in lines:
            if word == "moment":
                acknowledged.add(int(value))
            elif word in ("session", "resumed"):
                sessions.add(value)
                open_session = value
            elif word in ("ended", "closed"):
                open_session = None
                if word == "closed":
                    closed.add(value)

    db = sqlite3.connect(f"file:{data_dir / 'kindling.sqlite3'}?mode=ro", uri=True)
    try:
        stored = {row[0] for row in db.execute("SELECT id FROM moments")}
        stored_sessions = {row[0] for row in db.execute("SELECT id FROM sessions")}
        for session_id in closed:  # ended at their last activity, not at the restart
            ended, last = db.execute(
                "SELECT s.ended_at, coalesce(max(m.at), s.started_at) FROM sessions s"
                " LEFT JOIN moments m ON m.session_id = s.id WHERE s.id = ? GROUP BY s.id",
                (session_id,),
            ).fetchone()
            assert ended == last
    finally:
        db.close()
    missing = acknowledged - stored
    check = integrity_ok(data_dir / "kindling.sqlite3", quick=False)
    backups = sorted((data_dir / "backups").glob("kindling-*.sqlite3"))
    bad_backups = [b.name for b in backups if not integrity_ok(b, quick=False)[0]]
    print(
        f"\nkill -9 x{KILLS} across {len(sessions)} sessions: {len(acknowledged)} moments "
        f"acknowledged, {len(missing)} missing; unfinished session offered back {offered} times; "
        f"integrity: {check[1]}; {len(backups)} backups, {len(bad_backups)} bad"
    )
    assert len(sessions) >= 30
    assert not missing
    assert sessions <= stored_sessions
    assert check == (True, "ok")
    assert not bad_backups
