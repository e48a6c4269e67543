"""Hears which critic groups a typed note belongs to: word forms, negation, phrases, typos, EN + DE.

The cue lists are data (``resources/critic_cues.json``), shared by both languages: a note is
matched against every cue whatever language the app speaks. A cue is one or more words:

* ``word``      the word or a simple inflection of it (``waste`` hears "wasted", "wasting"),
                the word with letters held down ("baaad"), or a one-letter typo of it when
                it is six letters or longer and the note's word is no cue word itself;
* ``stem*``     any word starting with the stem (``verschwend*`` hears "verschwendet");
* ``*part*``    any word holding the part (``*verschwend*`` hears "Zeitverschwendung");
* ``!word``     (first word only) the cue counts only when negated: ``!good enough`` hears
                "not good enough", "never good enough", "nicht gut genug", never "good enough";
* ``~word``     (first word only) the cue counts only when *not* negated: ``~ugly`` ignores
                "not ugly".

Words of a phrase follow each other, with at most one other word between them, and never across
a sentence's punctuation. Before matching, a note is case-folded, umlauts and ß are folded
(ä→a, ß→ss), apostrophes dropped and contractions spelled out ("youre", "you're" → "you are").

Each group scores the number of words in its cues that are heard. The groups come back best
first; the first group of the file's ``priority`` (self-attack) leads whenever it is heard, and
the rest of ``priority`` breaks ties. A note that matches nothing gets [] and the picker falls
back (see ``kindling.core.picker``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PHRASE_GAP = 1
"""How many other words may stand between two words of a phrase ("you are so pathetic")."""

NEGATION_REACH = 3
"""How many words before a cue a negation still reaches ("never going to be good enough")."""

SQUEEZE_MIN_LENGTH = 3
"""From this length, letters typed twice or held down are forgiven ("awfull", "baaad")."""

MAX_HEARD_CHARS = 2_000
"""Only the start of a very long note is read: the choice is on the way to the journal's commit,
and a critic's words are short."""

TYPO_MIN_LENGTH = 6
"""Shorter words are not forgiven a typo: "better" vs "letter" is one letter apart already."""

_SUFFIXES = frozenset(
    # English and German inflections a cue word may carry without being listed again.
    ("", "s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "y", "ness", "e", "en", "n", "t",
     "st", "te", "ten", "et", "em", "ung", "ungen", "lich", "ig")
)  # fmt: skip
_FOLDS = str.maketrans(
    {"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "’": "", "'": "", "`": "", "´": ""}
)
_TOKEN = re.compile(r"[a-z0-9]+|[.,;:!?()\n]")
_BOUNDARY = "|"
_REPEATS = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class Cue:
    """One word or short phrase that gives a critic group away."""

    words: tuple[str, ...]
    polarity: str  # "any", "negated" (only when negated) or "affirmed" (never when negated)

    @property
    def weight(self) -> int:
        """Longer phrases say more than single words."""
        return len(self.words)


class Listener:
    """Matches notes against the cue lists; best group first, gentlest fallback left to callers."""

    def __init__(
        self,
        cues: Mapping[str, Sequence[str]],
        priority: Sequence[str] = (),
        negators: Sequence[str] = (),
        contractions: Mapping[str, str] | None = None,
        boundaries: Sequence[str] = (),
    ) -> None:
        self._contractions = {
            fold(k): tuple(fold(v).split()) for k, v in (contractions or {}).items()
        }
        self._negators = frozenset(fold(n) for n in negators)
        self._boundaries = frozenset(fold(b) for b in boundaries)
        self._priority = {group: rank for rank, group in enumerate(priority)}
        self._first = priority[0] if priority else None
        self._cues: dict[str, tuple[Cue, ...]] = {
            group: tuple(self._cue(raw) for raw in raws) for group, raws in cues.items()
        }
        # Every cue word once, by first letter, so a note is compared only with likely words.
        self._by_letter: dict[str, list[str]] = {}
        self._inside: list[str] = []  # "*part*" words can match anywhere in a word
        for word in sorted({w for cs in self._cues.values() for c in cs for w in c.words}):
            if word.startswith("*"):
                self._inside.append(word)
            else:
                self._by_letter.setdefault(word[:1], []).append(word)

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(self._cues)

    def cues(self, group: str) -> tuple[Cue, ...]:
        return self._cues.get(group, ())

    def groups_heard(self, note: str) -> list[str]:
        """Every group with a cue in the note, best first.

        The first group of ``priority`` (self-attack) always leads when it is heard at all: a
        person attacking themselves is answered with soothing before anything about the work.
        Otherwise the group with the most cue weight leads, ties broken by ``priority``.
        """
        tokens = self.tokens(note)
        if not tokens:
            return []
        where = self._where(tokens)
        scores: dict[str, int] = {}
        for group, cues in self._cues.items():
            score = sum(cue.weight for cue in cues if self._heard(cue, tokens, where))
            if score:
                scores[group] = score
        last = len(self._priority)
        ranked = sorted(
            scores,
            key=lambda g: (g != self._first, -scores[g], self._priority.get(g, last), g),
        )
        return ranked

    def tokens(self, note: str) -> tuple[str, ...]:
        """The note as folded words, contractions spelled out, punctuation as boundaries."""
        out: list[str] = []
        for token in _TOKEN.findall(fold(note[:MAX_HEARD_CHARS])):
            if not token.isalnum() or token in self._boundaries:
                if out and out[-1] != _BOUNDARY:
                    out.append(_BOUNDARY)
                continue
            out.extend(self._contractions.get(token, (token,)))
        return tuple(out)

    # --- matching -------------------------------------------------------------------------

    def _cue(self, raw: str) -> Cue:
        text = raw.strip()
        polarity = "any"
        if text.startswith("!"):
            polarity, text = "negated", text[1:]
        elif text.startswith("~"):
            polarity, text = "affirmed", text[1:]
        words: list[str] = []
        for word in text.split():
            if word.startswith("*") or word.endswith("*"):
                words.append(fold(word))
            else:
                words.extend(self._contractions.get(fold(word), (fold(word),)))
        if not words:
            raise ValueError(f"an empty critic cue: {raw!r}")
        return Cue(tuple(words), polarity)

    def _where(self, tokens: tuple[str, ...]) -> dict[str, set[int]]:
        """For each cue word heard in the note, the places it is heard at.

        A word that is itself some cue word (or a form of one) is never also read as a typo of
        another: "anfangen" is not a misspelt "Anfänger", "schieb" not a misspelt "schief".
        """
        where: dict[str, set[int]] = {}
        for index, token in enumerate(tokens):
            if token == _BOUNDARY:
                continue
            near = self._by_letter.get(token[:1], [])
            exact = [w for w in near if word_matches(token, w, typos=False)]
            if not exact:
                exact = [w for w in near if word_matches(token, w, typos=True)]
            exact += [w for w in self._inside if w[1:-1] in token]
            for word in exact:
                where.setdefault(word, set()).add(index)
        return where

    def _heard(self, cue: Cue, tokens: tuple[str, ...], where: dict[str, set[int]]) -> bool:
        for start in sorted(where.get(cue.words[0], ())):
            if not self._rest_follows(cue.words[1:], where, start + 1, tokens):
                continue
            if cue.polarity == "any":
                return True
            if self._negated(tokens, start) == (cue.polarity == "negated"):
                return True
        return False

    def _rest_follows(
        self, words: tuple[str, ...], where: dict[str, set[int]], at: int, tokens: tuple[str, ...]
    ) -> bool:
        if not words:
            return True
        places = where.get(words[0], set())
        for index in range(at, min(at + PHRASE_GAP + 1, len(tokens))):
            if tokens[index] == _BOUNDARY:
                return False
            if index in places and self._rest_follows(words[1:], where, index + 1, tokens):
                return True
        return False

    def _negated(self, tokens: tuple[str, ...], start: int) -> bool:
        for index in range(start - 1, max(start - 1 - NEGATION_REACH, -1), -1):
            if tokens[index] == _BOUNDARY:
                return False
            if tokens[index] in self._negators:
                return True
        return False

    # --- loading --------------------------------------------------------------------------

    @classmethod
    def from_json(cls, text: str) -> Listener:
        data: dict[str, Any] = json.loads(text)
        return cls(
            cues={str(g): [str(c) for c in cs] for g, cs in data["groups"].items()},
            priority=[str(g) for g in data.get("priority", [])],
            negators=[str(n) for n in data.get("negators", [])],
            contractions={str(k): str(v) for k, v in data.get("contractions", {}).items()},
            boundaries=[str(b) for b in data.get("boundaries", [])],
        )

    @classmethod
    def from_file(cls, path: Path) -> Listener:
        return cls.from_json(path.read_text(encoding="utf-8"))


def fold(text: str) -> str:
    """Lower case, umlauts and ß folded, apostrophes dropped: "Du bist's" → "du bists"."""
    return text.casefold().translate(_FOLDS)


@lru_cache(maxsize=65_536)
def word_matches(token: str, cue: str, typos: bool = True) -> bool:
    """Whether a folded word of a note is the cue word, a form of it or (``typos``) a
    one-letter typo of it."""
    if cue.startswith("*") and cue.endswith("*"):
        return cue[1:-1] in token
    if cue.endswith("*"):
        return token.startswith(cue[:-1])
    if token == cue or (token[:1] == cue[:1] and _inflected(token, cue)):
        return True
    if (
        len(cue) >= SQUEEZE_MIN_LENGTH
        and len(token) > len(cue)
        and _squeezed(token) == _squeezed(cue)
    ):
        return True  # "sooo baaad", "awfull": letters held down or typed twice
    return (
        typos
        and len(cue) >= TYPO_MIN_LENGTH
        and token[:1] == cue[:1]
        and _one_edit_apart(token, cue)
    )


def _squeezed(word: str) -> str:
    return _REPEATS.sub(r"\1", word)


def _inflected(token: str, cue: str) -> bool:
    bases = [cue]
    if cue.endswith("e") and len(cue) > 3:
        bases.append(cue[:-1])  # hate → hating, compare → comparing
    if cue.endswith("y") and len(cue) > 3:
        bases.append(cue[:-1] + "i")  # try → tried
    for base in bases:
        if len(base) >= 3 and token.startswith(base) and token[len(base) :] in _SUFFIXES:
            return True
    return False


def _one_edit_apart(a: str, b: str) -> bool:
    """One substitution, insertion, deletion or swap of neighbours turns a into b."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
