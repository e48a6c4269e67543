"""Recognises a note that suggests suicide, self-harm or wanting not to exist (English, German).

The phrases are data (``resources/support/danger_phrases.json``), reviewed and tested one by
one. A note is folded before it is read, so spelling slips and shorthand still count:
lower case, umlauts written out (ä → ae), apostrophes dropped, anything that is not a letter or
a digit becomes a space, and every run of one letter is squeezed to one letter ("kill" and
"kil", "dieee" and "die" read alike). Patterns are folded the same way when they are loaded.

When in doubt this leans towards safety: a false alarm shows warm words and a helpline, a
missed one leaves someone alone. Clear idioms ("this deadline is killing me", "kill your
darlings", "dead colours", "todmüde") are never matched. Nothing here logs the note.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_APOSTROPHES = re.compile(r"['’‘`´]")
_NOT_A_WORD = re.compile(r"[^a-z0-9]+")
_RUN = re.compile(r"([a-z])\1+")
FUZZY_MIN_LETTERS = 6
"""Only words this long are also recognised with one slip: shorter ones collide with others."""


def fold(text: str) -> str:
    """The form a note is read in: see the module docstring."""
    text = text.casefold().translate(_UMLAUTS)
    text = _APOSTROPHES.sub("", text)
    text = _NOT_A_WORD.sub(" ", text).strip()
    return _RUN.sub(r"\1", text)


def _fold_pattern(pattern: str) -> str:
    # Only letter runs are squeezed; the pattern's own syntax has no doubled letters.
    return _RUN.sub(r"\1", pattern.casefold().translate(_UMLAUTS))


def _whole(pattern: str) -> re.Pattern[str]:
    """A pattern that must start and end at word edges."""
    return re.compile(f"(?<![a-z0-9])(?:{_fold_pattern(pattern)})(?![a-z0-9])")


@dataclass(frozen=True, slots=True)
class DangerPattern:
    """One reviewed phrase pattern, with the id its test names it by."""

    id: str
    regex: re.Pattern[str]


class DangerWords:
    """Answers one question: does this note suggest the person may be in danger?"""

    def __init__(
        self,
        words: frozenset[str],
        fuzzy_words: frozenset[str],
        patterns: tuple[DangerPattern, ...],
        not_danger: tuple[DangerPattern, ...],
    ) -> None:
        self._words = frozenset(fold(w) for w in words)
        self._fuzzy = tuple(fold(w) for w in fuzzy_words)
        self.patterns = patterns
        self.not_danger = not_danger

    def is_danger(self, note: str | None) -> bool:
        return self.matching(note) is not None

    def matching(self, note: str | None) -> str | None:
        """The id of the first pattern or word the note meets, or None (for tests and review)."""
        if not note or not note.strip():
            return None
        text = fold(note)
        for harmless in self.not_danger:  # a clear idiom is blanked out before reading on
            text = harmless.regex.sub(" ", text)
        text = " ".join(text.split())
        for word in text.split():
            if word in self._words:
                return f"word:{word}"
            if len(word) >= FUZZY_MIN_LETTERS:
                for known in self._fuzzy:
                    if _one_slip(word, known):
                        return f"word:{known}"
        for pattern in self.patterns:
            if pattern.regex.search(text):
                return pattern.id
        return None

    @classmethod
    def from_json(cls, text: str) -> DangerWords:
        data: dict[str, Any] = json.loads(text)

        def patterns(key: str) -> tuple[DangerPattern, ...]:
            return tuple(
                DangerPattern(str(p["id"]), _whole(str(p["pattern"]))) for p in data.get(key, [])
            )

        return cls(
            frozenset(str(w) for w in data["words"]),
            frozenset(str(w) for w in data.get("fuzzy_words", [])),
            patterns("patterns"),
            patterns("not_danger"),
        )

    @classmethod
    def from_file(cls, path: Path) -> DangerWords:
        return cls.from_json(path.read_text(encoding="utf-8"))


def _one_slip(word: str, known: str) -> bool:
    """True when ``word`` is ``known`` with at most one letter added, left out, changed or
    two neighbours swapped."""
    if word == known:
        return True
    if abs(len(word) - len(known)) > 1:
        return False
    if len(word) == len(known):
        diffs = [i for i, (a, b) in enumerate(zip(word, known, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == known[diffs[1]]
            and word[diffs[1]] == known[diffs[0]]
        )
    shorter, longer = (word, known) if len(word) < len(known) else (known, word)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
