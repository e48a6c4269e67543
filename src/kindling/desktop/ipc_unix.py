"""The app's listening socket on Unix: a plain AF_UNIX socket watched by Qt's event loop.

Python's own socket with a QSocketNotifier, rather than QLocalServer: QtNetwork (and the
Kerberos libraries it pulls in) would add about 3 MiB to the running app for this alone.
Each connection carries one request line and gets one reply, answered on the main thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSocketNotifier

from kindling.desktop import ipc_protocol

log = logging.getLogger(__name__)

BACKLOG = 128
"""A burst of a hundred `kindling critic` at once all wait their turn (issue 14)."""
SEND_TIMEOUT_S = 5.0


@dataclass
class _Client:
    connection: socket.socket
    notifier: QSocketNotifier
    received: bytes = b""


class UnixListener(QObject):
    """Accepts connections on a socket file; ``answer`` turns a request line into a reply."""

    def __init__(
        self,
        path: str,
        answer: Callable[[bytes], bytes],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._answer = answer
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: list[_Client] = []

    def listen(self) -> bool:
        """Binds the socket file, owner-only, replacing one a crashed app left behind."""
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            # The caller holds the instance lock: a socket file already there is stale.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._path)
            server.bind(self._path)
            os.chmod(self._path, 0o600)
            server.listen(BACKLOG)
            server.setblocking(False)
        except OSError as error:
            server.close()
            log.error("cannot listen on the local socket: %s", error.strerror)
            return False
        self._socket = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        for client in list(self._clients):
            self._drop(client)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
            with contextlib.suppress(OSError):
                os.unlink(self._path)

    def _accept(self) -> None:
        while self._socket is not None:
            try:
                connection, _ = self._socket.accept()
            except BlockingIOError:
                return
            except OSError as error:
                log.warning("a connection to the local socket failed: %s", error.strerror)
                return
            connection.setblocking(False)
            notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
            client = _Client(connection, notifier)
            self._clients.append(client)
            notifier.activated.connect(lambda *_signal, c=client: self._read(c))
            self._read(client)  # the request may already be waiting

    def _read(self, client: _Client) -> None:
        if client not in self._clients:
            return
        try:
            chunk = client.connection.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            self._drop(client)
            return
        if not chunk:  # the other side went away before finishing its line
            self._drop(client)
            return
        client.received += chunk
        if b"\n" in client.received:
            line = client.received.split(b"\n", 1)[0]
            client.notifier.setEnabled(False)  # answering may turn the event loop
            self._reply(client, self._answer(line))
        elif len(client.received) > ipc_protocol.MAX_LINE_BYTES:
            self._reply(client, ipc_protocol.too_long_reply())

    def _reply(self, client: _Client, reply: bytes) -> None:
        if client not in self._clients:
            return
        try:
            client.connection.settimeout(SEND_TIMEOUT_S)  # a small reply: send it whole
            client.connection.sendall(reply)
        except OSError:
            log.info("a command's sender left before its reply")
        self._drop(client)

    def _drop(self, client: _Client) -> None:
        if client in self._clients:
            self._clients.remove(client)
        client.notifier.setEnabled(False)
        client.notifier.deleteLater()
        client.connection.close()
