"""Trying a new hotkey from the settings page: the new one replaces the old only if it works."""

from __future__ import annotations

from kindling.core.hotkey_trial import HotkeyTrial, HotkeyTrier, TrialOutcome
from kindling.desktop.hotkey.base import HotkeyBackend
from kindling.desktop.hotkey.keys import HotkeyInvalid, parse


def current_trial(backend: HotkeyBackend) -> HotkeyTrial | None:
    """How the hotkey set up at start went, for the settings page to show first."""
    if backend.combination is None:
        return None
    return HotkeyTrial(backend.label or str(backend.combination), _outcome(backend), backend.name)


def make_trier(backend: HotkeyBackend) -> HotkeyTrier:
    """A trier (core.hotkey_trial) on a live backend: a refused key leaves the old one working."""

    def trial(text: str) -> HotkeyTrial:
        try:
            combination = parse(text)
        except HotkeyInvalid:
            return HotkeyTrial(text, TrialOutcome.INVALID, backend.name)
        previous = backend.combination if backend.active else None
        backend.register(combination)
        result = HotkeyTrial(str(combination), _outcome(backend), backend.name)
        # While the desktop is still asked (the portal), there is nothing to take back yet.
        if not result.ok and result.outcome is not TrialOutcome.ASKING and previous is not None:
            backend.register(previous)  # the old key keeps working
        return result

    return trial


def _outcome(backend: HotkeyBackend) -> TrialOutcome:
    if backend.pending:
        return TrialOutcome.ASKING
    if backend.active:
        return TrialOutcome.GRABBED
    return TrialOutcome.CONFLICT if backend.conflicted else TrialOutcome.UNAVAILABLE
