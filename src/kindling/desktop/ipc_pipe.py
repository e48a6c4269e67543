"""The app's listening named pipe on Windows, through QLocalServer (restricted to the user)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kindling.desktop import ipc_protocol

log = logging.getLogger(__name__)


class PipeListener(QObject):
    """Accepts connections on a named pipe; ``answer`` turns a request line into a reply."""

    def __init__(
        self,
        name: str,
        answer: Callable[[bytes], bytes],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._answer = answer
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        QLocalServer.removeServer(self._name)
        if not self._server.listen(self._name):
            log.error("cannot listen on the local socket: %s", self._server.errorString())
            return False
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
        if b"\n" in received:
            self._reply(socket, self._answer(received.split(b"\n", 1)[0]))
        elif len(received) > ipc_protocol.MAX_LINE_BYTES:
            self._reply(socket, ipc_protocol.too_long_reply())
        else:
            self._buffers[socket] = received

    def _reply(self, socket: QLocalSocket, reply: bytes) -> None:
        self._buffers.pop(socket, None)
        socket.write(reply)
        socket.flush()
        socket.disconnectFromServer()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
