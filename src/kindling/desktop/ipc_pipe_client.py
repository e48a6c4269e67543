"""The light client's Windows named pipe: opened only when the user's own, with time limits.

Pipe names are machine-wide and QLocalServer creates its pipe without
FILE_FLAG_FIRST_PIPE_INSTANCE, so another local user could create ``\\\\.\\pipe\\<name>``
first and read what `kindling critic --note` sends. The Unix side refuses a socket folder that
is not the user's; here a pipe whose owner is not the user is refused the same way. A busy
pipe (every instance taken) is waited for with WaitNamedPipe, and connecting and the reply
each have a time limit. The order of those steps (``exchange``) is tested on Linux with a
stand-in for the Win32 calls; ``Win32Pipes`` itself is written against the Win32
documentation (CreateFileW, WaitNamedPipeW, GetSecurityInfo, GetTokenInformation, EqualSid,
PeekNamedPipe) and NOT exercised here.
"""

from __future__ import annotations

import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    class PipeCalls(Protocol):
        def open(self, path: str) -> Any:
            """The pipe's handle; raises PipeBusy when every instance is taken, OSError else."""

        def wait(self, path: str, milliseconds: int) -> bool:
            """WaitNamedPipe: True when an instance came free in time."""

        def owned_by_user(self, handle: Any) -> bool: ...

        def write(self, handle: Any, data: bytes) -> None: ...

        def available(self, handle: Any) -> int:
            """Bytes waiting to be read (PeekNamedPipe); raises OSError when it closed."""

        def read(self, handle: Any, size: int) -> bytes: ...

        def close(self, handle: Any) -> None: ...


ERROR_PIPE_BUSY = 231
POLL_SECONDS = 0.01


class PipeBusy(OSError):
    """Every instance of the pipe is taken for the moment (ERROR_PIPE_BUSY)."""


class ForeignPipe(Exception):
    """The pipe belongs to another user: never written to."""


class PipeTimeout(Exception):
    """Connecting or the reply took longer than allowed."""


def connect(calls: PipeCalls, path: str, seconds: float) -> Any:
    """The open handle of a pipe the user owns; None when there is no pipe at all."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            handle = calls.open(path)
            break
        except PipeBusy:
            left = deadline - time.monotonic()
            if left <= 0 or not calls.wait(path, max(1, int(left * 1000))):
                raise PipeTimeout("every instance of the pipe stayed busy") from None
        except OSError:
            return None  # no pipe: no app is running
    if not calls.owned_by_user(handle):
        calls.close(handle)
        raise ForeignPipe(path)
    return handle


def exchange(
    calls: PipeCalls, path: str, line: bytes, connect_seconds: float, reply_seconds: float
) -> bytes | None:
    """Sends one line and reads one reply line; None when no pipe exists."""
    handle = connect(calls, path, connect_seconds)
    if handle is None:
        return None
    try:
        calls.write(handle, line)
        deadline = time.monotonic() + reply_seconds
        received = b""
        while not received.endswith(b"\n"):
            try:
                waiting = calls.available(handle)
            except OSError:
                break  # the app closed its end: what came is the reply
            if waiting:
                received += calls.read(handle, waiting)
            elif time.monotonic() >= deadline:
                raise PipeTimeout("the app did not answer in time")
            else:
                time.sleep(POLL_SECONDS)  # polling interval: PeekNamedPipe cannot wait
        return received
    finally:
        calls.close(handle)


class Win32Pipes:
    """The Win32 calls behind PipeCalls (Windows only; not exercised on Linux)."""

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        self._ctypes, self._w = ctypes, wintypes
        k32: Any = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        adv: Any = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        handle, dword, ptr = wintypes.HANDLE, wintypes.DWORD, ctypes.c_void_p
        k32.CreateFileW.argtypes = [
            wintypes.LPCWSTR, dword, dword, ptr, dword, dword, handle
        ]  # fmt: skip
        k32.CreateFileW.restype = handle
        k32.WaitNamedPipeW.argtypes = [wintypes.LPCWSTR, dword]
        k32.WaitNamedPipeW.restype = wintypes.BOOL
        k32.WriteFile.argtypes = [handle, ptr, dword, ctypes.POINTER(dword), ptr]
        k32.WriteFile.restype = wintypes.BOOL
        k32.ReadFile.argtypes = [handle, ptr, dword, ctypes.POINTER(dword), ptr]
        k32.ReadFile.restype = wintypes.BOOL
        k32.PeekNamedPipe.argtypes = [handle, ptr, dword, ptr, ctypes.POINTER(dword), ptr]
        k32.PeekNamedPipe.restype = wintypes.BOOL
        k32.CloseHandle.argtypes = [handle]
        k32.CloseHandle.restype = wintypes.BOOL
        k32.GetCurrentProcess.argtypes = []
        k32.GetCurrentProcess.restype = handle
        k32.LocalFree.argtypes = [ptr]
        k32.LocalFree.restype = ptr
        adv.GetSecurityInfo.argtypes = [
            handle, ctypes.c_int, dword, ctypes.POINTER(ptr), ptr, ptr, ptr, ctypes.POINTER(ptr)
        ]  # fmt: skip
        adv.GetSecurityInfo.restype = dword
        adv.OpenProcessToken.argtypes = [handle, dword, ctypes.POINTER(handle)]
        adv.OpenProcessToken.restype = wintypes.BOOL
        adv.GetTokenInformation.argtypes = [handle, ctypes.c_int, ptr, dword, ctypes.POINTER(dword)]
        adv.GetTokenInformation.restype = wintypes.BOOL
        adv.EqualSid.argtypes = [ptr, ptr]
        adv.EqualSid.restype = wintypes.BOOL
        self._k32, self._adv = k32, adv

    def open(self, path: str) -> Any:
        generic_read_write, open_existing, invalid = 0xC0000000, 3, self._w.HANDLE(-1).value
        handle = self._k32.CreateFileW(path, generic_read_write, 0, None, open_existing, 0, None)
        if handle == invalid or handle is None:
            code = self._ctypes.get_last_error()  # type: ignore[attr-defined,unused-ignore]
            if code == ERROR_PIPE_BUSY:
                raise PipeBusy(code, "pipe busy")
            raise OSError(code, "no pipe")
        return handle

    def wait(self, path: str, milliseconds: int) -> bool:
        return bool(self._k32.WaitNamedPipeW(path, milliseconds))

    def owned_by_user(self, handle: Any) -> bool:
        ctypes, w = self._ctypes, self._w
        owner, descriptor = ctypes.c_void_p(), ctypes.c_void_p()
        se_kernel_object, owner_information = 6, 1
        if self._adv.GetSecurityInfo(
            handle, se_kernel_object, owner_information, ctypes.byref(owner),
            None, None, None, ctypes.byref(descriptor),
        ) != 0:  # fmt: skip
            return False
        token = w.HANDLE()
        try:
            token_query, token_user = 0x0008, 1
            if not self._adv.OpenProcessToken(
                self._k32.GetCurrentProcess(), token_query, ctypes.byref(token)
            ):
                return False
            needed = w.DWORD()
            self._adv.GetTokenInformation(token, token_user, None, 0, ctypes.byref(needed))
            buffer = ctypes.create_string_buffer(needed.value)
            if not self._adv.GetTokenInformation(
                token, token_user, buffer, needed, ctypes.byref(needed)
            ):
                return False
            user_sid = ctypes.c_void_p.from_buffer(buffer).value  # TOKEN_USER.User.Sid
            return bool(self._adv.EqualSid(owner, user_sid))
        finally:
            if token.value:
                self._k32.CloseHandle(token)
            self._k32.LocalFree(descriptor)

    def write(self, handle: Any, data: bytes) -> None:
        written = self._w.DWORD()
        if not self._k32.WriteFile(handle, data, len(data), self._ctypes.byref(written), None):
            raise OSError(self._ctypes.get_last_error(), "write failed")  # type: ignore[attr-defined,unused-ignore]

    def available(self, handle: Any) -> int:
        waiting = self._w.DWORD()
        if not self._k32.PeekNamedPipe(handle, None, 0, None, self._ctypes.byref(waiting), None):
            raise OSError(self._ctypes.get_last_error(), "pipe closed")  # type: ignore[attr-defined,unused-ignore]
        return int(waiting.value)

    def read(self, handle: Any, size: int) -> bytes:
        buffer = self._ctypes.create_string_buffer(size)
        got = self._w.DWORD()
        if not self._k32.ReadFile(handle, buffer, size, self._ctypes.byref(got), None):
            raise OSError(self._ctypes.get_last_error(), "read failed")  # type: ignore[attr-defined,unused-ignore]
        return buffer.raw[: got.value]

    def close(self, handle: Any) -> None:
        self._k32.CloseHandle(handle)
