"""The session flow as the command line, the global hotkey and the tray reach it.

Each forwarded command calls the same flow method as the window's own button, so the window,
the bar and the toast answer exactly alike; this adapter only turns the flow's quiet "nothing
to do" answers into the outcomes the command line reports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from kindling.companion import (
    Companion,
    NoSessionInProgress,
    NoticedMoment,
    SessionAlreadyInProgress,
)
from kindling.core.model import Session
from kindling.core.summary import Summary
from kindling.core.text import MAX_LABEL_CHARS, check, clean_optional
from kindling.ui.session_flow import SessionFlow


class FlowTarget:
    """Implements ``desktop.ipc_commands.CommandTarget`` on top of :class:`SessionFlow`."""

    def __init__(self, flow: SessionFlow, companion: Companion, window: QWidget) -> None:
        self._flow = flow
        self._companion = companion
        self._window = window
        self.describe: dict[str, Any] = {}
        """Filled in by the composition root once the hotkey, tray and socket are set up."""

    def show(self) -> None:
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    def start(
        self, medium: str, intention: str | None, warmup: bool, studio: bool = False
    ) -> Session:
        current = self._companion.current
        if current is not None:
            raise SessionAlreadyInProgress(current)
        # Checked here too, so a refused text reaches the command line, not only the window.
        check(medium.strip() or "making", "medium", MAX_LABEL_CHARS)
        clean_optional(intention, "intention")
        session = self._flow.begin(medium, intention, with_warmup=warmup, studio=studio)
        if session is None:
            raise RuntimeError("the session did not start")
        return session

    def open_studio(self) -> Session | None:
        if self._companion.current is None:
            return None
        self._flow.enter_studio()
        return self._companion.current

    def notice_critic(self, note: str | None) -> NoticedMoment:
        clean_optional(note, "note")
        noticed = self._flow.notice_critic(note)
        if noticed is None:
            raise NoSessionInProgress()
        return noticed

    def end(self, reflection: str | None) -> Summary:
        if self._companion.current is None:
            raise NoSessionInProgress()
        summary = self._flow.end_now(reflection)
        if summary is None:
            raise NoSessionInProgress()
        return summary

    def status(self) -> dict[str, Any]:
        session = self._companion.current
        moments = None if session is None else len(session.moments)
        return {
            **self.describe,
            "moments_in_session": moments,
            "studio_mode": self._flow.studio.state(),
            "journal_in_place": self._companion.journal_in_place(),
        }
