"""Wayland: the global hotkey asked of the desktop through its GlobalShortcuts portal.

Wayland lets no program grab keys for itself. The ``org.freedesktop.portal.GlobalShortcuts``
portal (KDE Plasma 6.1, or 5.27 with the shortcut passed at CreateSession; GNOME 48;
Hyprland) binds a shortcut for us; the desktop may show the
person a question first and may choose another trigger than the one we prefer. The
conversation (portal_bus.py, version 1 of the interface) runs on a thread of its own, because
an answer can wait on the person; its outcome and every press reach the Qt main thread
through queued signals.

Tested against KDE's real portal (xdg-desktop-portal-kde 5.27 with kglobalaccel, headless, on
a private D-Bus: tests/system/kde_portal.py) and against a fake one that plays the cases KDE
does not (tests/system/fake_portal.py); NOT on a GNOME desktop: this machine has none.
"""

from __future__ import annotations

import logging
import os
import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kindling.desktop.hotkey.base import HotkeyBackend
from kindling.desktop.hotkey.debounce import PortalStamps
from kindling.desktop.hotkey.keys import HotkeyInvalid, KeyCombination
from kindling.desktop.hotkey.portal_bus import (
    PortalBoundNothing,
    PortalConversation,
    PortalDeclined,
    PortalError,
    Woken,
    session_bus_address,
)
from kindling.desktop.hotkey.portal_trigger import from_trigger, to_trigger

log = logging.getLogger(__name__)

TESTED = (
    "tested against KDE's real portal (Plasma 5.27, headless) and a fake one on a private "
    "D-Bus, not on a GNOME desktop"
)
NO_PORTAL = (
    "On Wayland, programs cannot take a hotkey for themselves and this desktop offers no "
    "shortcut portal. Bind `kindling critic` to a key in its keyboard settings instead."
)


def portal_version(address: str | None = None) -> int | None:
    """The GlobalShortcuts version the session bus's portal offers; None without one."""
    address = address or session_bus_address()
    if address is None:
        return None
    try:
        conversation = PortalConversation(address)
    except PortalError:
        return None
    try:
        version = conversation.version()
    except PortalError:
        version = None
    finally:
        conversation.close()
    return version if version is not None and version >= 1 else None


class PortalBackend(HotkeyBackend):
    """Asks the desktop to bind the hotkey; ``settled`` says when it answered."""

    name = "wayland-portal"
    tested = TESTED

    _answered = Signal(int, str, str)  # registration number, outcome, the bound trigger

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = address
        self._thread: threading.Thread | None = None
        self._wake: tuple[int, int] | None = None
        self._asked = 0  # an answer to an earlier registration is recognised and ignored
        self._answered.connect(self._settle, Qt.ConnectionType.QueuedConnection)

    def register(self, combination: KeyCombination) -> bool:
        """Starts asking; True while the desktop has the question (``pending``)."""
        self.unregister()
        self._begin(combination)
        address = self._address or session_bus_address()
        if address is None:
            self.problem = NO_PORTAL
            return False
        self.pending = True
        self._asked += 1
        self._wake = os.pipe()
        self._thread = threading.Thread(
            target=self._converse,
            args=(self._asked, address, to_trigger(combination), self.description, self._wake[0]),
            daemon=True,
            name="kindling-hotkey-portal",
        )
        self._thread.start()
        log.info("asked the desktop's shortcuts portal for the hotkey")
        return True

    def unregister(self) -> None:
        if self._thread is not None and self._wake is not None:
            os.write(self._wake[1], b"x")
            self._thread.join(timeout=5)
            for fd in self._wake:
                os.close(fd)
        self._thread, self._wake = None, None
        if self.pending:  # the question is withdrawn: nothing was bound
            self.pending, self.combination = False, None

    def _converse(
        self, asked: int, address: str, trigger: str, description: str, wake: int
    ) -> None:
        """The thread: bind, say how it went, then announce presses until woken."""
        try:
            conversation = PortalConversation(address, wake)
        except PortalError:
            self._answered.emit(asked, "failed", "")
            return
        try:
            binding = conversation.bind(trigger, description)
            self._answered.emit(asked, "bound", binding.trigger or "")
            stamps = PortalStamps()
            for at_ms in conversation.activations():
                self.announce(stamps.stamp(at_ms))
        except Woken:
            pass
        except PortalDeclined as declined:
            log.info("the shortcuts portal answered %d", declined.code)
            self._answered.emit(asked, "declined" if declined.code == 1 else "ended", "")
        except PortalBoundNothing:
            log.info("the shortcuts portal answered yes but bound nothing")
            self._answered.emit(asked, "nothing", "")
        except Exception:  # any answer we could not follow must still end the question
            log.warning("the shortcuts portal conversation failed", exc_info=True)
            self._answered.emit(asked, "failed", "")
        finally:
            conversation.close()

    @Slot(int, str, str)
    def _settle(self, asked: int, outcome: str, detail: str) -> None:
        if asked != self._asked or not self.pending:
            return  # the answer to a registration already given back
        self.pending = False
        combination = self.combination
        if outcome == "bound":
            self.bound_trigger = _readable(detail) or str(combination)
            log.info("the desktop bound the hotkey")
        elif outcome == "declined":
            self.problem = (
                f"Your desktop did not give Kindling {combination}: the request was declined. "
                "Bind `kindling critic` to a key in its keyboard settings instead."
            )
        elif outcome == "ended":
            self.problem = (
                f"Your desktop ended the request for {combination} without binding it. "
                "Bind `kindling critic` to a key in its keyboard settings instead."
            )
        elif outcome == "nothing":
            self.problem = (
                f"Your desktop agreed, but bound no shortcut for {combination}. "
                "Bind `kindling critic` to a key in its keyboard settings instead."
            )
        else:
            self.problem = (
                "Kindling could not talk to your desktop's shortcut portal, or did not "
                "understand its answer. "
                "Bind `kindling critic` to a key in its keyboard settings instead."
            )
        self.settled.emit()


def _readable(trigger: str) -> str:
    """The desktop's words for the keys; its trigger format made readable where it used that."""
    try:
        return str(from_trigger(trigger)) if trigger else ""
    except HotkeyInvalid:
        return trigger  # already words for people ("Ctrl + Alt + K", "Meta+K")
