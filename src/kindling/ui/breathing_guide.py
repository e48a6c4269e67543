"""The soothing-rhythm breathing guide: a softly growing and shrinking shape, or a gentle count."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QEvent,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QRadialGradient, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kindling.core.breathing import BreathingPattern, BreathPhase
from kindling.ui.theme import current_palette

DEFAULT_PATTERN = BreathingPattern("soothing-5-5", "Soothing rhythm (5 in, 5 out)", 5, 0, 5, 0)


class _BreathShape(QWidget):
    """The painted circle; its size follows ``fullness`` (0 empty lungs, 1 full)."""

    def __init__(self, compact: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fullness = 0.0
        side = 72 if compact else 240
        self.setMinimumSize(side, side)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        palette = current_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        centre = QPointF(self.width() / 2, self.height() / 2)
        outer = side / 2 - 2
        # The shape never vanishes: at empty lungs it rests at 45 % of its full size.
        radius = outer * (0.45 + 0.55 * self.fullness)
        glow = QRadialGradient(centre, outer)
        soft = QColor(palette.accent_soft)
        soft.setAlphaF(0.55)
        clear = QColor(palette.accent_soft)
        clear.setAlphaF(0.0)
        glow.setColorAt(0.0, soft)
        glow.setColorAt(1.0, clear)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(glow)
        painter.drawEllipse(centre, outer, outer)
        body = QRadialGradient(centre, radius)
        inner = QColor(palette.accent)
        inner.setAlphaF(0.55 + 0.25 * self.fullness)
        edge = QColor(palette.accent)
        edge.setAlphaF(0.85)
        body.setColorAt(0.0, inner)
        body.setColorAt(1.0, edge)
        painter.setBrush(body)
        painter.drawEllipse(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        )
        painter.end()


class BreathingGuide(QWidget):
    """Paces the breath with a pattern. Animates only while shown; nothing runs when hidden.

    With ``reduced_motion`` the shape is left out and a quiet count ("Breathe in… 3") is
    shown instead, changing once a second.
    """

    phase_changed = Signal(str)  # a BreathPhase value

    COUNT_INTERVAL_MS = 1000

    def __init__(
        self,
        pattern: BreathingPattern = DEFAULT_PATTERN,
        compact: bool = False,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pattern = pattern
        self._compact = compact
        self._reduced_motion = reduced_motion
        self._phase: BreathPhase | None = None
        self._elapsed = 0.0

        self._shape = _BreathShape(compact, self)
        self._words = QLabel(self)
        self._words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self._words.font()
        font.setPointSizeF(font.pointSizeF() * (1.0 if compact else 1.4))
        self._words.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4 if compact else 18)
        layout.addWidget(self._shape, 1)
        layout.addWidget(self._words)
        self._shape.setVisible(not reduced_motion)
        self.retranslate()

        # One breath cycle per loop; Qt's animation driver ticks it with the screen (about
        # 60 fps) only while running, and it stops whenever the guide is hidden.
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.Linear)
        self._animation.setLoopCount(-1)
        self._animation.valueChanged.connect(self._on_animation_value)

        self._count_timer = QTimer(self)
        self._count_timer.setObjectName("breathing-count")
        self._count_timer.setInterval(self.COUNT_INTERVAL_MS)
        self._count_timer.timeout.connect(self._on_count_tick)
        self._apply_pattern_duration()
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
        return (
            self._animation.state() == QAbstractAnimation.State.Running
            or self._count_timer.isActive()
        )

    def set_pattern(self, pattern: BreathingPattern) -> None:
        self._pattern = pattern
        self._apply_pattern_duration()
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
        self._show_at(0.0)
        if self._reduced_motion:
            self._count_timer.start()
        else:
            self._animation.start()

    def _stop(self) -> None:
        self._animation.stop()
        self._count_timer.stop()

    def _restart(self) -> None:
        self._stop()
        if self.isVisible():
            self._start()
        else:
            self._show_at(0.0)

    def _apply_pattern_duration(self) -> None:
        self._animation.setDuration(max(int(self._pattern.cycle_seconds * 1000), 1))

    # --- slots --------------------------------------------------------------------------------

    def _on_animation_value(self, value: float) -> None:
        self._show_at(float(value) * self._pattern.cycle_seconds)

    def _on_count_tick(self) -> None:
        self._elapsed += self.COUNT_INTERVAL_MS / 1000
        self._show_at(self._elapsed)

    def _show_at(self, elapsed: float) -> None:
        self._elapsed = elapsed
        phase, fullness = self._pattern.at(elapsed)
        if abs(fullness - self._shape.fullness) > 1e-4 or self._phase is None:
            self._shape.fullness = fullness
            self._shape.update()
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

    def _phase_words(self, phase: BreathPhase) -> str:
        if phase is BreathPhase.INHALE:
            return self.tr("Breathe in…")
        if phase is BreathPhase.EXHALE:
            return self.tr("Breathe out…")
        if phase is BreathPhase.HOLD_IN:
            return self.tr("Hold, gently…")
        return self.tr("Rest…")
