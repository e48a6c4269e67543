"""Scrolling the settings page never changes a setting on its way past (real wheel clicks)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSlider, QWidget

from kindling.desktop.paths import DataPaths
from kindling.wiring import Parts


def wheel_over(widget: QWidget, qtbot, clicks: int = 3, down: bool = True) -> None:
    """Real wheel clicks through the X server (buttons 4 and 5), with the pointer on ``widget``."""
    spot = widget.mapToGlobal(widget.rect().center())
    subprocess.run(["xdotool", "mousemove", str(spot.x()), str(spot.y())], check=True, timeout=10)
    qtbot.waitUntil(widget.underMouse)
    subprocess.run(
        ["xdotool", "click", "--repeat", str(clicks), "5" if down else "4"], check=True, timeout=10
    )


@pytest.fixture
def settings_shown(qtbot, data_paths: DataPaths) -> Iterator[Parts]:
    from kindling.app import build

    parts = build(QApplication.instance(), data_paths)  # type: ignore[arg-type]
    try:
        parts.window.resize(960, 520)  # short: the settings page scrolls
        parts.window.show_section("settings")
        qtbot.waitExposed(parts.window)
        parts.window.activateWindow()
        qtbot.waitUntil(parts.window.isActiveWindow)
        yield parts
    finally:
        parts.close()


def test_the_wheel_scrolls_past_the_opacity_slider_without_changing_it(
    qtbot, settings_shown: Parts
) -> None:
    page = settings_shown.window.section("settings")
    opacity = page.findChild(QSlider)
    assert opacity is not None
    scroller = page if isinstance(page, QScrollArea) else page.findChild(QScrollArea)
    assert scroller is not None
    scroller.ensureWidgetVisible(opacity)
    qtbot.waitUntil(opacity.isVisible)
    saved = settings_shown.settings.current.bar_opacity
    value = opacity.value()
    scrolled = scroller.verticalScrollBar().value()

    wheel_over(opacity, qtbot)
    qtbot.waitUntil(lambda: scroller.verticalScrollBar().value() != scrolled)  # the page moved
    assert opacity.value() == value
    assert settings_shown.settings.current.bar_opacity == saved

    # Once the person has clicked into the slider, the wheel is theirs to change it with.
    scroller.ensureWidgetVisible(opacity)
    opacity.setFocus()
    qtbot.waitUntil(opacity.hasFocus)
    wheel_over(opacity, qtbot, clicks=1)
    qtbot.waitUntil(lambda: opacity.value() != value)


class WheelCount(QObject):
    """Counts the wheel events Qt sends to one widget: the test waits for them, not a time.

    Watched on the application, after Kindling's own filter, so it sees them first.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.count = 0
        app = QApplication.instance()
        assert app is not None
        self.app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Wheel:
            self.count += 1
        return False

    def stop(self) -> None:
        self.app.removeEventFilter(self)


def test_the_wheel_over_any_combo_box_never_changes_its_choice(
    qtbot, settings_shown: Parts
) -> None:
    page = settings_shown.window.section("settings")
    scroller = page if isinstance(page, QScrollArea) else page.findChild(QScrollArea)
    assert scroller is not None
    combos = [c for c in page.findChildren(QComboBox) if c.isVisible()]
    assert len(combos) >= 3
    saved = settings_shown.settings.current
    for number, combo in enumerate(combos):
        scroller.ensureWidgetVisible(combo)
        QApplication.processEvents()  # the scrolled page settles before the pointer comes
        index = combo.currentIndex()
        seen = WheelCount(combo)
        spot = combo.mapToGlobal(combo.rect().center())
        # Two combo boxes can scroll into the same spot on screen, and Qt sees no move when the
        # pointer ends where it already was: each box gets its own spot, a little further right.
        spot.setX(spot.x() + 4 * number)
        subprocess.run(["xdotool", "mousemove", str(spot.x()), str(spot.y())], check=True)
        qtbot.waitUntil(combo.underMouse)
        subprocess.run(["xdotool", "click", "5"], check=True)
        qtbot.waitUntil(lambda seen=seen: seen.count >= 1)  # the wheel reached the combo box
        seen.stop()
        assert combo.currentIndex() == index, combo.accessibleName()
    assert settings_shown.settings.current == saved
