"""The screen stays awake in studio mode: Inhibit taken, UnInhibit given back, on a real bus.

The bus is a real dbus-daemon (tests/system/private_bus.py); the screensaver on it is a FAKE
(tests/system/fake_screensaver.py), since no desktop's screensaver service can run here.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kindling.desktop.stay_awake import FreedesktopHolder, StayAwake
from tests.system.private_bus import PrivateBus

SECONDS = 20


class FakeScreensaver:
    def __init__(self, bus: PrivateBus) -> None:
        script = Path(__file__).with_name("fake_screensaver.py")
        self.process = subprocess.Popen(
            [sys.executable, str(script), bus.address],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.wait_for("READY")

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def said(self, word: str) -> list[str]:
        return [line[len(word) + 1 :] for line in list(self.lines) if line.split()[0] == word]

    def wait_for(self, word: str) -> list[str]:
        deadline = time.monotonic() + SECONDS
        while not self.said(word):
            assert self.process.poll() is None, f"the fake exited: {self.lines}"
            assert time.monotonic() < deadline, f"the fake never said {word}: {self.lines}"
            time.sleep(0.02)  # polling interval: the loop checks what was printed
        return self.said(word)

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def bus() -> Iterator[PrivateBus]:
    started = PrivateBus()
    yield started
    started.stop()


@pytest.fixture
def screensaver(bus: PrivateBus) -> Iterator[FakeScreensaver]:
    fake = FakeScreensaver(bus)
    yield fake
    fake.stop()


def test_studio_mode_holds_the_screen_awake_and_lets_it_go(bus, screensaver) -> None:
    awake = StayAwake(FreedesktopHolder(bus.address))
    assert awake.hold("Studio mode: you are painting away from the keyboard")
    assert awake.held
    inhibit = screensaver.wait_for("INHIBIT")
    cookie, asked = inhibit[0].split(" ", 1)
    assert asked == "Kindling|Studio mode: you are painting away from the keyboard"
    awake.hold("again")  # holding twice asks once
    awake.release()
    assert screensaver.wait_for("UNINHIBIT") == [cookie]
    assert len(screensaver.said("INHIBIT")) == 1
    assert not awake.held
    awake.release()  # letting go twice gives back once
    assert screensaver.said("UNINHIBIT") == [cookie]


def test_when_the_app_quits_without_letting_go_the_desktop_drops_the_hold(bus, screensaver) -> None:
    """A crash or kill must not keep the screen awake: the connection held it, and it closes."""
    script = textwrap.dedent(
        f"""
        import sys
        from kindling.desktop.stay_awake import FreedesktopHolder, StayAwake
        awake = StayAwake(FreedesktopHolder({bus.address!r}))
        assert awake.hold("Studio mode")
        print("HELD", flush=True)
        sys.stdin.read()
        """
    )
    app = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert app.stdout is not None
    assert app.stdout.readline().strip() == "HELD"
    cookie = screensaver.wait_for("INHIBIT")[0].split()[0]
    app.kill()
    app.wait(timeout=30)
    app.stdin.close()  # type: ignore[union-attr]
    app.stdout.close()
    assert screensaver.wait_for("GONE") == [cookie]


def test_without_a_screensaver_service_it_answers_no_and_carries_on(bus) -> None:
    awake = StayAwake(FreedesktopHolder(bus.address))
    assert not awake.hold("Studio mode")
    assert not awake.held
    awake.release()


def test_without_any_session_bus_it_answers_no(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    awake = StayAwake(FreedesktopHolder())
    assert not awake.hold("Studio mode")


def test_the_app_lets_the_screen_sleep_again_when_it_quits(
    bus, screensaver, qapp, data_paths, monkeypatch
) -> None:
    """Studio mode holds parts.stay_awake; quitting the app gives it back (aboutToQuit)."""
    from kindling.app import build

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    parts = build(qapp, data_paths)
    try:
        assert parts.stay_awake.hold("Studio mode")
        cookie = screensaver.wait_for("INHIBIT")[0].split()[0]
        qapp.aboutToQuit.emit()  # what QApplication.quit() sends before the loop ends
        assert screensaver.wait_for("UNINHIBIT") == [cookie]
        assert not parts.stay_awake.held
    finally:
        qapp.aboutToQuit.disconnect(parts.stay_awake.release)
        parts.close()


def test_entering_studio_mode_keeps_the_screen_awake_until_it_is_left(
    bus, screensaver, qapp, qtbot, data_paths, monkeypatch
) -> None:
    """The real studio mode, begun from the start page, takes the hold; leaving gives it back."""
    from PySide6.QtCore import Qt

    from kindling.app import build

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    parts = build(qapp, data_paths)
    try:
        start = parts.pages.start_page
        start.set_warmup_minutes(0)
        start.studio.setChecked(True)
        qtbot.mouseClick(start.begin_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(parts.flow.studio.screen.isVisible)
        cookie, asked = screensaver.wait_for("INHIBIT")[0].split(" ", 1)
        assert asked.startswith("Kindling|Studio mode")
        assert parts.stay_awake.held
        parts.flow.leave_studio()  # as Escape held for a second does
        assert screensaver.wait_for("UNINHIBIT") == [cookie]
        assert not parts.stay_awake.held
        assert parts.companion.current is not None  # the session goes on, at the bar
    finally:
        qapp.aboutToQuit.disconnect(parts.stay_awake.release)
        parts.close()
