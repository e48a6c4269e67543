"""Wayland: where a global hotkey has to be asked of the desktop, through its shortcuts portal.

Wayland lets no program grab keys for itself. The ``org.freedesktop.portal.GlobalShortcuts``
portal (KDE Plasma 6, GNOME 48, Hyprland) lets the desktop bind a shortcut for us. This backend
only looks for it for now and says plainly what to do instead: bind ``kindling critic`` in the
desktop's own keyboard settings. Not exercised on a real Wayland desktop.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kindling.desktop.hotkey.base import HotkeyBackend
from kindling.desktop.hotkey.keys import KeyCombination

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_INTERFACE = "org.freedesktop.portal.GlobalShortcuts"


def portal_offered() -> bool:
    """True when the session bus has a portal that offers global shortcuts."""
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    portal = QDBusInterface(PORTAL_SERVICE, PORTAL_PATH, PORTAL_INTERFACE, bus)
    version = portal.property("version") if portal.isValid() else None
    return isinstance(version, int) and version >= 1


class PortalBackend(HotkeyBackend):
    """Finds out whether the desktop offers global shortcuts; does not bind through it yet."""

    name = "wayland-portal"
    tested = "not tested: this machine has no Wayland desktop"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def register(self, combination: KeyCombination) -> bool:
        self.combination = combination
        if portal_offered():
            self.problem = (
                "Your desktop offers global shortcuts, but Kindling does not use them yet. "
                "Bind `kindling critic` to a key in your desktop's keyboard settings."
            )
        else:
            self.problem = (
                "On Wayland, programs cannot take a hotkey for themselves and this desktop "
                "offers no shortcut portal. Bind `kindling critic` in its keyboard settings."
            )
        return False
