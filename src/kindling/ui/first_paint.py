"""Runs the slow part of starting once the window has painted for the first time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``then`` once ``widget`` has painted, so the person sees it before anything slow.

    Opening the journal imports SQLAlchemy and reads the disk; done before the first paint it
    would leave a blank frame on screen. The call is queued behind the paint, so it runs only
    once the drawn frame has gone to the screen. If no paint ever comes (a minimised start, a
    platform that does not paint), ``then`` runs after ``fallback_ms`` anyway.

    A paint of ``widget`` or of any widget inside it counts: a page covered by its children
    (a scroll area, say) never gets a paint event of its own. The filter sits on each of them
    rather than on the whole application, whose every event would then pass through Python.
    """

    FALLBACK_MS = 1500

    def __init__(
        self, widget: QWidget, then: Callable[[], None], fallback_ms: int | None = None
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        self._done = False
        self._fallback = QTimer(self)
        self._fallback.setObjectName("first-paint-fallback")
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(self.FALLBACK_MS if fallback_ms is None else fallback_ms)
        self._watched = [widget, *widget.findChildren(QWidget)]
        for watched in self._watched:
            watched.installEventFilter(self)

    @property
    def done(self) -> bool:
        return self._done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self._stop_watching()
            QTimer.singleShot(0, self._run)
        return False

    def _stop_watching(self) -> None:
        for watched in self._watched:
            watched.removeEventFilter(self)
        self._watched = []

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        self._stop_watching()
        self._then()
