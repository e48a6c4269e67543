"""The start page: what you are making, an optional intention, the warm-up, an optional check-in."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractButton,
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

from kindling.core.settings import ALTERNATIVES, DEFAULT_HOTKEY, WARMUP_MINUTES_CHOICES
from kindling.ui.checkin_widget import SYSTEMS, CheckInWidget
from kindling.ui.hotkey_text import shown_hotkey
from kindling.ui.layout import centred_column, heading, muted
from kindling.ui.studio_choice import StudioChoice
from kindling.ui.theme import SPACING

if TYPE_CHECKING:
    from kindling.core.model import CheckIn  # loaded after the first frame


@dataclass(frozen=True, slots=True)
class StartChoices:
    """What the person chose on the start page."""

    medium: str
    intention: str | None
    warmup_minutes: int
    alternative: str
    checkin: CheckIn | None
    studio: bool = False  # away from the keyboard: the session fills a screen
    studio_screen: str = ""  # which screen, by name ("": the primary)


class StartPage(QScrollArea):
    """Layout only; the session flow decides what "Begin" does.

    Few decisions before beginning: what you make (remembered, never guessed), an optional
    intention, and "Begin". The warm-up's length and anchor are remembered and folded away
    behind one line that says what they are; the check-in is folded too.
    """

    begin_requested = Signal(StartChoices)

    def __init__(
        self,
        last_medium: str = "",
        warmup_minutes: int = 2,
        alternative: str = "breath",
        parent: QWidget | None = None,
        hotkey: str = DEFAULT_HOTKEY,
        *,
        studio_screen: str = "",
    ) -> None:
        super().__init__(parent)
        self._studio_screen = studio_screen
        column, layout = centred_column(self)
        self._column = column
        self._hotkey = hotkey

        title = self._title = heading("", column)
        self.medium = QComboBox(column)
        self.medium.setEditable(True)
        self.medium.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        named = self._medium_names()
        self.medium.addItems(list(named.values()))
        if last_medium:
            # Kept as it was shown; an English name is shown in the person's language.
            self.medium.setCurrentText(named.get(last_medium, last_medium))
        else:
            # Nothing guessed for a person who has never said what they make.
            self.medium.setCurrentIndex(-1)
            self.medium.setEditText("")
        title.setBuddy(self.medium)

        intention_label = self._intention_label = QLabel(column)
        self.intention = QLineEdit(column)
        intention_label.setBuddy(self.intention)

        self.checkin = CheckInWidget(column)
        self.checkin_toggle = QPushButton(column)
        self.checkin_toggle.setCheckable(True)
        self.checkin_toggle.setProperty("role", "disclosure")
        self.checkin_toggle.toggled.connect(self._on_checkin_toggled)

        self.begin_button = QPushButton(column)
        self.begin_button.setProperty("role", "primary")
        self.begin_button.setDefault(True)
        self.begin_button.clicked.connect(self._on_begin)
        self.intention.returnPressed.connect(self._on_begin)
        self.hotkey_hint = muted("", column)
        self.hotkey_hint.setObjectName("startHotkey")
        begin_row = QHBoxLayout()
        begin_row.addLayout(self._beside_begin(column), 1)
        begin_row.addWidget(self.begin_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout.addWidget(title)
        layout.addWidget(self.medium)
        layout.addSpacing(SPACING // 2)
        layout.addWidget(intention_label)
        layout.addWidget(self.intention)
        layout.addSpacing(SPACING // 2)
        self._add_folded_warmup(layout, warmup_minutes, alternative)
        layout.addWidget(self.checkin_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.checkin)
        layout.addSpacing(SPACING)
        layout.addLayout(begin_row)
        layout.addStretch(1)
        self._set_tab_order()
        self.retranslate()

    def _beside_begin(self, column: QWidget) -> QVBoxLayout:
        """The hotkey's hint and, quietly, studio mode for a person away from the keyboard."""
        self.studio_choice = StudioChoice(self._studio_screen, column)
        self.studio = self.studio_choice.check
        beside = QVBoxLayout()
        beside.setSpacing(4)
        beside.addWidget(self.hotkey_hint)
        beside.addWidget(self.studio_choice)
        return beside

    def retranslate(self) -> None:
        """Every word on the page in the language now installed."""
        self.setAccessibleName(self.tr("Start a session"))
        self._title.setText(self.tr("What are you making today?"))
        self._retranslate_mediums()
        editor = self.medium.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("For example: painting, a short story"))
        self.medium.setAccessibleName(self.tr("What you are making"))
        self.medium.setAccessibleDescription(
            self.tr("Choose one, or type your own. It names the session in your history.")
        )
        self._intention_label.setText(self.tr("What would you like to explore? (optional)"))
        self.intention.setPlaceholderText(self.tr("For example: loose, playful colour"))
        self.intention.setAccessibleName(self.tr("Intention for this session"))
        self.intention.setAccessibleDescription(
            self.tr("A few words to carry into the session, if you like. You can leave it empty.")
        )
        self._warmup_label.setText(self.tr("A short warm-up before you begin"))
        for button in self._warmup_group.buttons():
            self._name_warmup_choice(button, self._warmup_group.id(button))
        self._anchor_label.setText(self.tr("What would you like to rest your attention on?"))
        self._anchor_hint.setText(
            self.tr("If the breath feels uncomfortable, another anchor works just as well.")
        )
        names = self._anchor_names()
        for button in self._anchor_group.buttons():
            name = names[str(button.property("anchor"))]
            button.setText(name)
            button.setAccessibleName(name)
            button.setAccessibleDescription(self.tr("What the warm-up guides your attention to."))
        self.checkin_toggle.setAccessibleName(self.tr("Add a check-in before you begin"))
        self.checkin_toggle.setAccessibleDescription(
            self.tr("Shows three sliders for how you feel now. Entirely optional.")
        )
        self._on_checkin_toggled(self.checkin_toggle.isChecked())
        self.warmup_toggle.setAccessibleDescription(
            self.tr("Shows how long the warm-up lasts and what it rests your attention on.")
        )
        self._say_warmup_choice()
        self._say_hotkey()
        self.begin_button.setText(self.tr("Begin"))
        self.begin_button.setAccessibleName(self.tr("Begin the session"))
        self.begin_button.setAccessibleDescription(
            self.tr("Starts the warm-up, if you chose one, and then the session bar.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_hotkey(self, hotkey: str) -> None:
        """The critic hotkey the page mentions (the person's own, from settings)."""
        self._hotkey = hotkey
        self._say_hotkey()

    def _say_hotkey(self) -> None:
        self.hotkey_hint.setText(
            self.tr("While you work, press %1 when your critic speaks up.").replace(
                "%1", shown_hotkey(self._hotkey)
            )
        )

    def _say_warmup_choice(self) -> None:
        """The folded warm-up choices, said in one line: "Warm-up: 2 min, the breath"."""
        minutes = self.warmup_minutes()
        if minutes == 0:
            summary = self.tr("No warm-up")
        else:
            anchor = {
                "breath": self.tr("resting on the breath"),
                "posture": self.tr("resting in a grounded posture"),
                "image": self.tr("resting with a warm image"),
            }[self.alternative()]
            summary = (
                self.tr("Warm-up: %1, %2")
                .replace("%1", self.tr("%n min", "", minutes))
                .replace("%2", anchor)
            )
        arrow = "▾" if self.warmup_toggle.isChecked() else "▸"
        self.warmup_toggle.setText(arrow + "  " + summary)
        self.warmup_toggle.setAccessibleName(summary)

    def _on_warmup_toggled(self, shown: bool) -> None:
        self.warmup_choices.setVisible(shown)
        self._say_warmup_choice()

    def _medium_names(self) -> dict[str, str]:
        return {
            "painting": self.tr("painting"),
            "drawing": self.tr("drawing"),
            "writing": self.tr("writing"),
            "music": self.tr("music"),
            "something else": self.tr("something else"),
        }

    def _retranslate_mediums(self) -> None:
        """The offered kinds of making in the new language; a word typed in stays as it is."""
        typed = self.medium.currentText()
        was_offered = self.medium.findText(typed) >= 0
        chosen = self.medium.currentIndex()
        for index, name in enumerate(self._medium_names().values()):
            self.medium.setItemText(index, name)
        if was_offered and chosen >= 0:
            self.medium.setCurrentIndex(chosen)
            self.medium.setEditText(self.medium.itemText(chosen))
        else:
            self.medium.setEditText(typed)

    def _set_tab_order(self) -> None:
        """Top to bottom as the page reads; the choices were built after the Begin button."""
        chain: list[QWidget] = [
            self.medium,
            self.intention,
            self.warmup_toggle,
            *self._warmup_group.buttons(),
            *self._anchor_group.buttons(),
            self.checkin_toggle,
            *(self.checkin.slider(name) for name in SYSTEMS),  # when shown, right after it
            self.studio,
            self.studio_choice.screens,  # shown only with two or more screens
            self.begin_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        for button in (*self._warmup_group.buttons(), *self._anchor_group.buttons()):
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Tab into a row of choices lands on the one chosen, as a screen reader expects.
        if (
            isinstance(watched, QRadioButton)
            and event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
            and not watched.isChecked()
        ):
            group = watched.group()
            chosen = group.checkedButton() if group is not None else None
            if chosen is not None:
                chosen.setFocus(event.reason())
                return True
        return super().eventFilter(watched, event)

    def _add_folded_warmup(self, layout: QVBoxLayout, minutes: int, alternative: str) -> None:
        """The warm-up's length and anchor, folded behind one line that says what they are."""
        self.warmup_toggle = QPushButton(self._column)
        self.warmup_toggle.setCheckable(True)
        self.warmup_toggle.setProperty("role", "disclosure")
        self.warmup_toggle.toggled.connect(self._on_warmup_toggled)
        self.warmup_choices = QWidget(self._column)
        folded = QVBoxLayout(self.warmup_choices)
        folded.setContentsMargins(0, 0, 0, 0)
        folded.setSpacing(SPACING // 2)
        layout.addWidget(self.warmup_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.warmup_choices)
        self._add_warmup_choices(folded, minutes)
        self._add_anchor_choices(folded, alternative)
        self.warmup_choices.setVisible(False)
        self._warmup_group.idToggled.connect(lambda _id, _on: self._say_warmup_choice())
        self._anchor_group.idToggled.connect(lambda _id, _on: self._say_warmup_choice())

    def _add_warmup_choices(self, layout: QVBoxLayout, selected: int) -> None:
        self._warmup_label = QLabel(self.warmup_choices)
        layout.addWidget(self._warmup_label)
        self._warmup_group = QButtonGroup(self)
        row = QHBoxLayout()
        for minutes in WARMUP_MINUTES_CHOICES:
            button = QRadioButton(self.warmup_choices)
            self._warmup_group.addButton(button, minutes)
            row.addWidget(button)
            button.setChecked(minutes == selected)
        row.addStretch(1)
        layout.addLayout(row)

    def _name_warmup_choice(self, button: QAbstractButton, minutes: int) -> None:
        if minutes == 0:
            text = spoken = self.tr("No warm-up")
        else:
            text = self.tr("%n min", "", minutes)
            spoken = self.tr("One minute") if minutes == 1 else self.tr("%n minutes", "", minutes)
        button.setText(text)
        button.setAccessibleName(spoken)
        button.setAccessibleDescription(
            self.tr("How long the grounding warm-up lasts before the session begins.")
        )

    def _anchor_names(self) -> dict[str, str]:
        return {
            "breath": self.tr("The breath"),
            "posture": self.tr("A grounded posture"),
            "image": self.tr("A warm image"),
        }

    def _add_anchor_choices(self, layout: QVBoxLayout, selected: str) -> None:
        self._anchor_label = QLabel(self.warmup_choices)
        layout.addWidget(self._anchor_label)
        self._anchor_hint = muted("", self.warmup_choices)
        layout.addWidget(self._anchor_hint)
        self._anchor_group = QButtonGroup(self)
        row = QHBoxLayout()
        for index, key in enumerate(ALTERNATIVES):
            button = QRadioButton(self.warmup_choices)
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
            studio=self.studio_choice.wanted(),
            studio_screen=self.studio_choice.screen_name(),
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
