"""The soothing-rhythm breathing guide: a softly growing and shrinking shape, or a gentle count."""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontInfo, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from kindling.core.breathing import BreathingPattern, BreathPhase
from kindling.ui.breath_shape import BreathShape

DEFAULT_PATTERN = BreathingPattern("soothing-5-5", "Soothing rhythm (5 in, 5 out)", 5, 0, 5, 0)


class BreathingGuide(QWidget):
    """Paces the breath with a pattern. Animates only while shown; nothing runs when hidden.

    With ``reduced_motion`` the shape is left out and a quiet count ("Breathe in… 3") is
    shown instead, changing once a second. With ``full_screen`` the words grow with the
    screen (a twentieth of its height, readable from across a room) for the studio screen.

    The shape moves 25 times a second: plenty for a breath of several seconds, and less than
    half the work of following the screen's 60 (see tests/benchmarks/studio_cpu.py).
    """

    phase_changed = Signal(str)  # a BreathPhase value

    COUNT_INTERVAL_MS = 1000
    FRAME_INTERVAL_MS = 40
    FULL_SCREEN_WORDS = 1 / 20  # of the guide's height

    def __init__(
        self,
        pattern: BreathingPattern = DEFAULT_PATTERN,
        compact: bool = False,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
        full_screen: bool = False,
    ) -> None:
        super().__init__(parent)
        self._pattern = pattern
        self._compact = compact
        self._full_screen = full_screen
        self._reduced_motion = reduced_motion
        self._phase: BreathPhase | None = None
        self._elapsed = 0.0

        self._shape = BreathShape(compact, self)
        self._words = QLabel(self)
        self._words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self._words.font()
        font.setPointSizeF(font.pointSizeF() * (1.0 if compact else 1.4))
        self._words.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4 if compact else 18)
        if full_screen:
            layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self._shape, 1)
        layout.addWidget(self._words)
        self._shape.setVisible(not reduced_motion)
        self.retranslate()

        # Frames only while shown; the breath's time comes from a monotonic clock, so a late
        # frame (a busy machine) shows the right moment rather than falling behind.
        self._frame_timer = QTimer(self)
        self._frame_timer.setObjectName("breathing-frames")
        self._frame_timer.setInterval(self.FRAME_INTERVAL_MS)
        self._frame_timer.timeout.connect(self._on_frame)
        self._since_start = QElapsedTimer()

        self._count_timer = QTimer(self)
        self._count_timer.setObjectName("breathing-count")
        self._count_timer.setInterval(self.COUNT_INTERVAL_MS)
        self._count_timer.timeout.connect(self._on_count_tick)
        self._show_at(0.0)

    # --- public -------------------------------------------------------------------------------

    def set_inline(self, height: int) -> None:
        """The shape and its words side by side, ``height`` pixels high (the session bar's
        pause keeps the bar's size: the bar does not grow while someone breathes)."""
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.setDirection(QBoxLayout.Direction.LeftToRight)
            layout.setSpacing(8)
        self._shape.setFixedSize(height, height)
        self.setFixedHeight(height)

    @property
    def pattern(self) -> BreathingPattern:
        return self._pattern

    @property
    def compact(self) -> bool:
        return self._compact

    @property
    def full_screen(self) -> bool:
        return self._full_screen

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    @property
    def phase(self) -> BreathPhase | None:
        return self._phase

    @property
    def fullness(self) -> float:
        return self._shape.fullness

    @property
    def words(self) -> str:
        return self._words.text()

    def is_running(self) -> bool:
        return self._frame_timer.isActive() or self._count_timer.isActive()

    def set_pattern(self, pattern: BreathingPattern) -> None:
        self._pattern = pattern
        self._restart()

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced
        self._shape.setVisible(not reduced)
        self._restart()

    def show_at(self, elapsed: float) -> None:
        """Freezes the guide at ``elapsed`` seconds into the breath (tests, screenshots)."""
        self._stop()
        self._show_at(elapsed)

    # --- showing and hiding -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self._stop()
        super().hideEvent(event)

    def _start(self) -> None:
        self._elapsed = 0.0
        self._phase = None  # every start says its first phase (a voice may be listening)
        self._show_at(0.0)
        if self._reduced_motion:
            self._count_timer.start()
        else:
            self._since_start.start()
            self._frame_timer.start()

    def _stop(self) -> None:
        self._frame_timer.stop()
        self._count_timer.stop()

    def _restart(self) -> None:
        self._stop()
        if self.isVisible():
            self._start()
        else:
            self._show_at(0.0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._full_screen:
            # Readable from across a room: the words a twentieth of the height, scaled from
            # the system font (never a fixed size), so a larger system font stays larger.
            font = self._words.font()
            now = QFontInfo(font).pixelSize()
            wanted = max(24, self.height() * self.FULL_SCREEN_WORDS)
            if now > 0 and abs(now - wanted) > 1:
                font.setPointSizeF(font.pointSizeF() * wanted / now)
                self._words.setFont(font)

    # --- slots --------------------------------------------------------------------------------

    def _on_frame(self) -> None:
        elapsed = self._since_start.elapsed() / 1000
        self._show_at(elapsed % max(self._pattern.cycle_seconds, 1e-3))

    def _on_count_tick(self) -> None:
        self._elapsed += self.COUNT_INTERVAL_MS / 1000
        self._show_at(self._elapsed)

    def _show_at(self, elapsed: float) -> None:
        self._elapsed = elapsed
        phase, fullness = self._pattern.at(elapsed)
        self._shape.set_fullness(fullness)
        words = self._phase_words(phase)
        if self._reduced_motion:
            words = f"{words}  {self._count_in_phase(elapsed, phase)}"
        if words != self._words.text():
            self._words.setText(words)
        if phase != self._phase:
            self._phase = phase
            self.phase_changed.emit(phase.value)

    def _count_in_phase(self, elapsed: float, phase: BreathPhase) -> int:
        """Which second of the current phase we are in, counting from 1."""
        p = self._pattern
        t = elapsed % p.cycle_seconds
        starts = {
            BreathPhase.INHALE: 0.0,
            BreathPhase.HOLD_IN: p.inhale,
            BreathPhase.EXHALE: p.inhale + p.hold_in,
            BreathPhase.HOLD_OUT: p.inhale + p.hold_in + p.exhale,
        }
        return math.floor(t - starts[phase] + 1e-6) + 1

    def retranslate(self) -> None:
        """The guide's words in the language now installed."""
        self.setAccessibleName(self.tr("Breathing guide"))
        self._words.setAccessibleName(self.tr("Breathing guidance"))
        if self._phase is not None:
            self._words.setText("")  # said again below, in the new language
            self._show_at(self._elapsed)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def cue(self, phase: BreathPhase) -> str:
        """The words for a phase, without the count (for reading aloud)."""
        return self._phase_words(phase)

    def _phase_words(self, phase: BreathPhase) -> str:
        if phase is BreathPhase.INHALE:
            return self.tr("Breathe in…")
        if phase is BreathPhase.EXHALE:
            return self.tr("Breathe out…")
        if phase is BreathPhase.HOLD_IN:
            return self.tr("Hold, gently…")
        return self.tr("Rest…")
