"""Closing the window during a session never ends it by surprise: hide to the tray, or ask."""

import os

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from kindling.ui.tray import CloseGuard, KindlingTray


def close_like_a_window_manager(window, qtbot, until):
    """Sends WM_DELETE_WINDOW, as a title-bar close button does, until ``until()`` holds.

    Sent again if nothing happened within two seconds: in long, loaded runs a first message
    has been seen to go unanswered, and a second close is what a person would do too.
    """
    from pytestqt.exceptions import TimeoutError as NotYet

    for _ in range(8):
        _send_delete(window)
        try:
            qtbot.waitUntil(until, timeout=2000)
        except NotYet:
            continue
        return
    raise AssertionError("the window never answered its close button")


def _send_delete(window):
    from Xlib import X, display
    from Xlib.protocol import event

    x = display.Display(os.environ["DISPLAY"])
    try:
        protocols = x.intern_atom("WM_PROTOCOLS")
        delete = x.intern_atom("WM_DELETE_WINDOW")
        target = x.create_resource_object("window", int(window.winId()))
        message = event.ClientMessage(
            window=target, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])
        )
        target.send_event(message, event_mask=X.NoEventMask)
        x.flush()
    finally:
        x.close()


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    window.setWindowTitle("Kindling")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # A modal dialog left open elsewhere would block the close event itself: say so plainly.
    stray = QApplication.activeModalWidget()
    assert stray is None, f"a modal {type(stray).__name__} ({stray.windowTitle()!r}) is still open"
    return window


def test_without_a_tray_closing_mid_session_asks_and_keeps_the_session(qtbot, window):
    guard = CloseGuard(window, lambda: True, tray=None)
    ended = []
    guard.end_requested.connect(lambda: ended.append(True))
    close_like_a_window_manager(
        window, qtbot, lambda: guard.question is not None and guard.question.isVisible()
    )
    assert window.isVisible()
    question = guard.question
    assert "still going" in question.windowTitle()
    assert guard.keep_button.text() == "Keep it going"
    guard.keep_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)
    assert ended == []


def test_without_a_tray_the_person_can_end_the_session_instead(qtbot, window):
    guard = CloseGuard(window, lambda: True, tray=None)
    with qtbot.waitSignal(guard.end_requested):
        close_like_a_window_manager(
            window, qtbot, lambda: guard.question is not None and guard.question.isVisible()
        )
        assert guard.end_button.text() == "End the session"
        guard.end_button.click()


def test_with_a_tray_closing_mid_session_hides_the_window(qtbot, window):
    tray = KindlingTray(QIcon())
    guard = CloseGuard(window, lambda: True, tray=tray)
    hidden = []
    guard.hidden_to_tray.connect(lambda: hidden.append(True))
    close_like_a_window_manager(window, qtbot, lambda: bool(hidden))
    assert not window.isVisible()
    tray.deleteLater()


def test_outside_a_session_closing_just_closes(qtbot, window):
    guard = CloseGuard(window, lambda: False, tray=None)
    close_like_a_window_manager(window, qtbot, lambda: not window.isVisible())
    assert guard.question is None


def test_quitting_from_the_program_is_never_held_up(qtbot, window):
    CloseGuard(window, lambda: True, tray=None)
    assert window.close()  # not spontaneous: Quit from the tray or the menu


def test_the_tray_menu_offers_what_fits_the_moment(qtbot):
    tray = KindlingTray(QIcon())
    assert tray.start_action.isEnabled()
    assert not tray.critic_action.isEnabled()
    assert not tray.studio_action.isEnabled()
    tray.set_session_in_progress(True)
    assert not tray.start_action.isEnabled()
    assert tray.critic_action.isEnabled()
    assert tray.studio_action.isEnabled()
    assert tray.end_action.isEnabled()
    with qtbot.waitSignal(tray.studio_requested):
        tray.studio_action.trigger()
    with qtbot.waitSignal(tray.critic_requested):
        tray.critic_action.trigger()
    with qtbot.waitSignal(tray.show_requested):
        tray.show_action.trigger()
    tray.deleteLater()


def test_the_tray_menu_follows_a_new_language(qtbot, qapp):
    from kindling.desktop.translations import install_translations
    from kindling.resources import resource_path

    tray = KindlingTray(QIcon(), qapp)
    try:
        assert tray.start_action.text() == "Start a session"
        install_translations(qapp, "de", resource_path("translations"))
        qtbot.waitUntil(lambda: tray.start_action.text() == "Eine Session beginnen")
        assert tray.critic_action.text() == "Kritiker bemerkt"
        install_translations(qapp, "en", resource_path("translations"))
        qtbot.waitUntil(lambda: tray.start_action.text() == "Start a session")
    finally:
        install_translations(qapp, "en", resource_path("translations"))
        tray.deleteLater()
