"""A word-wrapped label whose height for a width is worked out once per text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A word-wrapped label in a card of fixed width: only its height for that width matters.

    QLabel lays a wrapped text out again for every size question (up to five times for its
    size hints alone, to guess a pleasing shape the card never uses). Here the hints are one
    line, and each text's height for a width is worked out once: reframes come round again.
    """

    MAX_REMEMBERED = 128

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(0, self.fontMetrics().height())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        key = (self.text(), width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= self.MAX_REMEMBERED:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()  # the same words take another height in another font
        super().changeEvent(event)
