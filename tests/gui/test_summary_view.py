"""The summary view: any session, told as encouragement, with each moment where it happened."""

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from kindling.core.model import CheckIn, Phase
from kindling.desktop.translations import install_translations
from kindling.resources import resource_path
from kindling.ui.summary_view import SummaryView
from kindling.ui.theme import DARK_PALETTE, LIGHT_PALETTE


@pytest.fixture(autouse=True)
def _english(qapp):
    """As the app does at start: English plural forms ("40 minutes") come from a catalogue."""
    install_translations(qapp, "en", resource_path("translations"))


def test_before_any_session_it_says_so_kindly(qtbot):
    view = SummaryView()
    qtbot.addWidget(view)
    assert view.summary is None
    assert "will wait for you here" in view._lead.text()
    assert not view.timeline.isVisibleTo(view)


def test_a_past_session_with_one_moment_and_no_checkins(qtbot, companion, clock):
    companion.start("writing", "short scenes")
    clock.advance(minutes=10)
    companion.notice_critic("this is boring")
    clock.advance(minutes=30)
    summary = companion.end()
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(summary)
    assert view._title.text() == "Your session: writing"
    assert "40 minutes" in view._lead.text()
    assert view._awareness.text() == "You noticed the critic, and that was a moment of awareness."
    assert not view._count.isVisibleTo(view)
    view.numbers.click()
    assert view._count.text() == "You noticed the critic once."
    assert view._count.isVisibleTo(view)
    assert "after 10 minutes" in view._moments.text()
    assert "this is boring" in view._moments.text()
    assert not view._checkins.isVisibleTo(view)
    view.resize(700, 900)
    x = view.timeline.mark_positions()[0]
    line = view.timeline._line_rect()
    assert abs((x - line.left()) / line.width() - 0.25) < 0.01


def test_a_quiet_session_is_not_a_lesser_one(qtbot, companion, clock):
    companion.start("music", None, CheckIn(4, 4, 4))
    clock.advance(minutes=65)
    summary = companion.end()
    assert summary.duration == timedelta(minutes=65)
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(summary)
    assert "1 hour 5 minutes" in view._lead.text()
    assert "stayed quiet" in view._awareness.text()
    assert "checked in with yourself" in view._checkin_note.text()
    words = " ".join(
        label.text() for label in (view._lead, view._awareness, view._checkin_note)
    ).lower()
    for harsh in ("!", "fail", "score", "streak"):
        assert harsh not in words


def test_no_colour_in_either_palette_is_a_red():
    for palette in (LIGHT_PALETTE, DARK_PALETTE):
        for name in palette.names():
            colour = QColor(getattr(palette, name))
            if colour.hsvSaturationF() < 0.2:
                continue  # a warm neutral, not a colour
            hue = colour.hsvHueF() * 360
            assert 20 <= hue <= 340, f"{palette.name}.{name} reads as red ({hue:.0f}°)"


FORBIDDEN = ("only", "worse", "dropped", "fail", "decline", "lower", "score", "streak", "!")


def test_the_first_look_has_no_count_and_the_numbers_are_one_click_away(qtbot, companion, clock):
    companion.start("painting", "loose colour", CheckIn(6, 5, 3))
    for minutes in (7, 12, 16):
        clock.advance(minutes=minutes)
        companion.notice_critic(None)
    clock.advance(minutes=9)
    companion.record_checkin(Phase.AFTER, CheckIn(3, 5, 6))
    summary = companion.end()
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(summary)
    view.show()
    qtbot.waitExposed(view)
    first_look = [
        label.text()
        for label in view.findChildren(QLabel)
        if label.isVisible() and label is not view._moments
    ]
    assert not any(re.search(r"\b3\b|three|times", text) for text in first_look), first_look
    assert not view.before_picture.levels_shown
    assert "6" not in view.before_picture.accessibleDescription()
    assert view.numbers.isVisible()

    qtbot.mouseClick(view.numbers, Qt.MouseButton.LeftButton)
    assert view._count.isVisible()
    assert view._count.text() == "You noticed the critic 3 times."
    assert view.before_picture.levels_shown
    assert view.after_picture.levels_shown
    assert view.before_picture.accessibleDescription() == "Threat 6, Drive 5, Soothing 3"
    assert view.after_picture.accessibleDescription() == "Threat 3, Drive 5, Soothing 6"
    qtbot.mouseClick(view.numbers, Qt.MouseButton.LeftButton)
    assert not view._count.isVisible()


@pytest.mark.parametrize(
    ("after", "words"),
    [
        (CheckIn(3, 5, 1), "Soothing was harder to reach today; that happens, and you still"),
        (CheckIn(3, 5, 6), "Your soothing system grew a little stronger"),
        (CheckIn(3, 5, 3), "Soothing stayed about where it was"),
    ],
)
def test_soothing_lower_afterwards_is_met_as_warmly_as_higher(
    qtbot, companion, clock, after, words
):
    companion.start("writing", None, CheckIn(6, 5, 3))
    clock.advance(minutes=30)
    companion.record_checkin(Phase.AFTER, after)
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(companion.end())
    note = view._checkin_note.text()
    assert note.startswith(words)
    assert not [word for word in FORBIDDEN if word in note.lower()]


def test_a_harder_day_in_german_is_told_kindly_too(qtbot, qapp, companion, clock):
    companion.start("Malen", None, CheckIn(6, 5, 4))
    clock.advance(minutes=30)
    companion.record_checkin(Phase.AFTER, CheckIn(6, 5, 2))
    summary = companion.end()
    try:
        assert install_translations(qapp, "de", resource_path("translations")) == "de"
        view = SummaryView()
        qtbot.addWidget(view)
        view.show_summary(summary)
        note = view._checkin_note.text()
        assert note.startswith("Beruhigung war heute schwerer zu erreichen")
        assert "trotzdem" in note
        for harsh in ("nur", "schlechter", "gesunken", "versag", "!"):
            assert harsh not in note.lower()
        assert view.numbers.text() == "Zahlen zeigen"
    finally:
        install_translations(qapp, "en", resource_path("translations"))


def test_the_title_reads_as_a_sentence_for_whatever_was_typed(qtbot, companion):
    companion.start("a short story")
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(companion.end())
    assert view._title.text() == "Your session: a short story"  # was "Your a short story session"


def test_the_title_reads_as_german_for_whatever_was_typed(qtbot, qapp, companion):
    from kindling.desktop.translations import install_translations
    from kindling.resources import resource_path

    install_translations(qapp, "de", resource_path("translations"))
    try:
        companion.start("eine Kurzgeschichte")
        view = SummaryView()
        qtbot.addWidget(view)
        view.show_summary(companion.end())
        assert view._title.text() == "Deine Session: eine Kurzgeschichte"
    finally:
        install_translations(qapp, "en", resource_path("translations"))


def test_a_studio_session_says_it_was_made_away_from_the_keyboard(qtbot, companion, clock):
    companion.start("clay", studio=True)
    clock.advance(minutes=20)
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(companion.end())
    assert "A studio session, away from the keyboard." in view._details.text()
    assert "studio session" in view.markdown()
