"""The summary view: any session, told as encouragement, with each moment where it happened."""

from datetime import timedelta

from PySide6.QtGui import QColor

from kindling.core.model import CheckIn
from kindling.ui.summary_view import SummaryView
from kindling.ui.theme import DARK_PALETTE, LIGHT_PALETTE


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
    assert view._awareness.text().startswith("You noticed the critic once.")
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
