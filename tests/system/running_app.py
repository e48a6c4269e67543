"""Starts the real app in a subprocess and waits, by asking it, until it is listening."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

from kindling.desktop.ipc_client import ask_status
from tests.system.conftest import KINDLING, KindlingCommand

READY_SECONDS = 60


class RunningApp:
    """One `kindling --data-dir D` process, the way a person opens Kindling."""

    def __init__(self, kindling: KindlingCommand) -> None:
        self.kindling = kindling
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> RunningApp:
        self.process = subprocess.Popen(
            [str(KINDLING), "--data-dir", str(self.kindling.data_dir)],
            env=self.kindling.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.wait_until(lambda: self.status() is not None, "the app to listen")
        return self

    def status(self) -> dict[str, Any] | None:
        return ask_status(str(self.kindling.data_dir.absolute()))

    def wait_until(self, condition: Any, what: str, seconds: float = READY_SECONDS) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the app exited ({self.process.returncode}) waiting for {what}; "
                    f"see {self.kindling.data_dir / 'logs'}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.05)  # polling interval, not synchronisation: the loop checks a condition

    def moments(self) -> list[dict[str, Any]]:
        result = self.kindling("summary", "last", "--format", "json")
        if result.code != 0:
            return []
        return list(json.loads(result.out)["moments"])

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def app_processes(data_dir: Path) -> list[int]:
    """Every Kindling app process (the GUI, not a command) using this data folder."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        words = [a.decode(errors="replace") for a in argv if a]
        is_app = any(w.endswith("kindling") for w in words[:2]) and str(data_dir) in words
        if is_app and not {"start", "critic", "end"} & set(words):
            found.append(int(entry.name))
    return found
