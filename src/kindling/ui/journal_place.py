"""Noticing, while the app runs, that its journal was moved or deleted, and saying so.

The store refuses every write once the file at the journal's path is not the one it writes
(so nothing is acknowledged that would be lost). This watch looks at least once a minute, and
after every refused write, and puts the news where the person will see it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000
JOURNAL_GONE = "journal-gone"  # the store's WriteFailed reason for it


class JournalPlaceWatch(QObject):
    """Checks ``in_place`` every minute and after refused writes; ``gone`` says when it is not."""

    gone = Signal()
    back = Signal()

    def __init__(
        self,
        window: QMainWindow,
        journal: Path,
        in_place: Callable[[], bool],
        every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._journal = journal
        self._in_place = in_place
        self._missing = False
        self.timer = QTimer(self)
        self.timer.setObjectName("journalPlaceCheck")
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @property
    def missing(self) -> bool:
        return self._missing

    def write_failed(self, reason: str) -> None:
        if reason == JOURNAL_GONE:
            self.check()

    def check(self) -> bool:
        """Looks now; True while the journal is in place."""
        in_place = self._in_place()
        if not in_place and not self._missing:
            self._missing = True
            log.error("the journal is no longer at its path")
            self._window.statusBar().showMessage(self.message())
            self.gone.emit()
        elif in_place and self._missing:
            self._missing = False
            log.info("the journal is back at its path")
            self._window.statusBar().clearMessage()
            self.back.emit()
        return in_place

    def message(self) -> str:
        return self.tr(
            "Your journal is no longer at %1; it may have been moved or deleted. Kindling "
            "keeps new moments here until it is back. Please put it back before closing "
            "Kindling."
        ).replace("%1", str(self._journal))
