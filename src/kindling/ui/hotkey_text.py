"""The person's hotkey as their platform writes it (Ctrl+Alt+K here, ⌃⌥K on a Mac)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def shown_hotkey(hotkey: str) -> str:
    """``hotkey`` as stored in settings ("Ctrl+Alt+K"), in the platform's own notation.

    Qt translates the modifier names too ("Strg" in German) when its own translations are
    installed; a combination Qt cannot read is shown as it was stored.
    """
    sequence = QKeySequence.fromString(hotkey, QKeySequence.SequenceFormat.PortableText)
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return text or hotkey
