"""The optional soft chime at warm-up phase changes, played without any audio library.

PySide6-Essentials has no QtMultimedia, and adding the Addons half (~270 MB) for one short
sound would be out of all proportion. Every desktop already has a way to play a WAV file:
``winsound`` in Python's standard library on Windows, ``afplay`` on macOS, and PipeWire's,
PulseAudio's or ALSA's player on Linux. The chime is started and left to finish on its own;
it never blocks, and where no player exists it is simply silent.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kindling.desktop.settings_file import SettingsFile

log = logging.getLogger(__name__)

LINUX_PLAYERS = ("pw-play", "paplay", "aplay")
Runner = Callable[[Sequence[str]], None]


def _run_detached(command: Sequence[str]) -> None:
    # Imported here: subprocess (with locale, selectors and signal) is about 0.7 MB that most
    # people, who leave the chime off, would otherwise carry for the whole day.
    import subprocess

    subprocess.Popen(  # the chime plays on while Kindling carries on
        list(command),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def player_command(sound: Path) -> list[str] | None:
    """The command that plays ``sound`` here, or None where there is none (or on Windows)."""
    if sys.platform == "darwin":
        return ["afplay", str(sound)] if shutil.which("afplay") else None
    for player in LINUX_PLAYERS:
        found = shutil.which(player)
        if found:
            extra = ["-q"] if player == "aplay" else []
            return [found, *extra, str(sound)]
    return None


class Chime:
    """Plays the chime when the person asked for sounds; silent by default."""

    def __init__(self, settings: SettingsFile, sound: Path, runner: Runner = _run_detached) -> None:
        self._settings = settings
        self._sound = sound
        self._runner = runner

    @property
    def available(self) -> bool:
        return sys.platform == "win32" or player_command(self._sound) is not None

    def phase_changed(self) -> None:
        """Called at each warm-up phase change; plays only if sounds are on."""
        if self._settings.current.sounds:
            self.play()

    def play(self) -> bool:
        """Plays the chime now (the settings' "listen" button); False where it cannot."""
        if sys.platform == "win32":  # pragma: no cover - Windows only, reviewed against the docs
            import winsound

            winsound.PlaySound(str(self._sound), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return True
        command = player_command(self._sound)
        if command is None:
            return False
        try:
            self._runner(command)
        except OSError:
            log.warning("the chime could not be played")
            return False
        return True
