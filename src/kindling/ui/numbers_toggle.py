""" "Show the numbers": the counts behind a looking-back page, one click away and never first.

Each page that looks back (history, patterns, a session's summary, the kind words) opens
in words and shapes. The figures are there for whoever wants them, behind this one button
beside the page's heading. The choice lasts while Kindling runs and is not saved: each
start begins gently again, so numbers opened on one day are not the first thing seen on
a harder one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class NumbersToggle(QPushButton):
    """A quiet two-state button; ``toggled(True)`` means the numbers are shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numbers_toggle")
        self.setCheckable(True)
        self.setProperty("role", "quiet")
        self.toggled.connect(lambda _shown: self.retranslate())
        self.retranslate()

    @property
    def shown(self) -> bool:
        return self.isChecked()

    def retranslate(self) -> None:
        """Its words in the language now installed, and for the state it is in."""
        self.setText(
            self.tr("Hide the numbers") if self.isChecked() else self.tr("Show the numbers")
        )
        self.setAccessibleName(self.tr("Show the numbers"))
        self.setAccessibleDescription(
            self.tr("Counts and figures behind this page, for when you want them.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def heading_row(title: QLabel, toggle: NumbersToggle) -> QHBoxLayout:
    """The page's heading with the toggle at its right, on one line."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(title, 1)
    row.addWidget(toggle)
    return row
