"""A seeded storm on one data folder: headless commands, the app starting and killed (-9),
imports and restores, many at once. Nothing acknowledged is ever lost, the journal's rules
hold, and nothing outside the data folder changes its mode."""

import concurrent.futures
import json
import random
import signal
import sqlite3
import stat
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest

from kindling.desktop import ipc_address
from kindling.store.backup import integrity_ok
from tests.system.conftest import KINDLING

SEED = 14
OPERATIONS = 200
AT_ONCE = 4


class Storm:
    """Runs the operations and keeps what was acknowledged (exit 0) and what was done."""

    def __init__(self, kindling, outside: Path, rng: random.Random) -> None:
        self.kindling = kindling
        self.outside = outside
        self.rng = rng
        self.acknowledged: set[str] = set()
        self.counts: dict[str, int] = {}
        self.app: subprocess.Popen[bytes] | None = None
        self.lock = threading.Lock()
        self.serial = 0
        self.slowest: dict[str, float] = {}

    def timed(self, name: str) -> None:
        began = time.monotonic()
        getattr(self, name)()
        with self.lock:
            self.slowest[name] = max(self.slowest.get(name, 0.0), time.monotonic() - began)

    def tally(self, what: str) -> None:
        with self.lock:
            self.counts[what] = self.counts.get(what, 0) + 1

    def note(self) -> str:
        with self.lock:
            self.serial += 1
            return f"note {self.serial} {uuid.uuid4().hex[:8]}"

    # --- the operations -------------------------------------------------------------------

    def start(self) -> None:
        code = self.kindling("start", "--no-warmup").code
        self.tally(f"start -> {code}")

    def critic(self) -> None:
        note = self.note()
        result = self.kindling("critic", "--note", note)
        code = result.code
        self.tally(f"critic -> {code}")
        if code == 1:
            self.tally(f"critic refused: {result.err.strip()[:60]}")
        if code == 0:
            with self.lock:
                self.acknowledged.add(note)

    def end(self) -> None:
        code = self.kindling("end").code
        self.tally(f"end -> {code}")

    def killed_command(self) -> None:
        """A command killed -9 part way: whatever it did, nothing it acknowledged."""
        command = subprocess.Popen(
            [
                str(KINDLING),
                "critic",
                "--note",
                self.note(),
                "--data-dir",
                str(self.kindling.data_dir),
            ],
            env=self.kindling.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(self.rng.uniform(0.0, 0.4))  # a random moment in its life, not a wait on Qt
        command.send_signal(signal.SIGKILL)
        command.wait(timeout=30)
        self.tally("critic killed -9")

    def import_(self) -> None:
        notes = [self.note() for _ in range(2)]
        path = self.outside / f"import-{uuid.uuid4().hex}.json"
        path.write_text(json.dumps(_export(notes, unfinished=self.rng.random() < 0.5)))
        code = self.kindling("import", str(path)).code
        self.tally(f"import -> {code}")
        if code == 0:
            with self.lock:
                self.acknowledged.update(notes)

    def restore(self) -> None:
        backups = sorted((self.kindling.data_dir / "backups").glob("kindling-*.sqlite3"))
        if not backups:
            self.tally("restore: no backup yet")
            return
        code = self.kindling("restore", str(self.rng.choice(backups))).code
        self.tally(f"restore -> {code}")

    def open_app(self) -> None:
        with self.lock:
            if self.app is not None and self.app.poll() is None:
                return
            self.app = subprocess.Popen(
                [str(KINDLING), "--data-dir", str(self.kindling.data_dir)],
                env=self.kindling.env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        self.tally("app opened")

    def kill_app(self) -> None:
        with self.lock:
            app, self.app = self.app, None
        if app is None:
            return
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
        self.tally("app killed -9")

    def close_app(self) -> None:
        with self.lock:
            app, self.app = self.app, None
        if app is None:
            return
        app.terminate()
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(timeout=30)
        self.tally("app closed")


WEIGHTS = {
    "critic": 40,
    "start": 16,
    "end": 8,
    "killed_command": 4,
    "import_": 5,
    "restore": 3,
    "open_app": 4,
    "kill_app": 2,
    "close_app": 2,
}


def _export(notes, unfinished):
    at = "2025-06-01T10:00:00+02:00"
    return {
        "format": "kindling-export",
        "version": 1,
        "exported_at": "2026-12-02T12:00:00+00:00",
        "sessions": [
            {
                "id": str(uuid.uuid4()),
                "medium": "clay",
                "intention": None,
                "started_at": at,
                "ended_at": None if unfinished else "2025-06-01T11:00:00+02:00",
                "warmup": None,
                "checkin_before": None,
                "checkin_after": None,
                "reflection": None,
                "pauses": [],
                "moments": [
                    {"at": at, "note": note, "reframe": {"id": "a", "text": "A"}, "helped": None}
                    for note in notes
                ],
            }
        ],
    }


def _children_cpu() -> float:
    """CPU seconds used by finished child processes (the commands and apps of the storm)."""
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _modes(paths):
    found = {}
    for path in paths:
        try:
            found[str(path)] = stat.S_IMODE(path.lstat().st_mode)
        except FileNotFoundError:
            found[str(path)] = None
    return found


def _journal_facts(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        notes = {row[0] for row in db.execute("SELECT note FROM moments")}
        in_progress = db.execute("SELECT count(*) FROM sessions WHERE ended_at IS NULL").fetchone()
        late = db.execute(
            "SELECT count(*) FROM moments JOIN sessions ON sessions.id = moments.session_id"
            " WHERE sessions.ended_at IS NOT NULL AND moments.at > sessions.ended_at"
        ).fetchone()
    finally:
        db.close()
    return notes, in_progress[0], late[0]


@pytest.mark.system
def test_a_seeded_storm_of_commands_app_imports_restores_and_kills_loses_nothing(
    kindling, tmp_path
):
    rng = random.Random(SEED)
    outside = tmp_path / "outside"
    outside.mkdir()
    watched = [tmp_path, tmp_path.parent, outside, Path(ipc_address.runtime_dir()).parent]
    modes_before = _modes(watched)
    storm = Storm(kindling, outside, rng)
    names, weights = zip(*WEIGHTS.items(), strict=True)
    plan = [rng.choices(names, weights)[0] for _ in range(OPERATIONS)]
    cpu_before = _children_cpu()
    began = time.monotonic()
    try:
        # A few workers take the next operation as soon as they are free: always several at once.
        with concurrent.futures.ThreadPoolExecutor(AT_ONCE) as pool:
            for finished in [pool.submit(storm.timed, name) for name in plan]:
                finished.result(timeout=300)
    finally:
        storm.close_app()
    done = len(plan)
    took = time.monotonic() - began
    cpu = _children_cpu() - cpu_before

    data = kindling.data_dir
    files = [data / "kindling.sqlite3", *sorted(data.glob("kindling.sqlite3.set-aside-*[0-9]"))]
    stored: set[str] = set()
    for path in files:
        assert integrity_ok(path, quick=False) == (True, "ok"), path
        notes, in_progress, late = _journal_facts(path)
        stored |= notes
        assert in_progress <= 1, path
        assert late == 0, path
    lost = storm.acknowledged - stored
    print(
        f"\nstorm (seed {SEED}): {done} operations in {took:.0f} s ({cpu:.0f} s of CPU), "
        f"{len(storm.acknowledged)} moments acknowledged, {len(lost)} lost, "
        f"{len(files) - 1} journal(s) set aside by restores; "
        + ", ".join(f"{k}: {v}" for k, v in sorted(storm.counts.items()))
    )
    print("slowest: " + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(storm.slowest.items())))
    assert not lost
    assert storm.counts.get("critic -> 0", 0) > 20  # the storm really wrote
    assert _modes(watched) == modes_before
