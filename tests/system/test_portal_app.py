"""The real app and `kindling doctor` on a Wayland session whose portal is faked.

WAYLAND_DISPLAY says "Wayland" (Qt itself still draws on the test's X display, as it would
through XWayland) and DBUS_SESSION_BUS_ADDRESS points at a private bus where
tests/system/fake_portal.py plays the desktop. Nothing here has met a real GNOME or KDE.
"""

import pytest

from tests.system.private_bus import FakePortal, PrivateBus
from tests.system.running_app import RunningApp
from tests.system.test_privacy import Watched
from tests.system.test_reach import toast_showing

pytestmark = pytest.mark.system


@pytest.fixture
def wayland(kindling):
    """The `kindling` command, told it runs on Wayland with the private bus as its session bus."""
    bus = PrivateBus()
    kindling.env["WAYLAND_DISPLAY"] = "wayland-kindling-test"
    kindling.env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
    yield bus
    bus.stop()


@pytest.fixture
def start_portal(wayland):
    started = []

    def start(*options):
        started.append(FakePortal(wayland, *options))
        return started[-1]

    yield start
    for fake in started:
        fake.stop()


def test_a_press_the_desktop_reports_logs_a_moment_and_shows_the_toast(kindling, start_portal):
    portal = start_portal()
    app = RunningApp(kindling).start()
    try:
        app.wait_until(lambda: not app.status()["hotkey_pending"], "the desktop's answer")
        status = app.status()
        assert (status["hotkey_backend"], status["hotkey"], status["hotkey_active"]) == (
            "wayland-portal",
            "Ctrl+Alt+K",
            True,
        ), status
        doctor = kindling("doctor")
        assert doctor.code == 0, doctor.out
        assert "Global hotkey: Ctrl+Alt+K works." in doctor.out

        assert kindling("start", "--no-warmup").code == 0
        portal.activate()
        app.wait_until(lambda: app.status()["moments_in_session"] == 1, "the moment")
        assert len(app.moments()) == 1  # committed to the journal, not only counted
        app.wait_until(lambda: toast_showing(kindling.env), "the critic toast")
    finally:
        app.stop()


def test_a_declined_request_gives_the_plain_reason_and_the_command(
    kindling, start_portal, tmp_path
):
    portal = start_portal("--refuse")
    watched = Watched(kindling, tmp_path)  # under strace: the bus is a local socket
    doctor = watched("doctor")
    assert len(portal.said("BIND")) == 1  # the whole conversation ran under strace
    assert set(watched.families) == {"AF_UNIX"}
    assert doctor.code == 1, doctor.out
    assert "Your desktop did not give Kindling Ctrl+Alt+K: the request was declined." in doctor.out
    assert f"critic --data-dir {kindling.data_dir}" in doctor.out
    assert "Traceback" not in doctor.err


def test_without_a_portal_on_the_bus_the_command_is_the_way(kindling, wayland):
    doctor = kindling("doctor")
    assert doctor.code == 1, doctor.out
    assert "this desktop offers no shortcut portal" in doctor.out
    assert f"critic --data-dir {kindling.data_dir}" in doctor.out
    assert "Traceback" not in doctor.err


def test_an_answer_the_portal_spec_rules_out_ends_in_a_problem_doctor_reports(
    kindling, start_portal
):
    start_portal("--no-session-handle")
    doctor = kindling("doctor")
    assert doctor.code == 1, doctor.out
    assert "did not understand its answer" in doctor.out
    assert "has not answered" not in doctor.out  # not left pending
    assert "Traceback" not in doctor.err
