"""The closing moment: an after check-in and an optional kind word, before the summary."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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
        column, layout = centred_column(self)
        title = self._title = heading("", column)
        lead = self._lead = muted("", column)
        self.checkin_toggle = QPushButton(column)
        self.checkin_toggle.setCheckable(True)
        self.checkin_toggle.setProperty("role", "quiet")
        self.checkin = CheckInWidget(column)
        self.checkin_toggle.toggled.connect(self._on_skip_toggled)

        reflection_label = self._reflection_label = QLabel(column)
        reflection_label.setWordWrap(True)
        self.reflection = QPlainTextEdit(column)
        self.reflection.setTabChangesFocus(True)
        self.reflection.setFixedHeight(96)
        reflection_label.setBuddy(self.reflection)

        self.back_button = QPushButton(column)
        self.back_button.setProperty("role", "quiet")
        self.back_button.clicked.connect(self.back_to_work_requested)
        self.finish_button = QPushButton(column)
        self.finish_button.setProperty("role", "primary")
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
        self.retranslate()

    def retranslate(self) -> None:
        """Every word on the page in the language now installed."""
        self.setAccessibleName(self.tr("Closing the session"))
        self._title.setText(self.tr("Before you go, a moment for yourself"))
        self._lead.setText(
            self.tr("However the work went, you showed up for it. How do you feel now?")
        )
        self._on_skip_toggled(self.checkin_toggle.isChecked())
        self.checkin_toggle.setAccessibleDescription(
            self.tr("The check-in is optional; this hides or shows the three sliders.")
        )
        self._reflection_label.setText(
            self.tr("What went well? One kind thing to say to yourself (optional)")
        )
        self.reflection.setPlaceholderText(self.tr("For example: I let the colours be messy."))
        self.reflection.setAccessibleName(self.tr("Reflection"))
        self.reflection.setAccessibleDescription(
            self.tr("A kind word to yourself, kept with this session. You can leave it empty.")
        )
        self.back_button.setText(self.tr("Back to my work"))
        self.back_button.setAccessibleName(self.tr("Go back to the session"))
        self.back_button.setAccessibleDescription(
            self.tr("The session keeps going, and the session bar comes back.")
        )
        self.finish_button.setText(self.tr("End and see the summary"))
        self.finish_button.setAccessibleName(self.tr("End the session and see the summary"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        words = self.tr("Check in after all") if skipped else self.tr("Skip the check-in")
        self.checkin_toggle.setText(words)
        self.checkin_toggle.setAccessibleName(words)

    def _on_finish(self) -> None:
        # Sliders nobody moved say nothing about how the person is: no check-in, no praise.
        skipped = self.checkin_toggle.isChecked() or not self.checkin.touched
        checkin = None if skipped else self.checkin.value()
        words = self.reflection.toPlainText().strip() or None
        self.end_confirmed.emit(checkin, words)
