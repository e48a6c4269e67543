"""Whether to move things on screen: the person's setting first, then the desktop's wish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def system_prefers_reduced_motion() -> bool:
    """The desktop's "reduce motion" preference, where Qt can read it (Qt 6.10 and later).

    Older Qt has no such hint; then nothing is reduced unless the person asks in settings.
    """
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "MotionPreference", None)
    if accessibility is None or preference is None:
        return False
    return bool(accessibility().motionPreference() == preference.ReducedMotion)


def prefers_reduced_motion(setting: str) -> bool:
    """``Settings.reduced_motion`` is "on", "off" or "system"."""
    if setting == "on":
        return True
    if setting == "off":
        return False
    return system_prefers_reduced_motion()
