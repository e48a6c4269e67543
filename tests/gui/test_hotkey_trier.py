"""Trying a new hotkey from the settings on the running backend: kept, refused, or unavailable."""

from kindling.core.hotkey_trial import TrialOutcome
from kindling.desktop.hotkey import HotkeyBackend, KeyCombination
from kindling.desktop.hotkey.base import NoBackend
from kindling.desktop.hotkey_trier import trial_now, trier_for


class TakenBackend(HotkeyBackend):
    """Behaves like a real backend where another program already holds some combinations.

    (A stand-in for the X11/Windows/macOS grabs, which the reach tests exercise for real.)
    """

    name = "test"

    def __init__(self, taken):
        super().__init__()
        self.taken = set(taken)
        self.held = None

    def register(self, combination: KeyCombination) -> bool:
        self.combination = combination
        if str(combination) in self.taken:
            self.problem = f"Another program is already using {combination}."
            return False
        self.problem = None
        self.held = str(combination)
        return True

    def unregister(self) -> None:
        self.held = None


def test_a_free_key_is_grabbed_and_a_taken_one_leaves_the_old_one_working(qapp):
    from kindling.desktop.hotkey import parse

    backend = TakenBackend({"Ctrl+Alt+P"})
    backend.register(parse("Ctrl+Alt+K"))
    assert trial_now(backend).outcome is TrialOutcome.GRABBED
    attempt = trier_for(backend)

    taken = attempt("Ctrl+Alt+P")
    assert taken.outcome is TrialOutcome.CONFLICT
    assert backend.held == "Ctrl+Alt+K"  # the old key still works

    free = attempt("Ctrl+Alt+J")
    assert free.outcome is TrialOutcome.GRABBED
    assert backend.held == "Ctrl+Alt+J"

    assert attempt("Ctrl+").outcome is TrialOutcome.INVALID
    assert backend.held == "Ctrl+Alt+J"


def test_where_no_backend_works_the_choice_is_kept_and_explained(qapp):
    backend = NoBackend("no global hotkey here")
    trial = trier_for(backend)("Ctrl+Alt+J")
    assert trial.outcome is TrialOutcome.UNAVAILABLE
