"""The history as a Qt table model that loads pages of sessions as they scroll into view."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kindling.core.model import HistoryFilter, SessionRow
from kindling.ui.words import duration_words

ModelIndex = QModelIndex | QPersistentModelIndex


class HistorySource(Protocol):
    """What the model reads from (the History service, or a fake in a test)."""

    def count(self, where: HistoryFilter | None = None) -> int: ...

    def page(
        self, offset: int, limit: int, where: HistoryFilter | None = None
    ) -> list[SessionRow]: ...


DATE, MEDIUM, LENGTH, INTENTION, MOMENTS, SOOTHING = range(6)
NUMBER_COLUMNS = (MOMENTS, SOOTHING)
"""Counts a critic could grade: hidden until the person asks for the numbers."""
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SPOKEN_LENGTH = -1
"""A cache key of its own for the length as a screen reader says it, in whole words."""


class HistoryModel(QAbstractTableModel):
    """Sessions newest first. Only the pages scrolled into view are ever loaded, so ten
    years of daily sessions open as quickly as ten."""

    PAGE_SIZE = 50
    """Rows read at a time: a screenful and a little more, so opening stays quick."""

    def __init__(self, source: HistorySource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._where: HistoryFilter | None = None
        self._rows: list[SessionRow] = []
        self._texts: dict[tuple[int, int], str] = {}
        """Cell text as formatted once: a view asks for the same cell many times."""
        self._total = 0
        self._locale = QLocale()

    # --- what is shown ------------------------------------------------------------------------

    @property
    def where(self) -> HistoryFilter | None:
        return self._where

    @property
    def total(self) -> int:
        """How many sessions match the filter (loaded or not)."""
        return self._total

    def set_filter(self, where: HistoryFilter | None) -> None:
        self._where = where
        self.reload()

    def reload(self) -> None:
        """Starts again from the newest session and loads the first page."""
        self.beginResetModel()
        self._rows = []
        self._texts = {}
        self._total = self._source.count(self._where)
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def retranslate(self) -> None:
        """Headings and cells in the language now installed (the cells' cache is emptied)."""
        self._texts = {}
        columns = self.columnCount()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, columns - 1))

    def row_at(self, row: int) -> SessionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, session_id: str) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == session_id:
                return number
        return None

    # --- lazy loading -------------------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:  # noqa: N802 (Qt override)
        if parent.isValid():
            return
        page = self._source.page(len(self._rows), self.PAGE_SIZE, self._where)
        if not page:
            # Sessions were removed since the count was taken: stop asking for more.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- the table ----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == MOMENTS:
            return self.tr("How many times you noticed the critic in the session")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            DATE: self.tr("When"),
            MEDIUM: self.tr("Making"),
            LENGTH: self.tr("Length"),
            INTENTION: self.tr("Intention"),
            # Short, so that the intention keeps its room when the numbers are shown.
            MOMENTS: self.tr("Noticed"),
            SOOTHING: self.tr("Soothing"),
        }.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == SESSION_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if role == Qt.ItemDataRole.AccessibleTextRole and column == LENGTH:
                column = _SPOKEN_LENGTH  # "1 h 5 min" is for the eye; it is said whole
            key = (index.row(), column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._text(row, column)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (MOMENTS, SOOTHING):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: SessionRow, column: int) -> str:
        if column == DATE:
            return self.when(row.started_at)
        if column in (LENGTH, _SPOKEN_LENGTH):
            if row.ended_at is None:
                return self.tr("still going")
            span = row.ended_at - row.started_at
            return self.short_length(span) if column == LENGTH else duration_words(span)
        if column == SOOTHING:
            return self._soothing(row)
        plain = {
            MEDIUM: row.medium,
            INTENTION: (row.intention or "").replace("\n", " "),
            MOMENTS: str(row.moment_count),
        }
        return plain.get(column, "")

    def short_length(self, span: timedelta) -> str:
        """ "1 h 5 min": a length needs little room, so the intention can have it."""
        total = max(int(span.total_seconds() // 60), 0)
        if total < 1:
            return self.tr("under 1 min")
        hours, minutes = divmod(total, 60)
        if not hours:
            return self.tr("%1 min").replace("%1", str(minutes))
        if not minutes:
            return self.tr("%1 h").replace("%1", str(hours))
        return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))

    def _soothing(self, row: SessionRow) -> str:
        before, after = row.soothing_before, row.soothing_after
        if before is None and after is None:
            return ""
        # A gentle arrow, the same colour whichever way it went: a lower number is no failure.
        return f"{'·' if before is None else before} → {'·' if after is None else after}"

    def _tooltip(self, row: SessionRow, column: int) -> str | None:
        if column == INTENTION and row.intention:
            return row.intention
        if column == SOOTHING and (row.soothing_before is not None or row.soothing_after):
            return self.tr("How present your soothing system felt, before and after (0 to 10)")
        if column == MOMENTS:
            return self.tr("Each noticed critic is a moment of awareness")
        return None

    def when(self, moment: datetime) -> str:
        local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
        # Day and month names in the person's language read more gently than rows of digits.
        return self._locale.toString(local, self.tr("ddd d MMM yyyy, HH:mm"))
