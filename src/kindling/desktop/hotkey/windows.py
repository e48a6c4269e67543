"""Windows: RegisterHotKey, with the WM_HOTKEY message picked out of Qt's event dispatcher.

Registered with no window, so Windows posts WM_HOTKEY to the thread's message queue; Qt hands
such thread messages to native event filters as "windows_dispatcher_MSG". MOD_NOREPEAT asks
Windows itself not to repeat a held key. Reviewed against the Win32 documentation for
RegisterHotKey and WM_HOTKEY; not exercised here (the tests run on Linux).
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject

from kindling.desktop.hotkey.base import HotkeyBackend
from kindling.desktop.hotkey.keys import KeyCombination

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


class _HotkeyFilter(QAbstractNativeEventFilter):
    def __init__(self, backend: WindowsBackend) -> None:
        super().__init__()
        self._backend = backend

    def nativeEventFilter(  # noqa: N802 (Qt override)
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: Any
    ) -> tuple[bool, int]:
        if bytes(QByteArray(event_type).data()) in (
            b"windows_dispatcher_MSG",
            b"windows_generic_MSG",
        ):
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_HOTKEY and msg.wParam == HOTKEY_ID:
                self._backend.announce()
                return True, 0
        return False, 0


class WindowsBackend(HotkeyBackend):
    name = "windows"
    tested = "not tested: reviewed against the Win32 documentation only"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter: _HotkeyFilter | None = None

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
        if not user32.RegisterHotKey(
            None, HOTKEY_ID, windows_modifiers(combination), virtual_key(combination.key)
        ):
            code = ctypes.get_last_error()  # type: ignore[attr-defined,unused-ignore]
            if code == ERROR_HOTKEY_ALREADY_REGISTERED:
                self.problem = f"Another program is already using {combination}."
                self.conflicted = True
            else:
                self.problem = f"Windows would not let Kindling use {combination} (error {code})."
            return False
        self._filter = _HotkeyFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
        return True

    def unregister(self) -> None:
        if self._filter is None:
            return
        load_user32().UnregisterHotKey(None, HOTKEY_ID)
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None
