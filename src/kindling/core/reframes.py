"""The reframe library: short compassionate replies to the inner critic, grouped by what it says."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Reframe:
    """One reframe and the critic group it answers."""

    id: str
    group: str
    text: str
    builtin: bool = True


@dataclass(frozen=True, slots=True)
class CriticGroup:
    """What the critic is doing, with the words that tend to give it away."""

    id: str
    title: str
    keywords: tuple[str, ...]


class ReframeLibrary:
    """All reframes Kindling can offer, looked up by id or by group."""

    def __init__(self, groups: list[CriticGroup], reframes: list[Reframe]) -> None:
        if not reframes:
            raise ValueError("a reframe library needs at least one reframe")
        self.groups: tuple[CriticGroup, ...] = tuple(groups)
        self.reframes: tuple[Reframe, ...] = tuple(reframes)
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
        return ReframeLibrary(list(self.groups), visible or list(self.reframes))

    def groups_matching(self, note: str) -> list[str]:
        """Groups whose keywords appear in what the person wrote, best match first."""
        lowered = note.casefold()
        scored = []
        for group in self.groups:
            hits = sum(1 for word in group.keywords if word in lowered)
            if hits:
                scored.append((hits, group.id))
        scored.sort(key=lambda pair: -pair[0])
        return [group_id for _, group_id in scored]

    @classmethod
    def from_json(cls, text: str) -> ReframeLibrary:
        data: dict[str, Any] = json.loads(text)
        groups: list[CriticGroup] = []
        reframes: list[Reframe] = []
        for raw_group in data["groups"]:
            group = CriticGroup(
                id=str(raw_group["id"]),
                title=str(raw_group["title"]),
                keywords=tuple(str(k).casefold() for k in raw_group.get("keywords", [])),
            )
            groups.append(group)
            reframes += [
                Reframe(id=str(r["id"]), group=group.id, text=str(r["text"]))
                for r in raw_group["reframes"]
            ]
        return cls(groups, reframes)

    @classmethod
    def from_file(cls, path: Path) -> ReframeLibrary:
        return cls.from_json(path.read_text(encoding="utf-8"))
