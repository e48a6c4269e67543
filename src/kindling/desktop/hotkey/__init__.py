"""The global hotkey: one small backend per platform, chosen when the app starts."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject

from kindling.desktop.hotkey.base import HotkeyBackend, NoBackend
from kindling.desktop.hotkey.keys import HotkeyInvalid, KeyCombination, parse

__all__ = ["HotkeyBackend", "HotkeyInvalid", "KeyCombination", "choose_backend", "parse"]


def choose_backend(qt_platform: str, parent: QObject | None = None) -> HotkeyBackend:
    """The backend for this computer, given Qt's platform plugin name ("xcb", "wayland"…)."""
    if sys.platform == "win32":
        from kindling.desktop.hotkey.windows import WindowsBackend

        return WindowsBackend(parent)
    if sys.platform == "darwin":
        from kindling.desktop.hotkey.macos import MacBackend

        return MacBackend(parent)
    if on_wayland(qt_platform):
        return _wayland_backend(parent)
    if qt_platform == "xcb":
        from kindling.desktop.hotkey.x11 import X11Backend

        return X11Backend(parent=parent)
    return NoBackend(
        f"There is no global hotkey on this display ({qt_platform or 'none'}).", parent
    )


def on_wayland(qt_platform: str) -> bool:
    """A Wayland session, even when Qt draws through XWayland (where an X grab sees only the
    keys typed into other XWayland windows, so it cannot be trusted)."""
    return qt_platform.startswith("wayland") or bool(os.environ.get("WAYLAND_DISPLAY"))


def _wayland_backend(parent: QObject | None) -> HotkeyBackend:
    """The desktop's GlobalShortcuts portal where it offers one; else the command fallback."""
    from kindling.desktop.hotkey.portal import NO_PORTAL, PortalBackend, portal_version

    if portal_version() is not None:
        return PortalBackend(parent=parent)
    return NoBackend(NO_PORTAL, parent)
