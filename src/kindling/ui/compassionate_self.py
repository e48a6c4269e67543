"""The compassionate-self steps of the warm-up, moved through at the person's own pace."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kindling.ui.layout import centred, heading, muted


class CompassionateSelf(QWidget):
    """A few short steps. "Next" moves on; "Begin creating now" goes straight to the end.

    Nothing here is timed: a person may stay with a step as long as it helps.
    """

    finished = Signal(bool)  # True when every step was visited, False when skipped
    step_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = 0
        self._offset = 0  # steps of the warm-up before these
        self._steps = self._step_words()
        self._title = heading("", self)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._words = QLabel(self)
        self._words.setWordWrap(True)
        self._words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._words.setMinimumHeight(self._words.fontMetrics().lineSpacing() * 4)
        self._where = muted("", self)
        self._where.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.next_button = QPushButton(self)
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self._on_next)
        self.skip_button = QPushButton(self)
        self.skip_button.setProperty("role", "quiet")
        self.skip_button.clicked.connect(self._on_skip)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(18)
        layout.addStretch(1)
        layout.addWidget(self._title)
        layout.addLayout(centred(self._words))
        layout.addWidget(self._where)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.retranslate()
        self._show_step(0)

    def retranslate(self) -> None:
        """The steps in the language now installed, staying on the step in view."""
        self.setAccessibleName(self.tr("The compassionate self"))
        self._words.setAccessibleName(self.tr("Guidance"))
        self.next_button.setAccessibleName(self.tr("Go on to the next step"))
        self.next_button.setAccessibleDescription(
            self.tr("Take as long as you like with each step; nothing here is timed.")
        )
        self.skip_button.setText(self.tr("Begin creating now"))
        self.skip_button.setAccessibleName(self.tr("Skip the compassionate-self steps"))
        self.skip_button.setAccessibleDescription(self.tr("Goes straight on to your session."))
        self._steps = self._step_words()
        self._set_step_words()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _step_words(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("Bring to mind a kinder you"),
                self.tr(
                    "Imagine a version of you that is wise, kind, strong, caring and calm. "
                    "It does not need to feel real yet; imagining it is enough."
                ),
            ),
            (
                self.tr("Let your face and voice soften"),
                self.tr(
                    "Let your face relax, perhaps into a small, warm smile. Notice your inner "
                    "voice becoming slower and gentler, the way you would speak to a friend."
                ),
            ),
            (
                self.tr("Let this self guide the session"),
                self.tr(
                    "Let this kinder self sit beside you while you work. When the critic "
                    "speaks, this part of you can answer, warmly and without hurry."
                ),
            ),
        ]

    @property
    def step_count(self) -> int:
        return len(self._steps)

    @property
    def index(self) -> int:
        return self._index

    @property
    def words(self) -> str:
        return self._words.text()

    def set_step_offset(self, offset: int) -> None:
        """Counts these steps after ``offset`` others ("Step 2 of 4" after the breathing)."""
        self._offset = offset
        self._set_step_words()

    def restart(self) -> None:
        self._show_step(0)

    def _show_step(self, index: int) -> None:
        self._index = index
        self._set_step_words()
        self.skip_button.setVisible(index != len(self._steps) - 1)
        self.step_changed.emit(index)

    def _set_step_words(self) -> None:
        index = self._index
        title, words = self._steps[index]
        self._title.setText(title)
        self._words.setText(words)
        self._where.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(self._offset + index + 1))
            .replace("%2", str(self._offset + len(self._steps)))
        )
        last = index == len(self._steps) - 1
        self.next_button.setText(self.tr("Begin creating") if last else self.tr("Next"))

    def _on_next(self) -> None:
        if self._index + 1 < len(self._steps):
            self._show_step(self._index + 1)
            self.next_button.setFocus()
        else:
            self.finished.emit(True)

    def _on_skip(self) -> None:
        self.finished.emit(False)
