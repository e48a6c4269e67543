"""The settings page: each choice is saved at once, survives a restart, and speaks plainly."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kindling.core.breathing import BreathingCatalog
from kindling.core.hotkey_trial import HotkeyTrial, TrialOutcome
from kindling.core.settings import CUSTOM_BREATHING, Settings
from kindling.desktop.settings_file import SettingsFile
from kindling.resources import resource_path
from kindling.ui.settings_page import SettingsPage


class Trier:
    """Stands in for the hotkey backend: Ctrl+Alt+P is "taken by another program"."""

    def __init__(self):
        self.tried = []

    def __call__(self, hotkey):
        self.tried.append(hotkey)
        taken = hotkey == "Ctrl+Alt+P"
        return HotkeyTrial(hotkey, TrialOutcome.CONFLICT if taken else TrialOutcome.GRABBED, "X11")


@pytest.fixture
def catalog():
    return BreathingCatalog.from_file(resource_path("breathing.json"))


def build(qtbot, data_paths, catalog, erased=None, trier=None):
    settings = SettingsFile(data_paths.settings)
    page = SettingsPage(
        settings,
        catalog,
        data_paths,
        eraser=(lambda: erased.append(True)) if erased is not None else (lambda: None),
        trier=trier or Trier(),
    )
    qtbot.addWidget(page)
    page.resize(760, 900)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return settings, page


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_every_setting_applies_at_once_and_survives_a_restart(qtbot, data_paths, catalog):
    settings, page = build(qtbot, data_paths, catalog)
    seen = []
    settings.changed.connect(seen.append)

    page.hotkey.catcher.setFocus()
    qtbot.keyClick(
        page.hotkey.catcher,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert settings.current.hotkey == "Ctrl+Alt+J"
    choose(page.warmup_minutes, 5)
    assert settings.current.warmup_minutes == 5
    choose(page.breathing.presets, CUSTOM_BREATHING)
    assert page.breathing.custom.isVisible()
    for spin, value in zip(page.breathing.parts, (4.0, 2.0, 7.0, 1.0), strict=True):
        spin.setValue(value)
    choose(page.alternative, "image")
    page.sounds.setChecked(True)
    page.toast_seconds.setValue(30)
    choose(page.toast_position, "bottom-left")
    page.opacity.setValue(70)
    page.bar_keyboard.setChecked(True)
    choose(page.theme, "dark")
    choose(page.motion, "on")
    choose(page.language, "de")

    expected = Settings(
        hotkey="Ctrl+Alt+J",
        warmup_minutes=5,
        breathing_pattern=CUSTOM_BREATHING,
        custom_breathing=(4.0, 2.0, 7.0, 1.0),
        warmup_alternative="image",
        toast_seconds=30,
        toast_position="bottom-left",
        bar_opacity=0.7,
        bar_keyboard=True,
        sounds=True,
        theme="dark",
        reduced_motion="on",
        language="de",
    )
    assert settings.current == expected
    assert seen[-1] == expected  # each change was announced as it was made
    assert len(seen) >= 12

    # A restart: a new settings file from the same path, and a page built from it.
    page.close()
    reloaded, again = build(qtbot, data_paths, catalog)
    assert reloaded.current == expected
    assert again.hotkey.catcher.text() == "Ctrl+Alt+J"
    assert again.warmup_minutes.currentData() == 5
    assert again.breathing.presets.currentData() == CUSTOM_BREATHING
    assert [s.value() for s in again.breathing.parts] == [4.0, 2.0, 7.0, 1.0]
    assert again.alternative.currentData() == "image"
    assert again.sounds.isChecked()
    assert again.toast_seconds.value() == 30
    assert again.toast_position.currentData() == "bottom-left"
    assert again.opacity.value() == 70
    assert again.bar_keyboard.isChecked()
    assert again.theme.currentData() == "dark"
    assert again.motion.currentData() == "on"
    assert again.language.currentData() == "de"


def test_a_hotkey_another_program_holds_is_explained_and_not_kept(qtbot, data_paths, catalog):
    trier = Trier()
    settings, page = build(qtbot, data_paths, catalog, trier=trier)
    page.hotkey.catcher.setFocus()
    qtbot.keyClick(
        page.hotkey.catcher,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert trier.tried == ["Ctrl+Alt+P"]
    assert settings.current.hotkey == "Ctrl+Alt+K"
    assert page.hotkey.catcher.text() == "Ctrl+Alt+K"
    assert "Another program already uses Ctrl+Alt+P" in page.hotkey.status.text()


def test_tab_moves_on_from_the_hotkey_field(qtbot, data_paths, catalog):
    _, page = build(qtbot, data_paths, catalog)
    page.hotkey.catcher.setFocus()
    qtbot.waitUntil(page.hotkey.catcher.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not page.hotkey.catcher.hasFocus())
    assert page.warmup_minutes.hasFocus()


def test_deleting_everything_asks_in_place_and_the_safe_choice_has_the_focus(
    qtbot, data_paths, catalog
):
    calls = []
    _settings, page = build(qtbot, data_paths, catalog, erased=calls)
    section = page.data
    assert str(Path(data_paths.root)) in section.where.text()
    qtbot.mouseClick(section.delete, Qt.MouseButton.LeftButton)
    assert section.confirm.isVisible()
    qtbot.waitUntil(section.confirm_no.hasFocus)
    qtbot.keyClick(section.confirm_no, Qt.Key.Key_Space)
    assert not section.confirm.isVisible()
    assert calls == []

    qtbot.mouseClick(section.delete, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.erased):
        qtbot.mouseClick(section.confirm_yes, Qt.MouseButton.LeftButton)
    assert len(calls) == 1
    assert "Everything is deleted" in section.outcome.text()
