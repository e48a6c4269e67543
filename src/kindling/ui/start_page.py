"""The start page: what you are making, an optional intention, the warm-up, an optional check-in."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kindling.core.model import CheckIn
from kindling.core.settings import ALTERNATIVES, WARMUP_MINUTES_CHOICES
from kindling.ui.checkin_widget import CheckInWidget
from kindling.ui.layout import centred_column, heading, muted
from kindling.ui.theme import SPACING


@dataclass(frozen=True, slots=True)
class StartChoices:
    """What the person chose on the start page."""

    medium: str
    intention: str | None
    warmup_minutes: int
    alternative: str
    checkin: CheckIn | None


class StartPage(QScrollArea):
    """Layout only; the session flow decides what "Begin" does."""

    begin_requested = Signal(StartChoices)

    def __init__(
        self,
        last_medium: str = "painting",
        warmup_minutes: int = 2,
        alternative: str = "breath",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Start a session"))
        column, layout = centred_column(self)
        self._column = column

        title = heading(self.tr("Welcome. What are you making today?"), column)
        self.medium = QComboBox(column)
        self.medium.setEditable(True)
        self.medium.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        named = {
            "painting": self.tr("painting"),
            "drawing": self.tr("drawing"),
            "writing": self.tr("writing"),
            "music": self.tr("music"),
            "something else": self.tr("something else"),
        }
        self.medium.addItems(list(named.values()))
        # The default is stored in English; shown in the person's language like the others.
        self.medium.setCurrentText(named.get(last_medium, last_medium))
        self.medium.setAccessibleName(self.tr("What you are making"))
        title.setBuddy(self.medium)

        intention_label = QLabel(self.tr("What would you like to explore? (optional)"), column)
        self.intention = QLineEdit(column)
        self.intention.setPlaceholderText(self.tr("For example: loose, playful colour"))
        self.intention.setAccessibleName(self.tr("Intention for this session"))
        intention_label.setBuddy(self.intention)

        self.checkin = CheckInWidget(column)
        self.checkin_toggle = QPushButton(column)
        self.checkin_toggle.setCheckable(True)
        self.checkin_toggle.setProperty("role", "quiet")
        self.checkin_toggle.setAccessibleName(self.tr("Add a check-in before you begin"))
        self.checkin_toggle.toggled.connect(self._on_checkin_toggled)
        self._on_checkin_toggled(False)

        self.begin_button = QPushButton(self.tr("Begin"), column)
        self.begin_button.setProperty("role", "primary")
        self.begin_button.setAccessibleName(self.tr("Begin the session"))
        self.begin_button.setDefault(True)
        self.begin_button.clicked.connect(self._on_begin)
        self.intention.returnPressed.connect(self._on_begin)
        begin_row = QHBoxLayout()
        begin_row.addStretch(1)
        begin_row.addWidget(self.begin_button)

        layout.addWidget(title)
        layout.addWidget(self.medium)
        layout.addSpacing(SPACING // 2)
        layout.addWidget(intention_label)
        layout.addWidget(self.intention)
        layout.addSpacing(SPACING // 2)
        self._add_warmup_choices(layout, warmup_minutes)
        self._add_anchor_choices(layout, alternative)
        layout.addSpacing(SPACING // 2)
        layout.addWidget(self.checkin_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.checkin)
        layout.addSpacing(SPACING)
        layout.addLayout(begin_row)
        layout.addStretch(1)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Top to bottom as the page reads; the choices were built after the Begin button."""
        chain: list[QWidget] = [
            self.medium,
            self.intention,
            *self._warmup_group.buttons(),
            *self._anchor_group.buttons(),
            self.checkin_toggle,
            self.begin_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _add_warmup_choices(self, layout: QVBoxLayout, selected: int) -> None:
        layout.addWidget(QLabel(self.tr("A short warm-up before you begin"), self._column))
        self._warmup_group = QButtonGroup(self)
        row = QHBoxLayout()
        for minutes in WARMUP_MINUTES_CHOICES:
            if minutes == 0:
                text = spoken = self.tr("No warm-up")
            else:
                text = self.tr("%n min", "", minutes)
                spoken = (
                    self.tr("One minute") if minutes == 1 else self.tr("%n minutes", "", minutes)
                )
            button = QRadioButton(text, self._column)
            button.setAccessibleName(spoken)
            self._warmup_group.addButton(button, minutes)
            row.addWidget(button)
            button.setChecked(minutes == selected)
        row.addStretch(1)
        layout.addLayout(row)

    def _add_anchor_choices(self, layout: QVBoxLayout, selected: str) -> None:
        layout.addWidget(
            QLabel(self.tr("What would you like to rest your attention on?"), self._column)
        )
        layout.addWidget(
            muted(
                self.tr("If the breath feels uncomfortable, another anchor works just as well."),
                self._column,
            )
        )
        names = {
            "breath": self.tr("The breath"),
            "posture": self.tr("A grounded posture"),
            "image": self.tr("A warm image"),
        }
        self._anchor_group = QButtonGroup(self)
        row = QHBoxLayout()
        for index, key in enumerate(ALTERNATIVES):
            button = QRadioButton(names[key], self._column)
            button.setAccessibleName(names[key])
            button.setProperty("anchor", key)
            self._anchor_group.addButton(button, index)
            row.addWidget(button)
            button.setChecked(key == selected)
        row.addStretch(1)
        layout.addLayout(row)

    # --- reading and setting ------------------------------------------------------------------

    def warmup_minutes(self) -> int:
        return max(self._warmup_group.checkedId(), 0)

    def set_warmup_minutes(self, minutes: int) -> None:
        button = self._warmup_group.button(minutes)
        if button is not None:
            button.setChecked(True)

    def alternative(self) -> str:
        button = self._anchor_group.checkedButton()
        return "breath" if button is None else str(button.property("anchor"))

    def set_alternative(self, key: str) -> None:
        for button in self._anchor_group.buttons():
            if button.property("anchor") == key:
                button.setChecked(True)

    def choices(self) -> StartChoices:
        intention = self.intention.text().strip() or None
        checkin = self.checkin.value() if self.checkin_toggle.isChecked() else None
        return StartChoices(
            medium=self.medium.currentText().strip() or self.tr("making"),
            intention=intention,
            warmup_minutes=self.warmup_minutes(),
            alternative=self.alternative(),
            checkin=checkin,
        )

    def reset_for_next_session(self) -> None:
        """Clears what belongs to one session; keeps what the person likes (medium, warm-up)."""
        self.intention.clear()
        self.checkin.reset()
        self.checkin_toggle.setChecked(False)

    def _on_checkin_toggled(self, shown: bool) -> None:
        self.checkin.setVisible(shown)
        arrow = "▾" if shown else "▸"
        self.checkin_toggle.setText(
            arrow + "  " + self.tr("Check in with yourself first (optional)")
        )

    def _on_begin(self) -> None:
        self.begin_requested.emit(self.choices())
