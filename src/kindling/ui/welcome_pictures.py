"""The welcome's two small drawings: the three circles, and where the session bar will sit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kindling.ui.theme import current_palette

SYSTEMS = ("threat", "drive", "soothing")


class ThreeCircles(QWidget):
    """The three systems as the check-in draws them, the same size, names below; no numbers.

    Soothing is drawn last and a little larger: it is the one Kindling gives room to.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self.setMinimumSize(300, 120)
        self.retranslate()

    def retranslate(self) -> None:
        self._names = {
            "threat": self.tr("Threat"),
            "drive": self.tr("Drive"),
            "soothing": self.tr("Soothing"),
        }
        self.setAccessibleName(self.tr("The three systems"))
        self.setAccessibleDescription(
            self.tr("Three soft circles: threat, drive and soothing, side by side.")
        )
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        palette = current_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_height = metrics.height() + 8
        slot = self.width() / len(SYSTEMS)
        radius = min(slot / 2 - 8, (self.height() - label_height) / 2 - 2)
        top = (self.height() - (2 * radius + label_height)) / 2
        for index, name in enumerate(SYSTEMS):
            centre = QPointF(slot * index + slot / 2, top + radius)
            colour = QColor(palette.color(name))
            ring = QColor(colour)
            ring.setAlphaF(0.25)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ring)
            painter.drawEllipse(centre, radius, radius)
            fill = QColor(colour)
            fill.setAlphaF(0.8)
            painter.setBrush(fill)
            inner = radius * (0.72 if name == "soothing" else 0.55)
            painter.drawEllipse(centre, inner, inner)
            painter.setPen(palette.color("text"))
            text = self._names[name]
            width = metrics.horizontalAdvance(text)
            baseline = top + 2 * radius + 6 + metrics.ascent()
            painter.drawText(QPointF(centre.x() - width / 2, baseline), text)
        painter.end()


class BarPlace(QWidget):
    """A screen in outline, a program filling it, and the small bar in its top-right corner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(260, 130)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Where the session bar sits"))
        self.setAccessibleDescription(
            self.tr("A screen with your program on it and a small bar in the top-right corner.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        palette = current_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = min(self.height() - 4.0, self.width() * 0.56)
        width = height / 0.62
        screen = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter.setPen(QPen(palette.color("text_muted"), 2))
        painter.setBrush(palette.color("surface"))
        painter.drawRoundedRect(screen, 8, 8)
        # The person's program: a page with a few lines of text.
        page = screen.adjusted(width * 0.08, height * 0.18, -width * 0.34, -height * 0.1)
        painter.setPen(QPen(palette.color("border"), 1))
        painter.setBrush(palette.color("window"))
        painter.drawRoundedRect(page, 4, 4)
        line = QColor(palette.color("text_muted"))
        line.setAlphaF(0.5)
        pen = QPen(line, 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for row in range(4):
            y = page.top() + page.height() * (0.2 + 0.18 * row)
            end = page.right() - page.width() * (0.12 + 0.2 * (row % 2))
            painter.drawLine(QPointF(page.left() + page.width() * 0.1, y), QPointF(end, y))
        # The bar, top right, in the accent colour.
        bar = QRectF(screen.right() - width * 0.3, screen.top() + height * 0.06, width * 0.26, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color("accent"))
        painter.drawRoundedRect(bar, 6, 6)
        painter.end()
