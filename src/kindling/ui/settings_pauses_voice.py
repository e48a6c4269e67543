"""Settings for issue 18: invitations to pause, and kind words read aloud by the system's voice.

A group of its own, so the settings page gains three lines and another group can be added
beside it without the two colliding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from kindling.core.settings import PAUSE_INVITATION_CHOICES, Settings
from kindling.desktop.settings_file import SettingsFile
from kindling.desktop.speech import Speaker
from kindling.ui.spoken_cues import spoken_language


class PausesAndVoiceBox(QGroupBox):
    """Invite a pause (never, or every 20/30/45/60 minutes); read kind words and breathing
    cues aloud; try the voice, or read plainly that this computer has none."""

    def __init__(
        self,
        settings: SettingsFile,
        parent: QWidget | None = None,
        *,
        make_speaker: Callable[[str], Speaker] = Speaker,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pausesAndVoice")
        self._settings = settings
        self._make_speaker = make_speaker
        self._speaker: Speaker | None = None
        self._speaker_language = ""
        self.invite = QComboBox(self)
        for minutes in PAUSE_INVITATION_CHOICES:
            self.invite.addItem("", minutes)
        self.invite.currentIndexChanged.connect(
            lambda: self._save(pause_invitation_minutes=self.invite.currentData())
        )
        self.spoken_words = QCheckBox(self)
        self.spoken_words.toggled.connect(lambda on: self._save(spoken_words=on))
        self.spoken_breathing = QCheckBox(self)
        self.spoken_breathing.toggled.connect(lambda on: self._save(spoken_breathing=on))
        self.try_voice = QPushButton(self)
        self.try_voice.clicked.connect(self._on_try_voice)
        self.voice_note = QLabel(self)
        self.voice_note.setWordWrap(True)
        self.voice_note.setProperty("role", "muted")
        self._voice_row = QWidget(self)
        row = QHBoxLayout(self._voice_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.try_voice, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.voice_note, 1)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._labels = [QLabel(self) for _ in range(4)]
        fields = (self.invite, self.spoken_words, self.spoken_breathing, self._voice_row)
        for label, field in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.retranslate()
        self._reflect(settings.current)
        settings.changed.connect(self._reflect)
        self.destroyed.connect(lambda: settings.changed.disconnect(self._reflect))

    def has_voice(self) -> bool:
        return self._speaker_now().voice() is not None

    def retranslate(self) -> None:
        title = self.tr("Pauses and a voice")
        self.setTitle(title)
        self.setAccessibleName(title)
        texts = [self.tr("Never")] + [
            self.tr("Every %1 minutes").replace("%1", str(m)) for m in PAUSE_INVITATION_CHOICES[1:]
        ]
        for index, text in enumerate(texts):
            self.invite.setItemText(index, text)
        self.invite.setAccessibleName(self.tr("Invite a pause"))
        description = self.tr(
            "Now and then the session bar softly offers a mindful pause. It never takes the "
            "keyboard and goes away by itself; “Not today” quietens it for the session."
        )
        self.invite.setAccessibleDescription(description)
        self.invite.setToolTip(description)
        self.spoken_words.setText(self.tr("Read the kind words aloud"))
        self.spoken_words.setAccessibleName(self.spoken_words.text())
        self.spoken_words.setAccessibleDescription(
            self.tr(
                "Each time you notice the critic, your computer’s voice reads the kind words, "
                "so you can hear them from across the room. Off unless you turn it on."
            )
        )
        self.spoken_words.setToolTip(self.spoken_words.accessibleDescription())
        self.spoken_breathing.setText(self.tr("Read the breathing cues aloud in the warm-up"))
        self.spoken_breathing.setAccessibleName(self.spoken_breathing.text())
        self.spoken_breathing.setAccessibleDescription(
            self.tr("“Breathe in”, “Breathe out”: said softly as the breath turns.")
        )
        self.spoken_breathing.setToolTip(self.spoken_breathing.accessibleDescription())
        self.try_voice.setText(self.tr("Try the voice"))
        self.try_voice.setAccessibleName(self.tr("Try the voice"))
        self.try_voice.setAccessibleDescription(
            self.tr("Says one short sentence, so you know how the words will sound.")
        )
        self._voice_row.setAccessibleName(self.tr("Voice"))
        for label, text in zip(
            self._labels,
            (
                self.tr("Invite a pause"),
                self.tr("Kind words"),
                self.tr("Breathing"),
                self.tr("Voice"),
            ),
            strict=True,
        ):
            label.setText(text)
        self._say_what_voice()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- behaviour ----------------------------------------------------------------------------

    def _speaker_now(self) -> Speaker:
        language = spoken_language(self._settings.current)
        if self._speaker is None or self._speaker_language != language:
            self._speaker, self._speaker_language = self._make_speaker(language), language
        return self._speaker

    def _say_what_voice(self) -> None:
        voice = self._speaker_now().voice()
        self.try_voice.setEnabled(voice is not None)
        if voice is None:
            self.voice_note.setText(
                self.tr(
                    "No voice was found on this computer. Kindling has none of its own: it "
                    "speaks through your system’s speech (on Linux, speech-dispatcher)."
                )
            )
        else:
            self.voice_note.setText(
                self.tr("Your computer’s own voice reads the words, slowly. Nothing leaves it.")
            )
        self.voice_note.setAccessibleName(self.voice_note.text())

    def _on_try_voice(self) -> None:
        sample = self.tr("Hello. This is how your kind words will sound.")
        if not self._speaker_now().say(sample):
            self._say_what_voice()

    def _save(self, **changes: Any) -> None:
        self._settings.update(**changes)

    def _reflect(self, s: Settings) -> None:
        for control in (self.invite, self.spoken_words, self.spoken_breathing):
            control.blockSignals(True)
        self.invite.setCurrentIndex(max(self.invite.findData(s.pause_invitation_minutes), 0))
        self.spoken_words.setChecked(s.spoken_words)
        self.spoken_breathing.setChecked(s.spoken_breathing)
        for control in (self.invite, self.spoken_words, self.spoken_breathing):
            control.blockSignals(False)
