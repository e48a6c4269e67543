"""The breathing guide's painted shape: a soft glow and a body that grows and shrinks.

Light on the battery (issue 18): the glow and the body's gradient are painted once per size
and colour into pixmaps; a frame repaints only the thin ring between the body's old and new
edge (the body's gradient is fixed to the widget, not to the body's size, so nothing inside
the edge changes as it grows), and not at all when the edge moved less than a quarter pixel.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRadialGradient,
    QRegion,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindling.ui.theme import current_palette

REST = 0.45  # at empty lungs the body rests at 45 % of its full size: it never vanishes
EDGE_MARGIN = 3  # pixels either side of an edge that antialiasing may touch
STILL = 0.25  # pixels: an edge that moved less than this is not repainted
BAND = 24  # pixel rows per band of the repainted ring


class BreathShape(QWidget):
    """The painted circle; ``set_fullness`` (0 empty lungs, 1 full) moves its edge."""

    def __init__(self, compact: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fullness = 0.0
        self._shown_radius = 0.0  # the body's radius as last painted (or asked to be)
        self._cache_key: tuple[int, float, str, str] | None = None
        self._glow = QPixmap()
        self._body = QPixmap()
        side = 72 if compact else 240
        self.setMinimumSize(side, side)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- geometry ------------------------------------------------------------------------------

    def _outer(self) -> float:
        return min(self.width(), self.height()) / 2 - 2

    def _centre(self) -> QPointF:
        return QPointF(self.width() / 2, self.height() / 2)

    def radius_for(self, fullness: float) -> float:
        return max(self._outer(), 0.0) * (REST + (1 - REST) * fullness)

    def _disc(self, radius: float) -> QRect:
        centre = self._centre()
        return QRectF(
            centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius
        ).toAlignedRect()

    # --- changes ------------------------------------------------------------------------------

    def set_fullness(self, fullness: float) -> None:
        """Moves the edge; asks to repaint only the ring the edge crossed."""
        self.fullness = fullness
        new = self.radius_for(fullness)
        old = self._shown_radius
        if abs(new - old) < STILL:
            return
        self._shown_radius = new
        self.update(ring(self._centre(), min(old, new) - EDGE_MARGIN, max(old, new) + EDGE_MARGIN))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._shown_radius = self.radius_for(self.fullness)
        super().resizeEvent(event)  # Qt repaints all of a resized widget

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.update()  # new colours: the cache is refreshed at the next paint
        super().changeEvent(event)

    # --- painting -----------------------------------------------------------------------------

    def _ensure_cache(self) -> None:
        palette = current_palette(self.palette())
        side = max(int(self._outer() * 2) + 2, 1)
        ratio = self.devicePixelRatioF()
        key = (side, ratio, palette.accent, palette.accent_soft)
        if key == self._cache_key:
            return
        self._cache_key = key
        self._glow = _disc_pixmap(side, ratio, QColor(palette.accent_soft), 0.55, 0.0)
        self._body = _disc_pixmap(side, ratio, QColor(palette.accent), 0.55, 0.85)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self._ensure_cache()
        radius = self._shown_radius
        centre = self._centre()
        side = self._glow.width() / self._glow.devicePixelRatio()
        left, top = centre.x() - side / 2, centre.y() - side / 2
        painter = QPainter(self)
        painter.drawPixmap(QPointF(left, top), self._glow)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        body = QBrush(self._body)
        body.setTransform(QTransform.fromTranslate(left, top))
        painter.setBrush(body)
        painter.drawEllipse(centre, radius, radius)
        painter.end()


def ring(centre: QPointF, inner: float, outer: float) -> QRegion:
    """The ring between two circles, covered by a few rectangles per band of ``BAND`` rows.

    An exact elliptic region would be one rectangle per pixel row, and each is a separate
    copy to the screen; bands of rows cost a few spare pixels and far fewer copies.
    """
    region = QRegion()
    cx, cy = centre.x(), centre.y()
    y = -outer
    while y < outer:
        top, bottom = y, min(y + BAND, outer)
        near = 0.0 if top <= 0 <= bottom else min(abs(top), abs(bottom))
        far = max(abs(top), abs(bottom))
        wide = math.sqrt(max(outer * outer - near * near, 0.0))
        hole = math.sqrt(inner * inner - far * far) if inner > far else 0.0
        rows = (math.floor(cy + top), math.ceil(cy + bottom))
        if hole > 0:
            for left, right in ((cx - wide, cx - hole), (cx + hole, cx + wide)):
                region += QRect(
                    math.floor(left),
                    rows[0],
                    math.ceil(right) - math.floor(left),
                    rows[1] - rows[0],
                )
        else:
            region += QRect(
                math.floor(cx - wide), rows[0], math.ceil(2 * wide) + 1, rows[1] - rows[0]
            )
        y = bottom
    return region


def _disc_pixmap(side: int, ratio: float, colour: QColor, centre: float, edge: float) -> QPixmap:
    """A ``side``-pixel disc filled with a radial gradient from ``centre`` to ``edge`` alpha."""
    pixmap = QPixmap(int(side * ratio), int(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    inner, outer = QColor(colour), QColor(colour)
    inner.setAlphaF(centre)
    outer.setAlphaF(edge)
    middle = QPointF(side / 2, side / 2)
    gradient = QRadialGradient(middle, side / 2)
    gradient.setColorAt(0.0, inner)
    gradient.setColorAt(1.0, outer)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawEllipse(middle, side / 2, side / 2)
    painter.end()
    return pixmap
