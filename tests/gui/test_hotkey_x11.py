"""The X11 hotkey on the test display: real key presses from xdotool, a real passive grab."""

import os
import subprocess
import sys

import pytest

from kindling.desktop.hotkey import parse
from kindling.desktop.hotkey.x11 import X11Backend


def press(*keys):
    subprocess.run(["xdotool", "key", *keys], check=True)


@pytest.fixture
def backend(qapp):
    backend = X11Backend(os.environ["DISPLAY"])
    yield backend
    backend.unregister()


def test_the_combination_reaches_the_main_thread_as_one_signal(qtbot, backend):
    assert backend.register(parse("Ctrl+Alt+K")), backend.problem
    assert backend.active
    with qtbot.waitSignal(backend.pressed, timeout=5000):
        press("ctrl+alt+k")


def test_it_still_works_with_numlock_on(qtbot, backend):
    assert backend.register(parse("Ctrl+Alt+J"))
    press("Num_Lock")
    try:
        with qtbot.waitSignal(backend.pressed, timeout=5000):
            press("ctrl+alt+j")
    finally:
        press("Num_Lock")


def test_a_quick_burst_is_one_press(qtbot, backend):
    """Four presses 12 ms apart (as a held key repeats) count once; later presses count again."""
    assert backend.register(parse("Ctrl+Alt+H"))
    raw, seen = [], []
    backend._raw_pressed.connect(lambda _t: raw.append(1))  # every key event, in order
    backend.pressed.connect(lambda: seen.append(1))
    # xdotool's own `sleep` spaces the simulated presses like a person would; it does not
    # synchronise the test, which waits for all six key events to have been handled.
    burst = ["key", "--delay", "12", *["ctrl+alt+h"] * 4]
    later = ["sleep", "0.5", "key", "ctrl+alt+h", "sleep", "0.5", "key", "ctrl+alt+h"]
    subprocess.run(["xdotool", *burst, *later], check=True)
    qtbot.waitUntil(lambda: len(raw) == 6, timeout=5000)
    assert len(seen) == 3


def test_a_combination_another_program_holds_is_refused_plainly(qtbot, backend):
    other = X11Backend(os.environ["DISPLAY"])
    try:
        assert other.register(parse("Ctrl+Alt+L"))
        assert not backend.register(parse("Ctrl+Alt+L"))
        assert backend.problem == "Another program is already using Ctrl+Alt+L."
        assert not backend.active
        # Another combination is free, which is what the person is offered next.
        assert backend.register(parse("Ctrl+Alt+Shift+L"))
    finally:
        other.unregister()


def test_giving_the_key_back_lets_another_program_take_it(qtbot, backend):
    assert backend.register(parse("Ctrl+Alt+G"))
    backend.unregister()
    other = X11Backend(os.environ["DISPLAY"])
    try:
        assert other.register(parse("Ctrl+Alt+G"))
    finally:
        other.unregister()


def test_the_settings_trier_keeps_the_old_key_when_the_new_one_is_taken(qtbot, backend):
    from kindling.core.hotkey_trial import TrialOutcome
    from kindling.desktop.hotkey.trier import current_trial, make_trier

    assert backend.register(parse("Ctrl+Alt+U"))
    assert current_trial(backend).outcome is TrialOutcome.GRABBED
    trier = make_trier(backend)
    other = X11Backend(os.environ["DISPLAY"])
    try:
        assert other.register(parse("Ctrl+Alt+Y"))
        taken = trier("Ctrl+Alt+Y")
        assert taken.outcome is TrialOutcome.CONFLICT
        assert str(backend.combination) == "Ctrl+Alt+U"
        with qtbot.waitSignal(backend.pressed, timeout=5000):
            press("ctrl+alt+u")  # the old key still works
        assert trier("Shift+Y").outcome is TrialOutcome.INVALID
        moved = trier("alt+ctrl+i")
        assert (moved.outcome, moved.hotkey, moved.backend) == (
            TrialOutcome.GRABBED,
            "Ctrl+Alt+I",
            "x11",
        )
        with qtbot.waitSignal(backend.pressed, timeout=5000):
            press("ctrl+alt+i")
    finally:
        other.unregister()


def test_the_grab_loads_no_x_extension_modules_and_leaves_the_list_for_others():
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from Xlib import display, ext\n"
        "from kindling.desktop.hotkey import parse\n"
        "from kindling.desktop.hotkey.x11 import X11Backend\n"
        "app = QCoreApplication([])\n"
        "every = list(ext.__extensions__)\n"
        "before = {m for m in sys.modules if m.startswith('Xlib.ext.')}\n"
        "backend = X11Backend(os.environ['DISPLAY'])\n"
        "assert backend.register(parse('Ctrl+Alt+L')), backend.problem\n"
        "print(sorted(m for m in sys.modules if m.startswith('Xlib.ext.') and m not in before))\n"
        "print(ext.__extensions__ == every and len(every) > 5)\n"
        "backend.unregister()\n"
    )
    # A fresh interpreter: in this one, other tests may have loaded the modules already.
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded, list_intact = result.stdout.splitlines()
    assert loaded == "[]"  # RandR, XInput, Composite...: none loaded for a core-protocol grab
    assert list_intact == "True"  # other connections in the process still get them all


def test_a_press_while_the_settings_field_records_is_not_a_critic_moment(qtbot, backend):
    """The field is wired by the app's own reach.let_settings_try_hotkeys."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from kindling.reach import let_settings_try_hotkeys
    from kindling.ui.hotkey_field import HotkeyField

    assert backend.register(parse("Ctrl+Alt+K"))
    window = QWidget()
    qtbot.addWidget(window)
    field = HotkeyField("Ctrl+Alt+K", lambda _text: None, None, window)
    elsewhere = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(elsewhere)
    page = SimpleNamespace(hotkey=field)
    parts = SimpleNamespace(yours=SimpleNamespace(when_settings_page_built=lambda hook: hook(page)))
    let_settings_try_hotkeys(parts, backend)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)

    seen = []
    backend.pressed.connect(lambda: seen.append(1))
    field.catcher.setFocus()
    qtbot.waitUntil(lambda: backend.paused)
    press("ctrl+alt+k")  # the person trying keys in the field
    qtbot.wait(
        400
    )  # the event loop runs: a counted press would arrive (and pass the repeat window)
    assert seen == []
    elsewhere.setFocus()
    qtbot.waitUntil(lambda: not backend.paused)
    press("ctrl+alt+k")  # the critic, once the field has let go
    qtbot.waitUntil(lambda: len(seen) == 1)
