"""Shared by the reach benchmarks: a private Xvfb display and a running app on it."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kindling.desktop.ipc_client import ask_status

KINDLING = Path(sys.executable).with_name("kindling")

RAW_COMMIT = """
import sqlite3
from kindling.store.pragmas import apply_pragmas

def raw_commit(path):
    \"\"\"One raw insert committed like the journal's: the floor of any durable press.\"\"\"
    db = sqlite3.connect(path, isolation_level=None)
    apply_pragmas(db)
    db.execute("CREATE TABLE IF NOT EXISTS moments (id INTEGER PRIMARY KEY, at TEXT, text TEXT)")
    def commit():
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO moments (at, text) VALUES (datetime('now'), 'Ah, hello again.')")
        db.execute("COMMIT")
    return commit
"""
"""Source text for the bare baselines' subprocess scripts (they run with ``python -c``)."""


@contextmanager
def private_display() -> Iterator[str]:
    """A fresh Xvfb, so nothing else on the machine presses keys into the measurement."""
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    display = f":{server.stdout.readline().strip()}"
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stdout.close()


def environment(display: str) -> dict[str, str]:
    """The measured programs' environment: this one, on ``display``, and as installed.

    Without PYTHONDONTWRITEBYTECODE (set on some machines, CI's among them): an installed
    Kindling has its bytecode, and a process compiling its modules on every run would be
    measuring the compiler.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("KINDLING_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


@contextmanager
def running_app(data_dir: Path, env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    app = subprocess.Popen(
        [str(KINDLING), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while ask_status(str(data_dir)) is None:
            if app.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the app did not start")
            time.sleep(0.05)
        yield app
    finally:
        app.terminate()
        app.wait(timeout=30)


def start_session(data_dir: Path, env: dict[str, str]) -> None:
    """Starts a session in the running app through the command line, as a person would."""
    subprocess.run(
        [str(KINDLING), "start", "--no-warmup", "--data-dir", str(data_dir)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


@contextmanager
def next_committed_row(data_dir: Path) -> Iterator[Callable[[], None]]:
    """A call that returns once the journal holds one more moment than at its last return.

    Read from outside the app (a read-only connection polled every 0.2 ms): the same observer
    whatever way the moment came in.
    """
    journal = sqlite3.connect(f"file:{data_dir / 'kindling.sqlite3'}?mode=ro", uri=True)

    def rows() -> int:
        return int(journal.execute("SELECT count(*) FROM moments").fetchone()[0])

    seen = [rows()]

    def committed() -> None:
        deadline = time.monotonic() + 10
        while rows() == seen[0]:
            if time.monotonic() > deadline:
                raise SystemExit("the app did not log the press")
            time.sleep(0.0002)  # the polling interval, in a benchmark script (not a test)
        seen[0] = rows()

    try:
        yield committed
    finally:
        journal.close()


def report_press_latency(
    baseline: str,
    short: str,
    app: list[float],
    bare: list[float],
    floor: list[float],
    goal: float | None = None,
) -> None:
    """Prints a press-to-committed-row benchmark: ``baseline`` alone, with one raw durable
    commit (the floor), and Kindling; then Kindling's ratios to both."""
    a, b, f = statistics.median(app), statistics.median(bare), statistics.median(floor)
    rows = (
        (f"{baseline}, press received:", b, bare),
        (f"bare {short} + one raw durable commit:", f, floor),
        ("Kindling, press to row committed:", a, app),
    )
    for label, median, samples in rows:
        print(f"{label:<42}median {median * 1000:6.2f} ms over {len(samples)}")
    wanted = "" if goal is None else f" (goal: at most {goal}x)"
    print(f"ratio to the bare {short}:   {a / b:.2f}x{wanted}")
    print(f"ratio to {short} + commit:   {a / f:.2f}x (the same work done as simply as possible)")
