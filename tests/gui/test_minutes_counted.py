"""The minutes of making are counted apart from the warm-up, on the bar and in the summary."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor

from kindling.app import build
from kindling.core.summary import render_text
from kindling.wiring import Parts

HOUR_MS = 3_600_000  # the warm-up never ends by itself during the test


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(5), minute_ms=HOUR_MS)
    yield parts
    parts.close()


def test_three_minutes_of_warm_up_then_twelve_of_making(qtbot, kindling: Parts, clock) -> None:
    start = kindling.pages.start_page
    start.set_warmup_minutes(3)
    qtbot.mouseClick(start.begin_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=3)
    qtbot.mouseClick(kindling.pages.warmup_page.begin_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kindling.bar.isVisible)
    assert kindling.bar.time_text() == "Just begun"  # the warm-up is not making time

    clock.advance(minutes=12, seconds=10)
    qtbot.waitUntil(lambda: kindling.bar.time_text() == "12 min", timeout=3000)

    with qtbot.waitSignal(kindling.flow.summary_shown) as shown:
        kindling.flow.end_now()
    lead = kindling.summary_view._lead.text()
    assert lead.startswith("You spent 12 minutes making, after 3 minutes of warm-up.")
    assert "You spent 12 minutes making, after 3 minutes of warm-up." in render_text(shown.args[0])


def test_without_a_warm_up_all_the_time_is_making(qtbot, kindling: Parts, clock) -> None:
    kindling.flow.begin("ink", with_warmup=False)
    qtbot.waitUntil(kindling.bar.isVisible)
    clock.advance(minutes=20)
    qtbot.waitUntil(lambda: kindling.bar.time_text() == "20 min", timeout=3000)
    with qtbot.waitSignal(kindling.flow.summary_shown):
        kindling.flow.end_now()
    assert kindling.summary_view._lead.text() == "You spent 20 minutes making. That time was yours."
