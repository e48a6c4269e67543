"""Settings: defaults, validation, and surviving a restart."""

import json

import pytest

from kindling.core.settings import DEFAULT_HOTKEY, Settings
from kindling.desktop.settings_file import SettingsFile


def test_defaults_are_gentle():
    settings = Settings()
    assert settings.hotkey == DEFAULT_HOTKEY == "Ctrl+Alt+K"
    assert settings.toast_seconds == 12
    assert settings.sounds is False


def test_out_of_range_values_are_refused():
    with pytest.raises(ValueError, match="toast_seconds"):
        Settings().updated(toast_seconds=0)
    with pytest.raises(ValueError, match="warmup_minutes"):
        Settings().updated(warmup_minutes=4)


def test_a_damaged_settings_file_keeps_what_is_valid(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"toast_seconds": 20, "theme": "purple", "bar_position": [10, 20]}))
    settings = SettingsFile(path).current
    assert settings.toast_seconds == 20
    assert settings.theme == "system"
    assert settings.bar_position == (10, 20)


def test_changes_are_saved_and_announced(tmp_path):
    path = tmp_path / "settings.json"
    store = SettingsFile(path)
    heard = []
    store.changed.connect(heard.append)
    store.update(theme="dark", bar_position=(5, 6))
    assert heard[-1].theme == "dark"
    assert SettingsFile(path).current.bar_position == (5, 6)
    assert (path.stat().st_mode & 0o777) == 0o600


def test_every_setting_survives_a_restart_and_a_file_that_is_not_json_gives_the_defaults(
    tmp_path,
):
    path = tmp_path / "settings.json"
    SettingsFile(path).update(
        custom_breathing=(4.5, 1.0, 6.5, 0.0),
        bar_opacity=0.75,
        last_medium="ink – “loose”",
        window_geometry=None,
        desktop_scheme="dark",
        sounds=True,
    )
    again = SettingsFile(path).current
    assert again.custom_breathing == (4.5, 1.0, 6.5, 0.0)
    assert (again.bar_opacity, again.last_medium, again.desktop_scheme, again.sounds) == (
        0.75,
        "ink – “loose”",
        "dark",
        True,
    )

    for damaged in ("{not json", '{"theme": "dark"} trailing', "", "\ufeff{}"):
        path.write_text(damaged, encoding="utf-8")
        assert SettingsFile(path).current == Settings()


def test_pauses_and_voice_are_off_by_default_and_odd_values_fall_back() -> None:
    assert Settings().pause_invitation_minutes == 0
    assert not Settings().spoken_words
    assert not Settings().spoken_breathing
    kept = Settings.from_dict(
        {"pause_invitation_minutes": 45, "spoken_words": True, "spoken_breathing": True}
    )
    assert (kept.pause_invitation_minutes, kept.spoken_words, kept.spoken_breathing) == (
        45,
        True,
        True,
    )
    odd = Settings.from_dict(
        {"pause_invitation_minutes": 7, "spoken_words": "yes", "spoken_breathing": 1}
    )
    assert odd == Settings()
    assert Settings.from_dict({"pause_invitation_minutes": 30.0}) == Settings()
