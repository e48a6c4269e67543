"""macOS: Carbon's RegisterEventHotKey through ctypes, which needs no accessibility permission.

The handler is installed on the application event target, whose events Qt's Cocoa event loop
dispatches on the main thread. Key codes are the ANSI virtual key codes of HIToolbox/Events.h.
Reviewed against Apple's Carbon Event Manager reference; not exercised here (the tests run on
Linux).
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

from PySide6.QtCore import QObject

from kindling.desktop.hotkey.base import HotkeyBackend
from kindling.desktop.hotkey.keys import KeyCombination

log = logging.getLogger(__name__)

CARBON = "/System/Library/Frameworks/Carbon.framework/Carbon"
CMD_KEY, SHIFT_KEY, OPTION_KEY, CONTROL_KEY = 1 << 8, 1 << 9, 1 << 11, 1 << 12
EVENT_HOTKEY_EXISTS = -9878
# Without it RegisterEventHotKey shares a combination another program holds, and "already in
# use" (eventHotKeyExistsErr) could never be reported.
K_EVENT_HOTKEY_EXCLUSIVE = 1 << 0
UNAVAILABLE = (
    "The hotkey is not available here: Kindling could not reach macOS's hotkey service. "
    "Bind `kindling critic` to a key in System Settings, Keyboard, Keyboard Shortcuts instead."
)


def _fourcc(code: str) -> int:
    return int.from_bytes(code.encode("ascii"), "big")


K_EVENT_CLASS_KEYBOARD = _fourcc("keyb")
K_EVENT_HOTKEY_PRESSED = 5
SIGNATURE = _fourcc("Kndl")

KEY_CODES = {
    **dict(zip("ASDFHGZXCV", range(0x00, 0x0A), strict=True)),
    "B": 0x0B, "Q": 0x0C, "W": 0x0D, "E": 0x0E, "R": 0x0F, "Y": 0x10, "T": 0x11,
    "1": 0x12, "2": 0x13, "3": 0x14, "4": 0x15, "6": 0x16, "5": 0x17, "9": 0x19, "7": 0x1A,
    "8": 0x1C, "0": 0x1D, "O": 0x1F, "U": 0x20, "I": 0x22, "P": 0x23, "L": 0x25, "J": 0x26,
    "K": 0x28, "N": 0x2D, "M": 0x2E, "Space": 0x31,
    "F1": 0x7A, "F2": 0x78, "F3": 0x63, "F4": 0x76, "F5": 0x60, "F6": 0x61, "F7": 0x62,
    "F8": 0x64, "F9": 0x65, "F10": 0x6D, "F11": 0x67, "F12": 0x6F,
}  # fmt: skip


def carbon_modifiers(combination: KeyCombination) -> int:
    bits = {"ctrl": CONTROL_KEY, "alt": OPTION_KEY, "shift": SHIFT_KEY, "super": CMD_KEY}
    mask = 0
    for modifier in combination.modifiers:
        mask |= bits[modifier]
    return mask


class _HotKeyID(ctypes.Structure):
    _fields_ = (("signature", ctypes.c_uint32), ("id", ctypes.c_uint32))


class _EventTypeSpec(ctypes.Structure):
    _fields_ = (("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32))


_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


def load_carbon(path: str = CARBON) -> Any:
    """Carbon, with the argument and result types of every call made (CarbonEvents.h)."""
    carbon: Any = ctypes.cdll.LoadLibrary(path)
    status, pointer, u32 = ctypes.c_int32, ctypes.c_void_p, ctypes.c_uint32
    declared = {
        "GetApplicationEventTarget": ([], pointer),
        "InstallEventHandler": (
            [
                pointer,
                _HANDLER,
                u32,
                ctypes.POINTER(_EventTypeSpec),
                pointer,
                ctypes.POINTER(pointer),
            ],
            status,
        ),
        "RegisterEventHotKey": (
            [u32, u32, _HotKeyID, pointer, u32, ctypes.POINTER(pointer)],
            status,
        ),
        "UnregisterEventHotKey": ([pointer], status),
        "RemoveEventHandler": ([pointer], status),
    }
    for name, (argtypes, restype) in declared.items():
        function = getattr(carbon, name)
        function.argtypes, function.restype = argtypes, restype
    return carbon


class MacBackend(HotkeyBackend):
    name = "macos-carbon"
    tested = "not tested: reviewed against Apple's Carbon documentation only"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._carbon: Any = None
        self._hotkey_ref = ctypes.c_void_p()
        self._handler_ref = ctypes.c_void_p()
        self._callback: Any = None  # kept referenced: Carbon holds only a raw pointer

    def register(self, combination: KeyCombination) -> bool:
        """Any failure to reach Carbon leaves the hotkey unavailable, as X11 does, and the
        tray, the settings trier and the offer to resume still start."""
        self.unregister()
        self._begin(combination)
        try:
            return self._register(combination)
        except (OSError, AttributeError, TypeError, ValueError, ctypes.ArgumentError):
            log.warning("the macOS hotkey could not be set up", exc_info=True)
            self.problem = UNAVAILABLE
            self._carbon, self._callback = None, None
            return False

    def _register(self, combination: KeyCombination) -> bool:
        carbon = load_carbon()
        target = ctypes.c_void_p(carbon.GetApplicationEventTarget())

        def on_event(_call: Any, _event: Any, _data: Any) -> int:
            self.announce()
            return 0

        self._callback = _HANDLER(on_event)
        spec = _EventTypeSpec(K_EVENT_CLASS_KEYBOARD, K_EVENT_HOTKEY_PRESSED)
        status = carbon.InstallEventHandler(
            target, self._callback, 1, ctypes.byref(spec), None, ctypes.byref(self._handler_ref)
        )
        if status != 0:
            self.problem = f"macOS would not let Kindling listen for the hotkey (error {status})."
            return False
        status = carbon.RegisterEventHotKey(
            ctypes.c_uint32(KEY_CODES[combination.key]),
            ctypes.c_uint32(carbon_modifiers(combination)),
            _HotKeyID(SIGNATURE, 1),
            target,
            ctypes.c_uint32(K_EVENT_HOTKEY_EXCLUSIVE),
            ctypes.byref(self._hotkey_ref),
        )
        self._carbon = carbon
        if status != 0:
            self.conflicted = status == EVENT_HOTKEY_EXISTS
            self.problem = (
                f"Another program is already using {combination}."
                if status == EVENT_HOTKEY_EXISTS
                else f"macOS would not let Kindling use {combination} (error {status})."
            )
            self.unregister()
            return False
        return True

    def unregister(self) -> None:
        if self._carbon is None:
            return
        if self._hotkey_ref.value:
            self._carbon.UnregisterEventHotKey(self._hotkey_ref)
        if self._handler_ref.value:
            self._carbon.RemoveEventHandler(self._handler_ref)
        self._hotkey_ref, self._handler_ref = ctypes.c_void_p(), ctypes.c_void_p()
        self._carbon, self._callback = None, None
