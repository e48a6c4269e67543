"""Lets the settings page try a new global hotkey on the running backend, and report back."""

from __future__ import annotations

from kindling.core.hotkey_trial import HotkeyTrial, HotkeyTrier, TrialOutcome
from kindling.desktop.hotkey import HotkeyBackend, HotkeyInvalid, parse
from kindling.desktop.hotkey.base import NoBackend


def trial_now(backend: HotkeyBackend) -> HotkeyTrial | None:
    """How the hotkey grab went at start-up, for the settings page to say."""
    if backend.combination is None:
        return None
    hotkey = str(backend.combination)
    if isinstance(backend, NoBackend):
        return HotkeyTrial(hotkey, TrialOutcome.UNAVAILABLE, backend.name)
    outcome = TrialOutcome.GRABBED if backend.active else TrialOutcome.CONFLICT
    return HotkeyTrial(hotkey, outcome, backend.name)


def trier_for(backend: HotkeyBackend) -> HotkeyTrier:
    """Tries a combination; if it can't be had, the previous one is claimed back."""

    def attempt(text: str) -> HotkeyTrial:
        if isinstance(backend, NoBackend):
            return HotkeyTrial(text, TrialOutcome.UNAVAILABLE, backend.name)
        try:
            combination = parse(text)
        except HotkeyInvalid:
            return HotkeyTrial(text, TrialOutcome.INVALID, backend.name)
        previous = backend.combination if backend.active else None
        backend.unregister()
        if backend.register(combination):
            return HotkeyTrial(str(combination), TrialOutcome.GRABBED, backend.name)
        # A working backend refusing a key almost always means another program holds it.
        if previous is not None:
            backend.register(previous)
        return HotkeyTrial(str(combination), TrialOutcome.CONFLICT, backend.name)

    return attempt
