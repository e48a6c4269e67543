"""The app's listening socket on Unix: a plain AF_UNIX socket watched by Qt's event loop.

Python's own socket with a QSocketNotifier, rather than QLocalServer: QtNetwork (and the
Kerberos libraries it pulls in) would add about 3 MiB to the running app for this alone.
Each connection carries one request line and gets one reply, answered on the main thread.

Nothing a connecting program does can starve the app: every request gets a reply and its
connection closed, even one that makes the parser fail; a connection that has not finished
its line within IDLE_TIMEOUT_S is closed; at most MAX_CLIENTS are open at once (the rest wait
in the listen queue, unaccepted, instead of spinning the event loop when file handles run out);
and repeated problems are logged a few times a minute at most.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from kindling.desktop import ipc_protocol
from kindling.desktop.log_limit import LimitedLog

log = logging.getLogger(__name__)

BACKLOG = 128
"""A burst of a hundred `kindling critic` at once all wait their turn (issue 14)."""
SEND_TIMEOUT_S = 5.0
IDLE_TIMEOUT_S = 5.0
"""A real command sends its whole line right after connecting; this is generous."""
MAX_CLIENTS = 32
"""Connections open at once; more wait in the listen queue until one is answered."""
RETRY_ACCEPT_MS = 500
"""After accept failed (no file handles left, say): wait this long before trying again."""


@dataclass
class _Client:
    connection: socket.socket
    notifier: QSocketNotifier
    received: bytes = b""
    opened_at: float = field(default_factory=time.monotonic)


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
        self._limited = LimitedLog(log)
        self._sweeper = QTimer(self)
        self._sweeper.setInterval(int(IDLE_TIMEOUT_S * 1000 / 4))
        self._sweeper.timeout.connect(self._close_idle)

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
        self._sweeper.stop()
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
        while self._socket is not None and len(self._clients) < MAX_CLIENTS:
            try:
                connection, _ = self._socket.accept()
            except BlockingIOError:
                return
            except OSError as error:
                # Out of file handles, say: the connection stays queued and the notifier would
                # fire again at once, round and round. Pause accepting for a moment instead.
                self._limited.warning("accept", "cannot accept a connection: %s", error.strerror)
                self._pause_accepting(RETRY_ACCEPT_MS)
                return
            connection.setblocking(False)
            notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
            client = _Client(connection, notifier)
            self._clients.append(client)
            if not self._sweeper.isActive():
                self._sweeper.start()
            notifier.activated.connect(lambda *_signal, c=client: self._read(c))
            self._read(client)  # the request may already be waiting
        if len(self._clients) >= MAX_CLIENTS:
            self._limited.info("full", "%d connections open; the next ones wait", MAX_CLIENTS)
            self._pause_accepting(None)

    def _pause_accepting(self, milliseconds: int | None) -> None:
        """Stops watching the listening socket; again after ``milliseconds``, or on a drop."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            if milliseconds is not None:
                QTimer.singleShot(milliseconds, self, self._resume_accepting)

    def _resume_accepting(self) -> None:
        if self._notifier is not None and len(self._clients) < MAX_CLIENTS:
            self._notifier.setEnabled(True)

    def _close_idle(self) -> None:
        """Closes connections that have not finished their line in time (half-sent or idle)."""
        now = time.monotonic()
        for client in [c for c in self._clients if now - c.opened_at > IDLE_TIMEOUT_S]:
            self._limited.info("idle", "closing a connection that sent no whole request")
            self._reply(client, ipc_protocol.encode(ipc_protocol.reply(ipc_protocol.BAD_REQUEST)))
        if not self._clients:
            self._sweeper.stop()

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
            self._reply(client, self._answer_safely(line))
        elif len(client.received) > ipc_protocol.MAX_LINE_BYTES:
            self._limited.info("too-long", "a request line was too long")
            self._reply(client, ipc_protocol.too_long_reply())

    def _answer_safely(self, line: bytes) -> bytes:
        """The answer to ``line``; whatever goes wrong inside, the sender still gets a reply."""
        try:
            return self._answer(line)
        except Exception:  # the reply must go out and the connection close, whatever happened
            self._limited.log(logging.ERROR, "answer", "answering a request failed", exc_info=True)
            return ipc_protocol.encode(ipc_protocol.reply(ipc_protocol.FAILED))

    def _reply(self, client: _Client, reply: bytes) -> None:
        if client not in self._clients:
            return
        try:
            client.connection.settimeout(SEND_TIMEOUT_S)  # a small reply: send it whole
            client.connection.sendall(reply)
        except OSError:
            self._limited.info("left", "a command's sender left before its reply")
        self._drop(client)

    def _drop(self, client: _Client) -> None:
        if client in self._clients:
            self._clients.remove(client)
        client.notifier.setEnabled(False)
        client.notifier.deleteLater()
        client.connection.close()
        self._resume_accepting()
