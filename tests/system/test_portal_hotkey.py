"""The Wayland hotkey through the GlobalShortcuts portal, over a real (private) D-Bus.

Only the desktop side is faked (tests/system/fake_portal.py): this machine has no GNOME or
KDE. Kindling's side runs as it would on Wayland: its own D-Bus connection, its thread, the
queued signal, the real app in a subprocess.
"""

import json

import pytest

from kindling.core.hotkey_trial import TrialOutcome
from kindling.desktop.hotkey import choose_backend, parse
from kindling.desktop.hotkey.base import NoBackend
from kindling.desktop.hotkey.portal import NO_PORTAL, PortalBackend
from kindling.desktop.hotkey.trier import current_trial, make_trier
from tests.system.private_bus import FakePortal, PrivateBus

pytestmark = pytest.mark.system


@pytest.fixture
def bus():
    started = PrivateBus()
    yield started
    started.stop()


@pytest.fixture
def start_portal(bus):
    """Starts the fake desktop's portal with the given options (see fake_portal.py)."""
    started = []

    def start(*options):
        started.append(FakePortal(bus, *options))
        return started[-1]

    yield start
    for fake in started:
        fake.stop()


@pytest.fixture
def portal(start_portal):
    return start_portal()


@pytest.fixture
def backend(qapp, bus):
    made = PortalBackend(bus.address)
    yield made
    made.unregister()


def test_the_desktop_binds_its_own_trigger_and_presses_arrive_as_one_signal(qtbot, portal, backend):
    with qtbot.waitSignal(backend.settled, timeout=10_000):
        assert backend.register(parse("Ctrl+Alt+K"))
        assert backend.pending  # the desktop may be asking the person
        assert not backend.active
    assert backend.active, backend.problem
    [asked] = portal.wait_for("BIND")
    [shortcut] = json.loads(asked)["shortcuts"]
    assert shortcut["id"] == "critic-noticed"
    assert shortcut["preferred_trigger"] == "CTRL+ALT+k"
    assert "critic" in shortcut["description"]
    assert backend.label == "Ctrl+Alt+K"  # what the fake desktop says it bound

    raw, seen = [], []
    backend._raw_pressed.connect(lambda _t: raw.append(1))
    backend.pressed.connect(lambda: seen.append(1))
    at = 1_764_000_000_000  # a portal may count milliseconds from 1970: far past a C int
    portal.activate(at)
    portal.activate(at + 10)  # a held key: 10 ms later, the same press
    portal.activate(at + 1000)  # a second press
    qtbot.waitUntil(lambda: len(raw) == 3, timeout=10_000)
    assert len(seen) == 2

    [session] = portal.said("SESSION")
    backend.unregister()
    assert portal.wait_for("CLOSED") == [session]  # the desktop lets the shortcut go


def test_a_desktop_that_chose_other_keys_is_reported_with_its_choice(qtbot, start_portal, backend):
    start_portal("--trigger", "Super+K")
    with qtbot.waitSignal(backend.settled, timeout=10_000):
        backend.register(parse("Ctrl+Alt+K"))
    assert backend.active
    assert backend.label == "Super+K"
    assert current_trial(backend).hotkey == "Super+K"


def test_a_declined_request_says_so_plainly(qtbot, start_portal, backend):
    start_portal("--refuse")
    with qtbot.waitSignal(backend.settled, timeout=10_000):
        backend.register(parse("Ctrl+Alt+K"))
    assert not backend.active
    assert backend.problem == (
        "Your desktop did not give Kindling Ctrl+Alt+K: the request was declined. "
        "Bind `kindling critic` to a key in its keyboard settings instead."
    )
    assert current_trial(backend).outcome is TrialOutcome.UNAVAILABLE


def test_the_settings_trier_asks_again_and_shows_the_answer(qtbot, portal, backend):
    with qtbot.waitSignal(backend.settled, timeout=10_000):
        backend.register(parse("Ctrl+Alt+K"))
    trier = make_trier(backend)
    with qtbot.waitSignal(backend.settled, timeout=10_000):
        asked = trier("Ctrl+Alt+J")
        assert asked.outcome is TrialOutcome.ASKING
    # One bind per portal session (spec): the old session is closed, a new one binds.
    assert len(portal.wait_for("CLOSED")) == 1
    assert json.loads(portal.wait_for("BIND", 2)[1])["shortcuts"][0]["preferred_trigger"] == (
        "CTRL+ALT+j"
    )
    trial = current_trial(backend)
    assert (trial.outcome, trial.hotkey, trial.backend) == (
        TrialOutcome.GRABBED,
        "Ctrl+Alt+J",
        "wayland-portal",
    )


def test_on_wayland_the_portal_is_chosen_when_it_offers_global_shortcuts(
    qapp, bus, start_portal, monkeypatch
):
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-kindling-test")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    without = choose_backend("xcb")
    assert isinstance(without, NoBackend)
    assert without.reason == NO_PORTAL
    start_portal()
    assert isinstance(choose_backend("xcb"), PortalBackend)  # XWayland: still the portal
    assert isinstance(choose_backend("wayland"), PortalBackend)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert isinstance(choose_backend("wayland"), NoBackend)  # no bus at all


def test_a_portal_without_global_shortcuts_is_no_portal(qapp, start_portal, bus, monkeypatch):
    start_portal("--version", "0")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-kindling-test")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    assert isinstance(choose_backend("wayland"), NoBackend)


def test_the_shortcut_is_asked_for_at_create_session_and_at_bind(qtbot, portal, backend):
    with qtbot.waitSignal(backend.settled, timeout=10_000):
        backend.register(parse("Ctrl+Alt+K"))
    assert portal.wait_for("CREATE") == ['["critic-noticed"]']
    assert len(portal.wait_for("BIND")) == 1


def test_plasma_before_6_1_binds_at_create_session_and_three_presses_stamped_0_count_three(
    qtbot, start_portal, backend
):
    """xdg-desktop-portal-kde 5.27: nothing bound in BindShortcuts; every press stamped 0."""
    portal = start_portal("--bind-at-create")
    with qtbot.waitSignal(backend.settled, timeout=10_000):
        backend.register(parse("Ctrl+Alt+K"))
    assert backend.active, backend.problem
    assert backend.label == "Ctrl+Alt+K"
    seen = []
    backend.pressed.connect(lambda: seen.append(1))
    for count in (1, 2, 3):
        portal.activate(0)
        qtbot.waitUntil(lambda count=count: len(seen) == count, timeout=10_000)
        qtbot.wait(400)  # a person's next press, past the key-repeat window
    assert len(seen) == 3


def test_an_answer_without_a_session_handle_ends_in_a_plain_problem(qtbot, start_portal, backend):
    start_portal("--no-session-handle")
    with qtbot.waitSignal(backend.settled, timeout=10_000):
        backend.register(parse("Ctrl+Alt+K"))
    assert not backend.pending
    assert not backend.active
    assert "did not understand its answer" in (backend.problem or "")
    assert current_trial(backend).outcome is TrialOutcome.UNAVAILABLE
