"""Reads aloud what the person asked to hear: the kind words of each noticed moment, and the
warm-up's breathing cues. Both off by default (Settings.spoken_words, spoken_breathing).

Never read aloud: a note the person wrote, and the support answer (a helpline is not for
a room to overhear). Nothing is logged about what is said.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject

from kindling.core.breathing import BreathPhase
from kindling.core.support import SUPPORT_GROUP

if TYPE_CHECKING:  # built with the app: what speaking needs is loaded when it first speaks
    from kindling.companion.session import NoticedMoment
    from kindling.core.settings import Settings
    from kindling.desktop.settings_file import SettingsFile
    from kindling.desktop.speech import Speaker
    from kindling.ui.breathing_guide import BreathingGuide


def spoken_language(settings: Settings) -> str:
    """The language the voice should speak: the person's choice, else the system's."""
    return QLocale().name() if settings.language == "system" else settings.language


def _speaker(language: str) -> Speaker:
    from kindling.desktop.speech import Speaker

    return Speaker(language)


class SpokenCues(QObject):
    def __init__(
        self,
        settings: SettingsFile,
        parent: QObject | None = None,
        *,
        make_speaker: Callable[[str], Speaker] = _speaker,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._make_speaker = make_speaker
        self._speaker: Speaker | None = None
        self._speaker_language = ""
        self._guides: list[BreathingGuide] = []

    def follow_guide(self, guide: BreathingGuide) -> None:
        """Speaks the guide's cue at each change of phase; the first time, the current one too
        (the guide began before anyone listened)."""
        if guide in self._guides:
            return
        self._guides.append(guide)
        guide.phase_changed.connect(lambda phase: self._on_phase(guide, phase))
        if guide.is_running() and guide.phase is not None:
            self._on_phase(guide, guide.phase.value)

    def on_moment(self, noticed: NoticedMoment) -> None:
        if self._settings.current.spoken_words and noticed.reframe.group != SUPPORT_GROUP:
            self._speaker_now().say(noticed.reframe.text)

    def stop(self) -> None:
        if self._speaker is not None:
            self._speaker.stop()

    def _on_phase(self, guide: BreathingGuide, phase: str) -> None:
        if self._settings.current.spoken_breathing and guide.isVisible():
            self._speaker_now().say(guide.cue(BreathPhase(phase)))

    def _speaker_now(self) -> Speaker:
        language = spoken_language(self._settings.current)
        if self._speaker is None or self._speaker_language != language:
            self._speaker, self._speaker_language = self._make_speaker(language), language
        return self._speaker
