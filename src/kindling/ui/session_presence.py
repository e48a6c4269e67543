"""The session bar and the critic card, made the first time a session needs them.

Most starts show the start page and nothing else for a while; the bar and the card (and
their modules) are about 2 MiB that nobody sees until a session begins, so they are built
on first use rather than with the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kindling.ui.session_bar import SessionBar
    from kindling.ui.toast import CriticToast

log = logging.getLogger(__name__)


class SessionPresence:
    """Holds the bar and the card once made; ``when_built`` hears when that happens."""

    def __init__(self, build: Callable[[], tuple[SessionBar, CriticToast]]) -> None:
        self._build = build
        self._parts: tuple[SessionBar, CriticToast] | None = None
        self._listeners: list[Callable[[SessionBar, CriticToast], None]] = []

    @property
    def built(self) -> bool:
        return self._parts is not None

    @property
    def bar(self) -> SessionBar:
        return self._made()[0]

    @property
    def toast(self) -> CriticToast:
        return self._made()[1]

    def when_built(self, listener: Callable[[SessionBar, CriticToast], None]) -> None:
        """Calls ``listener`` with the bar and the card once they exist (at once if they do)."""
        if self._parts is not None:
            listener(*self._parts)
        else:
            self._listeners.append(listener)

    def hide(self) -> None:
        """Hides both, without making them just to hide them."""
        if self._parts is not None:
            for widget in self._parts:
                widget.hide()

    def close(self) -> None:
        if self._parts is not None:
            for widget in self._parts:
                widget.close()
                widget.deleteLater()
            self._parts = None

    def _made(self) -> tuple[SessionBar, CriticToast]:
        if self._parts is None:
            self._parts = self._build()
            log.info("session bar and critic card built")
            listeners, self._listeners = self._listeners, []
            for listener in listeners:
                listener(*self._parts)
        return self._parts
