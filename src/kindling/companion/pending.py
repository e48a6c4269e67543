"""Critic moments that could not be written yet (disk full, locked), kept in memory in order.

Each waits under a temporary negative id, so the toast can still mark it helpful or add a
note; saving it later hands back the stored moment with its real id.
"""

from __future__ import annotations

from dataclasses import replace

from kindling.core.model import Moment
from kindling.store.errors import WriteFailed
from kindling.store.session_store import SessionStore


class PendingMoments:
    """A small first-in, first-out queue of unsaved moments."""

    def __init__(self) -> None:
        self._waiting: list[tuple[str, Moment]] = []
        self._next_id = -1

    def __len__(self) -> int:
        return len(self._waiting)

    def add(self, session_id: str, moment: Moment) -> Moment:
        kept = replace(moment, id=self._next_id)
        self._next_id -= 1
        self._waiting.append((session_id, kept))
        return kept

    def update(self, temporary_id: int | None, **changes: object) -> bool:
        """Changes a waiting moment (its note or helped mark); False if it is not waiting."""
        for index, (session_id, moment) in enumerate(self._waiting):
            if moment.id == temporary_id:
                self._waiting[index] = (session_id, replace(moment, **changes))  # type: ignore[arg-type]
                return True
        return False

    def drop_session(self, session_id: str) -> None:
        """Forgets the waiting moments of a session the person deleted."""
        self._waiting = [(s, m) for s, m in self._waiting if s != session_id]

    def save(self, store: SessionStore) -> tuple[list[tuple[int, Moment]], WriteFailed | None]:
        """Writes the waiting moments in order.

        Returns (temporary id, stored moment) pairs for those written, and the failure that
        stopped it, if any: those saved before it leave the queue, the rest keep waiting.
        """
        saved: list[tuple[int, Moment]] = []
        while self._waiting:
            session_id, moment = self._waiting[0]
            assert moment.id is not None
            try:
                stored = store.add_moment(session_id, replace(moment, id=None))
            except WriteFailed as error:
                return saved, error
            saved.append((moment.id, stored))
            self._waiting.pop(0)
        return saved, None
