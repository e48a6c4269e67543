"""Small layout helpers shared by the pages: a calm column with one left edge, in a scroll area."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kindling.ui.theme import MARGIN, SPACING

COLUMN_WIDTH = 640
READING_WIDTH = 560  # short lines read calmly


def page_column(area: QScrollArea, width: int = COLUMN_WIDTH) -> tuple[QWidget, QVBoxLayout]:
    """Fills ``area`` with a column of at most ``width`` pixels and returns it.

    Every page's column starts at the same left edge (``MARGIN`` from the sections column),
    whatever its width and whether a scroll bar shows: moving between pages, the eye finds
    the words where it left them. The width only keeps lines short.
    """
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget(area)
    column = QWidget(body)
    column.setMaximumWidth(width)
    outer = QHBoxLayout(body)
    outer.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    outer.addWidget(column, 100)
    outer.addStretch(1)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING)
    area.setWidget(body)
    return column, layout


centred_column = page_column
"""The old name, kept while other pages move to :func:`page_column`."""

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


def centred(widget: QWidget, width: int = READING_WIDTH) -> QHBoxLayout:
    """A row holding ``widget`` centred, as wide as it may be up to ``width``.

    Unlike an alignment flag this keeps a word-wrapped label's full width, so its height
    follows the text and nothing is cut off.
    """
    widget.setMaximumWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget, 100)
    row.addStretch(1)
    return row
