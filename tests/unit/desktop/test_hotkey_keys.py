"""Hotkey strings, and how each platform backend spells a combination (no platform needed)."""

import pytest

from kindling.desktop.hotkey import x11
from kindling.desktop.hotkey.debounce import Debouncer
from kindling.desktop.hotkey.keys import HotkeyInvalid, KeyCombination, parse


@pytest.mark.parametrize(
    ("text", "modifiers", "key"),
    [
        ("Ctrl+Alt+K", {"ctrl", "alt"}, "K"),
        ("ctrl + alt + k", {"ctrl", "alt"}, "K"),
        ("Control+Shift+F9", {"ctrl", "shift"}, "F9"),
        ("Super+space", {"super"}, "Space"),
        ("Cmd+Option+7", {"super", "alt"}, "7"),
    ],
)
def test_hotkey_strings_are_read_generously(text, modifiers, key):
    combination = parse(text)
    assert combination.modifiers == frozenset(modifiers)
    assert combination.key == key


def test_a_combination_is_written_back_in_one_canonical_form():
    assert str(parse("alt+CTRL+k")) == "Ctrl+Alt+K"
    assert parse(str(parse("Shift+Super+F12"))) == parse("Super+Shift+F12")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("K", "key combination"),
        ("Ctrl+", "key combination"),
        ("Hyper+K", "not a modifier"),
        ("Shift+K", "include Ctrl, Alt or Super"),
        ("Ctrl+Alt+Enter", "cannot be a hotkey"),
        ("Ctrl+Alt+é", "cannot be a hotkey"),
    ],
)
def test_a_hotkey_kindling_cannot_use_is_refused_with_a_reason(text, says):
    with pytest.raises(HotkeyInvalid, match=says):
        parse(text)


def test_held_key_repeats_count_once_and_a_later_press_counts_again():
    debouncer = Debouncer(window_ms=300)
    # A key held for a second, the keyboard repeating it every 30 ms: one press.
    held = list(range(1000, 2000, 30))
    assert [debouncer.accept(t) for t in held].count(True) == 1
    released = held[-1]
    assert debouncer.accept(released + 300)
    assert not debouncer.accept(released + 300 + 299)
    assert debouncer.accept(released + 300 + 299 + 300)


def test_a_clock_that_went_backwards_does_not_swallow_a_press():
    debouncer = Debouncer(window_ms=300)
    assert debouncer.accept(4_294_967_000)
    assert debouncer.accept(5)  # X server time wrapped around


def test_x11_masks_follow_the_servers_modifier_map():
    masks = {"alt": x11.MOD1_MASK, "super": x11.MOD4_MASK, "numlock": x11.MOD2_MASK}
    assert x11.combination_mask(parse("Ctrl+Alt+K"), masks) == x11.CONTROL_MASK | x11.MOD1_MASK
    moved = {**masks, "alt": 1 << 7}
    assert x11.combination_mask(parse("Alt+Shift+K"), moved) == (1 << 7) | x11.SHIFT_MASK


def test_x11_grabs_every_numlock_and_capslock_state():
    variants = x11.lock_variants(x11.MOD2_MASK)
    assert sorted(variants) == sorted(
        [0, x11.LOCK_MASK, x11.MOD2_MASK, x11.LOCK_MASK | x11.MOD2_MASK]
    )


@pytest.mark.parametrize(
    ("key", "name"), [("K", "k"), ("7", "7"), ("Space", "space"), ("F3", "F3")]
)
def test_x11_keysym_names(key, name):
    assert x11.x_key_name(key) == name


def test_windows_codes_from_the_win32_tables():
    """Fakes nothing: only the arithmetic. RegisterHotKey itself is not run here."""
    from kindling.desktop.hotkey import windows

    assert windows.virtual_key("K") == 0x4B
    assert windows.virtual_key("0") == 0x30
    assert windows.virtual_key("F1") == 0x70
    assert windows.virtual_key("F12") == 0x7B
    assert windows.virtual_key("Space") == 0x20
    assert windows.windows_modifiers(parse("Ctrl+Alt+K")) == 0x4000 | 0x2 | 0x1


def test_macos_codes_from_the_carbon_tables():
    """Only the tables and bits; Carbon itself is not run here."""
    from kindling.desktop.hotkey import macos

    assert macos.KEY_CODES["K"] == 0x28
    assert macos.KEY_CODES["A"] == 0x00
    assert macos.KEY_CODES["V"] == 0x09
    assert macos.KEY_CODES["F5"] == 0x60
    every_key = [chr(c) for c in range(ord("A"), ord("Z") + 1)] + list("0123456789")
    assert all(
        k in macos.KEY_CODES for k in [*every_key, "Space"] + [f"F{n}" for n in range(1, 13)]
    )
    assert len(set(macos.KEY_CODES.values())) == len(macos.KEY_CODES)
    assert macos.carbon_modifiers(parse("Ctrl+Alt+K")) == (1 << 12) | (1 << 11)
    assert macos.carbon_modifiers(KeyCombination(frozenset({"super", "shift"}), "K")) == (
        (1 << 8) | (1 << 9)
    )
