"""The reframe library: short compassionate replies to the inner critic, grouped by what it says."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kindling.core.listening import Listener

SPEAKS_TO = ("critic", "person")
"""Whom a built-in reframe addresses (its ``to`` in reframes.json)."""

CUES_FILE = "critic_cues.json"
"""The cue lists, kept beside the reframe files and shared by every language."""


@dataclass(frozen=True, slots=True)
class Reframe:
    """One reframe and the critic group it answers.

    ``speaks_to`` says whom the words address: "critic" (the critic is "you", the person "I"),
    "person" (the person is "you"), or None when unknown (the person's own reframes). A view can
    choose a greeting that keeps the same "you" as the words below it.
    """

    id: str
    group: str
    text: str
    builtin: bool = True
    speaks_to: str | None = None


@dataclass(frozen=True, slots=True)
class CriticGroup:
    """What the critic is doing, with a title a person reads when choosing a group."""

    id: str
    title: str


class ReframeLibrary:
    """All reframes Kindling can offer, looked up by id or by group."""

    def __init__(
        self,
        groups: list[CriticGroup],
        reframes: list[Reframe],
        listener: Listener | Callable[[], Listener] | None = None,
    ) -> None:
        if not reframes:
            raise ValueError("a reframe library needs at least one reframe")
        self.groups: tuple[CriticGroup, ...] = tuple(groups)
        self.reframes: tuple[Reframe, ...] = tuple(reframes)
        # A callable is asked only when the first note arrives: reading the cue lists is kept
        # off the way to the first frame, and most critic taps come without a note.
        self._listener = listener
        self._by_id = {r.id: r for r in reframes}
        if len(self._by_id) != len(reframes):
            raise ValueError("reframe ids must be unique")

    def get(self, reframe_id: str) -> Reframe | None:
        return self._by_id.get(reframe_id)

    def in_group(self, group_id: str) -> list[Reframe]:
        return [r for r in self.reframes if r.group == group_id]

    def with_extra(self, extra: list[Reframe], hidden: frozenset[str]) -> ReframeLibrary:
        """A library that also holds the person's own reframes and leaves out hidden ones."""
        visible = [r for r in (*self.reframes, *extra) if r.id not in hidden]
        return ReframeLibrary(list(self.groups), visible or list(self.reframes), self._listener)

    def groups_matching(self, note: str) -> list[str]:
        """The groups what the person wrote belongs to, best first; [] when nothing fits.

        Only groups this library has are named. Choosing something when nothing fits is the
        picker's part (see ``ReframePicker``).
        """
        listener = self._listener
        if listener is None:
            return []
        if not isinstance(listener, Listener):
            listener = self._listener = listener()
        known = {g.id for g in self.groups}
        return [g for g in listener.groups_heard(note) if g in known]

    @classmethod
    def from_json(
        cls, text: str, listener: Listener | Callable[[], Listener] | None = None
    ) -> ReframeLibrary:
        data: dict[str, Any] = json.loads(text)
        groups: list[CriticGroup] = []
        reframes: list[Reframe] = []
        for raw_group in data["groups"]:
            group = CriticGroup(
                id=str(raw_group["id"]),
                title=str(raw_group["title"]),
            )
            groups.append(group)
            reframes += [
                Reframe(
                    id=str(r["id"]),
                    group=group.id,
                    text=str(r["text"]),
                    speaks_to=str(r["to"]) if r.get("to") in SPEAKS_TO else None,
                )
                for r in raw_group["reframes"]
            ]
        return cls(groups, reframes, listener)

    @classmethod
    def from_file(cls, path: Path) -> ReframeLibrary:
        """The library in ``path``, listening with the cue lists shipped beside it (read when
        the first note arrives, once for every library that shares them)."""
        cues = path.with_name(CUES_FILE)
        listener = (lambda: _listener_from(cues)) if cues.is_file() else None
        return cls.from_json(path.read_text(encoding="utf-8"), listener)


@cache
def _listener_from(cues: Path) -> Listener:
    return Listener.from_file(cues)
