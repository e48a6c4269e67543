"""Chooses which reframe to offer when the critic is noticed."""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kindling.core.reframes import Reframe, ReframeLibrary

FALLBACK_GROUP = "protecting"
"""The answer to a note that fits no group: every critic is, underneath, trying to protect."""

ONLY_WHEN_HEARD = frozenset({"self-attack"})
"""Groups whose words answer something specific ("Those words hurt."): offered only when the
note is heard in them, never after a tap without words or with other words."""

DEFAULT_NO_REPEAT = 6
"""How many of the most recently shown reframes are never offered again straight away."""


@dataclass(frozen=True, slots=True)
class Feedback:
    """How a reframe has landed with this person so far."""

    helped: int = 0
    not_helped: int = 0


class ReframePicker:
    """Picks a reframe: never a recent one, leaning towards what helped, matching the note.

    The weights are deliberately gentle: a reframe marked helpful becomes more likely, one
    marked "not this one" less likely, but nothing is ever ruled out for good.
    """

    def __init__(
        self,
        library: ReframeLibrary,
        rng: random.Random | None = None,
        no_repeat: int = DEFAULT_NO_REPEAT,
        recent: Iterable[str] = (),
        feedback: Mapping[str, Feedback] | None = None,
    ) -> None:
        self.library = library
        self._rng = rng or random.Random()
        self._no_repeat = no_repeat
        self._recent: deque[str] = deque(recent, maxlen=max(no_repeat, 1))
        self._feedback: dict[str, Feedback] = dict(feedback or {})
        # Worked out once, not on every tap: a pick is on the way to the journal's commit.
        self._weights = {rid: _weight(fb) for rid, fb in self._feedback.items()}

    def pick(self, note: str | None = None) -> Reframe:
        candidates = self._candidates(note)
        weights = self._weights
        chosen = self._rng.choices(
            candidates, weights=[weights.get(r.id, 1.0) for r in candidates], k=1
        )[0]
        self._recent.append(chosen.id)
        return chosen

    def record_feedback(self, reframe_id: str, helped: bool | None, previous: bool | None) -> None:
        """Counts a change of the helped mark (undoing the previous one, if any)."""
        current = self._feedback.get(reframe_id, Feedback())
        yes, no = current.helped, current.not_helped
        if previous is True:
            yes -= 1
        elif previous is False:
            no -= 1
        if helped is True:
            yes += 1
        elif helped is False:
            no += 1
        self._feedback[reframe_id] = Feedback(max(yes, 0), max(no, 0))
        self._weights[reframe_id] = _weight(self._feedback[reframe_id])

    def _candidates(self, note: str | None) -> list[Reframe]:
        """The fresh reframes of the best group heard in the note, else any fresh one.

        With a note, the groups heard come first, best first, then ``FALLBACK_GROUP`` (also when
        nothing is heard), and only then any group: a note always gets a card that can fit it.
        Without a note (the hotkey, the button) every reframe is a candidate, except those of
        ``ONLY_WHEN_HEARD``.
        """
        if note and note.strip():
            for group_id in (*self.library.groups_matching(note), FALLBACK_GROUP):
                in_group = self._fresh(self.library.in_group(group_id))
                if in_group:
                    return in_group
        pool = [r for r in self.library.reframes if r.group not in ONLY_WHEN_HEARD]
        pool = pool or list(self.library.reframes)
        fresh = self._fresh(pool)
        return fresh or pool

    def _fresh(self, reframes: Sequence[Reframe]) -> list[Reframe]:
        recent = set(self._recent) if self._no_repeat > 0 else set()
        return [r for r in reframes if r.id not in recent]


def _weight(fb: Feedback) -> float:
    return (1.0 + 2.0 * fb.helped) / (1.0 + fb.not_helped)
