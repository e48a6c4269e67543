"""Kind words spoken for real: spd-say, a private speech-dispatcher, espeak-ng, audio checked with sox.

What is exercised: Kindling's Speaker spawns the real ``spd-say`` (no shell, the words on its
stdin), which talks to a
real ``speech-dispatcher`` (Debian's, started here with a private configuration and socket so
no other speech on the machine is touched), which runs its real espeak-ng output module in
German at the slow rate. The one stand-in is where the sound goes: there is no sound card
here, so ALSA's own ``file`` plugin (set in a private ~/.asoundrc for the server) writes the
samples to a file instead of a speaker. sox then measures that the file is not silence.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kindling.desktop.speech import Speaker

SERVER_CONFIG = """
LogLevel 3
LogDir "{folder}/log"
DefaultVolume 100
AudioOutputMethod "alsa"
AudioALSADevice "default"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
"""
ALSA_TO_FILE = """
pcm.!default {{
  type file
  slave.pcm "null"
  file "{audio}"
  format "raw"
}}
"""
SAMPLE_RATE = "22050"  # espeak-ng's rate; speech-dispatcher passes it through to ALSA


@pytest.fixture
def speech_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private speech-dispatcher whose sound lands in the returned raw audio file."""
    server = shutil.which("speech-dispatcher")
    assert server, "speech-dispatcher is a test package (packaging/bootstrap.py)"
    folder = tmp_path / "spd"
    (folder / "conf" / "modules").mkdir(parents=True)
    (folder / "log").mkdir()
    (folder / "home").mkdir()
    audio = folder / "spoken.raw"
    (folder / "conf" / "speechd.conf").write_text(SERVER_CONFIG.format(folder=folder))
    shutil.copy("/etc/speech-dispatcher/modules/espeak-ng.conf", folder / "conf" / "modules")
    (folder / "home" / ".asoundrc").write_text(ALSA_TO_FILE.format(audio=audio))
    socket = folder / "speechd.sock"
    process = subprocess.Popen(
        [
            server,
            "-s",
            "-C",
            str(folder / "conf"),
            "-c",
            "unix_socket",
            "-S",
            str(socket),
            "-t",
            "60",
        ],
        env={**os.environ, "HOME": str(folder / "home")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not socket.exists():
        assert process.poll() is None, "speech-dispatcher exited at start"
        assert time.monotonic() < deadline, "speech-dispatcher never opened its socket"
        time.sleep(0.05)  # polling interval while the server starts
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{socket}")
    yield audio
    process.terminate()
    process.wait(timeout=30)


def loudness(audio: Path) -> tuple[float, float]:
    """(seconds, RMS amplitude 0..1) of 16-bit mono raw samples, as sox measures them."""
    raw = ["-t", "raw", "-r", SAMPLE_RATE, "-e", "signed", "-b", "16", "-c", "1"]
    result = subprocess.run(
        ["sox", *raw, str(audio), "-n", "stat"], capture_output=True, text=True, check=True
    )
    values = {}
    for line in result.stderr.splitlines():
        name, _, value = line.partition(":")
        values[name.strip()] = value.strip()
    return float(values["Length (seconds)"]), float(values["RMS     amplitude"])


def test_kind_words_are_spoken_aloud_in_german(speech_server: Path) -> None:
    speaker = Speaker("de_DE")
    voice = speaker.voice()
    assert voice is not None
    assert voice.tested
    assert speaker.say("Du darfst dir Zeit lassen. Atme ruhig ein.")
    assert speaker.wait(60), "spd-say did not finish speaking"
    seconds, rms = loudness(speech_server)
    assert seconds > 1.0, f"only {seconds:.2f} s of sound"
    assert rms > 0.02, f"the audio is (nearly) silent: RMS {rms}"


def test_words_on_several_lines_starting_with_a_dash_are_all_spoken(speech_server: Path) -> None:
    speaker = Speaker("en")
    assert speaker.say("-- not good enough,\nsays the critic.\nAnd still you paint.")
    assert speaker.wait(60)
    seconds, rms = loudness(speech_server)
    assert seconds > 3.0, f"only {seconds:.2f} s: not every line was spoken"
    assert rms > 0.02


def test_without_speech_on_the_system_it_says_so_and_stays_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no spd-say to be found
    speaker = Speaker("de")
    assert speaker.voice() is None
    assert not speaker.say("Atme ein")


def test_the_warm_up_speaks_its_breathing_cues_when_asked(
    qtbot, speech_server: Path, data_paths
) -> None:
    from kindling.core.breathing import BreathingPattern
    from kindling.desktop.settings_file import SettingsFile
    from kindling.ui.breathing_guide import BreathingGuide
    from kindling.ui.spoken_cues import SpokenCues

    settings = SettingsFile(data_paths.settings)
    settings.update(spoken_breathing=True, language="de")
    spoken = SpokenCues(settings)
    guide = BreathingGuide(BreathingPattern("quick", "quick", 1.5, 0.0, 1.5, 0.0))
    qtbot.addWidget(guide)
    spoken.follow_guide(guide)
    said: list[str] = []
    guide.phase_changed.connect(said.append)
    guide.show()
    qtbot.waitUntil(lambda: said[:2] == ["in", "out"], timeout=5000)
    guide.hide()
    assert spoken._speaker_now().wait(60)
    seconds, rms = loudness(speech_server)
    assert seconds > 1.0
    assert rms > 0.02


def test_kind_words_are_spoken_only_when_asked_and_never_the_support_answer(
    speech_server: Path, data_paths, companion
) -> None:
    from dataclasses import replace

    from kindling.core.support import SUPPORT_GROUP
    from kindling.desktop.settings_file import SettingsFile
    from kindling.ui.spoken_cues import SpokenCues

    settings = SettingsFile(data_paths.settings)
    spoken = SpokenCues(settings)
    companion.start("painting")
    noticed = companion.notice_critic(None)
    spoken.on_moment(noticed)  # off by default: nothing said
    support = replace(noticed, reframe=replace(noticed.reframe, group=SUPPORT_GROUP))
    settings.update(spoken_words=True)
    spoken.on_moment(support)
    assert spoken._speaker_now().wait(60)
    assert not speech_server.exists()
    spoken.on_moment(noticed)
    assert spoken._speaker_now().wait(60)
    seconds, rms = loudness(speech_server)
    assert seconds > 1.0
    assert rms > 0.02
