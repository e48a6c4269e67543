"""What a screen reader says of every control, and where Tab goes on the start page and settings.

The rule for descriptions: every control that takes a value (text fields, sliders, combo and
spin boxes, check and radio buttons, lists and tables) says what it is for, beyond its name;
a push button does too, unless its name is itself a plain sentence of three words or more
("Begin the session", "Put this card away"): "Next" or "This helped" need a few words more.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from kindling.app import build
from kindling.ui.history_view import HistoryView
from kindling.wiring import Parts
from tests.gui.test_translations import walk_screens

TAKES_A_VALUE = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)
CONTROLS = (QAbstractButton, *TAKES_A_VALUE)
SELF_EXPLAINING_WORDS = 3


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(8), minute_ms=1)
    yield parts
    parts.close()


def interactive() -> list[QWidget]:
    """Every visible control a person can use, in every visible window."""
    found: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in top.findChildren(QWidget):
            if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
                continue  # the editor inside a combo or spin box: the box carries the words
            if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if isinstance(widget, CONTROLS):
                found.append(widget)
    return found


def needs_description(widget: QWidget) -> bool:
    if isinstance(widget, QPushButton):
        return len(widget.accessibleName().split()) < SELF_EXPLAINING_WORDS
    return True  # inputs, sliders, boxes, check and radio buttons, lists and tables


def unexplained() -> list[str]:
    problems = []
    for widget in interactive():
        label = f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"
        if not widget.accessibleName().strip():
            problems.append(f"{label}: no name")
        elif needs_description(widget) and not widget.accessibleDescription().strip():
            problems.append(f"{label}: no description")
    return problems


def test_every_control_has_a_name_and_says_what_it_is_for(qtbot, kindling: Parts, clock):
    missing: dict[str, list[str]] = {}

    def look(screen: str) -> None:
        QApplication.processEvents()
        if found := unexplained():
            missing[screen] = found

    walk_screens(qtbot, kindling, clock, look)
    window = kindling.window
    window.show_section("history")
    history = window.section("history")
    assert isinstance(history, HistoryView)
    history.table.selectRow(0)
    look("history, a session chosen")
    history.delete_button.click()
    look("history, asking before deleting")
    history.confirm_keep.click()
    history.open_button.click()
    look("history, a session opened")

    report = "\n".join(f"{screen}: {p}" for screen, problems in missing.items() for p in problems)
    assert missing == {}, "\n" + report


def tab_chain(qtbot, first: QWidget, last: QWidget) -> list[QWidget]:
    """Where Tab goes from ``first`` until ``last``, as a person pressing it would find."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    chain = [first]
    for _ in range(40):
        if chain[-1] is last:
            return chain
        qtbot.keyClick(chain[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        chain.append(focused)
    raise AssertionError(f"Tab never reached {last.accessibleName()!r}")


def names(chain: Sequence[QWidget | None]) -> list[str]:
    return [w.accessibleName() if w is not None else "(nothing)" for w in chain]


def test_tab_goes_down_the_start_page_as_it_reads(qtbot, kindling: Parts):
    window = kindling.window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start = kindling.pages.start_page
    start.warmup_toggle.click()  # folded until asked for
    start.checkin_toggle.click()
    checkin = start.checkin
    expected = [
        start.medium,
        start.intention,
        start.warmup_toggle,
        start._warmup_group.checkedButton(),
        start._anchor_group.checkedButton(),
        start.checkin_toggle,
        checkin.slider("threat"),
        checkin.slider("drive"),
        checkin.slider("soothing"),
        start.studio,  # "I'm away from the keyboard", just left of Begin
        start.begin_button,
    ]
    chain = tab_chain(qtbot, start.medium, start.begin_button)
    assert names(chain) == names(expected)


def test_tab_goes_down_the_settings_as_they_read(qtbot, kindling: Parts):
    window = kindling.window
    assert kindling.yours is not None
    page = kindling.yours.settings_page
    window.show_section("settings")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    expected = [
        page.hotkey.catcher,
        page.warmup_minutes,
        page.breathing.presets,
        page.alternative,
        page.sounds,
        page.listen,
        page.toast_seconds,
        page.toast_position,
        page.opacity,
        page.bar_keyboard,  # "put the bar back" is skipped while the bar is in its usual place
        page.pauses_voice.invite,
        page.pauses_voice.spoken_words,
        page.pauses_voice.spoken_breathing,
        page.pauses_voice.try_voice,  # speech-dispatcher is a test package: there is a voice
        page.theme,
        page.motion,
        page.language,
        page.welcome_again,
        page.data.open_folder,
        page.data.delete,
    ]
    chain = tab_chain(qtbot, page.hotkey.catcher, page.data.delete)
    assert names(chain) == names(expected)
