"""The session section while a session goes on: where it is, and the two ways on from here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from kindling.core.model import Session
from kindling.core.summary import making_started_at
from kindling.ui.layout import centred_column, heading, muted
from kindling.ui.words import duration_words


class InProgressPage(QScrollArea):
    """Shown when the window comes back mid-session (raised, or "Begin" in the sections).

    Not the warm-up that already ended, whose buttons would do nothing: the session going
    on, how long the making has gone so far, and "Back to my work" or "End the session".
    """

    back_to_work_requested = Signal()
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inProgressPage")
        column, layout = centred_column(self)
        self._title = heading("", column)
        self._lead = QLabel(column)
        self._lead.setObjectName("inProgressLead")
        self._lead.setWordWrap(True)
        self._hint = muted("", column)
        self._hint.setWordWrap(True)
        self.back_button = QPushButton(column)
        self.back_button.setObjectName("inProgressBack")
        self.back_button.setProperty("role", "primary")
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.back_to_work_requested)
        self.end_button = QPushButton(column)
        self.end_button.setObjectName("inProgressEnd")
        self.end_button.setProperty("role", "quiet")
        self.end_button.clicked.connect(self.end_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.back_button)
        for widget in (self._title, self._lead, self._hint):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._session: Session | None = None
        self._clock: Callable[[], datetime] | None = None
        self.retranslate()

    def follow(self, session: Session, clock: Callable[[], datetime]) -> None:
        """The session to speak of, and the clock to count its making time with."""
        self._session, self._clock = session, clock
        self._say_how_long()

    def lead_text(self) -> str:
        return self._lead.text()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Your session is going"))
        self._title.setText(self.tr("Your session is going"))
        self._hint.setText(
            self.tr(
                "The session bar is waiting beside your work. When the critic speaks up, "
                "“Critic noticed” or your hotkey is there for it."
            )
        )
        self.back_button.setText(self.tr("Back to my work"))
        self.back_button.setAccessibleName(self.tr("Hide this window and go back to your work"))
        self.end_button.setText(self.tr("End the session"))
        self.end_button.setAccessibleName(self.tr("End the session, with a closing check-in"))
        self._say_how_long()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._say_how_long()  # the minutes went on while the window was away
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_how_long(self) -> None:
        if self._session is None or self._clock is None:
            self._lead.clear()
            return
        making = max(self._clock() - making_started_at(self._session), timedelta(0))
        self._lead.setText(
            self.tr("You have been making for %1, not counting the warm-up.").replace(
                "%1", duration_words(making)
            )
        )
