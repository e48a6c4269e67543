"""The scroll wheel scrolls the page; it changes a setting only in the control being used.

Qt's sliders, spin boxes and combo boxes take the wheel whenever the pointer passes over
them, so scrolling down a page of settings turned the bar's opacity and saved it at once.
With this filter on the application they take the wheel only when they have the keyboard
focus (clicked or tabbed into); otherwise the wheel goes on to the page around them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDial, QSlider

WHEEL_HUNGRY = (QSlider, QDial, QAbstractSpinBox, QComboBox)
"""Scroll bars are left alone: the wheel over them is meant to scroll."""


class WheelGuard(QObject):
    """An application-wide event filter; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in (QEvent.Type.Wheel, QEvent.Type.Polish):
            return False
        if not isinstance(watched, WHEEL_HUNGRY):
            return False
        if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            # In an active window Qt gives a WheelFocus control the focus before it delivers
            # the wheel to it; so set before the first wheel ever comes (at polish).
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if kind == QEvent.Type.Polish or watched.hasFocus():
            return False
        # Ignored and filtered: Qt hands a wheel event on to the parent (the scrolling page).
        event.ignore()
        return True


def guard_the_wheel(app: QApplication) -> WheelGuard:
    """Installs the guard on ``app`` once (the app owns it); safe to call again."""
    guard = app.findChild(WheelGuard)
    if guard is not None:
        return guard
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
