"""On a fresh data folder the bar sits in its corner and the card beside it, as the X server sees.

The real app under a real window manager (openbox), positions read back from the X server
(xdotool), not from Qt's own idea of them: the setting says "Beside the session bar", so the
card opens just below the bar, and a mindful pause never moves the bar.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kindling.desktop.paths import DataPaths
from kindling.ui.placement import MARGIN
from kindling.wiring import Parts
from tests.system.test_toast_focus import (  # the same window manager and other program
    OtherProgram,
    click,
    focused_window,
    other_program,
    wait_for,
    window_manager,
    xdotool,
)

pytestmark = pytest.mark.system

__all__ = ["other_program", "window_manager"]  # fixtures, used by name


def part(parent: QWidget, name: str) -> QPushButton:
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def on_screen(widget: QWidget) -> QRect:
    """Where the X server has the window (after the window manager had its say)."""
    values = dict(
        line.split("=", 1)
        for line in xdotool("getwindowgeometry", "--shell", str(int(widget.winId()))).splitlines()
    )
    return QRect(int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"]))


@pytest.fixture
def kindling(qtbot, data_paths: DataPaths, other_program: OtherProgram) -> Iterator[Parts]:
    from kindling.app import build

    assert not (data_paths.root / "settings.json").exists()  # nothing was ever moved
    parts = build(QApplication.instance(), data_paths)  # type: ignore[arg-type]
    try:
        yield parts
    finally:
        parts.close()


def test_the_bar_in_its_corner_and_the_card_beside_it_even_after_a_pause(
    qtbot, kindling: Parts, other_program: OtherProgram
) -> None:
    assert kindling.settings.current.toast_position == "near-bar"
    kindling.flow.begin("a short story", with_warmup=False)
    qtbot.waitUntil(kindling.bar.isVisible)
    qtbot.waitExposed(kindling.bar)
    xdotool("windowfocus", "--sync", str(other_program.window))
    wait_for(lambda: focused_window() == other_program.window, "the other program has it")
    available = QGuiApplication.primaryScreen().availableGeometry()

    def bar_in_its_corner() -> bool:
        bar = on_screen(kindling.bar)
        return bar.right() == available.right() - MARGIN and bar.top() == available.top() + MARGIN

    wait_for(bar_in_its_corner, "the bar rests in the top-right corner, a margin from the edges")

    def card_beside_the_bar() -> bool:
        card, bar = on_screen(kindling.toast), on_screen(kindling.bar)
        return card.right() == bar.right() and 0 < card.top() - bar.bottom() <= MARGIN

    kindling.flow.notice_critic(None)
    qtbot.waitExposed(kindling.toast)
    wait_for(card_beside_the_bar, "the card opens just below the bar")
    click(part(kindling.toast, "toastClose"))
    qtbot.waitUntil(lambda: not kindling.toast.isVisible())

    click(part(kindling.bar, "barPauseButton"))
    qtbot.waitUntil(kindling.bar.is_pausing)
    wait_for(bar_in_its_corner, "the bar stays in its corner during the pause")
    click(part(kindling.bar, "barBack"))
    qtbot.waitUntil(lambda: not kindling.bar.is_pausing())
    wait_for(bar_in_its_corner, "and after it")

    kindling.flow.notice_critic(None)
    qtbot.waitExposed(kindling.toast)
    wait_for(card_beside_the_bar, "the card opens below the bar again")
    assert focused_window() == other_program.window
