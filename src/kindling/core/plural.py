"""Plural forms for the command line's English words, as Qt's ``%n`` does for the views.

Every sentence that holds a count is written whole for one and for many (``plural(n, "One
session was added.", "%n sessions were added.")``), never built from a noun with an "s"
bolted on: the rest of the sentence ("was", "each of those", "it") must agree too.
"""

from __future__ import annotations


def plural(count: int, one: str, other: str, zero: str | None = None) -> str:
    """``one`` for exactly 1, ``zero`` (if given) for 0, else ``other``; ``%n`` is the count."""
    if count == 1:
        chosen = one
    elif count == 0 and zero is not None:
        chosen = zero
    else:
        chosen = other
    return chosen.replace("%n", str(count))
