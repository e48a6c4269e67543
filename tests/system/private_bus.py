"""A private session D-Bus and the fake shortcuts portal on it, for the Wayland hotkey tests.

The bus is a real ``dbus-daemon`` with a configuration of our own: no service directories,
so nothing on this machine (a real xdg-desktop-portal, say) is ever started on it, and a
unix socket in a private folder, so nothing outside the test can reach it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
SECONDS = 20


class PrivateBus:
    """One dbus-daemon; ``address`` is what DBUS_SESSION_BUS_ADDRESS would hold."""

    def __init__(self) -> None:
        daemon = shutil.which("dbus-daemon")
        assert daemon, "dbus-daemon is a test package (packaging/bootstrap.py)"
        # A short folder: a unix socket path must stay under 108 bytes.
        self.folder = Path(tempfile.mkdtemp(prefix="kbus-"))
        config = self.folder / "bus.conf"
        config.write_text(CONFIG.format(folder=self.folder))
        self.process = subprocess.Popen(
            [daemon, f"--config-file={config}", "--print-address", "--nofork"],
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,  # only a note that it may not raise its fd limit
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()  # printed once it listens
        assert self.address.startswith("unix:"), self.address

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class FakePortal:
    """tests/system/fake_portal.py on the bus; what it prints is collected on a thread."""

    def __init__(self, bus: PrivateBus, *options: str) -> None:
        script = Path(__file__).with_name("fake_portal.py")
        self.process = subprocess.Popen(
            [sys.executable, str(script), bus.address, *options],
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

    def wait_for(self, word: str, count: int = 1) -> list[str]:
        """What the portal said after ``word``, once it has said it ``count`` times."""
        deadline = time.monotonic() + SECONDS
        while len(self.said(word)) < count:
            assert self.process.poll() is None, f"the fake portal exited: {self.lines}"
            assert time.monotonic() < deadline, f"the fake portal never said {word}: {self.lines}"
            time.sleep(0.02)  # polling interval: the loop checks what was printed
        return self.said(word)

    def activate(self, timestamp: int | None = None) -> None:
        """The person presses the shortcut the desktop bound."""
        assert self.process.stdin is not None
        self.process.stdin.write(
            "activate" + (f" {timestamp}" if timestamp is not None else "") + "\n"
        )
        self.process.stdin.flush()

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()  # the fake ends when its input does
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()
