"""A whole session with the keyboard alone: every step reached with Tab, pressed with Space,
the critic card's "This helped" included.

Keys go to whatever has the focus, as they would for a person; nothing is clicked.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kindling.app import build
from kindling.desktop.settings_file import SettingsFile
from kindling.wiring import Parts

MAX_TABS = 60


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))
    SettingsFile(data_paths.settings).update(bar_keyboard=True)
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(4), minute_ms=1)
    yield parts
    parts.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, target: QWidget) -> None:
    """Presses Tab until ``target`` has the focus, as a person would; fails if it never does."""
    seen = []
    for _ in range(MAX_TABS):
        if target.hasFocus():
            return
        seen.append(type(focused()).__name__ + ":" + (focused().accessibleName() or ""))
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName()!r} is not reachable with Tab; went {seen}")


def tab_to_any(qtbot, targets) -> None:
    for _ in range(MAX_TABS):
        if any(t.hasFocus() for t in targets):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("none of the choices is reachable with Tab")


def test_a_whole_session_with_the_keyboard_alone(qtbot, kindling: Parts, clock):
    window = kindling.window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    start = kindling.pages.start_page
    tab_to(qtbot, start.medium)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "painting")
    tab_to(qtbot, start.intention)
    type_text(qtbot, "soft edges")
    one_minute = start._warmup_group.button(1)
    tab_to(qtbot, start.warmup_toggle)  # the warm-up choices are folded until asked for
    press(qtbot, Qt.Key.Key_Space)
    tab_to_any(qtbot, start._warmup_group.buttons())
    for key in [Qt.Key.Key_Right] * 5 + [Qt.Key.Key_Left] * 5:  # arrows move within the group
        if one_minute.isChecked():
            break
        press(qtbot, key)
    assert one_minute.isChecked()
    tab_to(qtbot, start.begin_button)
    press(qtbot, Qt.Key.Key_Space)

    warmup = kindling.pages.warmup_page
    qtbot.waitUntil(lambda: warmup.step == "self")
    steps = warmup.compassionate_self
    for _ in range(steps.step_count):
        tab_to(qtbot, steps.next_button)
        press(qtbot, Qt.Key.Key_Space)

    bar = kindling.bar
    qtbot.waitUntil(bar.isVisible)
    qtbot.waitUntil(bar.isActiveWindow)
    toast = kindling.toast
    for first in (True, False):
        clock.advance(minutes=4)
        tab_to(qtbot, bar.critic_button)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(toast.isVisible)
        # The bar held the keyboard, so the card takes it, ready for a choice.
        helped = toast.findChild(QPushButton, "toastHelped")
        assert helped is not None
        qtbot.waitUntil(helped.hasFocus)
        if first:
            press(qtbot, Qt.Key.Key_Space)  # "This helped"
            qtbot.waitUntil(lambda: not helped.isVisible())  # noqa: B023 (used at once)
        press(qtbot, Qt.Key.Key_Escape)  # done with the card: the keyboard goes back to the bar
        qtbot.waitUntil(bar.isActiveWindow)
    tab_to(qtbot, bar.end_button)
    press(qtbot, Qt.Key.Key_Space)

    qtbot.waitUntil(window.isVisible)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    closing = kindling.pages.closing_page
    tab_to(qtbot, closing.next_button)  # how you feel: left as it is
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, closing.reflection)
    type_text(qtbot, "I kept going")
    tab_to(qtbot, closing.next_button)
    press(qtbot, Qt.Key.Key_Space)
    with qtbot.waitSignal(kindling.flow.summary_shown) as shown:
        tab_to(qtbot, closing.finish_button)
        press(qtbot, Qt.Key.Key_Space)

    session = shown.args[0].session
    assert session.medium == "painting"
    assert session.intention == "soft edges"
    assert session.warmup is not None
    assert session.warmup.completed
    assert len(session.moments) == 2
    assert [moment.helped for moment in session.moments] == [True, None]
    assert session.reflection == "I kept going"
