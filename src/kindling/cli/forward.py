"""Hands `kindling start|critic|end` to the running app, so its window shows what happened.

This is the light path: it runs before argparse, logging, Qt or SQLAlchemy are imported, and
needs only the standard library's socket and json. Anything it does not recognise, and any
situation where no app answers, goes back to the full command line (which works headlessly).
"""

from __future__ import annotations

import os
import sys

from kindling.cli import FORWARDED, wording
from kindling.cli.exitcodes import FAILED, NOTHING_TO_DO, OK
from kindling.desktop import ipc_protocol
from kindling.desktop.ipc_client import NoAnswer, exchange

# `typing` costs milliseconds on the light forwarding path; mypy reads this name specially.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

# Options each forwarded command takes (name -> takes a value), mirroring cli/parser.py.
_OPTIONS: dict[str, dict[str, bool]] = {
    "start": {"--medium": True, "--intention": True, "--no-warmup": False, "--studio": False},
    "critic": {"--note": True, "--format": True},
    "end": {"--reflection": True},
}
_COMMON = {"--data-dir": True, "--debug": False}


def try_fast(argv: Sequence[str]) -> int | None:
    """Forwards a plainly written `start|critic|end`; None means "use the full command line"."""
    if any("\udc80" <= character <= "\udcff" for item in argv for character in item):
        return None  # bytes that are not UTF-8: the full parser explains (or takes a path)
    parsed = _parse(argv)
    if parsed is None:
        return None
    command, options = parsed
    output = options.pop("--format", "text")
    if output not in ("text", "json"):
        return None  # the full parser explains the choices
    root = data_root(options.pop("--data-dir", None))
    return forward(command, root, _arguments(command, options), output)


def forward(command: str, root: str, args: dict[str, Any], output: str = "text") -> int | None:
    """Sends one command to the app for data folder ``root``; None when no app is running.

    ``output`` is how `critic` prints what the app answered: ``text`` or ``json``.
    """
    try:
        answer = exchange(root, ipc_protocol.request(command, **args))
    except NoAnswer:
        print(
            "Kindling is open but did not answer in time, so it is not clear whether this "
            "was noted. Please look at the Kindling window.",
            file=sys.stderr,
        )
        return FAILED
    if answer is None:
        return None
    return _report(command, args, answer, output)


def data_root(override: str | None) -> str:
    """The data folder, chosen exactly as desktop.paths.resolve does, without pathlib."""
    chosen = override or os.environ.get("KINDLING_DATA_DIR")
    if chosen:
        return os.path.abspath(os.path.expanduser(chosen))
    import appdirs

    return str(appdirs.user_data_dir("Kindling", False))


def _report(
    command: str, args: dict[str, Any], answer: dict[str, Any], output: str = "text"
) -> int:
    status = answer.get("status")
    message = str(answer.get("message") or "")
    if status == ipc_protocol.OK:
        return _report_done(command, args, answer, output)
    if status == ipc_protocol.NO_SESSION:
        wanted = wording.NO_SESSION_TO_END if command == "end" else wording.NO_SESSION_FOR_CRITIC
        print(wanted, file=sys.stderr)
        return NOTHING_TO_DO
    if status == ipc_protocol.ALREADY_IN_PROGRESS:
        message = wording.ALREADY_IN_PROGRESS
    elif status == ipc_protocol.WRONG_VERSION:
        message = (
            "The Kindling that is open is a different version from this command. "
            "Please quit it and open it again."
        )
    elif status not in (ipc_protocol.REFUSED, ipc_protocol.FAILED) or not message:
        message = "Kindling is open but could not do this just now."
    print(message, file=sys.stderr)
    return FAILED


def _report_done(command: str, args: dict[str, Any], answer: dict[str, Any], output: str) -> int:
    text = str(answer.get("text") or "")
    if command == "start" and answer.get("joined"):
        print(wording.studio_joined(text))
        print(wording.STUDIO_HINT)
    elif command == "start":
        print(wording.session_begun(text or str(args.get("medium", "making"))))
        if args.get("warmup", True):
            print(wording.WARMUP_HINT)
        print(wording.STUDIO_HINT if args.get("studio") else wording.CRITIC_HINT)
    elif command == "end":
        print(text, end="" if text.endswith("\n") else "\n")
    else:
        if output == "json":
            print(wording.critic_json(answer.get("moment") or {}, answer.get("reframe") or {}))
        else:
            print(text)
        if answer.get("saved") is False:
            print(wording.MOMENT_KEPT_IN_APP, file=sys.stderr)
            return FAILED
    return OK


def _parse(argv: Sequence[str]) -> tuple[str, dict[str, Any]] | None:
    """A strict reading of the common forms; anything unusual returns None (full parser)."""
    command: str | None = None
    options: dict[str, Any] = {}
    items = list(argv)
    index = 0
    while index < len(items):
        token = items[index]
        index += 1
        if not token.startswith("-"):
            if command is not None or token not in FORWARDED:
                return None
            command = token
            continue
        name, has_inline, inline = token.partition("=")
        allowed = {**_COMMON, **(_OPTIONS[command] if command else {})}
        if name not in allowed:
            return None
        if not allowed[name]:
            if has_inline:
                return None
            options[name] = True
            continue
        if has_inline:
            options[name] = inline
        elif index < len(items) and not items[index].startswith("-"):
            options[name] = items[index]
            index += 1
        else:
            return None
    if command is None or options.pop("--debug", False):
        return None
    return command, options


def _arguments(command: str, options: dict[str, Any]) -> dict[str, Any]:
    if command == "start":
        return {
            "medium": options.get("--medium", "making"),
            "intention": options.get("--intention"),
            "warmup": not options.get("--no-warmup", False),
            "studio": bool(options.get("--studio", False)),
        }
    if command == "critic":
        return {"note": options.get("--note")}
    return {"reflection": options.get("--reflection")}
