"""The history's filter bar: words to search for, a kind of making, a stretch of time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from kindling.core.model import HistoryFilter

ANY_TIME, PAST_WEEK, PAST_MONTH, PAST_YEAR, BETWEEN = range(5)
_PERIOD_DAYS = {PAST_WEEK: 7, PAST_MONTH: 31, PAST_YEAR: 366}


class HistoryFilterBar(QWidget):
    """Announces :attr:`changed` when what the list should show is different."""

    changed = Signal()

    SEARCH_DELAY_MS = 250
    """Typing pauses this long before the list narrows, so each key press stays light."""

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now_clock = now
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.medium = QComboBox(self)
        self.period = QComboBox(self)
        self.period.addItems([""] * 5)
        local_today = now().astimezone().date()
        today = QDate(local_today.year, local_today.month, local_today.day)
        self.since = QDateEdit(today.addMonths(-1), self)
        self.until = QDateEdit(today, self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setVisible(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 3)
        row.addWidget(self.medium, 1)
        row.addWidget(self.period, 1)
        row.addWidget(self.since)
        row.addWidget(self.until)

        self._search_timer = QTimer(self)
        self._search_timer.setObjectName("history_search_timer")
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.changed)
        self._connect_callbacks()
        self.retranslate()

    def retranslate(self) -> None:
        """The bar's words in the language now installed."""
        self.setAccessibleName(self.tr("Narrow the list"))
        self.search.setPlaceholderText(self.tr("Search intentions, notes and reflections"))
        self.search.setAccessibleName(self.tr("Search your sessions"))
        self.search.setAccessibleDescription(
            self.tr(
                "Shows only the sessions whose intention, notes or reflection hold these words."
            )
        )
        self.medium.setAccessibleName(self.tr("Kind of making"))
        self.medium.setAccessibleDescription(self.tr("Shows only one kind of making."))
        if self.medium.count():
            self.medium.setItemText(0, self.tr("All kinds of making"))
        self.period.setAccessibleName(self.tr("When"))
        self.period.setAccessibleDescription(self.tr("Shows only the sessions from this time."))
        periods = (
            self.tr("Any time"),
            self.tr("The past week"),
            self.tr("The past month"),
            self.tr("The past year"),
            self.tr("Between two dates"),
        )
        for index, text in enumerate(periods):
            self.period.setItemText(index, text)
        self.since.setAccessibleName(self.tr("From"))
        self.since.setAccessibleDescription(self.tr("The first day to show."))
        self.until.setAccessibleName(self.tr("Until"))
        self.until.setAccessibleDescription(self.tr("The last day to show."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect_callbacks(self) -> None:
        self.search.textChanged.connect(lambda _t: self._search_timer.start(self.SEARCH_DELAY_MS))
        self.search.returnPressed.connect(self._now)
        self.medium.currentIndexChanged.connect(lambda _i: self._now())
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.since.dateChanged.connect(lambda _d: self._now())
        self.until.dateChanged.connect(lambda _d: self._now())

    def set_mediums(self, mediums: list[str]) -> None:
        """Offers these kinds of making, keeping the current choice when it is still there."""
        chosen = self.medium.currentData()
        self.medium.blockSignals(True)
        self.medium.clear()
        self.medium.addItem(self.tr("All kinds of making"), None)
        for medium in mediums:
            self.medium.addItem(medium, medium)
        self.medium.setCurrentIndex(max(self.medium.findData(chosen), 0))
        self.medium.blockSignals(False)

    def current_filter(self) -> HistoryFilter:
        text = self.search.text().strip() or None
        since = until = None
        period = self.period.currentIndex()
        if period in _PERIOD_DAYS:
            since = self._now_clock() - timedelta(days=_PERIOD_DAYS[period])
        elif period == BETWEEN:
            since = _local_midnight(self.since.date())
            until = _local_midnight(self.until.date().addDays(1))
        return HistoryFilter(medium=self.medium.currentData(), since=since, until=until, text=text)

    def _now(self) -> None:
        self._search_timer.stop()
        self.changed.emit()

    def _on_period_changed(self, index: int) -> None:
        for edit in (self.since, self.until):
            edit.setVisible(index == BETWEEN)
        self._now()


def _local_midnight(day: QDate) -> datetime:
    """The start of a calendar day in the person's own time zone."""
    return datetime.combine(
        datetime(day.year(), day.month(), day.day()).date(), time()
    ).astimezone()
