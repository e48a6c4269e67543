"""Whether there is a desktop display to open a window on, checked before Qt is loaded.

Without one, Qt's xcb plugin aborts the process (exit 134) after a message about a missing
``xcb-cursor0`` library, which sends a person looking for the wrong thing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

WINDOWLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")
"""Qt platforms that need no desktop session (tests, kiosks, remote views)."""


def desktop_display_missing(
    env: Mapping[str, str] | None = None, platform: str = sys.platform
) -> bool:
    """True on Linux and the BSDs when neither an X display nor a Wayland display is reachable.

    Windows and macOS always have their desktop when a person is logged in.
    """
    env = os.environ if env is None else env
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if chosen in WINDOWLESS_PLATFORMS:
        return False
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return False
    runtime = env.get("XDG_RUNTIME_DIR")
    # Qt's Wayland plugin falls back to the usual socket name when WAYLAND_DISPLAY is unset.
    return not (chosen.startswith("wayland") and runtime and Path(runtime, "wayland-0").exists())


NO_DISPLAY_MESSAGE = (
    "Kindling could not find a desktop display to open its window on (no DISPLAY or "
    "WAYLAND_DISPLAY is set; perhaps this is a remote shell or a text console).\n"
    "Open Kindling from your desktop, or use it from here with the command line:\n"
    "  kindling start --medium painting   begin a session\n"
    "  kindling critic                    note the critic and read a kind word\n"
    "  kindling end                       end the session and see its summary\n"
    "  kindling --help                    everything else"
)
