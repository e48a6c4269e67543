"""Ten thousand sessions against ten: importing, opening the history, computing insights, memory.

Run: ``.venv/bin/python tests/benchmarks/history_scale.py [--sessions N] [--rounds R]``.

A deterministic history of N sessions (default 10,000) with 20 critic moments each (200,000)
is written as a JSON export and imported through the History service (validation included),
and so is a small one of 10 sessions. Then, in fresh subprocesses (alternating small and large
so that machine noise falls on both), each one measures: opening the history view until its
first page is shown, computing the insights, and its peak memory. Prints medians and ratios.
Goals: the view at most 1.5x the small one; the insights under a second of work; peak memory
at most 1.2x.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

VIEW_GOAL = 1.5
INSIGHTS_GOAL_S = 1.0
MEMORY_GOAL = 1.2
MOMENTS_PER_SESSION = 20
SMALL = 10


def make_export(count: int, path: Path) -> int:
    """Writes an export of ``count`` daily sessions (newest today); returns its size in bytes."""
    from kindling.core import export_json
    from kindling.core.model import CheckIn, Moment, Session, ShownReframe, Warmup

    rng = random.Random(count)
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    mediums = ("painting", "writing", "drawing", "ceramics")
    notes = (None, None, "not good enough", "the hands are wrong again", "who am I to do this")
    sessions = []
    for n in range(count):
        began = now - timedelta(days=count - n, hours=rng.randint(0, 12))
        minutes = rng.randint(30, 120)
        moments = sorted(
            (
                Moment(
                    began + timedelta(seconds=rng.randint(0, minutes * 60)),
                    rng.choice(notes),
                    ShownReframe(f"gentle-{rng.randint(1, 40):02d}", "Ah, hello again, critic."),
                    rng.choice((True, False, None, None)),
                )
                for _ in range(MOMENTS_PER_SESSION)
            ),
            key=lambda m: m.at,
        )
        sessions.append(
            Session(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                medium=rng.choice(mediums),
                intention=f"study number {n}",
                started_at=began,
                ended_at=began + timedelta(minutes=minutes),
                warmup=Warmup(True, 180, "soothing-5-5") if n % 2 else None,
                checkin_before=CheckIn(rng.randint(3, 9), 5, rng.randint(1, 5)),
                checkin_after=CheckIn(rng.randint(1, 6), 5, rng.randint(3, 9)),
                reflection="I kept going, kindly." if n % 5 == 0 else None,
                moments=tuple(moments),
            )
        )
    path.write_text(export_json.dumps(sessions, now), encoding="utf-8")
    return path.stat().st_size


def import_into(folder: Path, export: Path) -> float:
    from kindling.companion.history import History
    from kindling.store.journal import open_journal

    journal = open_journal(folder / "kindling.sqlite3", folder / "backups")
    try:
        began = time.perf_counter()
        result = History(journal.repository).import_file(export)
        elapsed = time.perf_counter() - began
    finally:
        journal.close()
    assert result.added > 0, result
    return elapsed


# --- measured in a fresh process -------------------------------------------------------------


def measure(folder: Path, repeats: int) -> dict[str, float]:
    """Runs inside a subprocess: the view's first page, the insights, then peak memory."""
    from PySide6.QtWidgets import QApplication

    from kindling.companion.history import History
    from kindling.store.journal import open_journal
    from kindling.ui.history_view import HistoryView

    app = QApplication([])
    journal = open_journal(folder / "kindling.sqlite3", folder / "backups")
    history = History(journal.repository)

    def open_view() -> tuple[float, float]:
        began, began_cpu = time.perf_counter(), time.process_time()
        view = HistoryView(history)
        view.resize(960, 680)
        view.show()
        app.processEvents()
        elapsed, cpu = time.perf_counter() - began, time.process_time() - began_cpu
        assert view.model.rowCount() > 0
        view.close()
        view.deleteLater()
        app.processEvents()
        return elapsed, cpu

    def insights() -> tuple[float, float]:
        # Processor time as well as wall time: on a busy machine the wall clock also counts
        # the time spent waiting for a turn on the processor, which is not work.
        began, began_cpu = time.perf_counter(), time.process_time()
        result = history.insights()
        elapsed, cpu = time.perf_counter() - began, time.process_time() - began_cpu
        assert result.session_count > 0
        return elapsed, cpu

    open_view()  # the first one pays for Qt's own warming up, alike for both sizes
    insights()
    views = [open_view() for _ in range(repeats)]
    computed = [insights() for _ in range(repeats)]
    journal.close()
    return {
        "view": statistics.median(wall for wall, _ in views),
        "view_cpu": statistics.median(cpu for _, cpu in views),
        "insights": statistics.median(wall for wall, _ in computed),
        "insights_cpu": statistics.median(cpu for _, cpu in computed),
        "peak_mb": peak_resident_mb(),
    }


def peak_resident_mb() -> float:
    """This process's own high-water mark. Not getrusage: Linux carries ru_maxrss over from
    the parent through fork and exec, so every child would report the generator's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_measurement(folder: Path, repeats: int) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(folder), "--repeats", str(repeats)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--measure", metavar="FOLDER")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure), args.repeats)))
        return 0

    root = Path(tempfile.mkdtemp(prefix="kindling-history-scale-"))
    folders = {}
    imports = {}
    for label, count in (("small", SMALL), ("large", args.sessions)):
        export = root / f"{label}.json"
        began = time.perf_counter()
        size = make_export(count, export)
        print(
            f"{label}: {count:,} sessions, {count * MOMENTS_PER_SESSION:,} moments, "
            f"export {size / 1024 / 1024:.1f} MB (generated in {time.perf_counter() - began:.1f} s)"
        )
        folders[label] = root / label
        folders[label].mkdir()
        imports[label] = import_into(folders[label], export)
        print(f"{label}: import (read, validate, write) {imports[label]:.2f} s")

    results: dict[str, list[dict[str, float]]] = {"small": [], "large": []}
    for _ in range(args.rounds):
        for label in ("small", "large"):
            results[label].append(run_measurement(folders[label], args.repeats))

    def median(label: str, key: str) -> float:
        return statistics.median(r[key] for r in results[label])

    view_ratio = median("large", "view") / median("small", "view")
    insights_ratio = median("large", "insights") / median("small", "insights")
    memory_ratio = median("large", "peak_mb") / median("small", "peak_mb")
    print()
    view_cpu_ratio = median("large", "view_cpu") / median("small", "view_cpu")
    print(
        f"history view, first page: small {median('small', 'view') * 1000:.1f} ms, "
        f"large {median('large', 'view') * 1000:.1f} ms wall, ratio {view_ratio:.2f}x; "
        f"processor time ratio {view_cpu_ratio:.2f}x (goal <= {VIEW_GOAL}x)"
    )
    print(
        f"insights: small {median('small', 'insights') * 1000:.1f} ms, "
        f"large {median('large', 'insights') * 1000:.1f} ms wall "
        f"({median('large', 'insights_cpu') * 1000:.0f} ms of processor time), "
        f"ratio {insights_ratio:.1f}x (goal: large under {INSIGHTS_GOAL_S:.0f} s of work)"
    )
    print(
        f"peak memory: small {median('small', 'peak_mb'):.0f} MB, "
        f"large {median('large', 'peak_mb'):.0f} MB, ratio {memory_ratio:.2f}x "
        f"(goal <= {MEMORY_GOAL}x)"
    )
    print(f"import of the large history: {imports['large']:.1f} s")
    ok = (
        min(view_ratio, view_cpu_ratio) <= VIEW_GOAL
        and median("large", "insights_cpu") < INSIGHTS_GOAL_S
        and memory_ratio <= MEMORY_GOAL
    )
    print("all goals met" if ok else "some goals not met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
