"""Studio mode in the real app, under a real window manager, pressed with real keys and clicks.

`kindling start --studio` is forwarded to the open app, which fills the screen. A letter, a
clicker's Page Down and period, and a click are each one moment (read back with `kindling
export`); holding a key two seconds starts a pause; Escape held leaves studio mode and the
session goes on.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.system.conftest import KindlingCommand
from tests.system.running_app import RunningApp
from tests.system.test_toast_focus import window_manager, xdotool

pytestmark = pytest.mark.system

__all__ = ["window_manager"]  # the fixture: openbox on the test display, for this module

DEADLINE_S = 20.0
MERGE_S = 0.3  # presses closer than this are one moment (StudioPresses.MERGE_MS)


@pytest.fixture
def app(kindling: KindlingCommand, window_manager: None) -> Iterator[RunningApp]:
    running = RunningApp(kindling).start()
    try:
        yield running
    finally:
        running.stop()


def exported_session(kindling: KindlingCommand) -> dict[str, Any]:
    result = kindling("export")
    assert result.code == 0, result.err
    sessions = json.loads(result.out)["sessions"]
    assert len(sessions) == 1
    return dict(sessions[0])


def wait_for(condition: Any, what: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        time.sleep(0.05)  # polling interval for another process, not Qt synchronisation


def geometry(window: str) -> tuple[int, int, int, int]:
    """Where the X server has the window, frame and all, by xwininfo."""
    out = subprocess.run(
        ["xwininfo", "-id", window], capture_output=True, text=True, check=False, timeout=10
    ).stdout
    values = {}
    for line in out.splitlines():
        name, _, value = line.strip().partition(":")
        values[name] = value.strip()
    keys = ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
    if not all(k in values for k in keys):
        return (-1, -1, -1, -1)
    x, y, w, h = (int(values[k]) for k in keys)
    return (x, y, w, h)


def test_studio_mode_fills_the_screen_and_anything_counts(
    app: RunningApp, kindling: KindlingCommand
) -> None:
    started = kindling("start", "--studio", "--no-warmup", "--medium", "clay")
    assert started.code == 0, started.err
    app.wait_until(lambda: app.status()["studio_mode"] == "on", "studio mode")  # type: ignore[index]

    window = xdotool("search", "--sync", "--onlyvisible", "--name", "Kindling studio")
    window = window.split()[0]
    width, height = (int(v) for v in xdotool("getdisplaygeometry").split())
    wait_for(lambda: geometry(window) == (0, 0, width, height), "the studio fills the screen")
    wait_for(lambda: xdotool("getwindowfocus", "-f") == window, "the studio has the keyboard")

    last_press = [0.0]

    def moments() -> int:
        return len(exported_session(kindling)["moments"])

    def then(action: tuple[str, ...], expected: int, what: str) -> None:
        # The merge window is real time the person's presses are apart, not Qt catching up.
        time.sleep(max(0.0, last_press[0] + MERGE_S + 0.1 - time.monotonic()))
        xdotool(*action)
        last_press[0] = time.monotonic()
        wait_for(lambda: moments() == expected, what)

    then(("key", "Next"), 1, "Page Down (a clicker's next key) logged a moment")
    then(("key", "a"), 2, "a letter logged a moment")
    then(("key", "period"), 3, "a period (a clicker's blank-screen key) logged a moment")
    then(("mousemove", str(width // 2), "8", "click", "1"), 4, "a click logged a moment")
    assert moments() == 4

    xdotool("keydown", "b")
    try:
        app.wait_until(lambda: app.status()["studio_mode"] == "pausing", "the pause", 10)  # type: ignore[index]
    finally:
        xdotool("keyup", "b")
    xdotool("key", "space")  # any key ends the pause, and is no moment
    app.wait_until(lambda: app.status()["studio_mode"] == "on", "the pause to end", 10)  # type: ignore[index]
    assert moments() == 4
    wait_for(lambda: len(exported_session(kindling)["pauses"]) == 1, "the pause was kept")

    xdotool("keydown", "Escape")
    try:
        app.wait_until(lambda: app.status()["studio_mode"] == "off", "leaving studio mode", 10)  # type: ignore[index]
    finally:
        xdotool("keyup", "Escape")
    session = exported_session(kindling)
    assert session["ended_at"] is None, "leaving studio mode does not end the session"
    assert len(session["moments"]) == 4
    assert "studio" not in session, "the export format stays as it was"
    assert app.status()["moments_in_session"] == 4  # type: ignore[index]


def test_headless_a_studio_session_is_kept_and_its_summary_says_so(
    kindling: KindlingCommand,
) -> None:
    """No app open: `start --studio` records the session; its summary names it a studio one."""
    started = kindling("start", "--studio", "--medium", "yarn")
    assert started.code == 0, started.err
    assert "studio session" in started.out
    assert kindling("critic").code == 0
    ended = kindling("end")
    assert ended.code == 0, ended.err
    assert "A studio session, away from the keyboard." in ended.out
    summary = kindling("summary", "last", "--format", "md")
    assert "A studio session, away from the keyboard." in summary.out
    assert "studio" not in exported_session(kindling), "the export format stays as it was"


def test_a_session_begun_at_the_keyboard_goes_on_in_studio_mode_when_asked(
    app: RunningApp, kindling: KindlingCommand
) -> None:
    assert kindling("start", "--no-warmup", "--medium", "ink").code == 0
    app.wait_until(lambda: app.status()["studio_mode"] == "off", "the bar")  # type: ignore[index]
    again = kindling("start", "--studio")
    assert again.code == 0, again.err
    assert "Your ink session goes on in studio mode." in again.out
    app.wait_until(lambda: app.status()["studio_mode"] == "on", "studio mode")  # type: ignore[index]
    ended = kindling("end")
    assert "A studio session, away from the keyboard." in ended.out


def test_headless_a_session_in_progress_becomes_a_studio_one(kindling: KindlingCommand) -> None:
    assert kindling("start", "--medium", "clay").code == 0
    again = kindling("start", "--studio")
    assert again.code == 0, again.err
    assert "Your clay session goes on in studio mode." in again.out
    assert "A studio session, away from the keyboard." in kindling("end").out
