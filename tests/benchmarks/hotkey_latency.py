"""Hotkey press to critic row committed, against a bare python-xlib grab receiving the same key.

Run: ``.venv/bin/python tests/benchmarks/hotkey_latency.py [--presses N]``. On a private Xvfb,
the key is pressed through XTEST from this process. The baseline is a minimal separate program
that grabs Ctrl+Alt+K on the root window and prints a line for each press; the time is taken
when that line arrives. Then the real app holds the same combination, and the time is taken
when the new row is visible in the journal (polled read-only every 0.2 ms). The baseline is
measured before and after the app, so drift in machine load falls on both. A second baseline,
the same bare grab plus one raw SQLite insert committed with the journal's pragmas, is the
floor for "press to row committed": a durable commit (fsync) alone outweighs X's delivery. Presses are 0.4 s
apart, beyond the 0.3 s key-repeat window. Prints the medians and their ratio; goal: at most
1.5x.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._desktop import (
    RAW_COMMIT,
    environment,
    next_committed_row,
    private_display,
    report_press_latency,
    running_app,
    start_session,
)

GOAL = 1.5
GAP_SECONDS = 0.4

BARE_GRAB = (
    RAW_COMMIT
    + """
import sys
from Xlib import X, XK, display
# the floor: the same grab, plus one raw insert committed like the journal
commit = raw_commit(sys.argv[1]) if len(sys.argv) > 1 else None
d = display.Display()
root = d.screen().root
code = d.keysym_to_keycode(XK.string_to_keysym("k"))
for extra in (0, X.LockMask, X.Mod2Mask, X.LockMask | X.Mod2Mask):
    root.grab_key(code, X.ControlMask | X.Mod1Mask | extra, True, X.GrabModeAsync, X.GrabModeAsync)
d.sync()
print("ready", flush=True)
while True:
    event = d.next_event()
    if event.type == X.KeyPress and event.detail == code:
        if commit is not None:
            commit()
        print("pressed", flush=True)
"""
)


class Keyboard:
    """Presses Ctrl+Alt+K through XTEST, as a person's keyboard would."""

    def __init__(self, display_name: str) -> None:
        from Xlib import XK, display

        self.x: Any = display.Display(display_name)
        self.ctrl = self.x.keysym_to_keycode(XK.string_to_keysym("Control_L"))
        self.alt = self.x.keysym_to_keycode(XK.string_to_keysym("Alt_L"))
        self.k = self.x.keysym_to_keycode(XK.string_to_keysym("k"))

    def press(self) -> float:
        """Holds the modifiers, then presses K; returns the moment K went down."""
        from Xlib import X
        from Xlib.ext import xtest

        xtest.fake_input(self.x, X.KeyPress, self.ctrl)
        xtest.fake_input(self.x, X.KeyPress, self.alt)
        self.x.sync()
        began = time.perf_counter()
        xtest.fake_input(self.x, X.KeyPress, self.k)
        self.x.flush()
        return began

    def release(self) -> None:
        from Xlib import X
        from Xlib.ext import xtest

        for code in (self.k, self.alt, self.ctrl):
            xtest.fake_input(self.x, X.KeyRelease, code)
        self.x.sync()


def measure(keyboard: Keyboard, presses: int, arrived: Callable[[], object]) -> list[float]:
    times = []
    for _ in range(presses):
        began = keyboard.press()
        arrived()
        times.append(time.perf_counter() - began)
        keyboard.release()
        time.sleep(GAP_SECONDS)  # spacing between presses, beyond the key-repeat window
    return times


def bare_grab(
    env: dict[str, str], keyboard: Keyboard, presses: int, database: Path | None = None
) -> list[float]:
    extra = [] if database is None else [str(database)]
    grabber = subprocess.Popen(
        [sys.executable, "-c", BARE_GRAB, *extra], env=env, stdout=subprocess.PIPE, text=True
    )
    assert grabber.stdout is not None
    try:
        assert grabber.stdout.readline().strip() == "ready"
        return measure(keyboard, presses, grabber.stdout.readline)
    finally:
        grabber.terminate()
        grabber.wait(timeout=30)
        grabber.stdout.close()


def app_hotkey(
    env: dict[str, str], keyboard: Keyboard, presses: int, data_dir: Path
) -> list[float]:
    with running_app(data_dir, env), next_committed_row(data_dir) as committed:
        start_session(data_dir, env)
        return measure(keyboard, presses, committed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--presses", type=int, default=20)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="kindling-bench-") as folder,
        private_display() as display,
    ):
        env = environment(display)
        keyboard = Keyboard(display)
        half = max(args.presses // 2, 1)
        raw = Path(folder) / "raw.sqlite3"
        bare = bare_grab(env, keyboard, half)
        floor = bare_grab(env, keyboard, half, raw)
        app = app_hotkey(env, keyboard, args.presses, Path(folder) / "data")
        floor += bare_grab(env, keyboard, half, raw)
        bare += bare_grab(env, keyboard, half)
    report_press_latency("bare python-xlib grab", "grab", app, bare, floor, GOAL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
