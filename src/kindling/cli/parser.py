"""The argument parser. `--data-dir` works before or after the command word."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from kindling import __version__

DESCRIPTION = "Kindling: a gentle companion for when your inner critic gets loud."


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On sub-commands the default is SUPPRESS, so a value given before the command word is
    # not overwritten by the sub-parser's default.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="where Kindling keeps its journal (default: your user data folder, "
        "or $KINDLING_DATA_DIR)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="show technical details when something goes wrong",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kindling", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"Kindling {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the main window, turn the event loop once, check the journal, and exit",
    )
    _common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    start = commands.add_parser("start", help="start a making session")
    start.add_argument(
        "--medium",
        type=_text,
        default="making",
        help="what you are making (painting, writing…)",
    )
    start.add_argument("--intention", type=_text, help="what you would like to explore")
    start.add_argument("--no-warmup", action="store_true", help="begin without the warm-up")
    start.add_argument(
        "--studio",
        action="store_true",
        help="away from the keyboard: the open app fills a screen, any key or click counts",
    )

    critic = commands.add_parser("critic", help="note that the inner critic showed up")
    critic.add_argument("--note", type=_text, help="what the critic said, if you like")
    critic.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="json: the moment and the words as one JSON object",
    )

    end = commands.add_parser("end", help="end the session in progress and see its summary")
    end.add_argument("--reflection", type=_text, help="one kind thing to say to yourself")

    summary = commands.add_parser("summary", help="the summary of one session")
    summary.add_argument("session", type=_text, nargs="?", default="last", metavar="ID|last")
    summary.add_argument("--format", choices=["md", "json"], default="md")

    history = commands.add_parser("history", help="your sessions, newest first")
    history.add_argument("--limit", type=_positive, default=20, metavar="N")
    history.add_argument("--format", choices=["table", "json"], default="table")

    export = commands.add_parser("export", help="everything, as JSON, CSV or Markdown")
    export.add_argument("--format", choices=["json", "csv", "md"], default="json")
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of the screen"
    )

    imp = commands.add_parser("import", help="merge a JSON export into your journal")
    imp.add_argument("file", metavar="FILE")

    commands.add_parser("backup", help="make a backup of your journal now")
    restore = commands.add_parser("restore", help="put a backup back (your current file is kept)")
    restore.add_argument("file", metavar="FILE")

    commands.add_parser("doctor", help="check what works on this computer")

    for sub in commands.choices.values():
        _common(sub, top=False)
    return parser


def plain_launch(argv: Sequence[str]) -> argparse.Namespace | None:
    """What :func:`build_parser` would make of a plain ``kindling [--data-dir DIR] [--debug]``.

    Opening the app is the common case, and building the whole parser with its ten
    sub-commands costs about 10 ms before the window can show. Anything else (a command,
    ``--help``, ``--version``, an unknown or repeated option) returns None: the full parser.
    """
    found: dict[str, object] = {"data_dir": None, "debug": False, "self_test": False}
    items = list(argv)
    while items:
        name, has_value, value = items.pop(0).partition("=")
        if name == "--data-dir" and found["data_dir"] is None:
            if not has_value:
                if not items or items[0].startswith("-"):
                    return None
                value = items.pop(0)
            if not value:
                return None
            found["data_dir"] = value
        elif name in ("--debug", "--self-test") and not has_value:
            key = name[2:].replace("-", "_")
            if found[key]:
                return None
            found[key] = True
        else:
            return None
    return argparse.Namespace(command=None, **found)


def has_undecodable_bytes(text: str) -> bool:
    """Bytes that were not UTF-8 reach Python as lone surrogates (``surrogateescape``)."""
    return any("\udc80" <= character <= "\udcff" for character in text)


def _text(text: str) -> str:
    """Words a person typed; bytes that are not UTF-8 cannot be kept or shown, so say so."""
    if has_undecodable_bytes(text):
        raise argparse.ArgumentTypeError(
            "holds bytes that are not valid UTF-8 text; please type it again "
            "(your terminal may be set to another encoding)"
        )
    return text


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError("should be a whole number") from error
    if value < 1:
        raise argparse.ArgumentTypeError("should be 1 or more")
    return value
