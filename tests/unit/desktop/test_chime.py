"""The soft chime: silent unless the person asked for sounds; played by the desktop's own player."""

import stat
import wave

from kindling.desktop import chime as chime_module
from kindling.desktop.chime import Chime
from kindling.desktop.settings_file import SettingsFile
from kindling.resources import resource_path


def test_the_shipped_chime_is_short_and_quiet():
    with wave.open(str(resource_path("sounds", "chime.wav"))) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        frames = sound.readframes(sound.getnframes())
    peak = max(
        abs(int.from_bytes(frames[i : i + 2], "little", signed=True))
        for i in range(0, len(frames), 2)
    )
    assert 0.5 < seconds < 2.0
    assert peak < 0.3 * 32767  # a chime, not an alert


def test_silent_by_default_and_played_once_sounds_are_on(tmp_path, monkeypatch):
    player = tmp_path / "paplay"
    player.write_text("#!/bin/sh\n")
    player.chmod(player.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(chime_module.sys, "platform", "linux")
    played = []
    settings = SettingsFile(tmp_path / "settings.json")
    chime = Chime(settings, resource_path("sounds", "chime.wav"), runner=played.append)

    chime.phase_changed()
    assert played == []

    settings.update(sounds=True)
    chime.phase_changed()
    assert played == [[str(player), str(resource_path("sounds", "chime.wav"))]]


def test_without_any_player_it_stays_silent_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(chime_module.sys, "platform", "linux")
    played = []
    chime = Chime(
        SettingsFile(tmp_path / "s.json"), resource_path("sounds", "chime.wav"), played.append
    )
    assert not chime.available
    assert chime.play() is False
    assert played == []
