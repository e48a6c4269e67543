"""A gentle sign of how much of the warm-up is left: a thin ring that empties, and words."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kindling.ui.theme import current_palette

RING = 22


class _Ring(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.share = 1.0
        self.setFixedSize(RING, RING)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        palette = current_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(3, 3, RING - 6, RING - 6)
        faint = QColor(palette.color("accent"))
        faint.setAlphaF(0.25)
        painter.setPen(QPen(faint, 3))
        painter.drawEllipse(box)
        pen = QPen(palette.color("accent"), 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        # From twelve o'clock, clockwise: the part of the warm-up still ahead.
        painter.drawArc(box, 90 * 16, -round(360 * 16 * self.share))
        painter.end()


class RemainingTime(QWidget):
    """ "About a minute left" beside a ring; no seconds ticking down, nothing to race."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ring = _Ring(self)
        self._words = QLabel(self)
        self._words.setProperty("role", "muted")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self._ring)
        row.addWidget(self._words)

    @property
    def words(self) -> str:
        return self._words.text()

    @property
    def share(self) -> float:
        return self._ring.share

    def set_words(self, text: str) -> None:
        if text != self._words.text():
            self._words.setText(text)
            self.setAccessibleName(text)

    def set_share(self, share: float) -> None:
        self._ring.share = min(max(share, 0.0), 1.0)
        self._ring.update()
