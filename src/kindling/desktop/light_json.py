"""JSON without importing the ``json`` package: the IPC's one-line messages, and reading
the settings file before the first frame.

``kindling critic`` forwarded to a running app is a whole process start; ``import json``
(which pulls in ``re``, ``enum`` and their compiled patterns) was about a third of its cost,
and about 2 ms of the window's start. The C parts of the json package live in the ``_json``
extension, which loads in well under a millisecond: its scanner reads any JSON document, and
its string encoder writes strings. The messages are plain dicts of strings, numbers, booleans
and None (DESIGN.md, IPC), so a few lines of encoding around that encoder suffice (floats,
which no message holds, go to the json package). ``_json`` is part of every CPython, bundles
included.
"""

from __future__ import annotations

from _json import encode_basestring as _quote
from _json import make_scanner

# `typing` costs milliseconds on the light forwarding path; mypy reads this name specially.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_CONSTANTS: dict[object, str] = {None: "null", True: "true", False: "false"}
_WHITESPACE = " \t\n\r"


class _ScannerSettings:
    """What ``_json.make_scanner`` reads from a decoder: the json package's defaults, strict."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int

    @staticmethod
    def parse_constant(name: str) -> Any:
        raise ValueError(f"{name} is not allowed in a message")


# typeshed types the scanner's argument as a JSONDecoder; any object with these fields works.
_scan: Callable[[str, int], tuple[Any, int]] = make_scanner(_ScannerSettings())  # type: ignore[arg-type]


def dumps(value: Any) -> str:
    """Compact JSON (``separators=(",", ":")``, ``ensure_ascii=False``) of a message."""
    parts: list[str] = []
    _write(value, parts)
    return "".join(parts)


def _write(value: Any, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(_quote(value))
    elif value is None or isinstance(value, bool):
        parts.append(_CONSTANTS[value])
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, dict):
        _write_object(value, parts)
    elif isinstance(value, (list, tuple)):
        parts.append("[")
        for index, item in enumerate(value):
            parts.append("," if index else "")
            _write(item, parts)
        parts.append("]")
    else:  # floats and anything rarer: the json package's own rules
        import json

        parts.append(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _write_object(value: dict[Any, Any], parts: list[str]) -> None:
    parts.append("{")
    for index, (key, item) in enumerate(value.items()):
        if not isinstance(key, str):
            raise TypeError("message keys are strings")
        parts.append(("," if index else "") + _quote(key) + ":")
        _write(item, parts)
    parts.append("}")


def loads(text: str) -> Any:
    """Parses one JSON document; raises ValueError for anything else (as ``json.loads``)."""
    start = _skip(text, 0)
    try:
        value, end = _scan(text, start)
    except StopIteration as error:
        raise ValueError(f"not JSON at character {error.value}") from None
    if _skip(text, end) != len(text):
        raise ValueError(f"extra data after character {end}")
    return value


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in _WHITESPACE:
        index += 1
    return index
