"""The Wayland hotkey against KDE's real GlobalShortcuts portal (Plasma 5.27), headless.

Plasma before 6.1 binds only the shortcuts CreateSession's options carry, and stamps every
press 0; before Kindling handled both, it reported "declined" here and counted one press.
"""

import time

import pytest

from kindling.desktop.hotkey import parse
from kindling.desktop.hotkey.portal import PortalBackend
from tests.system.kde_portal import KdePortal
from tests.system.private_bus import PrivateBus
from tests.system.running_app import RunningApp

pytestmark = [pytest.mark.system, pytest.mark.slow]


@pytest.fixture
def kde():
    bus = PrivateBus()
    portal = KdePortal(bus)
    yield portal
    portal.stop()
    bus.stop()


def test_three_presses_of_the_shortcut_kde_bound_are_three_moments(qtbot, kde):
    backend = PortalBackend(kde.env["DBUS_SESSION_BUS_ADDRESS"])
    with qtbot.waitSignal(backend.settled, timeout=20_000):
        assert backend.register(parse("Ctrl+Alt+K"))
    assert backend.active, backend.problem
    assert backend.problem is None
    [component] = kde.components()
    seen = []
    backend.pressed.connect(lambda: seen.append(1))
    for count in (1, 2, 3):
        kde.press(component, "critic-noticed")
        qtbot.waitUntil(lambda count=count: len(seen) == count, timeout=10_000)
        qtbot.wait(400)  # a person's next press comes after the key-repeat window
    assert len(seen) == 3
    backend.unregister()


def test_the_app_logs_a_moment_for_each_of_three_presses_on_kde(kindling):
    bus = PrivateBus()
    kde = KdePortal(bus)
    kindling.env["WAYLAND_DISPLAY"] = "wayland-kindling-test"
    kindling.env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
    app = RunningApp(kindling).start()
    try:
        app.wait_until(lambda: not app.status()["hotkey_pending"], "KDE's answer")
        status = app.status()
        assert (status["hotkey_backend"], status["hotkey_active"]) == ("wayland-portal", True)
        assert kindling("start", "--no-warmup").code == 0
        [component] = kde.components()
        for count in (1, 2, 3):
            kde.press(component, "critic-noticed")
            app.wait_until(lambda count=count: len(app.moments()) == count, f"moment {count}")
            time.sleep(0.4)  # not waiting for anything: a person's next press comes later
        assert len(app.moments()) == 3
    finally:
        app.stop()
        kde.stop()
        bus.stop()
