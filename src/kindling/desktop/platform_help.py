"""Names the system libraries Qt's X11 (xcb) plugin lacks, when Qt cannot open a window.

Qt ends the program (qFatal, then abort) when no platform plugin loads, with a message about
plugins that does not say what to install. Installed from a wheel (pip, pipx), Kindling brings
Qt but not the X11 libraries its xcb plugin links against; this says which are missing and
the Debian/Ubuntu packages that hold them. It costs nothing on a normal start: the libraries
are only looked for once Qt has already failed.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

# soname -> the Debian/Ubuntu package that holds it (what Qt's libqxcb.so links against).
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def missing_xcb_libraries(load: Callable[[str], Any] = ctypes.CDLL) -> dict[str, str]:
    """{soname: Debian package} of the xcb plugin's libraries that cannot be loaded here."""
    missing = {}
    for soname, package in XCB_LIBRARIES.items():
        try:
            load(soname)
        except OSError:
            missing[soname] = package
    return missing


def platform_failure_message(missing: dict[str, str]) -> str:
    """What to tell a person whose Kindling could not open its window."""
    if not missing:
        return (
            "Kindling could not open its window: Qt found no display to use. On a desktop, "
            "please start it from your applications menu; on Wayland, try "
            "QT_QPA_PLATFORM=wayland kindling."
        )
    packages = " ".join(dict.fromkeys(missing.values()))
    return (
        "Kindling could not open its window: Qt's X11 plugin needs system libraries this "
        f"computer does not have ({', '.join(missing)}).\n"
        f"On Debian or Ubuntu, install them with:\n\n    sudo apt-get install {packages}\n\n"
        "then start Kindling again. Your journal was not touched."
    )


def is_platform_failure(message: str) -> bool:
    """Qt's fatal message: "... no Qt platform plugin could be initialized ..."."""
    return "platform plugin" in message


def explain_platform_failure(message: str) -> None:
    """Called with Qt's fatal message: prints the plain explanation before Qt aborts."""
    if is_platform_failure(message):
        print(platform_failure_message(missing_xcb_libraries()), file=sys.stderr, flush=True)
