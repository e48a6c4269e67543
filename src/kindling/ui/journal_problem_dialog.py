"""When the journal cannot be opened: say so plainly, and offer the newest good backup.

The dialog never repairs or replaces anything itself. It shows what the composition root found
(a :class:`JournalProblem`) and asks for a restore through ``restore_requested``; the root does
the work and reports back with :meth:`JournalProblemDialog.restore_failed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ProblemKind(StrEnum):
    DAMAGED = "damaged"
    MISSING = "missing"  # gone or empty, with backups beside it
    NOT_WRITABLE = "not-writable"
    TOO_NEW = "too-new"
    UPGRADE_FAILED = "upgrade-failed"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class JournalProblem:
    """What went wrong opening the journal, in terms the dialog can put into words."""

    kind: ProblemKind
    journal: Path
    newest_backup: Path | None = None
    backup_made_at: datetime | None = None
    put_back: bool = False  # an upgrade failed and the journal was restored as it was
    culprit: Path | None = None  # NOT_WRITABLE: the file or folder that cannot be written
    reason: str = ""  # NOT_WRITABLE: "permission denied", "read-only filesystem", ...


class JournalProblemDialog(QDialog):
    """Non-blocking (``open()``); ``restore_requested`` carries the backup to put back."""

    restore_requested = Signal(Path)

    def __init__(self, problem: JournalProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setWindowTitle(self.tr("Kindling could not open your journal"))
        self.setAccessibleName(self.tr("A problem with your journal"))

        self.message = QLabel(self._describe(problem), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("What happened"))

        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What happened when restoring"))
        self.outcome.hide()

        self.restore_button = QPushButton(self.tr("Put the newest backup back"), self)
        self.restore_button.setAccessibleName(self.tr("Put the newest backup back"))
        self.restore_button.setAccessibleDescription(
            self.tr("The damaged file is kept aside, not deleted.")
        )
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setVisible(self._can_restore)
        self.restore_button.clicked.connect(self._on_restore)

        self.close_button = QPushButton(self.tr("Close Kindling"), self)
        self.close_button.setAccessibleName(self.tr("Close Kindling"))
        self.close_button.setProperty("role", "quiet" if self._can_restore else "primary")
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        (self.restore_button if self._can_restore else self.close_button).setDefault(True)
        self.resize(520, self.sizeHint().height())

    @property
    def _can_restore(self) -> bool:
        restorable = self.problem.kind in (ProblemKind.DAMAGED, ProblemKind.MISSING)
        return restorable and self.problem.newest_backup is not None

    def restore_failed(self, reason: str) -> None:
        """The root could not put the backup back; nothing was changed."""
        self.outcome.setText(
            self.tr(
                "That did not work (%1). Nothing was changed; your files are as they were."
            ).replace("%1", reason)
        )
        self.outcome.show()
        self.restore_button.setEnabled(True)

    def _on_restore(self) -> None:
        assert self.problem.newest_backup is not None
        self.restore_button.setEnabled(False)
        self.restore_requested.emit(self.problem.newest_backup)

    def _reason(self, reason: str) -> str:
        if reason == "permission denied":
            return self.tr("permission denied")
        if reason == "read-only filesystem":
            return self.tr("the disk is mounted read-only")
        return reason

    def _describe(self, problem: JournalProblem) -> str:  # noqa: PLR0911 - one text per kind
        where = str(problem.journal)
        if problem.kind is ProblemKind.DAMAGED:
            return self._describe_damaged(problem)
        if problem.kind is ProblemKind.MISSING:
            return self._describe_missing(problem)
        if problem.kind is ProblemKind.NOT_WRITABLE:
            return (
                self.tr(
                    "Kindling cannot write to your journal (%1): %2, at %3. Your journal is not "
                    "damaged, and Kindling has not changed it.\n\nPlease check who owns that file "
                    "or folder and its permissions, or whether the disk is mounted read-only. "
                    "Nothing needs to be restored."
                )
                .replace("%1", where)
                .replace("%2", self._reason(problem.reason))
                .replace("%3", str(problem.culprit or where))
            )
        if problem.kind is ProblemKind.TOO_NEW:
            return self.tr(
                "Your journal was written by a newer version of Kindling, so this one has left "
                "it untouched (%1). Please update Kindling to open it."
            ).replace("%1", where)
        if problem.kind is ProblemKind.UPGRADE_FAILED:
            if problem.put_back:
                return self.tr(
                    "Kindling could not update your journal to its new layout, so it put your "
                    "journal back exactly as it was. Nothing was lost."
                )
            return self.tr(
                "Kindling could not update your journal to its new layout. Your journal has "
                "not been changed (%1)."
            ).replace("%1", where)
        return self.tr("Kindling could not open your journal (%1). Nothing was changed.").replace(
            "%1", where
        )

    def _describe_damaged(self, problem: JournalProblem) -> str:
        where = str(problem.journal)
        first = self.tr(
            "Your journal file looks damaged, so Kindling has left it exactly as it is (%1)."
        ).replace("%1", where)
        if problem.newest_backup is None:
            return (
                first
                + "\n\n"
                + self.tr(
                    "There is no backup to put back yet. Please keep the file; it may still "
                    "be rescued."
                )
            )
        return (
            first
            + "\n\n"
            + self._newest_backup_words(problem)
            + "\n\n"
            + self.tr(
                "Putting it back keeps the damaged file aside; nothing is deleted. "
                "Anything written after that backup is in the damaged file only."
            )
        )

    def _newest_backup_words(self, problem: JournalProblem) -> str:
        when = (
            problem.backup_made_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if problem.backup_made_at
            else ""
        )
        return (
            self.tr("Your newest good backup is from %1:\n%2")
            .replace("%1", when)
            .replace("%2", str(problem.newest_backup))
        )

    def _describe_missing(self, problem: JournalProblem) -> str:
        first = self.tr(
            "Your journal is not where Kindling keeps it (%1), or it is empty, but there are "
            "backups of it. Kindling has not started a new one, so nothing is lost."
        ).replace("%1", str(problem.journal))
        if problem.newest_backup is None:
            return first
        return (
            first
            + "\n\n"
            + self._newest_backup_words(problem)
            + "\n\n"
            + self.tr(
                "If you moved your journal on purpose, close Kindling and put it back. "
                "Otherwise, putting the newest backup back brings your sessions home."
            )
        )
