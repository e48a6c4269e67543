"""Keeps the screen awake while studio mode runs, through each system's own way of asking.

Linux: ``org.freedesktop.ScreenSaver.Inhibit`` / ``UnInhibit`` on the session D-Bus (GNOME,
KDE, Xfce and others answer it), spoken with jeepney, which reaches only ``unix:`` buses. The
connection is kept open while the screen is held: desktops drop an inhibition whose caller
has gone, so a crash can never leave the screen awake for good. Tested against a fake
ScreenSaver service on a private bus (tests/system/test_stay_awake.py).

Windows: ``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)``,
then ``ES_CONTINUOUS`` alone to let go (Microsoft's "SetThreadExecutionState function" page).
macOS: an IOKit assertion, ``IOPMAssertionCreateWithName(kIOPMAssertPreventUserIdleDisplaySleep,
kIOPMAssertionLevelOn, name, &id)`` and ``IOPMAssertionRelease(id)`` (Apple's IOPMLib.h).
UNTESTED: both were written against that documentation and have never run; ``kindling
doctor`` says so.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from typing import Any, Protocol

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
APPLICATION = "Kindling"
ANSWER_SECONDS = 5


class _Holder(Protocol):
    name: str
    tested: bool

    def hold(self, reason: str) -> bool: ...

    def release(self) -> None: ...


class FreedesktopHolder:
    """The ScreenSaver inhibit on the session bus; ``address`` overrides the bus (tests)."""

    name = "freedesktop ScreenSaver inhibit (D-Bus)"
    tested = True

    def __init__(self, address: str | None = None) -> None:
        self._address = address
        self._connection: Any = None
        self._cookie: int | None = None

    def hold(self, reason: str) -> bool:
        from jeepney import DBusAddress, MessageType, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        from kindling.desktop.hotkey.portal_bus import session_bus_address

        address = self._address or session_bus_address()
        if address is None:
            return False
        try:
            connection = open_dbus_connection(address)
        except (OSError, RuntimeError, ValueError, TimeoutError):
            return False
        target = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        try:
            reply = connection.send_and_get_reply(
                new_method_call(target, "Inhibit", "ss", (APPLICATION, reason)),
                timeout=ANSWER_SECONDS,
            )
        except (OSError, TimeoutError):
            connection.close()
            return False
        if reply.header.message_type is not MessageType.method_return or not reply.body:
            connection.close()  # no screensaver service here: nothing to ask
            return False
        self._connection, self._cookie = connection, int(reply.body[0])
        return True

    def available(self) -> bool:
        """Whether a screensaver service answers on the session bus (for ``kindling doctor``)."""
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        from kindling.desktop.hotkey.portal_bus import session_bus_address

        address = self._address or session_bus_address()
        if address is None:
            return False
        try:
            with open_dbus_connection(address) as connection:
                reply = connection.send_and_get_reply(
                    message_bus.NameHasOwner(SERVICE), timeout=ANSWER_SECONDS
                )
        except (OSError, RuntimeError, ValueError, TimeoutError):
            return False
        return bool(reply.body and reply.body[0])

    def release(self) -> None:
        from jeepney import DBusAddress, new_method_call

        connection, cookie = self._connection, self._cookie
        self._connection, self._cookie = None, None
        if connection is None:
            return
        try:
            target = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
            connection.send_and_get_reply(
                new_method_call(target, "UnInhibit", "u", (cookie,)), timeout=ANSWER_SECONDS
            )
        except (OSError, TimeoutError):
            pass  # the bus is gone, and the inhibition with it
        finally:
            connection.close()


class WindowsHolder:
    """UNTESTED: SetThreadExecutionState, from Microsoft's documentation only."""

    name = "SetThreadExecutionState (Windows, untested)"
    tested = False
    ES_CONTINUOUS = 0x80000000
    ES_SYSTEM_REQUIRED = 0x00000001
    ES_DISPLAY_REQUIRED = 0x00000002

    def __init__(self) -> None:
        self._held = False

    def _call(self, flags: int) -> bool:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        kernel32.SetThreadExecutionState.restype = ctypes.c_uint32
        kernel32.SetThreadExecutionState.argtypes = [ctypes.c_uint32]
        return bool(kernel32.SetThreadExecutionState(flags))  # 0 (NULL) means it failed

    def hold(self, reason: str) -> bool:
        # Called from the GUI thread, which lives as long as the app: the state is per thread.
        flags = self.ES_CONTINUOUS | self.ES_SYSTEM_REQUIRED | self.ES_DISPLAY_REQUIRED
        self._held = self._call(flags)
        return self._held

    def release(self) -> None:
        if self._held:
            self._call(self.ES_CONTINUOUS)
            self._held = False


class MacHolder:
    """UNTESTED: an IOKit power assertion, from Apple's IOPMLib.h only."""

    name = "IOKit power assertion (macOS, untested)"
    tested = False
    LEVEL_ON = 255  # kIOPMAssertionLevelOn
    UTF8 = 0x08000100  # kCFStringEncodingUTF8

    def __init__(self) -> None:
        self._assertion: int | None = None

    def hold(self, reason: str) -> bool:
        import ctypes.util  # loads subprocess: only here, on a Mac, when studio mode begins

        iokit_path = ctypes.util.find_library("IOKit")
        cf_path = ctypes.util.find_library("CoreFoundation")
        if not iokit_path or not cf_path:
            return False
        iokit, cf = ctypes.cdll.LoadLibrary(iokit_path), ctypes.cdll.LoadLibrary(cf_path)
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        cf.CFRelease.argtypes = [ctypes.c_void_p]
        kind = cf.CFStringCreateWithCString(None, b"PreventUserIdleDisplaySleep", self.UTF8)
        name = cf.CFStringCreateWithCString(None, reason.encode("utf-8"), self.UTF8)
        assertion = ctypes.c_uint32(0)
        iokit.IOPMAssertionCreateWithName.restype = ctypes.c_int32
        iokit.IOPMAssertionCreateWithName.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        result = iokit.IOPMAssertionCreateWithName(
            kind, self.LEVEL_ON, name, ctypes.byref(assertion)
        )
        cf.CFRelease(kind)
        cf.CFRelease(name)
        if result != 0:  # kIOReturnSuccess
            return False
        self._assertion = assertion.value
        return True

    def release(self) -> None:
        if self._assertion is None:
            return
        import ctypes.util

        iokit = ctypes.cdll.LoadLibrary(ctypes.util.find_library("IOKit") or "IOKit")
        iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
        iokit.IOPMAssertionRelease(self._assertion)
        self._assertion = None


def holder_for_platform(address: str | None = None) -> _Holder:
    if sys.platform == "win32":
        return WindowsHolder()
    if sys.platform == "darwin":
        return MacHolder()
    return FreedesktopHolder(address)


class StayAwake:
    """``hold(reason)`` keeps the screen awake until ``release()``; holding twice holds once.

    Holding never raises: where no way to ask is found, ``hold`` answers False and the
    screen may sleep as it always would. Call ``release()`` when studio mode ends and when
    the app quits (the composition root connects it to ``aboutToQuit``).
    """

    def __init__(self, holder: _Holder | None = None) -> None:
        self._holder = holder if holder is not None else holder_for_platform()
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    @property
    def method(self) -> str:
        """What this system is asked through, for ``kindling doctor``."""
        return self._holder.name

    def hold(self, reason: str) -> bool:
        if self._held:
            return True
        try:
            self._held = self._holder.hold(reason)
        except (OSError, AttributeError, ValueError):
            self._held = False
        return self._held

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        with contextlib.suppress(OSError, AttributeError, ValueError):
            self._holder.release()
