"""The closing moment: an after check-in and an optional kind word, before the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QWidget

from kindling.core.model import CheckIn
from kindling.ui.checkin_widget import CheckInWidget
from kindling.ui.layout import centred_column, heading, muted


class ClosingPage(QScrollArea):
    """Layout only. ``end_confirmed`` carries the check-in (or None when skipped) and words."""

    end_confirmed = Signal(object, object)  # CheckIn | None, str | None
    back_to_work_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Closing the session"))
        column, layout = centred_column(self)
        title = heading(self.tr("Before you go, a moment for yourself"), column)
        lead = muted(
            self.tr("However the work went, you showed up for it. How do you feel now?"), column
        )
        self.checkin_toggle = QPushButton(self.tr("Skip the check-in"), column)
        self.checkin_toggle.setCheckable(True)
        self.checkin_toggle.setProperty("role", "quiet")
        self.checkin_toggle.setAccessibleName(self.tr("Skip the check-in"))
        self.checkin = CheckInWidget(column)
        self.checkin_toggle.toggled.connect(self._on_skip_toggled)

        reflection_label = QLabel(
            self.tr("What went well? One kind thing to say to yourself (optional)"), column
        )
        reflection_label.setWordWrap(True)
        self.reflection = QPlainTextEdit(column)
        self.reflection.setPlaceholderText(self.tr("For example: I let the colours be messy."))
        self.reflection.setAccessibleName(self.tr("Reflection"))
        self.reflection.setTabChangesFocus(True)
        self.reflection.setFixedHeight(96)
        reflection_label.setBuddy(self.reflection)

        self.back_button = QPushButton(self.tr("Back to my work"), column)
        self.back_button.setProperty("role", "quiet")
        self.back_button.setAccessibleName(self.tr("Go back to the session"))
        self.back_button.clicked.connect(self.back_to_work_requested)
        self.finish_button = QPushButton(self.tr("End and see the summary"), column)
        self.finish_button.setProperty("role", "primary")
        self.finish_button.setAccessibleName(self.tr("End the session and see the summary"))
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self._on_finish)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.finish_button)

        layout.addWidget(title)
        layout.addWidget(lead)
        layout.addWidget(self.checkin)
        layout.addWidget(self.checkin_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(reflection_label)
        layout.addWidget(self.reflection)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def prepare(self, before: CheckIn | None) -> None:
        """Fresh for this session; the sliders start where the person was at the beginning."""
        self.reflection.clear()
        self.checkin_toggle.setChecked(False)
        self.checkin.reset()
        if before is not None:
            self.checkin.set_value(before)
        self.finish_button.setFocus()

    def _on_skip_toggled(self, skipped: bool) -> None:
        self.checkin.setVisible(not skipped)
        self.checkin_toggle.setText(
            self.tr("Check in after all") if skipped else self.tr("Skip the check-in")
        )

    def _on_finish(self) -> None:
        checkin = None if self.checkin_toggle.isChecked() else self.checkin.value()
        words = self.reflection.toPlainText().strip() or None
        self.end_confirmed.emit(checkin, words)
