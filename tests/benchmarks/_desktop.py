"""Shared by the reach benchmarks: a private Xvfb display and a running app on it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kindling.desktop.ipc_client import ask_status

KINDLING = Path(sys.executable).with_name("kindling")


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
    env = {k: v for k, v in os.environ.items() if not k.startswith("KINDLING_")}
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
