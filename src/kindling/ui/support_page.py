"""The support page: for when what weighs on someone is heavier than a critic.

Plain words and a way to reach a person now: the helpline for the person's locale and a
worldwide directory. Kindling opens nothing itself; the number can be selected and copied.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kindling.ui.layout import centred_column, heading

SUPPORT = "support"
"""The key of the support section in the main window."""


class SupportPage(QScrollArea):
    """Layout only: the words come from ``words()``, asked again whenever the page is shown."""

    def __init__(self, words: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportPage")
        self._words = words
        column, layout = centred_column(self)
        self._title = heading("", column)
        card = QFrame(column)
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 16, 20, 16)
        self._body = QLabel(card)
        self._body.setObjectName("supportWords")
        self._body.setWordWrap(True)
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        inner.addWidget(self._body)
        self._after = QLabel(column)
        self._after.setWordWrap(True)
        self._after.setProperty("role", "muted")
        layout.addWidget(self._title)
        layout.addWidget(card)
        layout.addWidget(self._after)
        layout.addStretch(1)
        self.retranslate()

    def words_text(self) -> str:
        return self._body.text()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("If this is heavier than a critic"))
        self._title.setText(self.tr("If this is heavier than a critic"))
        self._after.setText(
            self.tr(
                "Kindling is a companion for making, not crisis support. This page is here "
                "whenever you need it, in the list on the left."
            )
        )
        self.refresh()

    def refresh(self) -> None:
        """The words for the language and place the person is in now."""
        text = self._words()
        self._body.setText(text)
        self._body.setAccessibleName(text)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
