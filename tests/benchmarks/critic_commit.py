"""How long one critic tap takes to reach the disk, against a raw sqlite3 insert-and-commit.

Run: ``.venv/bin/python tests/benchmarks/critic_commit.py [--taps N]``. Both sides use the
journal's pragmas (WAL, synchronous=FULL, foreign keys, busy timeout, secure_delete) on a
file in the same folder, and are measured in alternating rounds so that disk noise falls on
both. Prints the medians and their ratio; the goal is at most 3x.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from kindling.companion import Companion
from kindling.core.reframes import ReframeLibrary
from kindling.resources import resource_path
from kindling.store.journal import open_journal
from kindling.store.pragmas import apply_pragmas

GOAL = 3.0


def raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    apply_pragmas(connection)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS moments (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL,"
        " at TEXT NOT NULL, note TEXT, reframe_id TEXT NOT NULL, reframe_text TEXT NOT NULL,"
        " helped BOOLEAN)"
    )
    return connection


def raw_tap(connection: sqlite3.Connection) -> float:
    began = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "INSERT INTO moments (session_id, at, note, reframe_id, reframe_text, helped)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            "00000000-0000-0000-0000-000000000000",
            datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            None,
            "gentle-01",
            "Ah, hello again.",
            None,
        ),
    )
    connection.execute("COMMIT")
    return time.perf_counter() - began


def companion_tap(companion: Companion) -> float:
    began = time.perf_counter()
    companion.notice_critic()
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--taps", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kindling-bench-", dir=Path.cwd()) as folder:
        root = Path(folder)
        journal = open_journal(root / "kindling.sqlite3", root / "backups")
        library = ReframeLibrary.from_file(resource_path("reframes.json"))
        companion = Companion(journal.store, library, rng=random.Random(1))
        companion.start("benchmark")
        raw = raw_connection(root / "raw.sqlite3")
        for _ in range(10):  # warm both paths: imports, statement caches, the picker
            companion_tap(companion)
            raw_tap(raw)

        ours: list[float] = []
        baseline: list[float] = []
        per_round = max(args.taps // args.rounds, 1)
        for _ in range(args.rounds):
            ours += [companion_tap(companion) for _ in range(per_round)]
            baseline += [raw_tap(raw) for _ in range(per_round)]
        raw.close()
        journal.close()

    ours_ms = statistics.median(ours) * 1000
    base_ms = statistics.median(baseline) * 1000
    ratio = ours_ms / base_ms
    print(f"notice_critic median: {ours_ms:.3f} ms over {len(ours)} taps")
    print(f"raw sqlite3 insert+commit median: {base_ms:.3f} ms over {len(baseline)} taps")
    verdict = "within" if ratio <= GOAL else "OVER"
    print(f"ratio: {ratio:.2f}x ({verdict} the {GOAL:.0f}x goal)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
