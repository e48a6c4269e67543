"""A message-only window that receives WM_HOTKEY on Windows, even inside native modal loops.

A hotkey registered without a window posts WM_HOTKEY to the thread, and a native modal loop
(moving or resizing a window, a native file dialog) drops thread messages: the press is lost.
Registered on a window of our own, the message goes to that window's procedure, which every
message loop dispatches, Qt's or a modal one. HWND_MESSAGE makes it invisible and unlisted.
Written against the Win32 documentation (RegisterClassExW, CreateWindowExW, DefWindowProcW,
"Message-Only Windows"); only ``hotkey_message`` is exercised here (the tests run on Linux).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

WM_HOTKEY = 0x0312
HWND_MESSAGE = -3
CLASS_NAME = "KindlingHotkeyWindow"


def hotkey_message(message: int, wparam: int, hotkey_id: int) -> bool:
    """Whether a window message is the press of our hotkey."""
    return message == WM_HOTKEY and wparam == hotkey_id


class MessageWindow:
    """Creates the window; ``on_press`` runs on the GUI thread for each press of hotkey_id."""

    def __init__(self, hotkey_id: int, on_press: Callable[[], None]) -> None:
        from ctypes import wintypes

        user32: Any = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        kernel32: Any = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        lresult = ctypes.c_ssize_t
        procedure_type = ctypes.WINFUNCTYPE(  # type: ignore[attr-defined,unused-ignore]
            lresult, wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM
        )

        class WindowClass(ctypes.Structure):
            _fields_ = (
                ("cbSize", wintypes.UINT), ("style", wintypes.UINT),
                ("lpfnWndProc", procedure_type), ("cbClsExtra", ctypes.c_int),
                ("cbWndExtra", ctypes.c_int), ("hInstance", wintypes.HINSTANCE),
                ("hIcon", wintypes.HICON), ("hCursor", wintypes.HANDLE),
                ("hbrBackground", wintypes.HBRUSH), ("lpszMenuName", wintypes.LPCWSTR),
                ("lpszClassName", wintypes.LPCWSTR), ("hIconSm", wintypes.HICON),
            )  # fmt: skip

        user32.DefWindowProcW.argtypes = [
            wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM
        ]  # fmt: skip
        user32.DefWindowProcW.restype = lresult
        user32.RegisterClassExW.argtypes = [ctypes.POINTER(WindowClass)]
        user32.RegisterClassExW.restype = wintypes.ATOM
        user32.CreateWindowExW.argtypes = [
            wintypes.DWORD, wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.DWORD,
            ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int,
            wintypes.HWND, wintypes.HMENU, wintypes.HINSTANCE, wintypes.LPVOID,
        ]  # fmt: skip
        user32.CreateWindowExW.restype = wintypes.HWND
        user32.DestroyWindow.argtypes = [wintypes.HWND]
        user32.DestroyWindow.restype = wintypes.BOOL
        kernel32.GetModuleHandleW.argtypes = [wintypes.LPCWSTR]
        kernel32.GetModuleHandleW.restype = wintypes.HMODULE

        def procedure(hwnd: Any, message: int, wparam: int, lparam: int) -> int:
            if hotkey_message(message, wparam, hotkey_id):
                on_press()
                return 0
            return int(user32.DefWindowProcW(hwnd, message, wparam, lparam))

        self._procedure = procedure_type(procedure)  # kept: Windows holds only a pointer
        instance = kernel32.GetModuleHandleW(None)
        window_class = WindowClass(
            ctypes.sizeof(WindowClass), 0, self._procedure, 0, 0, instance,
            None, None, None, None, CLASS_NAME, None,
        )  # fmt: skip
        user32.RegisterClassExW(ctypes.byref(window_class))  # again after the first: harmless
        self.hwnd = user32.CreateWindowExW(
            0, CLASS_NAME, "Kindling hotkey", 0, 0, 0, 0, 0,
            wintypes.HWND(HWND_MESSAGE), None, instance, None,
        )  # fmt: skip
        if not self.hwnd:
            raise OSError(ctypes.get_last_error(), "no message window")  # type: ignore[attr-defined,unused-ignore]
        self._user32 = user32

    def destroy(self) -> None:
        if self.hwnd:
            self._user32.DestroyWindow(self.hwnd)
            self.hwnd = None
