"""The person's hotkey in the portal's trigger format (shortcuts spec 0.1) and back."""

import pytest

from kindling.desktop.hotkey.keys import HotkeyInvalid, parse
from kindling.desktop.hotkey.portal_trigger import from_trigger, to_trigger


@pytest.mark.parametrize(
    ("hotkey", "trigger"),
    [
        ("Ctrl+Alt+K", "CTRL+ALT+k"),
        ("alt+ctrl+k", "CTRL+ALT+k"),
        ("Ctrl+Shift+7", "CTRL+SHIFT+7"),
        ("Super+Space", "LOGO+space"),
        ("Meta+Alt+Shift+F12", "ALT+SHIFT+LOGO+F12"),
    ],
)
def test_a_hotkey_becomes_the_trigger_the_portal_reads(hotkey, trigger):
    assert to_trigger(parse(hotkey)) == trigger


@pytest.mark.parametrize(
    ("trigger", "hotkey"),
    [
        ("CTRL+ALT+k", "Ctrl+Alt+K"),
        ("LOGO+space", "Super+Space"),
        ("ctrl+shift+F3", "Ctrl+Shift+F3"),
        ("CTRL+ALT+K", "Ctrl+Alt+K"),
    ],
)
def test_a_trigger_reads_back_as_the_person_would_write_it(trigger, hotkey):
    assert str(from_trigger(trigger)) == hotkey


def test_every_hotkey_survives_the_round_trip():
    keys = [*"AKZ09", "Space", "F1", "F12"]
    held = ["Ctrl", "Alt", "Super", "Ctrl+Shift", "Alt+Super", "Ctrl+Alt+Shift+Super"]
    for modifiers in held:
        for key in keys:
            combination = parse(f"{modifiers}+{key}")
            assert from_trigger(to_trigger(combination)) == combination


@pytest.mark.parametrize("trigger", ["NUM+CTRL+k", "CTRL+ALT+Escape", "SHIFT+k", "k", "CTRL+"])
def test_a_trigger_kindling_could_not_hold_is_refused_with_a_reason(trigger):
    with pytest.raises(HotkeyInvalid) as refused:
        from_trigger(trigger)
    assert str(refused.value)
