"""The "session" section of the main window: the start page, the warm-up and the closing page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kindling.core.settings import Settings
from kindling.ui.start_page import StartPage

if TYPE_CHECKING:
    from kindling.ui.closing_page import ClosingPage
    from kindling.ui.in_progress_page import InProgressPage
    from kindling.ui.warmup_page import WarmupPage


class SessionPages(QStackedWidget):
    """Layout only: holds the three pages and shows one; the session flow says which.

    Only the start page is built with the window; the warm-up and closing pages (and their
    modules) are built the first time anything asks for them, which keeps them out of the
    first frame.
    """

    # The pages' own signals, passed on: listeners connect here without making the pages.
    warmup_step_changed = Signal(str)
    """The warm-up moved to its next step."""
    warmup_finished = Signal(bool)
    """The warm-up ended: True when every step was reached."""
    end_confirmed = Signal(object, object)
    """The closing page's "end the session": its check-in (or None) and reflection (or None)."""
    back_to_work_requested = Signal()
    """The closing page's or the in-progress page's "back to work": the session goes on."""
    support_wanted = Signal()
    """The closing page's "If this is heavier than a critic"."""
    end_requested = Signal()
    """The in-progress page's "End the session": on to the closing page."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_page = StartPage(
            last_medium=settings.last_medium,
            warmup_minutes=settings.warmup_minutes,
            alternative=settings.warmup_alternative,
            parent=self,
            hotkey=settings.hotkey,
            studio_screen=settings.studio_screen,
        )
        self.addWidget(self.start_page)
        self._warmup_page: WarmupPage | None = None
        self._closing_page: ClosingPage | None = None
        self._in_progress_page: InProgressPage | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Session"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def warmup_page(self) -> WarmupPage:
        if self._warmup_page is None:
            from kindling.ui.warmup_page import WarmupPage

            self._warmup_page = WarmupPage(self)
            self._warmup_page.step_changed.connect(self.warmup_step_changed)
            self._warmup_page.finished.connect(self.warmup_finished)
            self.addWidget(self._warmup_page)
        return self._warmup_page

    @property
    def closing_page(self) -> ClosingPage:
        if self._closing_page is None:
            from kindling.ui.closing_page import ClosingPage

            self._closing_page = ClosingPage(self)
            self._closing_page.end_confirmed.connect(self.end_confirmed)
            self._closing_page.back_to_work_requested.connect(self.back_to_work_requested)
            self._closing_page.support_wanted.connect(self.support_wanted)
            self.addWidget(self._closing_page)
        return self._closing_page

    @property
    def in_progress_page(self) -> InProgressPage:
        if self._in_progress_page is None:
            from kindling.ui.in_progress_page import InProgressPage

            self._in_progress_page = InProgressPage(self)
            self._in_progress_page.back_to_work_requested.connect(self.back_to_work_requested)
            self._in_progress_page.end_requested.connect(self.end_requested)
            self.addWidget(self._in_progress_page)
        return self._in_progress_page

    def show_in_progress(self) -> None:
        self.setCurrentWidget(self.in_progress_page)

    def stop_warmup(self) -> None:
        """Stops the warm-up's breathing and timers, if a warm-up page was ever made."""
        if self._warmup_page is not None:
            self._warmup_page.stop()

    def show_start(self) -> None:
        self.setCurrentWidget(self.start_page)

    def show_warmup(self) -> None:
        self.setCurrentWidget(self.warmup_page)

    def show_closing(self) -> None:
        self.setCurrentWidget(self.closing_page)

    @property
    def showing(self) -> str:
        current = self.currentWidget()
        if current is not None and current is self._warmup_page:
            return "warmup"
        if current is not None and current is self._closing_page:
            return "closing"
        if current is not None and current is self._in_progress_page:
            return "in-progress"
        return "start"
