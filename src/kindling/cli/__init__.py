"""The command line: argument parsing and dispatch. Heavy imports happen only when needed."""

from __future__ import annotations

import os
import sys

from kindling.cli.exitcodes import FAILED, OK, USAGE

FORWARDED = ("start", "critic", "end")
"""The commands handed to a running app (DESIGN.md); the rest act on the journal directly."""

READ_ONLY = ("history", "summary", "export", "doctor")
"""Commands that only look: they create no folder, journal or log where there is none."""

# `typing` costs milliseconds on the light forwarding path; mypy reads this name specially.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from kindling.desktop.paths import DataPaths


def run(argv: Sequence[str]) -> int:
    """Runs one command line and returns its exit code. Never shows a traceback unless --debug."""
    from kindling.cli.parser import build_parser, plain_launch  # here: keeps `forward` light

    args = plain_launch(argv)
    if args is None:
        try:
            args = build_parser().parse_args(list(argv))
        except SystemExit as stop:  # argparse: --help, --version or bad usage
            return int(stop.code) if isinstance(stop.code, int) else USAGE

    from kindling.desktop import paths

    # Everything Kindling creates (journal, side files, backups, logs, exports) is the
    # person's alone, whatever umask the desktop session started us with.
    os.umask(0o077)
    data = paths.resolve(args.data_dir)
    only_reads = args.command in READ_ONLY
    if not _data_folder_ready(data, create=not only_reads):
        if args.command is None and not args.self_test and _has_display():
            from kindling.app import show_folder_refused

            show_folder_refused(data.root)
        return FAILED

    from kindling.desktop import logsetup

    logsetup.configure(data.log_file, debug=args.debug, create=not only_reads)
    sys.excepthook = logsetup.log_uncaught
    from kindling.core.startup_trace import mark

    mark("command line read, logging ready")

    command = args.command
    try:
        if command is None:
            from kindling.cli.launch import open_app

            return open_app(data, args)
        return _run_command(command, data, args)
    except KeyboardInterrupt:
        return FAILED
    except Exception:
        import logging

        logging.getLogger("kindling.cli").exception("command %s failed", command)
        if args.debug:
            raise
        print(
            "Something went wrong inside Kindling. Nothing you had saved was lost.\n"
            f"The details are in {data.log_file}; run the command again with --debug "
            "to see them here.",
            file=sys.stderr,
        )
        return FAILED


def _run_command(command: str, data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.cli.commands import dispatch

    if command not in FORWARDED:
        return dispatch(command, data, args)
    code = _forward_to_running_app(command, data, args)
    if code is not None:
        return code
    # No app answered: act on the journal directly, unless an app owns it after all.
    from kindling.cli.headless import run_without_app

    return run_without_app(
        data,
        lambda: _forward_to_running_app(command, data, args),
        lambda: dispatch(command, data, args),
    )


def _has_display() -> bool:
    if sys.platform != "linux":
        return True
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return any(os.environ.get(name) for name in names)


def _data_folder_ready(data: DataPaths, *, create: bool) -> bool:
    """Prepares the data folder (see DataPaths.prepare); False after saying why it cannot be used."""
    from kindling.desktop.paths import FolderRefused

    try:
        warning = data.prepare(create=create)
    except FolderRefused as refused:
        print(
            f"Kindling will not keep your journal there: {refused}.\n"
            "Nothing was changed. Please choose a folder only you can write to with "
            "--data-dir (a folder that does not exist yet is made private to you).",
            file=sys.stderr,
        )
        return False
    except OSError as error:
        print(
            f"Kindling cannot use its data folder {data.root} ({error.strerror}).\n"
            "Please check that the folder can be written, or choose another with --data-dir.",
            file=sys.stderr,
        )
        return False
    if warning:
        print(warning, file=sys.stderr)
    return True


def _forward_to_running_app(command: str, data: DataPaths, args: argparse.Namespace) -> int | None:
    """`start`, `critic` and `end` go to the running app when there is one (DESIGN.md)."""
    from kindling.cli import forward

    if command == "start":
        sent = {"medium": args.medium, "intention": args.intention, "warmup": not args.no_warmup}
    elif command == "critic":
        sent = {"note": args.note}
    else:
        sent = {"reflection": args.reflection}
    return forward.forward(command, str(data.root), sent, getattr(args, "format", "text"))


__all__ = ["OK", "run"]
