"""KDE's real shortcuts portal on a private bus: kglobalaccel, its portal backend, and
xdg-desktop-portal, all offscreen (Debian's xdg-desktop-portal 1.16, -kde 5.27, kglobalaccel5).

Nothing is faked: the desktop's side is the code a Plasma 5.27 desktop runs (Debian 12,
Kubuntu 24.04). ``press`` calls kglobalaccel's Component.invokeShortcut, which fires a bound
shortcut exactly as its key press would (the portal then emits Activated).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from jeepney import DBusAddress, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from tests.system.private_bus import SECONDS, PrivateBus

KGLOBALACCEL = "/usr/bin/kglobalaccel5"
KDE_BACKEND = "/usr/lib/x86_64-linux-gnu/libexec/xdg-desktop-portal-kde"
PORTAL = "/usr/libexec/xdg-desktop-portal"
PROGRAMS = (KGLOBALACCEL, KDE_BACKEND, PORTAL)


class KdePortal:
    """The three programs on ``bus``, started in order, each once its name is on the bus."""

    def __init__(self, bus: PrivateBus) -> None:
        missing = [program for program in PROGRAMS if not Path(program).exists()]
        assert not missing, f"test packages missing (packaging/bootstrap.py): {missing}"
        self.home = Path(tempfile.mkdtemp(prefix="kde-home-"))
        runtime = self.home / "run"
        runtime.mkdir(mode=0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(runtime),
            "DBUS_SESSION_BUS_ADDRESS": bus.address,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CURRENT_DESKTOP": "KDE",
        }
        self.bus = open_dbus_connection(bus.address)
        self.processes: list[subprocess.Popen[bytes]] = []
        for program, name in (
            (KGLOBALACCEL, "org.kde.kglobalaccel"),
            (KDE_BACKEND, "org.freedesktop.impl.portal.desktop.kde"),
            (PORTAL, "org.freedesktop.portal.Desktop"),
        ):
            self.processes.append(
                subprocess.Popen(
                    [program],
                    env=self.env,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            self._wait_for_name(name)

    def _wait_for_name(self, name: str) -> None:
        deadline = time.monotonic() + SECONDS
        while True:
            reply = self.bus.send_and_get_reply(message_bus.NameHasOwner(name), timeout=SECONDS)
            if reply.body[0]:
                return
            for process in self.processes:
                assert process.poll() is None, f"{process.args!r} exited ({process.returncode})"
            assert time.monotonic() < deadline, f"{name} never appeared on the bus"
            time.sleep(0.05)  # polling interval: another process is starting

    def components(self) -> list[str]:
        registry = DBusAddress(
            "/kglobalaccel", bus_name="org.kde.kglobalaccel", interface="org.kde.KGlobalAccel"
        )
        reply = self.bus.send_and_get_reply(new_method_call(registry, "allComponents"))
        return [str(path) for path in reply.body[0]]

    def press(self, component: str, shortcut: str) -> None:
        """What kglobalaccel does when the person presses the bound keys."""
        target = DBusAddress(
            component, bus_name="org.kde.kglobalaccel", interface="org.kde.kglobalaccel.Component"
        )
        reply = self.bus.send_and_get_reply(
            new_method_call(target, "invokeShortcut", "s", (shortcut,)), timeout=SECONDS
        )
        assert reply.header.message_type.name == "method_return", reply.body

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.bus.close()
