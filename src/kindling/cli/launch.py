"""Opening the app: `kindling` with no command (or `--self-test`)."""

from __future__ import annotations

import argparse

from kindling.desktop.paths import DataPaths


def open_app(data: DataPaths, args: argparse.Namespace) -> int:
    if not args.self_test:
        from kindling.desktop.ipc_client import ask_to_show

        # Kindling is already open: bring it forward, before loading Qt at all.
        if ask_to_show(str(data.root)):
            return 0
    from kindling.app import main

    return main(data, self_test=args.self_test, debug=args.debug)
