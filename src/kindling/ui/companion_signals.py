"""One thin Qt adapter: the companion's plain events, re-announced as Qt signals for the views."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kindling.companion import Companion, NoticedMoment
from kindling.core.model import Session
from kindling.core.summary import Summary

log = logging.getLogger(__name__)


class CompanionSignals(QObject):
    """Views connect to these signals instead of to the companion's events.

    Whatever caused the change (a button, the global hotkey, a ``kindling critic`` forwarded
    over IPC), the views see the same signal, so they all behave alike.
    """

    session_started = Signal(Session)
    session_changed = Signal(Session)
    moment_logged = Signal(NoticedMoment)
    session_ended = Signal(Summary)
    session_deleted = Signal(str)
    pending_saved = Signal(int)  # moments kept in memory reached the journal: how many

    def __init__(self, companion: Companion, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._companion = companion
        self._links: list[tuple[Any, Callable[[Any], None]]] = []
        self._link(companion.session_started, self.session_started.emit)
        self._link(companion.session_changed, self.session_changed.emit)
        self._link(companion.moment_logged, self.moment_logged.emit)
        self._link(companion.session_ended, self.session_ended.emit)
        self._link(companion.session_deleted, self.session_deleted.emit)
        self._link(companion.pending_saved, self.pending_saved.emit)
        # The companion outlives nothing here, but a test may drop the adapter first: a
        # listener that points at a deleted QObject would raise on every later announcement.
        self.destroyed.connect(self.detach)

    @property
    def companion(self) -> Companion:
        return self._companion

    def detach(self) -> None:
        """Stops listening to the companion (idempotent)."""
        for event, listener in self._links:
            with contextlib.suppress(ValueError):
                event.disconnect(listener)
        self._links.clear()

    def _link(self, event: Any, emit: Callable[[Any], None]) -> None:
        def listener(value: Any) -> None:
            emit(value)

        event.connect(listener)
        self._links.append((event, listener))
