"""A plain stand-in for the session bar while the real one is being built."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kindling.core.model import Session


class PlaceholderBar(QWidget):
    critic_clicked = Signal()
    end_clicked = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowTitle(self.tr("Kindling session"))
        self.critic_button = QPushButton(self.tr("Critic noticed"), self)
        self.critic_button.setAccessibleName(self.tr("Critic noticed"))
        self.critic_button.setProperty("role", "primary")
        self.end_button = QPushButton(self.tr("End session"), self)
        self.end_button.setAccessibleName(self.tr("End session"))
        self.critic_button.clicked.connect(self.critic_clicked)
        self.end_button.clicked.connect(self.end_clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.critic_button)
        layout.addWidget(self.end_button)

    def show_session(self, session: Session) -> None:
        self.show()
