"""The session bar: a calm clock, the critic button, a mindful pause, and a place it remembers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kindling.ui.breathing_guide import BreathingGuide
from kindling.ui.session_bar import SessionBar
from tests.fakes import SteppingClock


@pytest.fixture
def make_bar(qtbot, clock: SteppingClock):
    def make(**kwargs: object) -> SessionBar:
        kwargs.setdefault("clock", clock)
        bar = SessionBar(**kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(bar)
        return bar

    return make


def button(bar: SessionBar, name: str) -> QPushButton:
    found = bar.findChild(QPushButton, name)
    assert found is not None
    return found


def test_the_clock_shows_calm_minutes_since_the_start(qtbot, make_bar, clock) -> None:
    bar = make_bar(tick_ms=10)
    bar.set_started_at(clock())
    bar.show()
    qtbot.waitExposed(bar)
    assert bar.time_text() == "Just begun"
    clock.advance(minutes=25, seconds=40)
    qtbot.waitUntil(lambda: bar.time_text() == "25 min")
    clock.advance(minutes=50)
    qtbot.waitUntil(lambda: bar.time_text() == "1 h 15 min")


def test_the_clock_ticks_only_while_the_bar_is_visible(qtbot, make_bar) -> None:
    bar = make_bar()
    assert not bar.is_ticking()
    bar.show()
    qtbot.waitExposed(bar)
    assert bar.is_ticking()
    bar.hide()
    assert not bar.is_ticking()


def test_critic_noticed_and_end_session_are_announced(qtbot, make_bar) -> None:
    bar = make_bar()
    bar.show()
    with qtbot.waitSignal(bar.critic_noticed_clicked):
        qtbot.mouseClick(button(bar, "barCritic"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bar.end_requested):
        qtbot.mouseClick(button(bar, "barEnd"), Qt.MouseButton.LeftButton)


def test_a_mindful_pause_breathes_in_the_bar_and_comes_back(qtbot, make_bar) -> None:
    bar = make_bar(pause_ms=60)
    bar.show()
    qtbot.waitExposed(bar)
    with qtbot.waitSignal(bar.pause_finished) as blocker:
        qtbot.mouseClick(button(bar, "barPauseButton"), Qt.MouseButton.LeftButton)
        guide = bar.findChild(BreathingGuide)
        assert bar.is_pausing()
        assert guide is not None
        assert guide.isVisible()
        assert guide.compact
        assert guide.is_running()
    assert blocker.args == [30], "the whole half minute is recorded"
    assert not bar.is_pausing()
    assert not guide.is_running(), "nothing keeps animating once the pause is over"
    assert button(bar, "barCritic").isVisible()


def test_coming_back_early_records_the_time_actually_paused(qtbot, make_bar, clock) -> None:
    bar = make_bar()
    bar.show()
    bar.start_pause()
    clock.advance(seconds=12)
    with qtbot.waitSignal(bar.pause_finished) as blocker:
        qtbot.mouseClick(button(bar, "barBack"), Qt.MouseButton.LeftButton)
    assert blocker.args == [12]


def test_the_bar_moves_by_its_handle_and_says_where_it_rests(qtbot, make_bar) -> None:
    bar = make_bar()
    bar.place_at(QPoint(100, 100))
    bar.show()
    qtbot.waitExposed(bar)
    assert bar.pos() == QPoint(100, 100)
    handle = bar.findChild(QLabel, "barHandle")
    assert handle is not None
    start = handle.rect().center()
    with qtbot.waitSignal(bar.moved) as blocker:
        qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(handle, start + QPoint(30, 20))
        qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(30, 20))
    assert blocker.args == [QPoint(130, 120)]
    assert bar.pos() == QPoint(130, 120)


def test_a_place_off_every_screen_comes_back_into_view(make_bar) -> None:
    bar = make_bar()
    bar.place_at(QPoint(-5000, 9000))
    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.contains(bar.geometry())


def test_the_bar_never_asks_for_the_keyboard_unless_told_to(make_bar) -> None:
    quiet = make_bar()
    assert quiet.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert quiet.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert quiet.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert button(quiet, "barCritic").focusPolicy() == Qt.FocusPolicy.NoFocus
    reachable = make_bar(takes_focus=True)
    assert not reachable.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert button(reachable, "barCritic").focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_every_control_has_an_accessible_name_and_no_exclamation(make_bar) -> None:
    bar = make_bar()
    controls = bar.findChildren(QPushButton) + bar.findChildren(QLabel)
    assert len(controls) >= 6
    assert all(widget.accessibleName() for widget in controls)
    assert all("!" not in widget.text() for widget in controls)


def test_opacity_follows_the_setting(make_bar) -> None:
    bar = make_bar(opacity=0.8)
    assert bar.windowOpacity() == pytest.approx(0.8, abs=0.01)
    bar.set_opacity(0.5)
    assert bar.windowOpacity() == pytest.approx(0.5, abs=0.01)


def test_the_bar_stays_small_and_keeps_its_width_through_a_pause(qtbot, make_bar) -> None:
    bar = make_bar()
    bar.show()
    qtbot.waitExposed(bar)
    working = bar.size()
    assert working.height() < 80, "a thin strip, not a window"
    bar.start_pause()
    assert bar.width() == working.width(), "the bar does not jump sideways"
    bar.findChild(QPushButton, "barBack").click()
    assert bar.size() == working


def test_a_pause_cut_short_by_the_session_ending_is_kept_and_forgotten(
    qtbot, make_bar, clock
) -> None:
    bar = make_bar()
    bar.show()
    bar.start_pause()
    clock.advance(seconds=8)
    with qtbot.waitSignal(bar.pause_finished) as blocker:
        bar.hide()
    assert blocker.args == [8]
    bar.show()
    assert not bar.is_pausing()
