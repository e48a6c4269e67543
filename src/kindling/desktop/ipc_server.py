"""The running app's side of single instance: a private local socket, one request per connection.

Whoever holds the writer lock of the data folder (``instance_lock``; the kernel frees it when
its owner dies) is the one app for that folder. It replaces any socket file a crashed app left
behind and listens. Each connection carries one request line and gets one reply line
(``ipc_protocol``), answered on the Qt main thread, after the work is done and committed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kindling.desktop import ipc_address, ipc_protocol

log = logging.getLogger(__name__)

Handler = Callable[[str, dict[str, Any]], dict[str, Any]]


class IpcServer(QObject):
    """Listens on the per-user socket and answers each request line through ``handler``."""

    request_handled = Signal(str)

    def __init__(self, data_root: str, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._address = ipc_address.address(data_root)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def address(self) -> str:
        return self._address

    def listen(self) -> bool:
        """Starts listening, replacing a socket file left behind by a crash. Call with the lock."""
        if sys.platform != "win32":
            try:
                ipc_address.ensure_runtime_dir()
            except OSError:
                log.exception("the socket folder is not private; not listening")
                return False
        # We hold the instance lock, so a socket file already there belongs to a dead process.
        QLocalServer.removeServer(self._address)
        if not self._server.listen(self._address):
            log.error("cannot listen on the local socket: %s", self._server.errorString())
            return False
        log.info("listening for commands on the local socket")
        return True

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        received = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in received:
            if len(received) > ipc_protocol.MAX_LINE_BYTES:
                self._answer(socket, ipc_protocol.reply(ipc_protocol.BAD_REQUEST))
            else:
                self._buffers[socket] = received
            return
        line = received.split(b"\n", 1)[0]
        self._answer(socket, self._respond(line))

    def _respond(self, line: bytes) -> dict[str, Any]:
        try:
            message = ipc_protocol.decode(line)
        except ValueError:
            return ipc_protocol.reply(ipc_protocol.BAD_REQUEST)
        if message.get("kindling") != ipc_protocol.VERSION:
            return ipc_protocol.reply(ipc_protocol.WRONG_VERSION)
        command = message.get("command")
        args = message.get("args", {})
        if command not in ipc_protocol.COMMANDS or not isinstance(args, dict):
            return ipc_protocol.reply(ipc_protocol.BAD_REQUEST)
        answer = self._handler(str(command), args)
        self.request_handled.emit(str(command))
        return answer

    def _answer(self, socket: QLocalSocket, answer: dict[str, Any]) -> None:
        self._buffers.pop(socket, None)
        socket.write(ipc_protocol.encode(answer))
        socket.flush()
        socket.disconnectFromServer()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
