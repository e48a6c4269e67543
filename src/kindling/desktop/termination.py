"""A polite end on SIGTERM, SIGHUP and SIGINT: the app quits through its own event loop.

Without this, a logout (which sends SIGTERM), a closed terminal (SIGHUP) or Ctrl+C ended
Kindling like a crash: no seal on the journal, no clean release of the lock, the socket file
and the desktop's shortcut left behind. Nothing was lost (every moment is committed before it
is shown) but the next start had to treat the journal as after a crash.

Python runs a signal handler only between bytecodes, and Qt's event loop may sleep in C for
minutes, so the handler itself does nothing: ``signal.set_wakeup_fd`` writes the signal's
number to a socket, a QSocketNotifier in the event loop reads it and calls ``quit``. A session
in progress stays unfinished, and is offered back at the next start as after a crash. POSIX
only (tested on Linux). On Windows a logoff arrives as a window message that Qt handles; the
app does nothing of its own there, which was not tested on Windows.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

POLITE_SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT")


class TerminationWatch(QObject):
    """Turns the polite termination signals into one call of ``quit`` on the Qt thread."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous_handlers: dict[signal.Signals, object] = {}
        for name in POLITE_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous_handlers[number] = signal.signal(number, _note_only)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)
        self._quitting = False

    def _on_signal(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        names = {signal.Signals(number).name for number in received if _is_signal(number)}
        if self._quitting or not names & set(POLITE_SIGNALS):
            return
        self._quitting = True
        log.info("asked to end (%s): closing", ", ".join(sorted(names)))
        self._quit()

    def close(self) -> None:
        """Gives the signals and the wake-up descriptor back to what had them before."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _note_only(_number: int, _frame: FrameType | None) -> None:
    """The wake-up descriptor carries the signal; there is nothing to do in the handler."""


def _is_signal(number: int) -> bool:
    try:
        signal.Signals(number)
    except ValueError:
        return False
    return True


def watch_for_termination(quit: Callable[[], None]) -> TerminationWatch | None:
    """Installs the watch where the platform has these signals (not on Windows)."""
    if not hasattr(signal, "SIGHUP"):
        return None
    return TerminationWatch(quit)
