"""Wayland hotkey: the portal's Activated signal to critic row committed, against a bare listener.

Run: ``.venv/bin/python tests/benchmarks/portal_latency.py [--presses N]``. A private
dbus-daemon carries a fake desktop portal (tests/system/fake_portal.py: no real GNOME or KDE
here); each press is the fake emitting Activated, timed from the moment this process asks it
to. The baseline is a bare listener: Kindling's own portal conversation (portal_bus.py, no
Qt, no app) printing a line per press. A second baseline adds one raw SQLite insert committed
with the journal's pragmas: the floor for "press to row committed". Then the real app, on
Qt's X display but told it runs on Wayland, holds the shortcut, and the time is taken when the
new row is visible in the journal (polled read-only every 0.2 ms). Baselines run before and
after the app, so drift in machine load falls on both. Presses are 0.4 s apart, beyond the
0.3 s key-repeat window. Prints the medians and their ratios.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

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
from tests.system.private_bus import FakePortal, PrivateBus

GAP_SECONDS = 0.4

BARE_LISTENER = (
    RAW_COMMIT
    + """
import sys
from kindling.desktop.hotkey.portal_bus import PortalConversation
# the floor: the same listener, plus one raw insert committed like the journal
commit = raw_commit(sys.argv[2]) if len(sys.argv) > 2 else None
conversation = PortalConversation(sys.argv[1])
conversation.bind("CTRL+ALT+k", "Critic noticed")
print("ready", flush=True)
for _ in conversation.activations():
    if commit is not None:
        commit()
    print("pressed", flush=True)
"""
)


def measure(portal: FakePortal, presses: int, arrived: Callable[[], object]) -> list[float]:
    times = []
    for _ in range(presses):
        began = time.perf_counter()
        portal.activate()
        arrived()
        times.append(time.perf_counter() - began)
        time.sleep(GAP_SECONDS)  # spacing between presses, beyond the key-repeat window
    return times


def bare_listener(bus: PrivateBus, presses: int, database: Path | None = None) -> list[float]:
    portal = FakePortal(bus)
    extra = [] if database is None else [str(database)]
    listener = subprocess.Popen(
        [sys.executable, "-c", BARE_LISTENER, bus.address, *extra],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert listener.stdout is not None
    try:
        assert listener.stdout.readline().strip() == "ready"
        return measure(portal, presses, listener.stdout.readline)
    finally:
        listener.terminate()
        listener.wait(timeout=30)
        listener.stdout.close()
        portal.stop()


def app_hotkey(env: dict[str, str], bus: PrivateBus, presses: int, data_dir: Path) -> list[float]:
    portal = FakePortal(bus)
    env = {
        **env,
        "WAYLAND_DISPLAY": "wayland-kindling-bench",
        "DBUS_SESSION_BUS_ADDRESS": bus.address,
    }
    try:
        with running_app(data_dir, env):
            portal.wait_for("BIND")
            start_session(data_dir, env)
            with next_committed_row(data_dir) as committed:
                return measure(portal, presses, committed)
    finally:
        portal.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--presses", type=int, default=20)
    args = parser.parse_args()
    bus = PrivateBus()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="kindling-bench-") as folder,
            private_display() as display,
        ):
            half = max(args.presses // 2, 1)
            raw = Path(folder) / "raw.sqlite3"
            bare = bare_listener(bus, half)
            floor = bare_listener(bus, half, raw)
            app = app_hotkey(environment(display), bus, args.presses, Path(folder) / "data")
            floor += bare_listener(bus, half, raw)
            bare += bare_listener(bus, half)
    finally:
        bus.stop()
    report_press_latency("bare portal listener", "listener", app, bare, floor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
