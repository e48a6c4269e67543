"""Reading and writing hotkey strings such as "Ctrl+Alt+K"; no platform code, no Qt."""

from __future__ import annotations

from dataclasses import dataclass

MODIFIERS = ("ctrl", "alt", "shift", "super")
_ALIASES = {
    "ctrl": "ctrl",
    "control": "ctrl",
    "alt": "alt",
    "option": "alt",
    "opt": "alt",
    "shift": "shift",
    "super": "super",
    "win": "super",
    "meta": "super",
    "cmd": "super",
    "command": "super",
}
_LABELS = {"ctrl": "Ctrl", "alt": "Alt", "shift": "Shift", "super": "Super"}
NAMED_KEYS = ("Space", *(f"F{n}" for n in range(1, 13)))


class HotkeyInvalid(ValueError):
    """A hotkey string Kindling cannot use; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class KeyCombination:
    """Modifiers held plus one key: a letter A–Z, a digit, Space or F1–F12."""

    modifiers: frozenset[str]
    key: str

    def __str__(self) -> str:
        held = [_LABELS[m] for m in MODIFIERS if m in self.modifiers]
        return "+".join([*held, self.key])


def parse(text: str) -> KeyCombination:
    """Parses "Ctrl+Alt+K" (any case, spaces allowed); raises HotkeyInvalid with a reason."""
    parts = [part.strip() for part in text.split("+")]
    if len(parts) < 2 or any(not part for part in parts):
        raise HotkeyInvalid(
            f"“{text}” is not a key combination Kindling can use; try something like Ctrl+Alt+K."
        )
    *held, key = parts
    modifiers: set[str] = set()
    for name in held:
        modifier = _ALIASES.get(name.lower())
        if modifier is None:
            raise HotkeyInvalid(f"“{name}” is not a modifier key; use Ctrl, Alt, Shift or Super.")
        modifiers.add(modifier)
    key = _key_name(key)
    if not modifiers & {"ctrl", "alt", "super"}:
        raise HotkeyInvalid(
            "Please include Ctrl, Alt or Super, so the hotkey never takes a key you type."
        )
    return KeyCombination(frozenset(modifiers), key)


def _key_name(key: str) -> str:
    if len(key) == 1 and key.isascii() and key.isalnum():
        return key.upper()
    for named in NAMED_KEYS:
        if key.lower() == named.lower():
            return named
    raise HotkeyInvalid(
        f"“{key}” cannot be a hotkey here; choose a letter, a digit, Space or F1–F12."
    )
