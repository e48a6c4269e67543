"""The critic card with the keyboard alone: reachable when Kindling already holds the keyboard.

(That it never takes the keyboard from another program is checked with a real window manager
in tests/system/test_toast_focus.py.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kindling.companion import Companion, NoticedMoment
from kindling.ui.theme import apply_theme
from kindling.ui.toast import CriticToast


@pytest.fixture
def noticed(companion: Companion) -> Callable[[], NoticedMoment]:
    companion.start("painting")
    return companion.notice_critic


@pytest.fixture
def kindling_window(qtbot) -> QWidget:
    """A Kindling window holding the keyboard, as the session bar does when set to take it."""
    QCursor.setPos(QPoint(0, 0))
    window = QPushButton("Critic noticed")
    window.setWindowTitle("Kindling session")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def toast(qtbot) -> CriticToast:
    card = CriticToast(timeout_ms=60_000)
    qtbot.addWidget(card)
    return card


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def test_this_helped_with_the_keyboard_then_a_note_then_back(
    qtbot, kindling_window, toast, noticed
) -> None:
    moment = noticed()
    toast.show_moment(moment, None)
    helped = toast.findChild(QPushButton, "toastHelped")
    qtbot.waitUntil(helped.hasFocus)
    assert helped.accessibleName()
    assert helped.accessibleDescription()

    with qtbot.waitSignal(toast.feedback_given) as given:
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert given.args == [moment.moment.id, True]
    assert toast.status_text()  # says the choice was kept
    note = toast.findChild(QWidget, "toastNote")
    assert note.hasFocus(), "the note is next, for a word about what the critic said"

    with qtbot.waitSignal(toast.note_written) as written:
        qtbot.keyClicks(focused(), "too loose")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert written.args == [moment.moment.id, "too loose"]
    qtbot.waitUntil(kindling_window.isActiveWindow)  # the keyboard went back where it was
    assert toast.isVisible()


def test_tab_moves_through_the_card_and_escape_puts_it_away(
    qtbot, kindling_window, toast, noticed
) -> None:
    toast.show_moment(noticed(), None)
    order = [
        toast.findChild(QWidget, name)
        for name in ("toastHelped", "toastNotThis", "toastNote", "toastClose")
    ]
    qtbot.waitUntil(order[0].hasFocus)
    seen = [focused()]
    for _ in order[1:]:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen == order
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is order[1]

    with qtbot.waitSignal(toast.feedback_given) as given:
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert given.args[1] is False  # "Not this one"

    with qtbot.waitSignal(toast.dismissed):
        qtbot.keyClick(toast.findChild(QWidget, "toastClose"), Qt.Key.Key_Escape)
    assert not toast.isVisible()
    qtbot.waitUntil(kindling_window.isActiveWindow)


@pytest.fixture
def themed(qapp) -> Iterator[None]:
    sheet, palette = qapp.styleSheet(), qapp.palette()
    apply_theme(qapp, "light")
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def test_the_card_has_a_visible_focus_ring(qtbot, themed, kindling_window, toast, noticed) -> None:
    """The focused choice looks different from the same choice unfocused."""
    toast.show_moment(noticed(), None)
    helped = toast.findChild(QPushButton, "toastHelped")
    qtbot.waitUntil(helped.hasFocus)
    focused_look = helped.grab().toImage()
    qtbot.keyClick(helped, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not helped.hasFocus())
    assert helped.grab().toImage() != focused_look
