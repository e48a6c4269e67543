"""The X11 global hotkey: a passive key grab on the root window, read in Qt's own event loop.

The grab means the X server hands the key to Kindling and not to the focused program. It is
made for each combination of the NumLock and CapsLock states, because X matches modifier
masks exactly and either lock being on would otherwise make the hotkey silently stop working.
The grab's connection is watched by a socket notifier on the main thread: a press goes
straight to the journal, with no thread to wake and no hand-over between threads.
Tested on Linux under Xvfb with real key presses (xdotool), in the test suite.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Qt

from kindling.desktop.hotkey.base import HotkeyBackend
from kindling.desktop.hotkey.keys import KeyCombination

log = logging.getLogger(__name__)

# X11's fixed masks (X.h), and the usual homes of the rest, used when the server's
# modifier map does not say otherwise.
SHIFT_MASK, LOCK_MASK, CONTROL_MASK = 1 << 0, 1 << 1, 1 << 2
MOD1_MASK, MOD2_MASK, MOD4_MASK = 1 << 3, 1 << 4, 1 << 6
DEFAULT_MASKS = {"alt": MOD1_MASK, "super": MOD4_MASK, "numlock": MOD2_MASK}
_KEYSYMS = {"alt": ("Alt_L", "Alt_R"), "super": ("Super_L", "Super_R"), "numlock": ("Num_Lock",)}


def combination_mask(combination: KeyCombination, masks: dict[str, int]) -> int:
    """The X modifier mask for the combination, given where Alt and Super live on this server."""
    mask = 0
    for modifier in combination.modifiers:
        if modifier == "ctrl":
            mask |= CONTROL_MASK
        elif modifier == "shift":
            mask |= SHIFT_MASK
        else:
            mask |= masks[modifier]
    return mask


def lock_variants(numlock_mask: int) -> list[int]:
    """The extra masks to grab with: none, CapsLock, NumLock, both."""
    return [0, LOCK_MASK, numlock_mask, LOCK_MASK | numlock_mask]


def x_key_name(key: str) -> str:
    """The X keysym name for one of the keys ``keys.parse`` accepts."""
    if len(key) == 1 and key.isalpha():
        return key.lower()
    return "space" if key == "Space" else key


class X11Backend(HotkeyBackend):
    """Grabs the combination on the root window of ``$DISPLAY``."""

    name = "x11"
    tested = "tested on Linux under Xvfb with real key presses"
    HAND_OVER = Qt.ConnectionType.DirectConnection  # read in the main thread's event loop

    def __init__(self, display_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._display_name = display_name
        self._display: Any = None
        self._grabs: list[tuple[int, int]] = []
        self._keycode = 0
        self._notifier: QSocketNotifier | None = None

    def register(self, combination: KeyCombination) -> bool:
        self.unregister()
        self._begin(combination)
        try:
            from Xlib import XK, X, error
        except ImportError:
            self.problem = "python-xlib is not installed, so the global hotkey cannot work."
            return False
        try:
            display = _open_core_display(self._display_name)
        except Exception:  # Xlib raises several unrelated types for an unreachable display
            log.warning("cannot open the X display for the hotkey", exc_info=True)
            self.problem = "Kindling could not reach the X display to set up the hotkey."
            return False
        keycode = display.keysym_to_keycode(XK.string_to_keysym(x_key_name(combination.key)))
        if not keycode:
            display.close()
            self.problem = f"This keyboard has no {combination.key} key for the hotkey."
            return False
        masks = self._modifier_masks(display, XK)
        mask = combination_mask(combination, masks)
        root = display.screen().root
        refused = error.CatchError(error.BadAccess)
        grabs = [(keycode, mask | extra) for extra in lock_variants(masks["numlock"])]
        for code, modifiers in grabs:
            root.grab_key(code, modifiers, True, X.GrabModeAsync, X.GrabModeAsync, onerror=refused)
        display.sync()
        if refused.get_error() is not None:
            for code, modifiers in grabs:
                root.ungrab_key(code, modifiers)
            display.sync()
            display.close()
            self.problem = f"Another program is already using {combination}."
            self.conflicted = True
            log.info("hotkey grab refused: another client holds it")
            return False
        self._display, self._grabs, self._keycode = display, grabs, keycode
        self._notifier = QSocketNotifier(display.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read_events)
        log.info("hotkey grabbed on X11")
        return True

    def unregister(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._notifier = None
        if self._display is not None:
            root = self._display.screen().root
            for code, modifiers in self._grabs:
                root.ungrab_key(code, modifiers)
            self._display.sync()
            self._display.close()
        self._display, self._grabs = None, []

    def _read_events(self) -> None:
        """The grab's connection has something to read: take every event it holds."""
        from Xlib import X

        display = self._display
        if display is None:
            return
        try:
            # pending_events() reads what the socket holds without waiting, so the notifier
            # is quiet again once this returns. A press may lead to unregister() (a new key
            # from the settings): then this connection is closed and nothing more is read.
            while self._display is display and display.pending_events():
                event = display.next_event()
                if event.type == X.KeyPress and event.detail == self._keycode:
                    self.announce(int(event.time))
        except Exception:  # a broken connection: say so once, and stop listening
            log.exception("the hotkey listener stopped")
            if self._notifier is not None:
                self._notifier.setEnabled(False)

    @staticmethod
    def _modifier_masks(display: Any, xk: Any) -> dict[str, int]:
        """Where Alt, Super and NumLock live in this server's modifier map."""
        masks = dict(DEFAULT_MASKS)
        mapping = display.get_modifier_mapping()
        for name, keysyms in _KEYSYMS.items():
            codes = {display.keysym_to_keycode(xk.string_to_keysym(k)) for k in keysyms} - {0}
            for index, keycodes in enumerate(mapping):
                if index >= 3 and codes & set(keycodes):  # Mod1..Mod5 only
                    masks[name] = 1 << index
                    break
        return masks


def _open_core_display(name: str | None) -> Any:
    """An X connection for the grab, without python-xlib's extension modules.

    ``Display()`` imports and initialises a module for every extension the server offers
    (RandR, XInput, Composite...): a dozen modules and about 0.8 MiB that a passive key grab,
    which is core protocol only, never uses. The list it walks is emptied for this one call
    and given back at once; other connections in the process still get every extension.
    """
    from Xlib import display as xdisplay
    from Xlib import ext

    every = ext.__extensions__
    ext.__extensions__ = []
    try:
        return xdisplay.Display(name)
    finally:
        ext.__extensions__ = every
