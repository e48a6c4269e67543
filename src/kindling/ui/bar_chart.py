"""A calm bar chart drawn with QPainter: soft bars, plain labels, figures and a "your usual"
line only when the person asks for the numbers.

Drawn by hand rather than with a chart library on purpose: QtCharts is not part of
PySide6-Essentials (it comes with the ~270 MB Addons wheel) and pyqtgraph or matplotlib would
bring numpy and more into the bundle, all for a handful of bars.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindling.ui.theme import current_palette


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    shown: str
    """The value as words or digits, written above the bar."""


class BarChart(QWidget):
    """Vertical bars from a shared baseline; values below zero hang gently beneath it."""

    BAR_RADIUS = 5.0
    LABEL_SCALE = 0.85
    HEIGHT = 170

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._bars: list[Bar] = []
        self._reference: float | None = None
        self._reference_label = ""
        self._colour = "soothing"
        self._values_shown = False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(420, self.HEIGHT)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(200, self.HEIGHT)

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    @property
    def values_shown(self) -> bool:
        return self._values_shown

    def show_values(self, shown: bool) -> None:
        """Figures above the bars and the reference line: drawn only when asked for, so the
        first look is a shape, not a set of numbers to grade."""
        self._values_shown = shown
        self._describe()
        self.update()

    def set_bars(
        self,
        bars: list[Bar],
        reference: float | None = None,
        reference_label: str = "",
        colour: str = "soothing",
    ) -> None:
        """``reference`` draws a quiet dashed line, such as the person's usual level."""
        self._bars = bars
        self._reference = reference
        self._reference_label = reference_label
        self._colour = colour
        self._describe()
        self.update()

    def _describe(self) -> None:
        # A screen reader hears what the eye sees: the figures only once they are asked for.
        self.setAccessibleDescription(
            "; ".join(
                f"{b.label}: {b.shown}" if self._values_shown else b.label for b in self._bars
            )
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if not self._bars:
            return
        palette = current_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Labels a little smaller than body text, so twelve weeks fit without clipping.
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * self.LABEL_SCALE)
        painter.setFont(small)
        metrics = QFontMetrics(small)
        line = metrics.height()
        top, bottom = line + 6, self.height() - line - 8
        values = [b.value for b in self._bars]
        if self._reference is not None and self._values_shown:
            values.append(self._reference)
        high, low = max(*values, 0.0), min(*values, 0.0)
        span = (high - low) or 1.0
        baseline = top + (bottom - top) * high / span

        def y_of(value: float) -> float:
            return baseline - (bottom - top) * value / span

        slot = self.width() / len(self._bars)
        width = min(slot * 0.6, 56.0)
        bar_colour = palette.color(self._colour)
        below_colour = palette.color("text_muted")
        text_colour = palette.color("text")
        muted_colour = palette.color("text_muted")
        # The usual line first: the bars and their figures sit in front of it.
        if self._reference is not None and self._values_shown:
            y = y_of(self._reference)
            pen = QPen(palette.color("text_muted"), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(0, int(y), self.width(), int(y))
            painter.drawText(
                QRectF(4, y - line - 1, self.width() - 8, line),
                Qt.AlignmentFlag.AlignRight,
                self._reference_label,
            )
        for number, bar in enumerate(self._bars):
            centre = slot * (number + 0.5)
            y = y_of(bar.value)
            rect = QRectF(centre - width / 2, min(y, baseline), width, abs(baseline - y))
            if rect.height() > 0:
                path = QPainterPath()
                path.addRoundedRect(rect, self.BAR_RADIUS, self.BAR_RADIUS)
                colour = QColor(bar_colour if bar.value >= 0 else below_colour)
                colour.setAlpha(200)
                painter.fillPath(path, colour)
            if self._values_shown:
                self._draw_value(
                    painter,
                    bar,
                    centre=centre,
                    slot=slot,
                    heights=(y, baseline, line),
                    colour=text_colour,
                    background=palette.color("surface"),
                )
            painter.setPen(muted_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot) - 4)
            painter.drawText(
                QRectF(centre - slot / 2, bottom + 4, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        painter.setPen(QPen(palette.color("border"), 1))
        painter.drawLine(0, int(baseline), self.width(), int(baseline))
        painter.end()

    @staticmethod
    def _draw_value(
        painter: QPainter,
        bar: Bar,
        *,
        centre: float,
        slot: float,
        heights: tuple[float, float, int],
        colour: QColor,
        background: QColor,
    ) -> None:
        """The bar's figure just above it (or just below, for a value under the baseline)."""
        y, baseline, line = heights
        value_y = min(y, baseline) - 4 if bar.value >= 0 else max(y, baseline) + line
        box = QRectF(centre - slot / 2, value_y - line, slot, line)
        # A patch of the card's colour behind the figure, so a dashed "your usual" line
        # passing at that height never strikes it through.
        width = painter.fontMetrics().horizontalAdvance(bar.shown) + 6
        painter.fillRect(QRectF(centre - width / 2, box.top(), width, line), background)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, bar.shown)
