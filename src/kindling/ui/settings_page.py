"""The settings page: every choice is saved and applied the moment it is made."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QWidget,
)

from kindling.core.breathing import BreathingCatalog
from kindling.core.hotkey_trial import HotkeyTrial, HotkeyTrier
from kindling.core.settings import WARMUP_MINUTES_CHOICES, Settings
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile
from kindling.ui.breathing_choice import BreathingChoice
from kindling.ui.data_section import DataSection, Eraser
from kindling.ui.hotkey_field import HotkeyField
from kindling.ui.layout import centred_column, heading, muted
from kindling.ui.settings_pauses_voice import PausesAndVoiceBox

log = logging.getLogger(__name__)

LANGUAGES = (("en", "English"), ("de", "Deutsch"))
"""Shipped languages, each named in its own words so anyone can find theirs."""


class SettingsPage(QScrollArea):
    """Sections of plain choices; each control writes straight to the settings file."""

    erased = Signal()
    welcome_requested = Signal()

    def __init__(
        self,
        settings: SettingsFile,
        catalog: BreathingCatalog,
        paths: DataPaths,
        *,
        eraser: Eraser,
        trier: HotkeyTrier,
        first_trial: HotkeyTrial | None = None,
        play_chime: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._play_chime = play_chime
        self._no_player = False
        inner, self._layout = centred_column(self)
        self._inner = inner
        self._title = heading("", inner)
        self._layout.addWidget(self._title)
        self._lead = muted("", inner)
        self._layout.addWidget(self._lead)

        current = settings.current
        self.hotkey = HotkeyField(current.hotkey, trier, first_trial, inner)
        self.hotkey.hotkey_chosen.connect(lambda key: self._save(hotkey=key))
        self._hotkey_box = self._section([self.hotkey])

        self._build_warmup(catalog)
        self._build_toast_and_bar()
        # Issue 18 (w-awake): invitations to pause and a voice, a group of their own.
        self.pauses_voice = PausesAndVoiceBox(settings, inner)
        self._layout.addWidget(self.pauses_voice)
        self._build_look()
        self.data = DataSection(paths.root, paths.backups, eraser, inner)
        self.data.erased.connect(self.erased)
        self._data_box = self._section([self.data], labelled=False)
        self._layout.addStretch(1)

        self.retranslate()
        self._reflect(current)
        settings.changed.connect(self._reflect)
        self.destroyed.connect(lambda: settings.changed.disconnect(self._reflect))

    # --- building -----------------------------------------------------------------------------

    def _section(self, fields: list[QWidget], labelled: bool = True) -> QGroupBox:
        """A group of rows; titles and row labels are given in :meth:`retranslate`."""
        box = QGroupBox(self._inner)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for field in fields:
            if labelled:
                form.addRow(QLabel(box), field)
            else:
                form.addRow(field)
        self._layout.addWidget(box)
        return box

    @staticmethod
    def _name_section(box: QGroupBox, title: str, labels: list[tuple[QWidget, str]]) -> None:
        box.setTitle(title)
        box.setAccessibleName(title)
        form = box.layout()
        assert isinstance(form, QFormLayout)
        for field, text in labels:
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
                label.setBuddy(field)

    @staticmethod
    def _combo(data: list[Any]) -> QComboBox:
        combo = QComboBox()
        for value in data:
            combo.addItem("", value)
        return combo

    @staticmethod
    def _name_combo(combo: QComboBox, name: str, description: str, texts: list[str]) -> None:
        combo.setAccessibleName(name)
        combo.setAccessibleDescription(description)
        combo.setToolTip(description)
        for index, text in enumerate(texts):
            combo.setItemText(index, text)

    def _build_warmup(self, catalog: BreathingCatalog) -> None:
        self.warmup_minutes = self._combo(list(WARMUP_MINUTES_CHOICES))
        self.warmup_minutes.currentIndexChanged.connect(
            lambda: self._save(warmup_minutes=self.warmup_minutes.currentData())
        )
        self.breathing = BreathingChoice(catalog)
        self.breathing.pattern_chosen.connect(lambda p: self._save(breathing_pattern=p))
        self.breathing.custom_changed.connect(lambda c: self._save(custom_breathing=tuple(c)))
        self.alternative = self._combo(["breath", "posture", "image"])
        self.alternative.currentIndexChanged.connect(
            lambda: self._save(warmup_alternative=self.alternative.currentData())
        )
        self.sounds = QCheckBox()
        self.sounds.toggled.connect(lambda on: self._save(sounds=on))
        self.listen = QPushButton()
        self.listen.clicked.connect(self._on_listen)
        self._sound_row = QWidget()
        row = QHBoxLayout(self._sound_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sounds)
        row.addWidget(self.listen)
        row.addStretch(1)
        self._warmup_box = self._section(
            [self.warmup_minutes, self.breathing, self.alternative, self._sound_row]
        )

    def _build_toast_and_bar(self) -> None:
        self.toast_seconds = QSpinBox()
        self.toast_seconds.setRange(3, 120)
        self.toast_seconds.valueChanged.connect(lambda v: self._save(toast_seconds=v))
        self.toast_position = self._combo(
            ["near-bar", "top-right", "bottom-right", "top-left", "bottom-left"]
        )
        self.toast_position.currentIndexChanged.connect(
            lambda: self._save(toast_position=self.toast_position.currentData())
        )
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(30, 100)
        self.opacity_value = QLabel()
        self.opacity.valueChanged.connect(self._on_opacity)
        self._opacity_row = QWidget()
        row = QHBoxLayout(self._opacity_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.opacity, 1)
        row.addWidget(self.opacity_value)
        self.bar_home = QPushButton()
        self.bar_home.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.bar_home.clicked.connect(lambda: self._save(bar_position=None))
        self.bar_keyboard = QCheckBox()
        self.bar_keyboard.toggled.connect(lambda on: self._save(bar_keyboard=on))
        self._bar_box = self._section(
            [
                self.toast_seconds,
                self.toast_position,
                self._opacity_row,
                self.bar_home,
                self.bar_keyboard,
            ]
        )

    def _build_look(self) -> None:
        self.theme = self._combo(["system", "light", "dark"])
        self.theme.currentIndexChanged.connect(lambda: self._save(theme=self.theme.currentData()))
        self.motion = self._combo(["system", "on", "off"])
        self.motion.currentIndexChanged.connect(
            lambda: self._save(reduced_motion=self.motion.currentData())
        )
        self.language = self._combo(["system", *(code for code, _name in LANGUAGES)])
        self.language.currentIndexChanged.connect(
            lambda: self._save(language=self.language.currentData())
        )
        self.welcome_again = QPushButton()
        self.welcome_again.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.welcome_again.clicked.connect(self.welcome_requested)
        self._look_box = self._section([self.theme, self.motion, self.language, self.welcome_again])

    # --- words --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every word on the page in the language now installed."""
        self.setAccessibleName(self.tr("Settings"))
        self._title.setText(self.tr("Settings"))
        self._lead.setText(self.tr("Everything here is saved as soon as you change it."))
        self.hotkey.setAccessibleName(self.tr("Hotkey"))
        self._name_section(
            self._hotkey_box, self.tr("The critic hotkey"), [(self.hotkey, self.tr("Hotkey"))]
        )
        self._retranslate_warmup()
        self._retranslate_toast_and_bar()
        self._retranslate_look()
        self.pauses_voice.retranslate()  # issue 18 (w-awake), before the labels are aligned
        self.data.setAccessibleName(self.tr("Your data"))
        self._name_section(self._data_box, self.tr("Your data"), [])
        self._align_labels()

    def _align_labels(self) -> None:
        """One label column for every group: the fields of all groups start at one edge."""
        labels: list[QLabel] = []
        for box in self._inner.findChildren(QGroupBox):
            form = box.layout()
            if not isinstance(form, QFormLayout):
                continue
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = None if item is None else item.widget()
                if isinstance(label, QLabel):
                    labels.append(label)
        if not labels:
            return
        for label in labels:
            label.setMinimumWidth(0)
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(widest)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._reflect(self._settings.current)  # words that depend on a setting's value
        super().changeEvent(event)

    def _retranslate_warmup(self) -> None:
        self._name_combo(
            self.warmup_minutes,
            self.tr("Warm-up length"),
            self.tr("How long the grounding warm-up lasts unless you change it on the day."),
            [
                self.tr("%n minute(s)", "", n) if n else self.tr("No warm-up")
                for n in WARMUP_MINUTES_CHOICES
            ],
        )
        self._name_combo(
            self.alternative,
            self.tr("Instead of the breath"),
            self.tr(
                "Something else to rest your attention on, if focusing on breathing is uncomfortable."
            ),
            [self.tr("Follow the breath"), self.tr("A grounding posture"), self.tr("A warm image")],
        )
        self.sounds.setText(self.tr("A soft chime when the warm-up moves on"))
        self.sounds.setAccessibleName(self.sounds.text())
        self.sounds.setAccessibleDescription(self.tr("Off unless you turn it on."))
        self.listen.setText(
            self.tr("No sound player here") if self._no_player else self.tr("Listen")
        )
        self.listen.setAccessibleName(self.tr("Listen to the chime"))
        self.listen.setAccessibleDescription(
            self.tr("Plays the chime once, softly, so you know what it sounds like.")
        )
        self.breathing.setAccessibleName(self.tr("Breathing"))
        self._sound_row.setAccessibleName(self.tr("Sound"))
        self._name_section(
            self._warmup_box,
            self.tr("The warm-up"),
            [
                (self.warmup_minutes, self.tr("Length")),
                (self.breathing, self.tr("Breathing")),
                (self.alternative, self.tr("Attention")),
                (self._sound_row, self.tr("Sound")),
            ],
        )

    def _retranslate_toast_and_bar(self) -> None:
        self.toast_seconds.setSuffix(self.tr(" seconds"))
        self.toast_seconds.setAccessibleName(self.tr("How long the kind words stay"))
        self.toast_seconds.setAccessibleDescription(
            self.tr("The card stays while the pointer rests on it, however long this is.")
        )
        self._name_combo(
            self.toast_position,
            self.tr("Where the kind words appear"),
            self.tr("Where on the screen the card with kind words shows up."),
            [
                self.tr("Beside the session bar"),
                self.tr("Top right"),
                self.tr("Bottom right"),
                self.tr("Top left"),
                self.tr("Bottom left"),
            ],
        )
        self.opacity.setAccessibleName(self.tr("Session bar opacity"))
        self.opacity.setAccessibleDescription(
            self.tr("Lower lets more of your work show through the bar.")
        )
        self._opacity_row.setAccessibleName(self.tr("Bar opacity"))
        self.bar_home.setAccessibleDescription(
            self.tr("The session bar remembers where you moved it; this forgets that place.")
        )
        self.bar_keyboard.setText(self.tr("The bar takes the keyboard when it appears"))
        self.bar_keyboard.setAccessibleName(self.bar_keyboard.text())
        self.bar_keyboard.setAccessibleDescription(
            self.tr(
                "For working with the keyboard alone: Tab and Space then reach the bar's "
                "buttons, and a critic card takes the keyboard so that “This helped” can be "
                "chosen. Off by default, so your painting or writing program keeps its keys."
            )
        )
        self.bar_keyboard.setToolTip(self.bar_keyboard.accessibleDescription())
        self._name_section(
            self._bar_box,
            self.tr("The card and the session bar"),
            [
                (self.toast_seconds, self.tr("Card stays")),
                (self.toast_position, self.tr("Card appears")),
                (self._opacity_row, self.tr("Bar opacity")),
                (self.bar_home, self.tr("Bar place")),
                (self.bar_keyboard, self.tr("Keyboard")),
            ],
        )

    def _retranslate_look(self) -> None:
        self._name_combo(
            self.theme,
            self.tr("Theme"),
            self.tr("Light, dark, or whatever your desktop uses."),
            [self.tr("Like the system"), self.tr("Light"), self.tr("Dark")],
        )
        self._name_combo(
            self.motion,
            self.tr("Reduce motion"),
            self.tr("With less motion, the breathing guide counts in words instead of moving."),
            [self.tr("Like the system"), self.tr("Less motion"), self.tr("Gentle motion")],
        )
        self._name_combo(
            self.language,
            self.tr("Language"),
            self.tr("Kindling speaks this language from now on."),
            [self.tr("Like the system"), *(name for _code, name in LANGUAGES)],
        )
        self.welcome_again.setText(self.tr("Show the welcome again"))
        self.welcome_again.setAccessibleName(self.tr("Show the welcome again"))
        self.welcome_again.setAccessibleDescription(
            self.tr(
                "Opens the short welcome from your first start: the hotkey, the bar, the ideas."
            )
        )
        self._name_section(
            self._look_box,
            self.tr("How Kindling looks"),
            [
                (self.theme, self.tr("Theme")),
                (self.motion, self.tr("Motion")),
                (self.language, self.tr("Language")),
                (self.welcome_again, self.tr("Welcome")),
            ],
        )

    # --- behaviour ----------------------------------------------------------------------------

    def _save(self, **changes: Any) -> None:
        try:
            self._settings.update(**changes)
        except ValueError:
            # The controls only offer valid values; this is a bug, never the person's doing.
            log.exception("a setting was refused")

    def _on_opacity(self, value: int) -> None:
        self.opacity_value.setText(self.tr("%1 %").replace("%1", str(value)))
        self._save(bar_opacity=round(value / 100, 2))

    def _on_listen(self) -> None:
        if self._play_chime is None or not self._play_chime():
            self._no_player = True
            self.listen.setText(self.tr("No sound player here"))
            self.listen.setEnabled(False)

    def _reflect(self, s: Settings) -> None:
        """Shows the stored settings (after a change made here or elsewhere)."""
        controls = (
            self.warmup_minutes,
            self.alternative,
            self.sounds,
            self.toast_seconds,
            self.toast_position,
            self.opacity,
            self.bar_keyboard,
            self.theme,
            self.motion,
            self.language,
        )
        for control in controls:
            control.blockSignals(True)
        for combo, value in (
            (self.warmup_minutes, s.warmup_minutes),
            (self.alternative, s.warmup_alternative),
            (self.toast_position, s.toast_position),
            (self.theme, s.theme),
            (self.motion, s.reduced_motion),
            (self.language, s.language),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.sounds.setChecked(s.sounds)
        self.toast_seconds.setValue(s.toast_seconds)
        self.bar_keyboard.setChecked(s.bar_keyboard)
        self.opacity.setValue(round(s.bar_opacity * 100))
        self.opacity_value.setText(self.tr("%1 %").replace("%1", str(self.opacity.value())))
        moved = s.bar_position is not None
        self.bar_home.setEnabled(moved)
        self.bar_home.setText(
            self.tr("Put the bar back in its usual place")
            if moved
            else self.tr("The bar is in its usual place")
        )
        self.bar_home.setAccessibleName(self.bar_home.text())
        for control in controls:
            control.blockSignals(False)
        self.breathing.show_values(s.breathing_pattern, s.custom_breathing)
