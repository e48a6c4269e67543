"""The Windows and macOS hotkey backends, on Linux: what can be checked without their APIs.

Their system libraries do not exist here, which is itself the failure a real machine can
meet (a missing framework, a changed DLL): register() must report the hotkey unavailable
rather than abort the start of the tray, the settings trier and the offer to resume.
"""

import pytest

from kindling.desktop.hotkey import macos, windows
from kindling.desktop.hotkey.keys import parse


@pytest.mark.parametrize("backend_type", [macos.MacBackend, windows.WindowsBackend])
def test_a_system_library_that_cannot_be_reached_leaves_the_hotkey_unavailable(qapp, backend_type):
    backend = backend_type()
    assert backend.register(parse("Ctrl+Alt+K")) is False
    assert not backend.active
    assert not backend.pending
    assert "not available here" in (backend.problem or "")
    assert "kindling" in (backend.problem or "")
    backend.unregister()  # nothing to let go, and no error


class FakeCarbon:
    """Stands in for Carbon.framework (macOS only), recording each call as Carbon sees it."""

    def __init__(self, register_status=0):
        self.calls = []
        self.register_status = register_status

    def GetApplicationEventTarget(self):
        return 0x1234

    def InstallEventHandler(self, *args):
        self.calls.append(("InstallEventHandler", args))
        return 0

    def RegisterEventHotKey(self, key, modifiers, hotkey_id, target, options, ref):
        self.calls.append(("RegisterEventHotKey", (key.value, modifiers.value, options.value)))
        return self.register_status

    def UnregisterEventHotKey(self, _ref):
        return 0

    def RemoveEventHandler(self, _ref):
        return 0


def test_the_macos_hotkey_is_registered_exclusively_with_control_as_control(qapp, monkeypatch):
    carbon = FakeCarbon()
    monkeypatch.setattr(macos, "load_carbon", lambda: carbon)
    backend = macos.MacBackend()
    assert backend.register(parse("Ctrl+Alt+K"))
    [(key, modifiers, options)] = [
        args for name, args in carbon.calls if name == "RegisterEventHotKey"
    ]
    assert key == macos.KEY_CODES["K"]
    assert modifiers == macos.CONTROL_KEY | macos.OPTION_KEY
    assert options == macos.K_EVENT_HOTKEY_EXCLUSIVE
    backend.unregister()


def test_a_macos_hotkey_another_program_holds_is_reported_as_taken(qapp, monkeypatch):
    monkeypatch.setattr(macos, "load_carbon", lambda: FakeCarbon(macos.EVENT_HOTKEY_EXISTS))
    backend = macos.MacBackend()
    assert not backend.register(parse("Ctrl+Alt+K"))
    assert backend.conflicted
    assert backend.problem == "Another program is already using Ctrl+Alt+K."


def test_a_library_without_carbon_fails_as_register_expects():
    """libc has none of Carbon's functions: declaring their types fails with AttributeError."""
    with pytest.raises(AttributeError, match="GetApplicationEventTarget"):
        macos.load_carbon("libc.so.6")


def test_the_message_window_answers_only_our_hotkey():
    from kindling.desktop.hotkey.windows_window import WM_HOTKEY, hotkey_message

    assert hotkey_message(WM_HOTKEY, windows.HOTKEY_ID, windows.HOTKEY_ID)
    assert not hotkey_message(WM_HOTKEY, windows.HOTKEY_ID + 1, windows.HOTKEY_ID)
    assert not hotkey_message(0x0100, windows.HOTKEY_ID, windows.HOTKEY_ID)  # WM_KEYDOWN
