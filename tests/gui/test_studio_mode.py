"""Studio mode in the real app: begun from the start page, any press is a moment, words large."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from kindling.app import build
from kindling.companion import NoticedMoment
from kindling.core.model import Moment, ShownReframe
from kindling.core.reframes import Reframe
from kindling.desktop.settings_file import SettingsFile
from kindling.ui.studio_screen import StudioScreen
from kindling.ui.studio_type import SMALLEST_SHARE
from kindling.wiring import Parts

HOUR_MS = 3_600_000


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(5), minute_ms=HOUR_MS)
    yield parts
    parts.close()


def begin_in_studio(qtbot, kindling: Parts) -> StudioScreen:
    start = kindling.pages.start_page
    start.set_warmup_minutes(0)
    start.studio.setChecked(True)
    qtbot.mouseClick(start.begin_button, Qt.MouseButton.LeftButton)
    screen = kindling.flow.studio.screen
    qtbot.waitUntil(screen.isVisible)
    return screen


def moments(kindling: Parts) -> int:
    session = kindling.companion.current
    return 0 if session is None else len(session.moments)


def press(qtbot, screen: StudioScreen, key: Qt.Key) -> None:
    qtbot.keyPress(screen, key)
    qtbot.keyRelease(screen, key)


def test_begun_from_the_start_page_it_fills_the_screen_and_is_a_studio_session(qtbot, kindling):
    screen = begin_in_studio(qtbot, kindling)
    assert kindling.companion.current.studio
    assert not kindling.presence.built or not kindling.bar.isVisible()
    qtbot.waitUntil(
        lambda: screen.geometry() == QGuiApplication.primaryScreen().geometry(), timeout=3000
    )
    assert "press any key or click anywhere" in screen.guidance_text()


def test_a_key_a_clicker_key_and_a_click_are_each_a_moment_and_words_are_large(qtbot, kindling):
    screen = begin_in_studio(qtbot, kindling)
    merge = screen.presses.MERGE_MS
    press(qtbot, screen, Qt.Key.Key_PageDown)  # no words yet: a moment, not a choice
    qtbot.waitUntil(lambda: moments(kindling) == 1)
    assert screen.words_text() == kindling.companion.current.moments[0].reframe.text
    words = screen.findChild(QLabel, "studioWords")
    assert QFontInfo(words.font()).pixelSize() >= screen.height() * SMALLEST_SHARE
    qtbot.wait(merge + 50)  # the merge window is time itself, not Qt catching up
    press(qtbot, screen, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: moments(kindling) == 2)
    qtbot.wait(merge + 50)
    qtbot.mouseClick(screen, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.waitUntil(lambda: moments(kindling) == 3)


def test_presses_close_together_are_one_moment(qtbot, kindling):
    screen = begin_in_studio(qtbot, kindling)
    press(qtbot, screen, Qt.Key.Key_B)
    press(qtbot, screen, Qt.Key.Key_B)
    press(qtbot, screen, Qt.Key.Key_Period)
    qtbot.waitUntil(lambda: moments(kindling) == 1)
    assert moments(kindling) == 1


def test_page_up_while_the_words_show_means_this_helped(qtbot, kindling):
    screen = begin_in_studio(qtbot, kindling)
    press(qtbot, screen, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: moments(kindling) == 1)
    press(qtbot, screen, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: kindling.companion.current.moments[0].helped is True)
    assert moments(kindling) == 1
    assert screen.words_text() == ""


def test_a_moment_from_elsewhere_shows_on_the_studio_screen_not_the_card(qtbot, kindling):
    screen = begin_in_studio(qtbot, kindling)
    noticed = kindling.flow.notice_critic(None)  # as the global hotkey does
    assert screen.words_text() == noticed.reframe.text
    assert not kindling.presence.built or not kindling.toast.isVisible()


def test_holding_a_key_pauses_and_escape_held_leaves_with_the_session_going_on(qtbot, kindling):
    screen = begin_in_studio(qtbot, kindling)
    qtbot.keyPress(screen, Qt.Key.Key_A)
    qtbot.waitUntil(screen.is_pausing, timeout=4000)
    qtbot.keyRelease(screen, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: not screen.presses.is_holding())  # the let-go is believed
    assert moments(kindling) == 0, "a hold is a pause, not a moment"
    press(qtbot, screen, Qt.Key.Key_A)  # any key brings the person back
    qtbot.waitUntil(lambda: not screen.is_pausing())
    qtbot.waitUntil(lambda: len(kindling.companion.current.pauses) == 1)

    press(qtbot, screen, Qt.Key.Key_Escape)  # a tap says how to leave, and leaves nothing
    qtbot.waitUntil(lambda: "hold Escape" in screen.guidance_text())
    assert screen.isVisible()
    with qtbot.waitSignal(kindling.flow.studio.studio_ended, timeout=3000):
        qtbot.keyPress(screen, Qt.Key.Key_Escape)
    qtbot.keyRelease(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible()
    qtbot.waitUntil(kindling.bar.isVisible)
    assert kindling.companion.current is not None
    assert moments(kindling) == 0


def test_long_kind_words_show_every_line_large(qtbot):
    """Four lines of German at full size: the words are never cut off at the top or bottom."""
    screen = StudioScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    text = (
        "Anfangen fühlt sich oft an wie der Schritt ins kalte Wasser. Geh einen kleinen"
        " Schritt hinein und lass die Wärme nachkommen."
    )
    moment = Moment(datetime(2026, 3, 1, tzinfo=UTC), None, ShownReframe("sih-01", text), id=7)
    reframe = Reframe("sih-01", "starting-is-hard", text, True)
    screen.show_moment(NoticedMoment("s-1", moment, reframe))
    words = screen.findChild(QLabel, "studioWords")
    qtbot.waitUntil(words.isVisible)
    assert QFontInfo(words.font()).pixelSize() >= 800 * SMALLEST_SHARE
    assert words.height() >= words.heightForWidth(words.width())


def test_a_remembered_screen_that_is_not_here_means_the_primary_and_stays_remembered(
    qtbot, qapp, data_paths, clock
):
    SettingsFile(data_paths.settings).update(studio_screen="HDMI-2 (the studio's big screen)")
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(5), minute_ms=HOUR_MS)
    try:
        choice = parts.pages.start_page.studio_choice
        choice.check.setChecked(True)
        assert not choice.screens.isVisible(), "one screen here: nothing to choose"
        screen = begin_in_studio(qtbot, parts)
        primary = QGuiApplication.primaryScreen().geometry()
        qtbot.waitUntil(lambda: screen.geometry() == primary, timeout=3000)
        assert parts.settings.current.studio_screen == "HDMI-2 (the studio's big screen)"
    finally:
        parts.close()


def test_ending_the_session_from_elsewhere_leaves_studio_mode_for_the_summary(qtbot, kindling):
    screen = begin_in_studio(qtbot, kindling)
    with qtbot.waitSignal(kindling.flow.studio.studio_ended):
        kindling.flow.end_now(None)  # as `kindling end` does, forwarded
    assert not screen.isVisible()
    qtbot.waitUntil(kindling.window.isVisible)
    assert "studio session" in kindling.summary_view.markdown()


def test_a_session_begun_at_the_keyboard_can_go_on_in_studio_mode(qtbot, kindling):
    kindling.flow.begin("painting", with_warmup=False)
    qtbot.waitUntil(kindling.bar.isVisible)
    kindling.flow.enter_studio()  # the tray's "Studio mode (away from the keyboard)"
    screen = kindling.flow.studio.screen
    qtbot.waitUntil(screen.isVisible)
    assert not kindling.bar.isVisible()
    session = kindling.companion.current
    assert session.studio
    stored = kindling.journal.repository.get_session(session.id)
    assert stored.studio, "kept in the journal, so the summary says it too"


def test_after_the_warm_up_the_session_steps_aside_into_studio_mode(qtbot, kindling):
    start = kindling.pages.start_page
    start.set_warmup_minutes(2)
    start.studio.setChecked(True)
    qtbot.mouseClick(start.begin_button, Qt.MouseButton.LeftButton)
    warmup = kindling.pages.warmup_page
    qtbot.waitUntil(warmup.guide.isVisible)
    assert not kindling.flow.studio.active, "the warm-up comes first, in the window"
    qtbot.mouseClick(warmup.go_on_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(warmup.compassionate_self.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kindling.flow.studio.active)
    assert not kindling.presence.built or not kindling.bar.isVisible()
    assert kindling.companion.current.warmup is not None


def test_page_down_and_the_large_targets_answer_too_and_count_no_moment(qtbot, kindling):
    screen = begin_in_studio(qtbot, kindling)
    press(qtbot, screen, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: moments(kindling) == 1)
    press(qtbot, screen, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: kindling.companion.current.moments[0].helped is False)
    qtbot.wait(screen.presses.MERGE_MS + 50)  # real time between the person's presses
    press(qtbot, screen, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: moments(kindling) == 2)
    helped = screen.findChild(QPushButton, "studioHelped")
    qtbot.waitUntil(helped.isVisible)
    qtbot.mouseClick(helped, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kindling.companion.current.moments[1].helped is True)
    assert moments(kindling) == 2


def test_an_offer_shows_softly_and_goes_by_itself(qtbot, kindling):
    """The seam for gentle invitations to pause: shown in place of the guidance, then gone."""
    screen = begin_in_studio(qtbot, kindling)
    screen.offer("A mindful pause, if you like: hold any key", ms=50)
    assert screen.guidance_text() == "A mindful pause, if you like: hold any key"
    qtbot.waitUntil(lambda: "press any key or click anywhere" in screen.guidance_text())
    assert moments(kindling) == 0


def test_an_invitation_to_pause_comes_every_chosen_minutes_and_counts_nothing(
    qtbot, kindling, clock
):
    kindling.settings.update(pause_invitation_minutes=20)
    screen = begin_in_studio(qtbot, kindling)
    studio = kindling.flow.studio
    studio._invite_check.setInterval(10)  # the check itself, not the 20 minutes, sped up
    studio._invite_check.start()
    clock.advance(minutes=19)
    studio.check_invitation()  # what the timer calls: nineteen minutes is not yet twenty
    assert "pause" not in screen.guidance_text()
    clock.advance(minutes=1)
    qtbot.waitUntil(lambda: "A mindful pause, if you’d like?" in screen.guidance_text())
    assert moments(kindling) == 0
    assert kindling.companion.current is not None
    assert kindling.companion.current.pauses == ()  # only a pause taken is kept
