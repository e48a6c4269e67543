"""Privacy: owner-only files, no network at all, and logs that never hold what a person wrote."""

import re
import shutil
import stat
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.system.conftest import KINDLING, KindlingCommand

MARKERS = {
    "intention": "quokka-intention-7f3a",
    "note": "heron-note-91bc 🎨",
    "reflection": "lantern-reflection-c2d4",
}


def _full_session(kindling: KindlingCommand, tmp_path: Path) -> None:
    """Start, three notes (one refused as far too long), end, backup, export, summary, restore."""
    assert kindling("start", "--medium", "ink", "--intention", MARKERS["intention"]).code == 0
    assert kindling("critic", "--note", MARKERS["note"], "--debug").code == 0
    assert kindling("critic", "--note", MARKERS["note"] * 6000).code == 1  # refused, kindly
    assert kindling("critic").code == 0
    assert kindling("end", "--reflection", MARKERS["reflection"]).code == 0
    assert kindling("backup").code == 0
    assert kindling("summary", "last", "--format", "json").code == 0
    assert kindling("export", "-o", str(kindling.data_dir / "export.json")).code == 0
    backup = sorted((kindling.data_dir / "backups").glob("kindling-*.sqlite3"))[-1]
    assert kindling("restore", str(backup)).code == 0
    assert kindling("history").code == 0


@pytest.mark.system
def test_after_a_full_session_files_are_private_and_logs_hold_no_words(kindling, tmp_path):
    _full_session(kindling, tmp_path)
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
    print(f"\npermissions audit: {files} files, {dirs} folders, {len(loose)} looser than 0600/0700")
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


def _sockets_opened(argv: list[str], trace: Path, env: dict[str, str]) -> Counter[str]:
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket", "-e", "signal=none", "-o", str(trace), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    return Counter(re.findall(r"socket\((AF_[A-Z0-9]+)", trace.read_text()))


@pytest.mark.system
def test_a_full_session_and_the_app_open_no_network_socket(kindling, tmp_path):
    assert shutil.which("strace"), "strace is one of the test packages (packaging/bootstrap.py)"
    families: Counter[str] = Counter()
    steps = [
        ["start", "--intention", "x"],
        ["critic", "--note", "y"],
        ["end"],
        ["backup"],
        ["export", "-o", str(tmp_path / "e.json")],
        ["--self-test"],  # the real app, its window shown on the test display
    ]
    for n, step in enumerate(steps):
        argv = [str(KINDLING), *step, "--data-dir", str(kindling.data_dir)]
        families += _sockets_opened(argv, tmp_path / f"trace-{n}.txt", kindling.env)
    print(f"\nsockets opened during a full session and the app's self-test: {dict(families)}")
    assert set(families) <= {"AF_UNIX"}
