"""The "session" section of the main window: the start page, the warm-up and the closing page."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from kindling.core.settings import Settings
from kindling.ui.closing_page import ClosingPage
from kindling.ui.start_page import StartPage
from kindling.ui.warmup_page import WarmupPage


class SessionPages(QStackedWidget):
    """Layout only: holds the three pages and shows one; the session flow says which."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Session"))
        self.start_page = StartPage(
            last_medium=settings.last_medium,
            warmup_minutes=settings.warmup_minutes,
            alternative=settings.warmup_alternative,
            parent=self,
        )
        self.warmup_page = WarmupPage(self)
        self.closing_page = ClosingPage(self)
        for page in (self.start_page, self.warmup_page, self.closing_page):
            self.addWidget(page)

    def show_start(self) -> None:
        self.setCurrentWidget(self.start_page)

    def show_warmup(self) -> None:
        self.setCurrentWidget(self.warmup_page)

    def show_closing(self) -> None:
        self.setCurrentWidget(self.closing_page)

    @property
    def showing(self) -> str:
        current = self.currentWidget()
        if current is self.warmup_page:
            return "warmup"
        if current is self.closing_page:
            return "closing"
        return "start"
