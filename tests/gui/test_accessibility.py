"""Accessibility across every screen: names for every control, no fixed pixel fonts, no motion
when less motion is asked for."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractAnimation, QPoint, Qt
from PySide6.QtGui import QAccessible, QCursor
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from kindling.app import build
from kindling.desktop.settings_file import SettingsFile
from kindling.wiring import Parts

UI = Path(__file__).resolve().parents[2] / "src" / "kindling" / "ui"


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))
    SettingsFile(data_paths.settings).update(reduced_motion="on")
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(6), minute_ms=1)
    yield parts
    parts.close()


def controls() -> list[QWidget]:
    """Every visible widget a person can reach with Tab."""
    found = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in top.findChildren(QWidget):
            part_of = widget.parentWidget()
            if isinstance(part_of, QComboBox | QAbstractSpinBox):
                continue  # the editor inside a combo or spin box: the box carries the name
            if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(widget)
    return found


def nameless() -> list[str]:
    """Controls a screen reader would announce without a name (Qt's own fallbacks counted)."""
    missing = []
    for widget in controls():
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} in {type(widget.window()).__name__}")
    return missing


def running_animations() -> list[str]:
    running = []
    for top in QApplication.topLevelWidgets():
        for animation in top.findChildren(QAbstractAnimation):
            if animation.state() == QAbstractAnimation.State.Running:
                running.append(f"{type(animation).__name__} in {type(top).__name__}")
    return running


def test_every_control_has_a_name_and_nothing_moves_with_less_motion(qtbot, kindling, clock):
    missing: dict[str, list[str]] = {}
    moving: dict[str, list[str]] = {}

    def look(screen: str) -> None:
        QApplication.processEvents()
        if found := nameless():
            missing[screen] = found
        if found := running_animations():
            moving[screen] = found

    window = kindling.window
    qtbot.waitExposed(window)
    for key in window.section_keys():
        window.show_section(key)
        look(key)
    window.show_section("session")
    start = kindling.pages.start_page
    start.checkin_toggle.click()
    look("start page with check-in")
    start.set_warmup_minutes(1)
    start.begin_button.click()
    look("warm-up")
    warmup = kindling.pages.warmup_page
    qtbot.waitUntil(lambda: warmup.step == "self")
    for _ in range(warmup.compassionate_self.step_count):
        look("compassionate self")
        warmup.compassionate_self.next_button.click()
    qtbot.waitUntil(kindling.bar.isVisible)
    kindling.bar.pause_button.click()
    look("mindful pause")
    clock.advance(minutes=3)
    kindling.bar.critic_button.click()
    qtbot.waitUntil(kindling.toast.isVisible)
    look("critic card")
    kindling.bar.end_button.click()
    qtbot.waitUntil(window.isVisible)
    look("closing")

    assert missing == {}
    assert moving == {}


def test_text_scales_with_the_system_font():
    """No view fixes a font size in pixels or points: sizes are relative to the system font."""
    fixed = re.compile(
        r"font-size:\s*\d+(\.\d+)?(px|pt)|setPixelSize\(|setPointSize(F)?\(\s*\d", re.IGNORECASE
    )
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(UI.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fixed.search(line)
    ]
    assert offenders == []
