"""Settings for pauses and a voice: saved at once, kept across a restart, and honest about
whether this computer has a voice at all."""

from __future__ import annotations

from kindling.desktop.settings_file import SettingsFile
from kindling.ui.settings_pauses_voice import PausesAndVoiceBox


def build(qtbot, data_paths) -> tuple[PausesAndVoiceBox, SettingsFile]:
    settings = SettingsFile(data_paths.settings)
    box = PausesAndVoiceBox(settings)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box, settings


def test_everything_is_off_at_first_and_each_choice_is_kept(qtbot, data_paths) -> None:
    box, settings = build(qtbot, data_paths)
    assert box.invite.currentText() == "Never"
    assert not box.spoken_words.isChecked()
    assert not box.spoken_breathing.isChecked()
    assert [box.invite.itemText(i) for i in range(box.invite.count())] == [
        "Never",
        "Every 20 minutes",
        "Every 30 minutes",
        "Every 45 minutes",
        "Every 60 minutes",
    ]
    box.invite.setCurrentIndex(2)
    box.spoken_words.click()
    box.spoken_breathing.click()
    again = SettingsFile(data_paths.settings).current  # as the next start reads it
    assert again.pause_invitation_minutes == 30
    assert again.spoken_words
    assert again.spoken_breathing
    assert settings.current == again


def test_without_a_voice_it_says_so_plainly_and_the_try_button_rests(
    qtbot, data_paths, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no spd-say on this "computer"
    box, _settings = build(qtbot, data_paths)
    assert not box.has_voice()
    assert not box.try_voice.isEnabled()
    assert "No voice was found on this computer" in box.voice_note.text()
    assert "speech-dispatcher" in box.voice_note.text()


def test_with_the_systems_speech_the_voice_can_be_tried(qtbot, data_paths, monkeypatch) -> None:
    # A socket nobody listens on: spd-say answers at once, and no speech server is started.
    monkeypatch.setenv("SPEECHD_ADDRESS", "unix_socket:/nonexistent/kindling-test.sock")
    box, _settings = build(qtbot, data_paths)
    assert box.has_voice()  # Debian's speech-dispatcher is a test package
    assert box.try_voice.isEnabled()
    assert "own voice" in box.voice_note.text()
    box.try_voice.click()  # never blocks the window
    assert not box._speaker_now().wait(30)  # no speech server at that socket: it said so
