"""The running app's side of single instance: a private local socket, one request per connection.

Whoever holds the writer lock of the data folder (``instance_lock``; the kernel frees it when
its owner dies) is the one app for that folder. It replaces any socket file a crashed app left
behind and listens. Each connection carries one request line and gets one reply line
(``ipc_protocol``), answered on the Qt main thread, after the work is done and committed.
On Unix a plain socket (``ipc_unix``), on Windows a named pipe through QLocalServer
(``ipc_pipe``).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from kindling.desktop import ipc_address, ipc_protocol

log = logging.getLogger(__name__)

Handler = Callable[[str, dict[str, Any]], dict[str, Any]]


class Listener(Protocol):
    def listen(self) -> bool: ...
    def close(self) -> None: ...


class IpcServer(QObject):
    """Listens on the per-user socket and answers each request line through ``handler``."""

    request_handled = Signal(str)

    def __init__(self, data_root: str, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._address = ipc_address.address(data_root)
        if sys.platform == "win32":
            from kindling.desktop.ipc_pipe import PipeListener

            self._listener: Listener = PipeListener(self._address, self._answer_line, parent=self)
        else:
            from kindling.desktop.ipc_unix import UnixListener

            self._listener = UnixListener(self._address, self._answer_line, parent=self)

    @property
    def address(self) -> str:
        return self._address

    def listen(self) -> bool:
        """Starts listening, replacing a socket file left behind by a crash. Call with the lock."""
        if sys.platform != "win32":
            try:
                ipc_address.ensure_runtime_dir()
            except OSError as error:
                log.error("the socket folder is not private, so not listening: %s", error)
                return False
        if not self._listener.listen():
            return False
        log.info("listening for commands on the local socket")
        return True

    def close(self) -> None:
        self._listener.close()

    def _answer_line(self, line: bytes) -> bytes:
        return ipc_protocol.encode(self._respond(line))

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
