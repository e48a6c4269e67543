"""What a press means in studio mode: a critic moment, a pause, a choice, or leaving.

Anything counts: any key (a keyboard, a foot pedal, a presentation clicker's Page Down,
Page Up, B or period) and a click or tap. A press is read when it is let go, so that holding
can mean something else: two seconds starts a mindful pause, and Escape held one second
leaves studio mode. Presses within ``MERGE_MS`` of the last counted one are the same moment
(a pedal that bounces, a double tap).

Keys the system repeats while held are ignored. Qt marks them as repeats on most desktops,
but not always (under Xvfb each repeat arrives as a plain release and press); so a release
is believed only once no press of the same key follows within ``SETTLE_MS``.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

POINTER = -1
"""The "key" of a click or tap."""

HELPED_KEY = int(Qt.Key.Key_PageUp)  # a clicker's "back" (◀): this helped
NOT_THIS_ONE_KEY = int(Qt.Key.Key_PageDown)  # a clicker's "next" (▶): not this one
LEAVE_KEY = int(Qt.Key.Key_Escape)


class StudioPresses(QObject):
    """Turns presses and releases into what they mean; knows nothing of the screen."""

    moment_pressed = Signal()
    pause_held = Signal()
    leave_held = Signal()
    escape_tapped = Signal()  # Escape let go before the second: say how to leave
    choice_pressed = Signal(bool)  # True: this helped

    MERGE_MS = 300
    PAUSE_HOLD_MS = 2000
    LEAVE_HOLD_MS = 1000
    SETTLE_MS = 80  # a repeat's release and next press come together (repeats: 25-40 ms apart)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        pause_hold_ms: int = PAUSE_HOLD_MS,
        leave_hold_ms: int = LEAVE_HOLD_MS,
    ) -> None:
        super().__init__(parent)
        self._pause_hold_ms = pause_hold_ms
        self._leave_hold_ms = leave_hold_ms
        self._held: int | None = None
        self._hold_done = False
        self.choosing = False
        """True while kind words with their two choices are shown: Page Up/Down choose."""
        self._since_counted = QElapsedTimer()
        self._hold = QTimer(self)
        self._hold.setObjectName("studioHold")
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._on_held)
        self._settle = QTimer(self)
        self._settle.setObjectName("studioSettle")
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self._on_let_go)

    def pressed(self, key: int, auto_repeat: bool = False) -> None:
        if auto_repeat:
            return
        if self._held == key and self._settle.isActive():
            self._settle.stop()  # the release was a repeat's: the key is still held
            return
        if self._held is not None and self._settle.isActive():
            self._settle.stop()  # another key: the first one really was let go
            self._on_let_go()
        if self._held is not None:
            return  # a second key while one is held
        self._held = key
        self._hold_done = False
        self._hold.start(self._leave_hold_ms if key == LEAVE_KEY else self._pause_hold_ms)

    def released(self, key: int, auto_repeat: bool = False) -> None:
        if auto_repeat or key != self._held:
            return
        self._settle.start()

    def _on_let_go(self) -> None:
        key = self._held
        self._held = None
        self._hold.stop()
        if self._hold_done:
            return
        if key == LEAVE_KEY:
            self.escape_tapped.emit()
        elif self.choosing and key in (HELPED_KEY, NOT_THIS_ONE_KEY):
            self.choice_pressed.emit(key == HELPED_KEY)
        elif self._since_counted.isValid() and self._since_counted.elapsed() < self.MERGE_MS:
            return  # the same moment
        else:
            self._since_counted.start()
            self.moment_pressed.emit()

    def cancel(self) -> None:
        """Forgets a press in progress (the screen closed or lost the keyboard)."""
        self._held = None
        self._hold.stop()
        self._settle.stop()

    def is_holding(self) -> bool:
        return self._held is not None

    def _on_held(self) -> None:
        self._hold_done = True
        if self._held == LEAVE_KEY:
            self.leave_held.emit()
        else:
            self.pause_held.emit()
