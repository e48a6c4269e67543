"""Whether to move things on screen: the person's setting first, then the desktop's wish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def prefers_reduced_motion(setting: str) -> bool:
    """``Settings.reduced_motion`` is "on", "off" or "system".

    Qt has no direct "reduce motion" hint; desktops that turn animations off (GNOME's
    "enable-animations", Windows' "show animations") turn off Qt's general UI effects, so
    that is what "system" follows.
    """
    if setting == "on":
        return True
    if setting == "off":
        return False
    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
