"""Helpers for running the real, installed `kindling` command in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

KINDLING = Path(sys.executable).with_name("kindling")


@dataclass
class Result:
    code: int
    out: str
    err: str


class KindlingCommand:
    """Runs `kindling` with a private data folder, as a person would from a terminal."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.env = {
            k: v for k, v in os.environ.items() if not k.startswith(("KINDLING_", "PYTEST"))
        }

    def __call__(self, *args: str, data_dir: bool = True, timeout: float = 60) -> Result:
        argv = [str(KINDLING), *args]
        if data_dir:
            argv += ["--data-dir", str(self.data_dir)]
        done = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        return Result(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def kindling(tmp_path: Path) -> KindlingCommand:
    return KindlingCommand(tmp_path / "data")
