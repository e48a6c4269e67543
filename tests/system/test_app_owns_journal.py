"""While the app holds the journal, `start`, `critic` and `end` reach it or write nothing."""

import concurrent.futures
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.system.conftest import KindlingCommand
from tests.system.running_app import RunningApp
from tests.unit.desktop.test_instance_lock import HOLDER

BURST = 100


def _stored_moments(data_dir):
    database = data_dir / "kindling.sqlite3"
    if not database.exists():
        return None
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return db.execute("SELECT count(*) FROM moments").fetchone()[0]
    finally:
        db.close()


@pytest.mark.system
def test_a_command_waits_for_an_app_holding_the_journal_then_writes_nothing(kindling):
    """An app that is starting (or stuck) holds the writer lock but does not listen yet."""
    kindling.data_dir.mkdir(mode=0o700)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(kindling.data_dir / "kindling.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "owner"
        began = time.monotonic()
        started = kindling("start", "--no-warmup")
        waited = time.monotonic() - began
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    assert started.code == 1
    assert "Kindling is open but not answering" in started.err
    assert "nothing was written" in started.err
    assert waited >= 5  # it kept asking the app for a while first
    assert not (kindling.data_dir / "kindling.sqlite3").exists()


@pytest.mark.system
def test_a_command_run_while_the_app_is_still_starting_reaches_the_app(kindling):
    app = RunningApp(kindling)
    app.process = subprocess.Popen(
        [str(app_command()), "--data-dir", str(kindling.data_dir)],
        env=kindling.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        app.wait_until((kindling.data_dir / "kindling.lock").exists, "the lock")
        started = kindling("start", "--no-warmup", "--medium", "ink")
        assert started.code == 0, started.err
        assert kindling("critic", "--note", "too soon?").code == 0
        ended = kindling("end")
        assert ended.code == 0, ended.err
        assert "noticed the critic once." in ended.out
        assert app.process.poll() is None
    finally:
        app.stop()
    assert _stored_moments(kindling.data_dir) == 1


def app_command():
    from tests.system.conftest import KINDLING

    return KINDLING


@pytest.mark.system
def test_commands_reach_the_app_whatever_their_environment_says(kindling, tmp_path):
    """cron, ssh and sudo run without the desktop's XDG_RUNTIME_DIR (or with another TMPDIR)."""
    desktop_runtime = tmp_path / "xdg"
    desktop_runtime.mkdir(mode=0o700)
    kindling.env["XDG_RUNTIME_DIR"] = str(desktop_runtime)
    app = RunningApp(kindling).start()
    from_cron = KindlingCommand(kindling.data_dir)
    from_cron.env.pop("XDG_RUNTIME_DIR", None)
    from_cron.env["TMPDIR"] = str(tmp_path)
    try:
        assert from_cron("start", "--no-warmup").code == 0
        for n in range(3):
            assert from_cron("critic", "--note", f"from cron {n}").code == 0
        ended = kindling("end")  # the app's own count: it saw every one of them
    finally:
        app.stop()
    assert ended.code == 0, ended.err
    assert "noticed the critic 3 times" in ended.out


@pytest.mark.system
def test_a_burst_of_a_hundred_critic_commands_is_all_stored_and_counted_by_the_app(kindling):
    app = RunningApp(kindling).start()
    try:
        assert kindling("start", "--no-warmup").code == 0
        with concurrent.futures.ThreadPoolExecutor(BURST) as pool:
            results = list(
                pool.map(
                    lambda n: kindling("critic", "--note", f"burst {n}", timeout=180), range(BURST)
                )
            )
        acknowledged = sum(r.code == 0 for r in results)
        ended = kindling("end")
    finally:
        app.stop()
    stored = _stored_moments(kindling.data_dir)
    print(f"\n{BURST} parallel critic: {acknowledged} acknowledged, {stored} stored")
    assert acknowledged == BURST, {r.err for r in results if r.code}
    assert stored == BURST
    assert f"noticed the critic {BURST} times" in ended.out
    assert os.path.exists(kindling.data_dir / "kindling.sqlite3")
