"""From process start to the main window on screen: Kindling against a bare PySide6 window.

Run: ``.venv/bin/python tests/benchmarks/startup.py [--rounds N] [--no-bundles] [--rebuild]``

Four programs start in turn, interleaved round after round, on one private Xvfb:
Kindling as installed in the venv (the ``kindling`` gui-script), a bare script that shows a
``QMainWindow`` from the same venv, Kindling's PyInstaller bundle (``dist/kindling``, built if
missing) and a bare bundle of the bare script, built in a temporary folder with the very same
slimming rules (packaging/bundle_recipe.py).

The clock stops when the X server tells this script that a top-level window of the started
process (by ``_NET_WM_PID``) was mapped: the same external observer for every program, no
hook inside either. Kindling runs on a journal it has already created (the usual start).
Also printed: each program's resident memory one second after start, and the bundles' sizes.
Goals: start at most 1.3x the bare window (venv and bundle), bundle size at most 1.25x,
memory at most 1.5x.
"""

from __future__ import annotations

import argparse
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

from Xlib import X
from Xlib import display as xdisplay

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import check_bundle  # type: ignore[import-not-found]  # noqa: E402  (packaging/ is no package)

START_GOAL = 1.3
SIZE_GOAL = 1.25
MEMORY_GOAL = 1.5
MAP_DEADLINE_S = 30.0
MEMORY_AFTER_S = 1.0

BARE_SCRIPT = textwrap.dedent(
    """\
    import sys

    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(960, 680)
    window.show()
    sys.exit(app.exec())
    """
)

BARE_SPEC = textwrap.dedent(
    """\
    import sys
    sys.path.insert(0, {packaging!r})
    import bundle_recipe as recipe

    a = Analysis([{script!r}], excludes=recipe.EXCLUDED_MODULES, **recipe.ANALYSIS_OPTIONS)
    a.binaries, a.datas = recipe.slim(a.binaries, a.datas, recipe.shipped_languages())
    pyz = PYZ(a.pure)
    exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", console=False,
              strip=True, upx=False)
    COLLECT(exe, a.binaries, a.datas, strip=True, upx=False, name="bare")
    """
)


@dataclass
class Program:
    name: str
    argv: list[str]
    starts: list[float] = field(default_factory=list)
    memory_mb: list[float] = field(default_factory=list)


class MapWatcher:
    """Listens on the X server's root window for top-level windows being mapped."""

    def __init__(self, display_name: str) -> None:
        self.display = xdisplay.Display(display_name)
        self.root = self.display.screen().root
        self.root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self.pid_atom = self.display.intern_atom("_NET_WM_PID")
        self.display.sync()

    def drain(self) -> None:
        while self.display.pending_events():
            self.display.next_event()

    def wait_for_window_of(self, pid: int, deadline: float) -> float | None:
        """perf_counter() when a window of ``pid`` was mapped, or None if it never was."""
        while time.perf_counter() < deadline:
            if not self.display.pending_events():
                select.select([self.display], [], [], max(0.0, deadline - time.perf_counter()))
                continue
            event = self.display.next_event()
            if event.type != X.MapNotify or event.override:
                continue
            seen_at = time.perf_counter()
            if self._pid_of(event.window) == pid:
                return seen_at
        return None

    def _pid_of(self, window: object) -> int | None:
        try:
            prop = window.get_full_property(self.pid_atom, X.AnyPropertyType)  # type: ignore[attr-defined]
        except Exception:  # the window may already be gone
            return None
        return int(prop.value[0]) if prop and len(prop.value) else None


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_once(program: Program, watcher: MapWatcher, env: dict[str, str]) -> None:
    watcher.drain()
    started = time.perf_counter()
    process = subprocess.Popen(
        program.argv,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        mapped = watcher.wait_for_window_of(process.pid, started + MAP_DEADLINE_S)
        if mapped is None:
            raise SystemExit(f"{program.name}: no window within {MAP_DEADLINE_S:.0f} s")
        program.starts.append(mapped - started)
        pause = started + MEMORY_AFTER_S - time.perf_counter()
        if pause > 0:
            time.sleep(pause)  # a benchmark, not a test: the sample is taken at a fixed age
        program.memory_mb.append(resident_mb(process.pid))
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def build_bare_bundle(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "bare.py"
    script.write_text(BARE_SCRIPT)
    spec = folder / "bare.spec"
    spec.write_text(BARE_SPEC.format(packaging=str(ROOT / "packaging"), script=str(script)))
    subprocess.run(
        [
            str(Path(sys.executable).with_name("pyinstaller")),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
            str(spec),
        ],
        check=True,
    )
    return folder / "dist" / "bare" / "bare"


def folder_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1_000_000


def ratio_line(label: str, ours: float, bare: float, unit: str, goal: float) -> str:
    ratio = ours / bare
    verdict = "within" if ratio <= goal else "OVER"
    return (
        f"{label:<28} kindling {ours:8.1f} {unit}   bare {bare:8.1f} {unit}   "
        f"ratio {ratio:4.2f}x  ({verdict} the {goal}x goal)"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)  # start times here swing ±0.3x
    parser.add_argument("--no-bundles", action="store_true", help="only the venv programs")
    parser.add_argument("--rebuild", action="store_true", help="rebuild dist/kindling first")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kindling-startup-") as temporary:
        scratch = Path(temporary)
        (scratch / "bare.py").write_text(BARE_SCRIPT)
        data_dir = scratch / "data"
        programs = [
            Program(
                "kindling (venv)",
                [str(Path(sys.executable).with_name("kindling")), "--data-dir", str(data_dir)],
            ),
            Program("bare window (venv)", [sys.executable, str(scratch / "bare.py")]),
        ]
        bundle_dir = bare_bundle = None
        if not args.no_bundles:
            if args.rebuild or not check_bundle.BUNDLE.exists():
                print("building dist/kindling ...", flush=True)
                check_bundle.build()
            print("building the bare bundle ...", flush=True)
            bare_bundle = build_bare_bundle(scratch / "bare-bundle")
            bundle_dir = check_bundle.BUNDLE.parent
            programs += [
                Program(
                    "kindling (bundle)", [str(check_bundle.BUNDLE), "--data-dir", str(data_dir)]
                ),
                Program("bare window (bundle)", [str(bare_bundle)]),
            ]

        with check_bundle.xvfb() as display_name:
            env = check_bundle.clean_env(DISPLAY=display_name, QT_QPA_PLATFORM="xcb")
            watcher = MapWatcher(display_name)
            # The journal is made first, by the command line: a first round stopped at 1 s
            # can end before a new journal is committed, and every round would then be a
            # first start (which loads SQLAlchemy to create the schema).
            subprocess.run(
                [programs[0].argv[0], "--data-dir", str(data_dir), "history"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                check=True,
                timeout=60,
            )
            # A first round that is not counted: warms the file cache.
            for program in programs:
                run_once(program, watcher, env)
                program.starts.clear()
                program.memory_mb.clear()
            for round_number in range(args.rounds):
                # Rotate who goes first, so no program always follows the same neighbour.
                order = (
                    programs[round_number % len(programs) :]
                    + programs[: round_number % len(programs)]
                )
                for program in order:
                    run_once(program, watcher, env)
        sizes = None
        if bundle_dir is not None and bare_bundle is not None:
            sizes = (folder_mb(bundle_dir), folder_mb(bare_bundle.parent))

    print(f"\n{args.rounds} interleaved rounds, median of each (Xvfb, xcb):")
    for program in programs:
        print(
            f"  {program.name:<22} mapped after {1000 * statistics.median(program.starts):7.0f} ms"
            f"  (min {1000 * min(program.starts):5.0f}, max {1000 * max(program.starts):5.0f})"
            f"   RSS at {MEMORY_AFTER_S:.0f} s {statistics.median(program.memory_mb):6.1f} MB"
        )
    med = {p.name: statistics.median(p.starts) * 1000 for p in programs}
    mem = {p.name: statistics.median(p.memory_mb) for p in programs}
    print()
    print(
        ratio_line(
            "start, venv", med["kindling (venv)"], med["bare window (venv)"], "ms", START_GOAL
        )
    )
    print(
        ratio_line(
            "memory at 1 s, venv",
            mem["kindling (venv)"],
            mem["bare window (venv)"],
            "MB",
            MEMORY_GOAL,
        )
    )
    if sizes is not None:
        print(
            ratio_line(
                "start, bundle",
                med["kindling (bundle)"],
                med["bare window (bundle)"],
                "ms",
                START_GOAL,
            )
        )
        print(
            ratio_line(
                "memory at 1 s, bundle",
                mem["kindling (bundle)"],
                mem["bare window (bundle)"],
                "MB",
                MEMORY_GOAL,
            )
        )
        print(ratio_line("bundle size", *sizes, "MB", SIZE_GOAL))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
