"""The small parts the critic card, the closing page and the About page share for support.

A quiet link, "If this is heavier than a critic", that opens the support page; and the line
the card shows above words that answer what the person typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


class SupportLink(QPushButton):
    """A quiet, always-there way to the support page; its ``clicked`` opens it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportLink")
        self.setFlat(True)
        self.setProperty("role", "quiet")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("If this is heavier than a critic"))
        self.setAccessibleName(self.tr("If this is heavier than a critic"))
        self.setAccessibleDescription(
            self.tr("Opens a page with a way to reach a person who can listen, day or night.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AnswerLine(QLabel):
    """ "For what it said:", above the words that answer a typed note (hidden otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toastAnswerLine")
        self.setProperty("role", "muted")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("For what it said:"))
        self.setAccessibleName(self.tr("An answer to what you wrote"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
