"""Checks on what a person types, so every accepted text can be stored and exported exactly."""

from __future__ import annotations

MAX_TEXT_CHARS = 100_000
"""Generous for a note or reflection; far larger text is almost surely a paste by mistake."""

MAX_LABEL_CHARS = 200
"""For short labels such as the medium."""


class TextRefused(ValueError):
    """A text Kindling cannot keep exactly; the message says why in plain words."""


def clean_optional(value: str | None, what: str, limit: int = MAX_TEXT_CHARS) -> str | None:
    """Returns the text unchanged, ``None`` for blank text, or raises TextRefused."""
    if value is None or not value.strip():
        return None
    return check(value, what, limit)


def check(value: str, what: str, limit: int = MAX_TEXT_CHARS) -> str:
    if not isinstance(value, str):
        raise TextRefused(f"The {what} should be text.")
    if len(value) > limit:
        raise TextRefused(
            f"The {what} is very long ({len(value):,} characters); please keep it under {limit:,}."
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise TextRefused(
            f"The {what} holds a character that cannot be saved (a broken character code)."
        ) from error
    return value
