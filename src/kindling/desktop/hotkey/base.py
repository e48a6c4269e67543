"""What every global hotkey backend offers the app: register a combination, announce presses."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kindling.desktop.hotkey.debounce import Debouncer
from kindling.desktop.hotkey.keys import KeyCombination


class HotkeyBackend(QObject):
    """One platform's way to receive a key combination while another program has focus.

    ``pressed`` is always emitted on the thread this object lives in (the Qt main thread):
    each press goes through ``_raw_pressed``, queued by default, so a press announced from
    another thread or from inside a native callback is handled once that has returned. Key
    repeat is folded into one press here, for every backend.
    """

    pressed = Signal()
    settled = Signal()
    """A registration that had to wait (``pending``) has its answer: read ``active``/``problem``."""

    name = "none"
    tested = "not tested"
    """Where this backend has really been exercised; shown by `kindling doctor`."""

    _raw_pressed = Signal(int)

    HAND_OVER = Qt.ConnectionType.QueuedConnection
    """How ``_raw_pressed`` reaches ``_deliver``: direct only for a backend that reads its key
    events from the main thread's own event loop (a socket notifier), where nothing waits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem: str | None = None
        self.conflicted = False
        """True when the last registration failed because another program holds the keys."""
        self.combination: KeyCombination | None = None
        self.pending = False
        """True while the desktop has yet to answer (the Wayland portal may ask the person)."""
        self.bound_trigger: str | None = None
        """The desktop's own words for the keys, where it chose them (the portal does)."""
        self.description = "Critic noticed: note the moment your inner critic speaks up"
        """What the hotkey does, in words a desktop may show beside it."""
        self._debouncer = Debouncer()
        self.paused = False
        """True while the Settings field records a new combination: a press there is the
        person choosing keys, not the critic."""
        self._raw_pressed.connect(self._deliver, self.HAND_OVER)

    @property
    def active(self) -> bool:
        return self.combination is not None and self.problem is None and not self.pending

    @property
    def label(self) -> str | None:
        """The keys to show the person: what the desktop bound, else what was asked for."""
        if self.bound_trigger:
            return self.bound_trigger
        return str(self.combination) if self.combination is not None else None

    def register(self, combination: KeyCombination) -> bool:
        """Claims the combination; False (with ``problem`` set) when it cannot."""
        raise NotImplementedError

    def unregister(self) -> None:
        """Gives the combination back. Safe to call when nothing is registered."""

    def _begin(self, combination: KeyCombination) -> None:
        """Every backend's register() starts here: a fresh record, and no repeat carried over."""
        self.combination = combination
        self.problem = None
        self.conflicted = False
        self.pending = False
        self.bound_trigger = None
        self._debouncer = Debouncer(self._debouncer.window_ms)

    def announce(self, at_ms: int | None = None) -> None:
        """Called by a backend (from any thread) when the combination was pressed."""
        at_ms = int(time.monotonic() * 1000) if at_ms is None else at_ms
        # The signal carries a C int: X server times pass 2**31 after 25 days up, and portal
        # times may count from 1970. Folded; a wrap just counts as a fresh press (Debouncer).
        self._raw_pressed.emit(at_ms % 2**31)

    @Slot(bool)
    def pause(self, paused: bool) -> None:
        """Presses are let go unannounced while paused (the Settings field is recording)."""
        self.paused = paused

    @Slot(int)
    def _deliver(self, at_ms: int) -> None:
        if self._debouncer.accept(at_ms) and not self.paused:
            self.pressed.emit()


class NoBackend(HotkeyBackend):
    """Where no global hotkey can work: says why, so the person can bind the command instead."""

    name = "none"
    tested = "nothing to test"

    def __init__(self, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reason = reason

    def register(self, combination: KeyCombination) -> bool:
        self.combination = combination
        self.problem = self.reason
        return False
