"""Opening the app: `kindling` with no command (or `--self-test`)."""

from __future__ import annotations

import argparse

from kindling.desktop.paths import DataPaths


def open_app(data: DataPaths, args: argparse.Namespace) -> int:
    """The app for this data folder; if one is open already, it is brought forward instead.

    Which of the two is decided by the writer lock, before Qt is loaded: a free lock means no
    Kindling is running, so the first start never waits on a socket.
    """
    import sys

    from kindling.desktop.display import NO_DISPLAY_MESSAGE, desktop_display_missing

    if desktop_display_missing():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    from kindling.app import main

    return main(data, self_test=args.self_test, debug=args.debug)
