"""Where the journal and its backups live, and deleting all of it after a clear confirmation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

Eraser = Callable[[], None]
"""Removes the journal, its side files, the backups, logs and settings; raises OSError if not."""


class DataSection(QWidget):
    """Shows the data folder and backups; "Delete all my data" asks in place, never in a popup."""

    erased = Signal()

    def __init__(
        self, data_folder: Path, backups: Path, eraser: Eraser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._eraser = eraser
        self._data_folder = data_folder
        self._backups = backups

        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.open_folder = QPushButton(self)
        self.open_folder.clicked.connect(self._open_folder)

        self.delete = QPushButton(self)
        self.delete.clicked.connect(self._ask)

        self._build_confirmation()

        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self._outcome_words: Callable[[], str] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.where)
        row = QHBoxLayout()
        row.addWidget(self.open_folder)
        row.addWidget(self.delete)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.confirm)
        layout.addWidget(self.outcome)
        self.retranslate()

    def retranslate(self) -> None:
        """The section's words in the language now installed."""
        self.where.setText(
            self.tr("Your journal is kept only on this computer, in %1. Backups are in %2.")
            .replace("%1", str(self._data_folder))
            .replace("%2", str(self._backups))
        )
        self.where.setAccessibleName(self.tr("Where your data is kept"))
        self.open_folder.setText(self.tr("Open the data folder"))
        self.open_folder.setAccessibleName(self.open_folder.text())
        self.open_folder.setAccessibleDescription(
            self.tr("Shows the folder holding your journal and backups in the file manager.")
        )
        self.delete.setText(self.tr("Delete all my data…"))
        self.delete.setAccessibleName(self.tr("Delete all my data"))
        self.delete.setAccessibleDescription(
            self.tr("Asks first. Then removes every session, note, backup and setting.")
        )
        self.question.setText(
            self.tr(
                "This removes every session, every note you wrote, all backups, logs and "
                "settings from this computer. It can't be undone. If you might want them "
                "later, you could export them first from the history."
            )
        )
        self.confirm_yes.setText(self.tr("Yes, delete everything"))
        self.confirm_yes.setAccessibleName(self.confirm_yes.text())
        self.confirm_yes.setAccessibleDescription(self.question.text())
        self.confirm_no.setText(self.tr("Keep my data"))
        self.confirm_no.setAccessibleName(self.confirm_no.text())
        self.confirm_no.setAccessibleDescription(
            self.tr("Leaves everything as it is and closes this question.")
        )
        self.outcome.setAccessibleName(self.tr("What happened"))
        if self._outcome_words is not None:
            self.outcome.setText(self._outcome_words())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_confirmation(self) -> None:
        self.confirm = QFrame(self)
        self.confirm.setProperty("role", "card")
        self.question = QLabel(self.confirm)
        self.question.setWordWrap(True)
        self.confirm_yes = QPushButton(self.confirm)
        self.confirm_no = QPushButton(self.confirm)
        self.confirm_no.setProperty("role", "primary")
        self.confirm_no.clicked.connect(self._keep)
        self.confirm_yes.clicked.connect(self._erase)
        confirm_layout = QVBoxLayout(self.confirm)
        confirm_layout.addWidget(self.question)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_no)
        buttons.addWidget(self.confirm_yes)
        buttons.addStretch(1)
        confirm_layout.addLayout(buttons)
        self.confirm.hide()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_folder)))

    def _ask(self) -> None:
        self.outcome.hide()
        self.confirm.show()
        # The safe choice takes the focus, so a stray Enter keeps everything.
        self.confirm_no.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep(self) -> None:
        self.confirm.hide()
        self.delete.setFocus(Qt.FocusReason.OtherFocusReason)

    def _erase(self) -> None:
        self.confirm.hide()
        try:
            self._eraser()
        except OSError:
            log.exception("erasing the data folder failed")
            self._say(
                lambda: self.tr(
                    "Not everything could be deleted; some files are still in %1. "
                    "You can remove that folder by hand."
                ).replace("%1", str(self._data_folder))
            )
            return
        log.info("all data erased at the person's request")
        self._say(lambda: self.tr("Everything is deleted. Kindling will now close."))
        self.erased.emit()

    def _say(self, words: Callable[[], str]) -> None:
        """Shows an outcome, kept as a function so that it follows a change of language."""
        self._outcome_words = words
        self.outcome.setText(words())
        self.outcome.show()
