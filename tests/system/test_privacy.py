"""Privacy: owner-only files, no network at all, and logs that never hold what a person wrote.

One full session through the real command line and the real app's self-test, every process
watched by strace, then the data folder audited.
"""

import re
import shutil
import stat
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.system.conftest import KINDLING, KindlingCommand, Result

STRACE = ["strace", "-f", "-qq", "-e", "trace=socket", "-e", "signal=none"]
MARKERS = {
    "intention": "quokka-intention-7f3a",
    "note": "heron-note-91bc 🎨",
    "reflection": "lantern-reflection-c2d4",
}


class Watched:
    """Runs `kindling` like KindlingCommand, under strace, counting sockets by family."""

    def __init__(self, kindling: KindlingCommand, traces: Path) -> None:
        self.kindling = kindling
        self.traces = traces
        self.families: Counter[str] = Counter()
        self.runs = 0

    def __call__(self, *args: str) -> Result:
        assert shutil.which("strace"), "strace is a test package (packaging/bootstrap.py)"
        self.runs += 1
        trace = self.traces / f"trace-{self.runs}.txt"
        argv = [str(KINDLING), *args, "--data-dir", str(self.kindling.data_dir)]
        done = subprocess.run(
            [*STRACE, "-o", str(trace), *argv],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.kindling.env,
            timeout=120,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        self.families += Counter(re.findall(r"socket\((AF_[A-Z0-9]+)", trace.read_text()))
        return Result(done.returncode, done.stdout, done.stderr)


def _full_session(kindling: Watched) -> None:
    """Start, three notes (one refused as far too long), end, backup, export, restore, the app."""
    assert kindling("start", "--medium", "ink", "--intention", MARKERS["intention"]).code == 0
    assert kindling("critic", "--note", MARKERS["note"], "--debug").code == 0
    assert kindling("critic", "--note", MARKERS["note"] * 6000).code == 1  # refused, kindly
    assert kindling("end", "--reflection", MARKERS["reflection"]).code == 0
    assert kindling("backup").code == 0
    assert kindling("export", "-o", str(kindling.kindling.data_dir / "export.json")).code == 0
    backup = sorted((kindling.kindling.data_dir / "backups").glob("kindling-*.sqlite3"))[-1]
    assert kindling("restore", str(backup)).code == 0
    assert kindling("--self-test").code == 0  # the real app, its window on the test display


@pytest.mark.system
def test_a_full_session_opens_no_network_leaves_private_files_and_wordless_logs(kindling, tmp_path):
    watched = Watched(kindling, tmp_path)
    _full_session(watched)
    print(
        f"\nsockets opened by {watched.runs} processes (a full session and the app): "
        f"{dict(watched.families)}"
    )
    assert set(watched.families) <= {"AF_UNIX"}

    files = dirs = 0
    loose = []
    for path in [kindling.data_dir, *kindling.data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if path.is_dir():
            dirs += 1
            if mode != 0o700:
                loose.append(f"{path.name}/ {mode:o}")
        else:
            files += 1
            if mode & 0o177:
                loose.append(f"{path.name} {mode:o}")
    print(f"permissions audit: {files} files, {dirs} folders, {len(loose)} looser than 0600/0700")
    assert files >= 6  # journal, backups, set-aside copy, log, export, lock
    assert loose == []

    logs = list((kindling.data_dir / "logs").rglob("*"))
    assert any(p.stat().st_size > 0 for p in logs)
    found = [
        (path.name, what)
        for path in logs
        for what, marker in MARKERS.items()
        if marker.encode() in path.read_bytes()
    ]
    print(f"log files searched: {len(logs)}; the person's words found in them: {len(found)}")
    assert found == []
