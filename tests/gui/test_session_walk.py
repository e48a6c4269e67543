"""A whole session walked through the real app: start, warm-up, critic taps, end, summary, export."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QPushButton

from kindling.app import build
from kindling.core import export_json
from kindling.wiring import Parts
from tests.fakes import SteppingClock

LONG_MINUTE_MS = 600_000  # the anchor step waits for a click, never for the clock


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))  # a pointer over the toast would keep it from fading
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(3), minute_ms=1)
    yield parts
    parts.close()


def click(qtbot, button) -> None:
    assert button.isVisible(), button.text()
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_whole_session_through_the_window(qtbot, kindling: Parts, clock: SteppingClock):
    start = kindling.pages.start_page
    qtbot.waitExposed(kindling.window)
    start.medium.setCurrentText("painting")
    qtbot.keyClicks(start.intention, "soft edges")
    start.set_warmup_minutes(3)
    click(qtbot, start.checkin_toggle)
    start.checkin.slider("threat").setValue(7)
    start.checkin.slider("soothing").setValue(3)
    click(qtbot, start.begin_button)

    # The warm-up: the breathing step ends by itself (3 tiny "minutes"), then three steps.
    warmup = kindling.pages.warmup_page
    assert kindling.pages.showing == "warmup"
    qtbot.waitUntil(lambda: warmup.step == "self")
    clock.advance(minutes=3)
    steps = warmup.compassionate_self
    for _ in range(steps.step_count):
        click(qtbot, steps.next_button)
    qtbot.waitUntil(kindling.bar.isVisible)
    assert not kindling.window.isVisible()
    session = kindling.companion.current
    assert session is not None
    assert session.warmup is not None
    assert session.warmup.completed
    assert session.warmup.seconds == 180

    # Three critic taps: one card, replaced each time; the third one helped.
    for minutes in (4, 9, 14):
        clock.advance(minutes=minutes if minutes == 4 else 5)
        click(qtbot, kindling.bar.critic_button)
        qtbot.waitUntil(kindling.toast.isVisible)
        current = kindling.companion.current
        assert current is not None
        latest = current.moments[-1]
        assert kindling.toast.moment_id == latest.id
        assert kindling.toast.reframe_text() == latest.reframe.text
    cards = [w for w in QApplication.topLevelWidgets() if w.objectName() == "criticToast"]
    assert [card.isVisible() for card in cards] == [True], "one card, replaced, never stacked"
    click(qtbot, kindling.toast.findChild(QPushButton, "toastHelped"))
    current = kindling.companion.current
    assert current is not None
    assert current.moments[-1].helped is True

    # Ending: the closing page, an after check-in and a kind word, then the summary.
    clock.advance(minutes=6)
    click(qtbot, kindling.bar.end_button)
    qtbot.waitUntil(kindling.window.isVisible)
    assert kindling.pages.showing == "closing"
    assert not kindling.bar.isVisible()
    closing = kindling.pages.closing_page
    closing.checkin.slider("soothing").setValue(6)
    closing.checkin.slider("threat").setValue(4)
    click(qtbot, closing.next_button)  # one question at a time
    qtbot.keyClicks(closing.reflection, "I let the edges stay soft")
    click(qtbot, closing.next_button)
    with qtbot.waitSignal(kindling.flow.summary_shown) as shown:
        click(qtbot, closing.finish_button)
    summary = shown.args[0]
    assert kindling.window.current_section() == "last"
    view = kindling.summary_view
    assert view.timeline.mark_count == 3
    positions = view.timeline.mark_positions()
    assert positions == sorted(positions)
    assert len(set(positions)) == 3
    assert summary.duration == timedelta(minutes=3 + 4 + 5 + 5 + 6)
    assert "painting" in view._title.text()
    assert "times" not in view._awareness.text()  # no count first...
    click(qtbot, view.numbers)
    assert view._count.text() == "You noticed the critic 3 times."  # ...one click away
    assert "(this helped)" in view._moments.text()
    assert "soothing system grew" in view._checkin_note.text()

    # The export holds exactly what was done.
    stored = kindling.companion.store.get_session(summary.session.id)
    assert stored is not None
    exported = export_json.session_to_dict(stored)
    assert exported["medium"] == "painting"
    assert exported["intention"] == "soft edges"
    assert exported["warmup"] == {"completed": True, "seconds": 180, "pattern": "soothing-5-5"}
    assert exported["checkin_before"] == {"threat": 7, "drive": 5, "soothing": 3}
    assert exported["checkin_after"] == {"threat": 4, "drive": 5, "soothing": 6}
    assert exported["reflection"] == "I let the edges stay soft"
    assert [m["helped"] for m in exported["moments"]] == [None, None, True]
    assert [m["at"] for m in exported["moments"]] == [
        "2026-03-14T09:07:00+00:00",
        "2026-03-14T09:12:00+00:00",
        "2026-03-14T09:17:00+00:00",
    ]
    assert exported["pauses"] == []
    assert exported["ended_at"] == "2026-03-14T09:23:00+00:00"
    assert kindling.settings.current.warmup_minutes == 3
