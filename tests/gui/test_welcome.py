"""The first meeting: the welcome shows once, comes back when asked, and catches a real press."""

from __future__ import annotations

import random
import subprocess
from collections.abc import Iterator

import pytest

from kindling.app import build
from kindling.desktop.instance_lock import InstanceLock
from kindling.reach import Reach, greet_first_time, start_reach
from kindling.wiring import Parts


@pytest.fixture
def started(qapp, data_paths, clock) -> Iterator[tuple[Parts, Reach]]:
    """The app as `kindling` starts it: wired, then the ways in (the real X11 hotkey)."""
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(11), minute_ms=1)
    lock = InstanceLock(data_paths.lock_file)
    assert lock.acquire()
    reach = start_reach(parts, data_paths, lock)
    yield parts, reach
    reach.close()
    if parts.meeting is not None and parts.meeting.welcome is not None:
        parts.meeting.welcome.close()
    if reach.tray is not None:
        reach.tray.deleteLater()
    parts.close()


def test_the_first_start_shows_the_welcome_and_the_next_does_not(qtbot, qapp, data_paths, started):
    parts, reach = started
    greet_first_time(parts, reach.hotkey, data_paths)
    assert parts.meeting is not None
    welcome = parts.meeting.welcome
    assert welcome is not None
    qtbot.waitUntil(welcome.isVisible)
    assert welcome.windowTitle() == "Welcome to Kindling"
    assert welcome.skip_button.isVisible()
    qtbot.mouseClick(welcome.skip_button, qtbot_left())
    qtbot.waitUntil(lambda: parts.meeting is not None and parts.meeting.welcome is None)

    # Kindling starts again on the same data folder: no welcome this time.
    again = build(qapp, data_paths, rng=random.Random(12))
    try:
        assert again.meeting is not None
        greet_first_time(again, reach.hotkey, data_paths)
        assert again.meeting.welcome is None
    finally:
        again.close()


def test_settings_shows_the_welcome_again(qtbot, data_paths, started):
    parts, reach = started
    parts.settings.update(welcome_seen=True)
    greet_first_time(parts, reach.hotkey, data_paths)
    assert parts.meeting is not None
    assert parts.meeting.welcome is None

    assert parts.yours is not None
    button = parts.yours.settings_page.welcome_again
    assert button.text() == "Show the welcome again"
    qtbot.mouseClick(button, qtbot_left())
    welcome = parts.meeting.welcome
    assert welcome is not None
    qtbot.waitUntil(welcome.isVisible)
    assert welcome.page == 0


def test_try_it_now_shows_that_a_real_press_was_caught(qtbot, data_paths, started):
    parts, reach = started
    assert reach.hotkey.active, reach.hotkey.problem
    greet_first_time(parts, reach.hotkey, data_paths)
    assert parts.meeting is not None
    welcome = parts.meeting.welcome
    assert welcome is not None
    qtbot.waitUntil(welcome.isVisible)
    qtbot.mouseClick(welcome.next_button, qtbot_left())
    assert welcome.try_words.isVisible()
    assert welcome.try_words.text() == "Try it now: press Ctrl+Alt+K."

    with qtbot.waitSignal(welcome.press_caught, timeout=5000):
        subprocess.run(["xdotool", "key", "ctrl+alt+k"], check=True)
    assert welcome.try_words.text() == "✓ Caught it. That is all it takes."
    # The press was the welcome's: no session began, no moment was logged, no card showed.
    assert parts.companion.current is None


def test_where_no_hotkey_works_the_welcome_says_which_command_to_bind(qtbot, data_paths, started):
    parts, _reach = started
    assert parts.meeting is not None
    parts.meeting.set_listening(False, "/usr/bin/kindling critic")
    welcome = parts.meeting.show()
    qtbot.waitUntil(welcome.isVisible)
    qtbot.mouseClick(welcome.next_button, qtbot_left())
    words = welcome.try_words.text()
    assert "keyboard settings" in words
    assert "/usr/bin/kindling critic" in words


def test_the_welcome_counts_its_pages_and_ends_on_a_way_to_begin(qtbot, data_paths, started):
    parts, reach = started
    greet_first_time(parts, reach.hotkey, data_paths)
    assert parts.meeting is not None
    welcome = parts.meeting.welcome
    assert welcome is not None
    qtbot.waitUntil(welcome.isVisible)
    seen = []
    for _ in range(3):
        seen.append((welcome.page, welcome.next_button.text(), welcome.skip_button.isVisible()))
        qtbot.mouseClick(welcome.next_button, qtbot_left())
    assert seen == [(0, "Next", True), (1, "Next", True), (2, "Let’s begin", False)]
    qtbot.waitUntil(lambda: not welcome.isVisible())
    assert parts.settings.current.welcome_seen


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_session_beginning_puts_the_welcome_away(qtbot, data_paths, started):
    parts, reach = started
    greet_first_time(parts, reach.hotkey, data_paths)
    assert parts.meeting is not None
    welcome = parts.meeting.welcome
    assert welcome is not None
    qtbot.waitUntil(welcome.isVisible)
    parts.flow.begin("writing", with_warmup=False)  # say, `kindling start` from a terminal
    qtbot.waitUntil(lambda: parts.meeting is not None and parts.meeting.welcome is None)
    qtbot.waitUntil(parts.bar.isVisible)


def test_the_not_crisis_note_opens_the_support_page_in_one_click(qtbot, data_paths, started):
    from kindling.ui.support_page import SUPPORT

    parts, reach = started
    greet_first_time(parts, reach.hotkey, data_paths)
    assert parts.meeting is not None
    welcome = parts.meeting.welcome
    assert welcome is not None
    qtbot.waitUntil(welcome.isVisible)
    for _ in range(2):
        qtbot.mouseClick(welcome.next_button, qtbot_left())
    qtbot.waitUntil(welcome.support_link.isVisible)
    assert welcome.support_link.text() == "If this is heavier than a critic"
    qtbot.mouseClick(welcome.support_link, qtbot_left())
    qtbot.waitUntil(lambda: parts.window.isVisible() and parts.window.current_section() == SUPPORT)
    assert parts.meeting.welcome is None  # put away: the support page is what matters now
