"""Type on the studio screen, sized by the screen's height so it reads from across the room."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

WORDS_SHARE = 1 / 14  # the kind words' height, as a share of the screen's (never under 1/20)
SMALLEST_SHARE = 1 / 20  # the least any line meant to be read from afar gets


def sized_font(widget: QWidget, pixels: float, dpi: int) -> QFont:
    """``widget``'s font about ``pixels`` high, and never smaller than the system's font.

    Sized in points from the screen's height (not fixed pixels), so a person who chose a
    larger system font keeps at least that.
    """
    font = QFont(widget.font())
    system = QApplication.font().pointSizeF()
    wanted = pixels * 72.0 / max(dpi, 1)
    font.setPointSizeF(max(wanted, system))
    return font


def fit_words(label: QLabel, width: int, height: int, dpi: int) -> None:
    """The kind words as large as fits (1/14 of the height), under 1/20 only if they must.

    They may fill half the screen's height across 80% of its width; every wrapped line is
    shown (the label takes the height its lines need).
    """
    room = int(width * 0.8)
    label.setFixedWidth(room)
    size = height * WORDS_SHARE
    while True:
        font = sized_font(label, size, dpi)
        font.setWeight(QFont.Weight.Medium)
        label.setFont(font)
        if label.heightForWidth(room) <= height * 0.5 or size <= height * SMALLEST_SHARE / 2:
            break
        size -= 2
    # Every line shown: the screen's stacked pages do not pass a wrapped label's height up.
    label.setFixedHeight(max(label.heightForWidth(room), label.fontMetrics().height()))
