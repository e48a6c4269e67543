"""What trying a global hotkey found: the small contract between the settings and the backends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class TrialOutcome(StrEnum):
    GRABBED = "grabbed"  # Kindling now listens for the key everywhere
    CONFLICT = "conflict"  # another program already holds it
    UNAVAILABLE = "unavailable"  # no global hotkey backend works on this desktop
    INVALID = "invalid"  # not a key combination a backend can grab
    ASKING = "asking"  # the desktop was asked for it (Wayland's portal) and has yet to answer


@dataclass(frozen=True, slots=True)
class HotkeyTrial:
    """The result of trying one key combination, e.g. ``Ctrl+Alt+K``."""

    hotkey: str
    outcome: TrialOutcome
    backend: str | None = None  # a short name such as "X11", for the person to see

    @property
    def ok(self) -> bool:
        return self.outcome is TrialOutcome.GRABBED


HotkeyTrier = Callable[[str], HotkeyTrial]
"""Tries a key combination (releasing the previous one only when the new one is grabbed)."""


def no_hotkey_backend(hotkey: str) -> HotkeyTrial:
    """The trier to use where no backend runs: keeps the choice, says it cannot listen."""
    return HotkeyTrial(hotkey, TrialOutcome.UNAVAILABLE)
