"""Opening the app: `kindling` with no command (or `--self-test`)."""

from __future__ import annotations

import argparse

from kindling.desktop.paths import DataPaths


def open_app(data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.app import main

    return main(data, self_test=args.self_test, debug=args.debug)
