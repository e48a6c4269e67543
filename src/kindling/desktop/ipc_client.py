"""The light client side of the local socket: one request line out, one reply line back.

Standard library only (its C socket module and light_json), so `kindling critic` stays quick
when an app is running. On Unix it is a plain AF_UNIX stream socket; on Windows a named pipe
the user owns (ipc_pipe_client.py).
"""

from __future__ import annotations

import os
import sys

from kindling.desktop import ipc_address, ipc_protocol

# `typing` costs milliseconds on the light forwarding path; mypy reads this name specially.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

CONNECT_TIMEOUT = 2.0
REPLY_TIMEOUT = 20.0
"""Generous: the app answers once the row is committed, which a busy disk can slow."""


class NoAnswer(Exception):
    """The app took the request but did not answer: it is unclear whether it acted."""


def ask_to_show(root: str) -> bool:
    """Asks a running app to come to the front; True when one answered."""
    try:
        answer = exchange(root, ipc_protocol.request("show"))
    except NoAnswer:
        return False
    return answer is not None and answer.get("status") == ipc_protocol.OK


def ask_status(root: str) -> dict[str, Any] | None:
    """What a running app says about itself (for `kindling doctor`); None when none runs."""
    try:
        return exchange(root, ipc_protocol.request("status"))
    except NoAnswer:
        return None


def exchange(root: str, line: bytes) -> dict[str, Any] | None:
    """Sends one request line and reads one reply line; None when nobody is listening."""
    path = ipc_address.client_path(root)
    if sys.platform == "win32":
        return _exchange_pipe(path, line)
    return _exchange_unix(path, line)


def _exchange_unix(path: str, line: bytes) -> dict[str, Any] | None:
    # The C module itself: the ``socket`` package wraps it with enums (``import enum`` and
    # friends cost the forwarding command milliseconds), and nothing here needs them.
    import _socket

    # Only talk to a socket in a folder that is ours alone: another user cannot plant one.
    if not ipc_address.folder_is_private(os.path.dirname(path)):
        return None
    client = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        client.settimeout(CONNECT_TIMEOUT)
        try:
            client.connect(path)
        except OSError:  # no file, or a stale one left by a crash: no app is running
            return None
        client.settimeout(REPLY_TIMEOUT)
        try:
            client.sendall(line)
            received = _read_reply(client.recv)
        except OSError as error:
            raise NoAnswer() from error
    finally:
        client.close()
    return _parse_reply(received)


def _exchange_pipe(path: str, line: bytes) -> dict[str, Any] | None:
    # Only a pipe the user owns, within time limits (ipc_pipe_client.py says why).
    from kindling.desktop.ipc_pipe_client import ForeignPipe, PipeTimeout, Win32Pipes, exchange

    try:
        received = exchange(Win32Pipes(), path, line, CONNECT_TIMEOUT, REPLY_TIMEOUT)
    except ForeignPipe:
        return None  # as on Unix with a folder that is not ours: never talk to it
    except (PipeTimeout, OSError) as error:
        raise NoAnswer() from error
    return None if received is None else _parse_reply(received)


def _read_reply(read: Callable[[int], bytes | None]) -> bytes:
    """Reads one reply line, whatever the channel (a socket's recv or a pipe's read)."""
    received = b""
    while not received.endswith(b"\n"):
        chunk = read(65536)
        if not chunk:
            break
        received += chunk
    return received


def _parse_reply(received: bytes) -> dict[str, Any]:
    try:
        return ipc_protocol.decode(received)
    except ValueError as error:
        raise NoAnswer() from error
