"""A session drawn as a quiet line from start to end, with each noticed critic marked on it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindling.ui.theme import current_palette


class TimelineWidget(QWidget):
    """Marks sit where the moments happened; a moment that helped has a soft ring around it."""

    MARK_RADIUS = 7.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._duration = timedelta(0)
        self._marks: list[tuple[timedelta, bool]] = []
        self._pauses: list[timedelta] = []
        self.setMinimumHeight(86)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        """Its name and description in the language now installed; the drawn words too."""
        self.setAccessibleName(self.tr("Timeline of the session"))
        self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_session(
        self,
        duration: timedelta,
        moments: list[tuple[timedelta, bool]],
        pauses: list[timedelta] | None = None,
    ) -> None:
        """``moments`` holds (offset from the start, whether its reframe helped) pairs."""
        self._duration = duration
        self._marks = list(moments)
        self._pauses = list(pauses or [])
        self._describe()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(
            self.tr("One critic moment marked along the session")
            if len(self._marks) == 1
            else self.tr("%n critic moments marked along the session", "", len(self._marks))
        )

    @property
    def mark_count(self) -> int:
        return len(self._marks)

    def mark_positions(self) -> list[float]:
        """Where each mark is drawn, as x in pixels (for tests and accessibility)."""
        line = self._line_rect()
        return [line.left() + self._fraction(offset) * line.width() for offset, _ in self._marks]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(480, 86)

    def _line_rect(self) -> QRectF:
        margin = self.MARK_RADIUS * 3
        return QRectF(margin, self.height() / 2 - 2, max(self.width() - 2 * margin, 1), 4)

    def _fraction(self, offset: timedelta) -> float:
        total = self._duration.total_seconds()
        if total <= 0:
            return 0.5
        return min(max(offset.total_seconds() / total, 0.0), 1.0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        palette = current_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self._line_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color("accent_soft"))
        painter.drawRoundedRect(line, 2, 2)
        # The two ends: a small open circle for the start, a filled one for the end.
        y = line.center().y()
        painter.setPen(QPen(palette.color("accent"), 2))
        painter.setBrush(palette.color("surface"))
        painter.drawEllipse(QPointF(line.left(), y), 5, 5)
        painter.setBrush(palette.color("accent"))
        painter.drawEllipse(QPointF(line.right(), y), 5, 5)
        for offset in self._pauses:
            x = line.left() + self._fraction(offset) * line.width()
            painter.setPen(QPen(palette.color("soothing"), 2))
            painter.drawLine(QPointF(x, y - 12), QPointF(x, y + 12))
        for (_offset, helped), x in zip(self._marks, self.mark_positions(), strict=True):
            centre = QPointF(x, y)
            if helped:
                halo = QColor(palette.accent)
                halo.setAlphaF(0.3)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(halo)
                painter.drawEllipse(centre, self.MARK_RADIUS * 2, self.MARK_RADIUS * 2)
            painter.setPen(QPen(palette.color("surface"), 2))
            painter.setBrush(palette.color("threat"))
            painter.drawEllipse(centre, self.MARK_RADIUS, self.MARK_RADIUS)
        painter.setPen(palette.color("text_muted"))
        metrics = painter.fontMetrics()
        start = self.tr("start")
        end = self.tr("end")
        baseline = self.height() - metrics.descent() - 4
        # Centred under the ends of the line, but kept inside the widget: "start" and "end"
        # are longer in some languages ("Beginn") and must not be cut off.
        start_x = max(line.left() - metrics.horizontalAdvance(start) / 2, 0.0)
        end_width = metrics.horizontalAdvance(end)
        end_x = min(line.right() - end_width / 2, self.width() - end_width)
        painter.drawText(QPointF(start_x, baseline), start)
        painter.drawText(QPointF(end_x, baseline), end)
        painter.end()
