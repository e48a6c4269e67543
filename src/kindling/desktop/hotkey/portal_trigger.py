"""Kindling's hotkey strings ("Ctrl+Alt+K") to and from the portal's triggers ("CTRL+ALT+k").

The GlobalShortcuts portal takes a *preferred trigger* written as the freedesktop.org
shortcuts specification (version 0.1) says: the modifiers CTRL, ALT, SHIFT, NUM and LOGO
(xkbcommon's XKB_MOD_NAME_* names) and one xkbcommon keysym name, joined by "+". No Qt, no
D-Bus: plain text both ways.
"""

from __future__ import annotations

from kindling.desktop.hotkey.keys import MODIFIERS, HotkeyInvalid, KeyCombination, parse

_TO_PORTAL = {"ctrl": "CTRL", "alt": "ALT", "shift": "SHIFT", "super": "LOGO"}
_FROM_PORTAL = {
    "CTRL": "Ctrl",
    "CONTROL": "Ctrl",
    "ALT": "Alt",
    "SHIFT": "Shift",
    "LOGO": "Super",
    "SUPER": "Super",
    "META": "Super",
}


def to_trigger(combination: KeyCombination) -> str:
    """The portal's trigger for a combination: Ctrl+Alt+K becomes "CTRL+ALT+k"."""
    held = [_TO_PORTAL[m] for m in MODIFIERS if m in combination.modifiers]
    return "+".join([*held, _keysym(combination.key)])


def from_trigger(trigger: str) -> KeyCombination:
    """The combination a portal trigger names; HotkeyInvalid when Kindling could not hold it."""
    *held, key = [part.strip() for part in trigger.split("+")]
    names = []
    for modifier in held:
        name = _FROM_PORTAL.get(modifier.upper())
        if name is None:
            # NUM (NumLock) and anything unknown: the hotkey never depends on a lock key.
            raise HotkeyInvalid(f"“{trigger}” holds {modifier}, which Kindling does not use.")
        names.append(name)
    return parse("+".join([*names, key]))


def _keysym(key: str) -> str:
    """xkbcommon's name for a key ``keys.parse`` accepts: "k", "7", "space", "F5"."""
    if len(key) == 1:
        return key.lower()
    return "space" if key == "Space" else key
