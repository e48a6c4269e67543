"""The critic hotkey with no session running: a card says so, and the keyboard stays put.

The real app in its own process (real hotkey grab), under openbox, with another program
holding the keyboard; the key press goes through the X server (xdotool).
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.system.conftest import KindlingCommand
from tests.system.running_app import RunningApp
from tests.system.test_toast_focus import (  # the same window manager and other program
    DEADLINE_S,
    OtherProgram,
    focused_window,
    other_program,
    wait_for,
    window_manager,
    xdotool,
)

pytestmark = pytest.mark.system

__all__ = ["other_program", "window_manager"]  # fixtures, used by name


def visible_windows(name: str) -> list[int]:
    done = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        capture_output=True,
        text=True,
        check=False,
        timeout=DEADLINE_S,
    )
    return [int(w) for w in done.stdout.split()]


@pytest.fixture
def running(window_manager: None, tmp_path: Path) -> Iterator[RunningApp]:
    # Someone who has met Kindling before: on a first start the welcome's "try it now"
    # catches the hotkey instead (tests/gui/test_welcome.py).
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "settings.json").write_text('{"welcome_seen": true}', encoding="utf-8")
    app = RunningApp(KindlingCommand(data)).start()
    try:
        app.wait_until(lambda: (app.status() or {}).get("hotkey_active"), "the hotkey is held")
        yield app
    finally:
        app.stop()


def test_the_hotkey_with_no_session_says_so_on_a_card_and_leaves_the_keyboard(
    running: RunningApp, other_program: OtherProgram
) -> None:
    running.wait_until(lambda: visible_windows("^Kindling$"), "the main window is up")
    xdotool("windowfocus", "--sync", str(other_program.window))
    wait_for(lambda: focused_window() == other_program.window, "the other program has it")

    xdotool("key", "ctrl+alt+k")
    running.wait_until(lambda: visible_windows("^Critic noticed$"), "the card appears")
    # One more round trip, so that a late activation of the main window would have landed.
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        focused = focused_window()
        assert focused == other_program.window, xdotool("getwindowname", str(focused))
    xdotool("type", "--delay", "20", "still mine")
    other_program.wait_for_text("still mine")
    assert running.moments() == []  # nothing was logged: there is no session
