"""Mid-session the window shows the session going on, not the warm-up that already ended."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor

from kindling.app import build
from kindling.ui.command_target import FlowTarget
from kindling.ui.main_window import SESSION
from kindling.wiring import Parts

HOUR_MS = 3_600_000


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(5), minute_ms=HOUR_MS)
    yield parts
    parts.close()


def test_raising_the_window_mid_session_shows_the_session_and_its_ways_on(
    qtbot, kindling: Parts, clock
) -> None:
    start = kindling.pages.start_page
    start.set_warmup_minutes(2)
    qtbot.mouseClick(start.begin_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=2)
    qtbot.mouseClick(kindling.pages.warmup_page.begin_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kindling.bar.isVisible)
    assert not kindling.window.isVisible()

    clock.advance(minutes=7)
    FlowTarget(kindling.flow, kindling.companion, kindling.window).show()  # tray, relaunch
    qtbot.waitUntil(kindling.window.isVisible)
    assert kindling.pages.showing == "in-progress"
    page = kindling.pages.in_progress_page
    assert page.lead_text() == "You have been making for 7 minutes, not counting the warm-up."

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not kindling.window.isVisible())
    assert kindling.bar.isVisible()
    assert kindling.companion.current is not None

    kindling.window.show()
    kindling.window.show_section(SESSION)  # "Begin" in the sections
    assert kindling.pages.showing == "in-progress"
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert kindling.pages.showing == "closing"
    assert not kindling.bar.isVisible()
