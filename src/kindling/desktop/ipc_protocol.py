"""The tiny protocol between a `kindling` command and the running app: one JSON line each way.

A request is ``{"kindling": 1, "command": "critic", "args": {"note": "…"}}`` and the reply is
``{"kindling": 1, "status": "ok", …}``, each a single UTF-8 line ending in ``\\n``. The
``kindling`` field is the protocol version: an app that sees another version answers
``{"status": "version"}`` so an old command never half-works with a newer app.

Commands: ``show`` (raise the window), ``start`` (args ``medium``, ``intention``,
``warmup``), ``critic`` (``note``), ``end`` (``reflection``) and ``status`` (what
``kindling doctor`` asks a running app). Reply statuses: ``ok``, ``no-session``,
``already-in-progress``, ``refused`` and ``failed`` (both with a ``message``), ``version``,
``bad-request``. A ``critic`` reply also carries ``saved``: false while the app keeps the
moment in memory because the disk refused it (it saves it once there is room), ``moment``
(``id``, ``at``, ``note``) and ``reframe`` (``id``, ``group``, ``text``). Standard
library only: the light client imports it.
"""

from __future__ import annotations

from kindling.desktop import light_json

# `typing` costs milliseconds on the light forwarding path; mypy reads this name specially.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

VERSION = 1
MAX_LINE_BYTES = 1_048_576
"""A request longer than this is refused; the longest note fits many times over."""

COMMANDS = frozenset({"show", "start", "critic", "end", "status"})
OK = "ok"
NO_SESSION = "no-session"
ALREADY_IN_PROGRESS = "already-in-progress"
REFUSED = "refused"
FAILED = "failed"
WRONG_VERSION = "version"
BAD_REQUEST = "bad-request"


def encode(message: dict[str, Any]) -> bytes:
    """One line: the message with the version stamped in, as compact UTF-8 JSON."""
    stamped = {"kindling": VERSION, **message}
    return light_json.dumps(stamped).encode("utf-8") + b"\n"


def decode(line: bytes) -> dict[str, Any]:
    """Parses one line; raises ValueError when it is not a JSON object."""
    try:
        value = light_json.loads(line.decode("utf-8"))
    except RecursionError as error:  # `[[[[…` nested past what the parser can follow
        raise ValueError("a message nested too deeply") from error
    if not isinstance(value, dict):
        raise ValueError("a message must be a JSON object")
    return value


def too_long_reply() -> bytes:
    """What a listener answers when MAX_LINE_BYTES arrive with no end of line."""
    return encode(reply(BAD_REQUEST))


def request(command: str, **args: Any) -> bytes:
    return encode({"command": command, "args": args})


def reply(status: str, **fields: Any) -> dict[str, Any]:
    return {"status": status, **fields}
