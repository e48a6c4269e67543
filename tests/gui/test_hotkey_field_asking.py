"""The hotkey field while a Wayland desktop is asked for the keys, and once it has answered."""

from PySide6.QtCore import Qt

from kindling.core.hotkey_trial import HotkeyTrial, TrialOutcome
from kindling.ui.hotkey_field import HotkeyField


def test_a_question_to_the_desktop_keeps_the_choice_and_says_an_answer_will_come(qtbot):
    tried = []

    def trier(hotkey):
        tried.append(hotkey)
        return HotkeyTrial(hotkey, TrialOutcome.ASKING, "wayland-portal")

    field = HotkeyField("Ctrl+Alt+K", trier)
    qtbot.addWidget(field)
    chosen = []
    field.hotkey_chosen.connect(chosen.append)
    qtbot.keyClick(
        field.catcher,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert tried == ["Ctrl+Alt+J"]
    assert chosen == ["Ctrl+Alt+J"]  # kept: the desktop decides the rest
    assert "asked your desktop for Ctrl+Alt+J" in field.status.text()

    # The desktop answered with keys of its own choosing: the line says which.
    field.set_trier(trier, HotkeyTrial("Super+K", TrialOutcome.GRABBED, "wayland-portal"))
    assert field.status.text() == (
        "Your desktop passes Super+K to Kindling from every program, through its global "
        "shortcuts portal."
    )
