"""Scrolling the settings page never changes a setting on its way past (real wheel clicks)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QSlider, QWidget

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
