"""The warm-up's skip paths and anchors, and the flow answering the companion, not the buttons."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kindling.app import build
from kindling.companion import Companion
from kindling.core.model import Phase
from kindling.ui.breathing_guide import BreathingGuide
from kindling.wiring import Parts

HOUR_MS = 3_600_000  # so the breathing step never ends by itself during a test


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(5), minute_ms=HOUR_MS)
    yield parts
    parts.close()


def click(qtbot, button) -> None:
    assert button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def begin(qtbot, kindling: Parts, alternative: str = "breath", minutes: int = 2) -> None:
    start = kindling.pages.start_page
    start.set_warmup_minutes(minutes)
    start.set_alternative(alternative)
    click(qtbot, start.begin_button)


def test_skipping_the_breath_and_the_steps_still_counts_as_part_of_a_warmup(qtbot, kindling, clock):
    begin(qtbot, kindling)
    warmup = kindling.pages.warmup_page
    assert warmup.guide.isVisible()
    assert warmup.guide.is_running()
    assert warmup.anchor_remaining_ms() > 0
    clock.advance(seconds=40)
    click(qtbot, warmup.go_on_button)
    assert warmup.step == "self"
    assert not warmup.guide.is_running(), "the breathing guide rests once it is out of sight"
    click(qtbot, warmup.compassionate_self.skip_button)
    qtbot.waitUntil(kindling.bar.isVisible)
    recorded = kindling.companion.current.warmup
    assert (recorded.completed, recorded.seconds, recorded.pattern) == (False, 40, "soothing-5-5")


def test_the_warmup_can_end_at_once_with_no_questions(qtbot, kindling, clock):
    begin(qtbot, kindling, alternative="posture", minutes=5)
    warmup = kindling.pages.warmup_page
    assert not warmup.guide.isVisible()
    assert "feet" in warmup.anchor_words
    click(qtbot, warmup.begin_now_button)
    qtbot.waitUntil(kindling.bar.isVisible)
    assert not kindling.window.isVisible()
    recorded = kindling.companion.current.warmup
    assert (recorded.completed, recorded.pattern) == (False, "posture")
    assert kindling.settings.current.warmup_alternative == "posture"


def test_a_warm_image_instead_of_the_breath(qtbot, kindling):
    begin(qtbot, kindling, alternative="image")
    warmup = kindling.pages.warmup_page
    assert "warm" in warmup.anchor_words
    assert not warmup.guide.isVisible()


def test_reduced_motion_shows_a_gentle_count_instead_of_the_shape(qtbot, kindling):
    kindling.settings.update(reduced_motion="on")
    begin(qtbot, kindling)
    guide: BreathingGuide = kindling.pages.warmup_page.guide
    qtbot.waitExposed(guide)
    assert guide.reduced_motion
    assert not guide._shape.isVisible()
    assert guide.words == "Breathe in…  1"
    qtbot.waitUntil(lambda: guide.words == "Breathe in…  2", timeout=3000)


def test_no_warmup_goes_straight_to_the_bar(qtbot, kindling):
    begin(qtbot, kindling, minutes=0)
    qtbot.waitUntil(kindling.bar.isVisible)
    assert kindling.companion.current.warmup is None


def test_a_session_begun_elsewhere_shows_the_bar_and_its_critic_shows_the_toast(qtbot, kindling):
    """What `kindling start` and `kindling critic` forwarded over IPC amount to."""
    companion: Companion = kindling.companion
    companion.start("writing")
    qtbot.waitUntil(kindling.bar.isVisible)
    assert not kindling.window.isVisible()
    noticed = companion.notice_critic("nobody will read this")
    qtbot.waitUntil(kindling.toast.isVisible)
    assert kindling.toast.moment_id == noticed.moment.id
    summary = companion.end()
    qtbot.waitUntil(kindling.window.isVisible)
    assert not kindling.bar.isVisible()
    assert not kindling.toast.isVisible()
    assert kindling.window.current_section() == "last"
    assert kindling.summary_view.summary == summary


def test_end_now_and_request_end(qtbot, kindling):
    flow = kindling.flow
    flow.begin("music", None, with_warmup=False)
    qtbot.waitUntil(kindling.bar.isVisible)
    flow.request_end()
    assert kindling.pages.showing == "closing"
    click(qtbot, kindling.pages.closing_page.back_button)
    qtbot.waitUntil(kindling.bar.isVisible)
    assert flow.notice_critic("again") is not None
    summary = flow.end_now("I played for a while")
    assert summary is not None
    assert summary.session.reflection == "I played for a while"
    assert flow.notice_critic() is None, "with no session, a tap is simply let go"
    assert flow.end_now() is None


def test_a_skipped_closing_checkin_is_not_recorded(qtbot, kindling):
    kindling.flow.begin("drawing", None, with_warmup=False)
    kindling.flow.request_end()
    closing = kindling.pages.closing_page
    click(qtbot, closing.checkin_toggle)
    assert not closing.checkin.isVisible()
    click(qtbot, closing.next_button)
    with qtbot.waitSignal(kindling.flow.summary_shown) as shown:
        click(qtbot, closing.finish_button)
    assert shown.args[0].session.checkin_after is None


def test_closing_asks_one_question_at_a_time(qtbot, kindling):
    kindling.flow.begin("drawing", None, with_warmup=False)
    kindling.flow.request_end()
    closing = kindling.pages.closing_page
    qtbot.waitUntil(closing.isVisible)

    def shown():
        return {
            "feel": closing.checkin.isVisible(),
            "kind words": closing.reflection.isVisible(),
            "breath": closing.guide.isVisible(),
        }

    # The sections column marks the page shown.
    window = kindling.window
    assert window.current_section() == "session"
    assert window._navigation.currentItem().text() == "This session"
    # First how you feel, with the way to skip it above the sliders.
    assert shown() == {"feel": True, "kind words": False, "breath": False}
    skip = closing.checkin_toggle
    assert skip.text() == "Skip the check-in"
    assert (
        skip.mapTo(closing, skip.rect().topLeft()).y()
        < closing.checkin.mapTo(closing, closing.checkin.rect().topLeft()).y()
    )
    assert closing.finish_button.isHidden()
    closing.checkin.slider("soothing").setValue(7)
    click(qtbot, closing.next_button)
    # Then one kind thing to say to yourself: no "what went well?".
    assert shown() == {"feel": False, "kind words": True, "breath": False}
    assert closing._reflection_label.text() == "One kind thing to say to yourself"
    qtbot.keyClicks(closing.reflection, "I stayed with it")
    click(qtbot, closing.next_button)
    # Then, if they like, a breath to set the work down, and the way to the summary.
    assert shown() == {"feel": False, "kind words": False, "breath": True}
    assert closing._set_down_title.text() == "Setting the work down"
    assert closing.next_button.isHidden()
    with qtbot.waitSignal(kindling.flow.summary_shown) as ended:
        click(qtbot, closing.finish_button)
    session = ended.args[0].session
    assert session.checkin_after is not None
    assert session.checkin_after.soothing == 7
    assert session.reflection == "I stayed with it"
    assert window._navigation.item(0).text() == "Begin"


def test_each_slider_says_what_0_and_10_mean(kindling):
    kindling.flow.begin("drawing", None, with_warmup=False)
    kindling.flow.request_end()
    checkin = kindling.pages.closing_page.checkin
    ends = [(low.text(), high.text()) for low, high in checkin._ends]
    assert ends == [("0 · hardly at all", "very strongly · 10")] * 3


def test_an_unfinished_session_can_be_carried_on_or_ended(qtbot, kindling, clock):
    companion = kindling.companion
    session = companion.start("painting")
    companion.record_checkin(Phase.BEFORE, session.checkin_before or _checkin())
    clock.advance(minutes=20)
    box = kindling.flow.offer_unfinished(companion.current)
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    end_it = next(b for b in box.buttons() if "stopped" in b.text())
    click(qtbot, end_it)
    qtbot.waitUntil(lambda: companion.current is None)
    stored = companion.store.get_session(session.id)
    assert stored.ended_at == session.started_at, "ended at its last activity, not now"


def _checkin():
    from kindling.core.model import CheckIn

    return CheckIn(3, 3, 3)


def test_the_summary_copies_as_markdown(qtbot, kindling):
    kindling.flow.begin("writing", "short lines", with_warmup=False)
    kindling.flow.notice_critic()
    with qtbot.waitSignal(kindling.flow.summary_shown):
        kindling.flow.end_now()
    with qtbot.waitSignal(kindling.summary_view.copied):
        click(qtbot, kindling.summary_view.copy_button)
    text = QApplication.clipboard().text()
    assert text.startswith("# Your session: writing")
    assert "short lines" in text


def test_the_warmup_shows_where_it_is_and_how_much_is_left(qtbot, kindling, clock):
    begin(qtbot, kindling, minutes=2)
    warmup = kindling.pages.warmup_page
    assert warmup.where.text() == "Step 1 of 4"
    assert warmup.remaining.words == "About 2 minutes left"
    assert warmup.remaining.share == pytest.approx(1.0, abs=0.01)
    # One clear way on, one quiet way out, and nothing else to press.
    buttons = [b for b in warmup.findChildren(QPushButton) if b.isVisible()]
    assert sorted(b.text() for b in buttons) == ["Begin creating now", "I’m ready to go on"]
    assert warmup.go_on_button.property("role") == "primary"
    assert warmup.begin_now_button.property("role") == "quiet"

    click(qtbot, warmup.go_on_button)
    steps = warmup.compassionate_self
    seen = []
    for _ in range(steps.step_count):
        visible = sorted(b.text() for b in warmup.findChildren(QPushButton) if b.isVisible())
        seen.append((steps._where.text(), visible))
        click(qtbot, steps.next_button)
    assert seen == [
        ("Step 2 of 4", ["Begin creating now", "Next"]),
        ("Step 3 of 4", ["Begin creating now", "Next"]),
        ("Step 4 of 4", ["Begin creating"]),
    ]


def test_the_sections_column_steps_back_while_the_warmup_runs(qtbot, kindling):
    window = kindling.window
    assert not window.immersive
    begin(qtbot, kindling)
    qtbot.waitUntil(lambda: kindling.pages.showing == "warmup")
    assert window.immersive
    click(qtbot, kindling.pages.warmup_page.begin_now_button)
    qtbot.waitUntil(kindling.bar.isVisible)
    kindling.flow.request_end()
    qtbot.waitUntil(window.isVisible)
    assert not window.immersive
