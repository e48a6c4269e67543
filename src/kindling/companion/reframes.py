"""The person's own reframes, and hiding or restoring any reframe: what the reframe editor calls."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from kindling.core.clock import Clock, system_clock
from kindling.core.events import Event
from kindling.core.reframes import Reframe, ReframeLibrary
from kindling.core.text import TextRefused, check
from kindling.store.session_store import SessionStore

log = logging.getLogger(__name__)

MAX_REFRAME_CHARS = 1_000
"""A reframe is read in a glance on a small card; anything longer belongs in a journal."""


class NotTheirs(ValueError):
    """Asked to reword a built-in reframe: those can be hidden, never changed."""


@dataclass(frozen=True, slots=True)
class ReframeEntry:
    """One reframe as the editor lists it, with how it has been received so far."""

    reframe: Reframe
    hidden: bool
    shown: int
    helped: int
    not_helped: int


class ReframeBook:
    """Built-in reframes plus the person's own; announces the library the picker should use."""

    def __init__(
        self, store: SessionStore, builtin: ReframeLibrary, clock: Clock = system_clock
    ) -> None:
        self._store = store
        self._builtin = builtin
        self._clock = clock
        self.library_changed: Event[ReframeLibrary] = Event("library_changed")

    @property
    def groups(self) -> tuple[tuple[str, str], ...]:
        """(id, title) of each critic group, in the library's order."""
        return tuple((g.id, g.title) for g in self._builtin.groups)

    def library(self) -> ReframeLibrary:
        """What the picker offers: built-in and own reframes, minus the hidden ones."""
        own = self._store.own_reframes()
        return self._builtin.with_extra(own, self._store.hidden_reframe_ids())

    def entries(self) -> list[ReframeEntry]:
        """Every reframe, hidden ones too, the person's own first (newest last)."""
        hidden = self._store.hidden_reframe_ids()
        shown = self._store.reframe_shown_counts()
        feedback = self._store.reframe_feedback()
        result = []
        for reframe in (*self._store.own_reframes(), *self._builtin.reframes):
            fb = feedback.get(reframe.id)
            result.append(
                ReframeEntry(
                    reframe=reframe,
                    hidden=reframe.id in hidden,
                    shown=shown.get(reframe.id, 0),
                    helped=fb.helped if fb else 0,
                    not_helped=fb.not_helped if fb else 0,
                )
            )
        return result

    def add(self, group_id: str, text: str) -> Reframe:
        reframe = Reframe(
            id=f"own-{os.urandom(6).hex()}",  # 48 random bits, as uuid4().hex[:12] gave
            group=self._known_group(group_id),
            text=_checked(text),
            builtin=False,
        )
        self._store.add_own_reframe(reframe, self._clock())
        log.info("own reframe added")
        self._announce()
        return reframe

    def edit(self, reframe_id: str, group_id: str, text: str) -> Reframe:
        if self._builtin.get(reframe_id) is not None:
            raise NotTheirs(reframe_id)
        reframe = Reframe(reframe_id, self._known_group(group_id), _checked(text), builtin=False)
        self._store.update_own_reframe(reframe, self._clock())
        self._announce()
        return reframe

    def set_hidden(self, reframe_id: str, hidden: bool) -> None:
        self._store.set_reframe_hidden(reframe_id, hidden, self._clock())
        self._announce()

    def set_builtin(self, builtin: ReframeLibrary) -> None:
        """The built-in reframes in another language (same ids, so marks and hiding carry over)."""
        self._builtin = builtin
        self._announce()

    def _known_group(self, group_id: str) -> str:
        if group_id not in {g.id for g in self._builtin.groups}:
            raise ValueError(f"unknown critic group {group_id!r}")
        return group_id

    def _announce(self) -> None:
        self.library_changed.emit(self.library())


def _checked(text: str) -> str:
    text = check(text, "reframe", MAX_REFRAME_CHARS).strip()
    if not text:
        raise TextRefused("A reframe needs a few words.")
    return text
