"""Recording a combination: modifiers named as printed on the keys, on every platform."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from kindling.desktop.hotkey.keys import parse
from kindling.desktop.hotkey.macos import CMD_KEY, CONTROL_KEY, OPTION_KEY, carbon_modifiers
from kindling.ui.hotkey_field import combination_text

CTRL, META, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.MetaModifier,
    Qt.KeyboardModifier.AltModifier,
)


def key_k(modifiers):
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_K, modifiers)


@pytest.mark.parametrize(
    ("platform", "modifiers", "recorded"),
    [
        ("linux", CTRL | ALT, "Ctrl+Alt+K"),
        ("win32", CTRL | ALT, "Ctrl+Alt+K"),
        ("linux", META | ALT, "Meta+Alt+K"),
        # Qt on macOS: the ⌃ key arrives as MetaModifier, ⌘ as ControlModifier.
        ("darwin", META | ALT, "Ctrl+Alt+K"),
        ("darwin", CTRL | ALT, "Meta+Alt+K"),
    ],
)
def test_the_recorded_text_names_the_keys_as_printed(qapp, platform, modifiers, recorded):
    assert combination_text(key_k(modifiers), platform) == recorded


def test_control_option_k_pressed_on_a_mac_registers_control_option_k(qapp):
    """⌃⌥K in Settings must reach Carbon as controlKey|optionKey, not cmdKey|optionKey."""
    text = combination_text(key_k(META | ALT), "darwin")
    assert carbon_modifiers(parse(text)) == CONTROL_KEY | OPTION_KEY
    text = combination_text(key_k(CTRL | ALT), "darwin")
    assert carbon_modifiers(parse(text)) == CMD_KEY | OPTION_KEY


def test_only_on_a_mac_the_field_says_keys_follow_the_us_layout(qtbot):
    from kindling.ui.hotkey_field import HotkeyField

    mac = HotkeyField("Ctrl+Alt+K", lambda _text: None, platform="darwin")
    qtbot.addWidget(mac)
    assert mac.layout_note is not None
    assert "US keyboard" in mac.layout_note.text()
    linux = HotkeyField("Ctrl+Alt+K", lambda _text: None, platform="linux")
    qtbot.addWidget(linux)
    assert linux.layout_note is None
