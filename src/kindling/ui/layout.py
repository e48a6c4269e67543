"""Small layout helpers shared by the pages: a calm centred column inside a scroll area."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kindling.ui.theme import MARGIN, SPACING

COLUMN_WIDTH = 640


def centred_column(area: QScrollArea, width: int = COLUMN_WIDTH) -> tuple[QWidget, QVBoxLayout]:
    """Fills ``area`` with a column of at most ``width`` pixels, centred, and returns it."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget(area)
    column = QWidget(body)
    column.setMaximumWidth(width)
    outer = QHBoxLayout(body)
    outer.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    outer.addStretch(1)
    outer.addWidget(column, 100)
    outer.addStretch(1)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING)
    area.setWidget(body)
    return column, layout


HEADING_SCALE = 1.45


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    label.setFont(font)
    return label


def muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label
