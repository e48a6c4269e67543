"""Windows: RegisterHotKey on a message-only window of Kindling's own (windows_window.py).

WM_HOTKEY goes to that window's procedure, which Qt's loop and native modal loops (moving a
window, a native dialog) both dispatch; a hotkey registered without a window would post to the
thread, and modal loops drop those. MOD_NOREPEAT asks Windows itself not to repeat a held key. Reviewed against the Win32 documentation for
RegisterHotKey and WM_HOTKEY; not exercised here (the tests run on Linux).
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

from PySide6.QtCore import QObject

from kindling.desktop.hotkey.base import HotkeyBackend
from kindling.desktop.hotkey.keys import KeyCombination
from kindling.desktop.hotkey.windows_window import MessageWindow

log = logging.getLogger(__name__)

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
WM_HOTKEY = 0x0312
VK_SPACE, VK_F1 = 0x20, 0x70
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
HOTKEY_ID = 0x4B44  # any id below 0xC000 is the application's own
UNAVAILABLE = (
    "The hotkey is not available here: Kindling could not reach Windows' hotkey service. "
    'Bind `kindling-cli critic` to a key with a shortcut\'s "Shortcut key" field instead.'
)


def load_user32() -> Any:
    """user32, with the argument and result types of every call made (winuser.h)."""
    from ctypes import wintypes

    user32: Any = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    user32.RegisterHotKey.argtypes = [wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT]
    user32.RegisterHotKey.restype = wintypes.BOOL
    user32.UnregisterHotKey.argtypes = [wintypes.HWND, ctypes.c_int]
    user32.UnregisterHotKey.restype = wintypes.BOOL
    return user32


def windows_modifiers(combination: KeyCombination) -> int:
    bits = {"alt": MOD_ALT, "ctrl": MOD_CONTROL, "shift": MOD_SHIFT, "super": MOD_WIN}
    mask = MOD_NOREPEAT
    for modifier in combination.modifiers:
        mask |= bits[modifier]
    return mask


def virtual_key(key: str) -> int:
    """The virtual-key code: letters and digits are their ASCII capitals; F1 is 0x70."""
    if len(key) == 1:
        return ord(key.upper())
    if key == "Space":
        return VK_SPACE
    return VK_F1 + int(key[1:]) - 1


class WindowsBackend(HotkeyBackend):
    name = "windows"
    tested = "not tested: reviewed against the Win32 documentation only"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window: MessageWindow | None = None

    def register(self, combination: KeyCombination) -> bool:
        """Any failure to reach user32 leaves the hotkey unavailable, as X11 does, and the
        tray, the settings trier and the offer to resume still start."""
        self.unregister()
        self._begin(combination)
        try:
            return self._register(combination)
        except (OSError, AttributeError, TypeError, ValueError, ctypes.ArgumentError):
            log.warning("the Windows hotkey could not be set up", exc_info=True)
            self.problem = UNAVAILABLE
            return False

    def _register(self, combination: KeyCombination) -> bool:
        user32 = load_user32()
        window = MessageWindow(HOTKEY_ID, self.announce)
        if not user32.RegisterHotKey(
            window.hwnd, HOTKEY_ID, windows_modifiers(combination), virtual_key(combination.key)
        ):
            window.destroy()
            code = ctypes.get_last_error()  # type: ignore[attr-defined,unused-ignore]
            if code == ERROR_HOTKEY_ALREADY_REGISTERED:
                self.problem = f"Another program is already using {combination}."
                self.conflicted = True
            else:
                self.problem = f"Windows would not let Kindling use {combination} (error {code})."
            return False
        self._window = window
        return True

    def unregister(self) -> None:
        if self._window is None:
            return
        load_user32().UnregisterHotKey(self._window.hwnd, HOTKEY_ID)
        self._window.destroy()
        self._window = None
