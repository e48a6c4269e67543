"""The grounding warm-up: the breath (or another anchor), then the compassionate self."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kindling.core.breathing import BreathingPattern
from kindling.ui.breathing_guide import DEFAULT_PATTERN, BreathingGuide
from kindling.ui.compassionate_self import CompassionateSelf
from kindling.ui.layout import centred, heading, muted
from kindling.ui.remaining_time import RemainingTime
from kindling.ui.theme import MARGIN, SPACING

ANCHOR, SELF = 0, 1


class WarmupPage(QWidget):
    """Runs one warm-up at a time; :meth:`start` begins one, ``finished`` says how it ended.

    The anchor step lasts ``minutes * minute_ms`` (tests pass a tiny ``minute_ms``), then the
    compassionate-self steps follow at the person's own pace. Every step can be skipped, and
    "Begin creating now" ends the whole warm-up at any point, with no questions asked.
    """

    finished = Signal(bool)  # True: every step reached; False: ended early or skipped
    step_changed = Signal(str)  # "anchor" or "self"

    MINUTE_MS = 60_000
    REMAINING_TICK_MS = 2_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._alternative = "breath"
        self._running = False

        anchor = self._build_anchor()
        self.compassionate_self = CompassionateSelf(self)
        self.compassionate_self.finished.connect(self._on_self_finished)

        self._steps = QStackedWidget(self)
        self._steps.addWidget(anchor)
        self._steps.addWidget(self.compassionate_self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(self._steps, 1)

        self._anchor_timer = QTimer(self)
        self._anchor_timer.setObjectName("warmup-anchor")
        self._anchor_timer.setSingleShot(True)
        self._anchor_timer.timeout.connect(self._on_anchor_done)
        # The remaining time is said again every few seconds, never counted down second by second.
        self._remaining_tick = QTimer(self)
        self._remaining_tick.setObjectName("warmup-remaining")
        self._remaining_tick.setInterval(self.REMAINING_TICK_MS)
        self._remaining_tick.timeout.connect(self._say_remaining)
        self._anchor_ms = 0
        self._minute_ms = self.MINUTE_MS
        self.retranslate()

    def _build_anchor(self) -> QWidget:
        """The first step: the breathing guide (or another anchor), its words and time left."""
        self.guide = BreathingGuide(DEFAULT_PATTERN, parent=self)
        self._anchor_title = heading("", self)
        self._anchor_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._anchor_words = QLabel(self)
        self._anchor_words.setWordWrap(True)
        self._anchor_words.setMinimumHeight(self._anchor_words.fontMetrics().lineSpacing() * 3)
        self._anchor_words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.go_on_button = QPushButton(self)
        self.go_on_button.setProperty("role", "primary")
        self.go_on_button.clicked.connect(self._on_anchor_done)
        self.begin_now_button = QPushButton(self)
        self.begin_now_button.setProperty("role", "quiet")
        self.begin_now_button.clicked.connect(self._on_begin_now)
        anchor_buttons = QHBoxLayout()
        anchor_buttons.addStretch(1)
        anchor_buttons.addWidget(self.begin_now_button)
        anchor_buttons.addWidget(self.go_on_button)
        anchor_buttons.addStretch(1)
        self.where = muted("", self)
        self.where.setObjectName("warmupWhere")
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remaining = RemainingTime(self)

        anchor = QWidget(self)
        anchor_layout = QVBoxLayout(anchor)
        anchor_layout.setSpacing(SPACING)
        anchor_layout.addStretch(1)
        anchor_layout.addWidget(self._anchor_title)
        anchor_layout.addWidget(self.guide, 6)
        anchor_layout.addLayout(centred(self._anchor_words))
        anchor_layout.addWidget(self.remaining, 0, Qt.AlignmentFlag.AlignCenter)
        anchor_layout.addWidget(self.where)
        anchor_layout.addLayout(anchor_buttons)
        anchor_layout.addStretch(1)
        return anchor

    def retranslate(self) -> None:
        """The page's words in the language now installed; the current step's guidance too."""
        self.setAccessibleName(self.tr("Warm-up"))
        self._anchor_words.setAccessibleName(self.tr("Guidance"))
        self.go_on_button.setText(self.tr("I’m ready to go on"))
        self.go_on_button.setAccessibleName(self.tr("Skip to the compassionate self"))
        self.go_on_button.setAccessibleDescription(
            self.tr("Moves on from this step whenever you feel ready; there is no need to wait.")
        )
        self.begin_now_button.setText(self.tr("Begin creating now"))
        self.begin_now_button.setAccessibleName(self.tr("End the warm-up and begin creating"))
        self.begin_now_button.setAccessibleDescription(
            self.tr("Leaves the rest of the warm-up and opens the session bar.")
        )
        self.where.setText(self._step_words(1))
        self._set_anchor_words(self._alternative)
        self._say_remaining()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- public -------------------------------------------------------------------------------

    def start(
        self,
        minutes: float,
        alternative: str = "breath",
        pattern: BreathingPattern = DEFAULT_PATTERN,
        reduced_motion: bool = False,
        minute_ms: int | None = None,
    ) -> None:
        """Begins a warm-up whose anchor step lasts ``minutes`` (of ``minute_ms`` each)."""
        self._alternative = alternative
        self._running = True
        self.guide.set_pattern(pattern)
        self.guide.set_reduced_motion(reduced_motion)
        self._set_anchor_words(alternative)
        self.compassionate_self.restart()
        per_minute = self.MINUTE_MS if minute_ms is None else minute_ms
        self._anchor_ms = max(int(minutes * per_minute), 0)
        self._minute_ms = per_minute
        self._anchor_timer.setInterval(self._anchor_ms)
        self.compassionate_self.set_step_offset(1)  # the anchor is step 1 of the warm-up
        self._show(ANCHOR)
        self._anchor_timer.start()
        self._remaining_tick.start()
        self._say_remaining()

    def stop(self) -> None:
        """Stops quietly without announcing anything (the session went away)."""
        self._running = False
        self._anchor_timer.stop()
        self._remaining_tick.stop()
        self.guide.hide()

    @property
    def step(self) -> str:
        return "anchor" if self._steps.currentIndex() == ANCHOR else "self"

    @property
    def anchor_words(self) -> str:
        return self._anchor_words.text()

    def anchor_remaining_ms(self) -> int:
        return self._anchor_timer.remainingTime() if self._anchor_timer.isActive() else 0

    # --- slots --------------------------------------------------------------------------------

    def _on_anchor_done(self) -> None:
        self._anchor_timer.stop()
        self._remaining_tick.stop()
        if self._running and self._steps.currentIndex() == ANCHOR:
            self._show(SELF)
            self.compassionate_self.next_button.setFocus()

    def _on_self_finished(self, every_step: bool) -> None:
        self._finish(every_step)

    def _on_begin_now(self) -> None:
        self._finish(False)

    def _finish(self, completed: bool) -> None:
        if not self._running:
            return
        self._running = False
        self._anchor_timer.stop()
        self._remaining_tick.stop()
        self.guide.hide()
        self.finished.emit(completed)

    # --- helpers ------------------------------------------------------------------------------

    def _step_words(self, step: int) -> str:
        total = 1 + self.compassionate_self.step_count
        return self.tr("Step %1 of %2").replace("%1", str(step)).replace("%2", str(total))

    def _say_remaining(self) -> None:
        """ "About a minute left", said gently; the ring shows the same without words."""
        left_ms = self.anchor_remaining_ms()
        self.remaining.set_share(left_ms / self._anchor_ms if self._anchor_ms else 0.0)
        seconds = left_ms / max(self._minute_ms, 1) * 60
        if seconds > 90:
            text = self.tr("About %n minutes left", "", round(seconds / 60))
        elif seconds > 40:
            text = self.tr("About a minute left")
        else:
            text = self.tr("Less than a minute left")
        self.remaining.set_words(text)

    def _show(self, index: int) -> None:
        self._steps.setCurrentIndex(index)
        self.guide.setVisible(index == ANCHOR and self._alternative == "breath")
        self.step_changed.emit(self.step)

    def _set_anchor_words(self, alternative: str) -> None:
        if alternative == "posture":
            title = self.tr("A grounded posture")
            words = self.tr(
                "Let your feet rest on the floor and feel the chair holding you. Let your "
                "shoulders drop a little and your hands rest. Nothing to do but sit here."
            )
        elif alternative == "image":
            title = self.tr("A warm image")
            words = self.tr(
                "Bring to mind a place, a colour or a light that feels warm and safe. Notice "
                "its warmth, its quiet, how it welcomes you just as you are."
            )
        else:
            title = self.tr("Soothing-rhythm breathing")
            words = self.tr(
                "Let your breath slow a little, following the shape. No need to get it right."
            )
        self._anchor_title.setText(title)
        self._anchor_words.setText(words)
