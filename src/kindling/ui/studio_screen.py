"""The studio screen: one whole screen, calm and plain, readable from across the room.

For a person at an easel, a wheel or a page, away from the keyboard: the time since the
start, one line of guidance, and, after a press, the kind words in large type with two large
choices. Every press goes through :class:`StudioPresses`; the screen only shows.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kindling.companion import NoticedMoment
from kindling.core.breathing import BreathingPattern
from kindling.core.clock import Clock, system_clock
from kindling.ui.breathing_guide import DEFAULT_PATTERN, BreathingGuide
from kindling.ui.studio_input import POINTER, StudioPresses
from kindling.ui.studio_type import SMALLEST_SHARE, fit_words, sized_font

# High contrast, few colours: warm near-white on near-black (about 16:1), or the reverse.
_DARK = {"back": "#161412", "text": "#f4eee6", "muted": "#c2b8ac", "edge": "#8c8279"}
_LIGHT = {"back": "#f7f3ee", "text": "#211c18", "muted": "#4f4740", "edge": "#857a6f"}


class StudioScreen(QWidget):
    """Full screen; any key or click is a press. Hooks for others are its signals."""

    critic_pressed = Signal()  # a press that means "the critic spoke"
    kind_words_shown = Signal(str)  # the words now on screen (for speaking them aloud)
    feedback_given = Signal(int, bool)  # moment id, helped
    pause_started = Signal()
    pause_finished = Signal(int)  # seconds paused
    leave_requested = Signal()  # Escape held: back to the bar, the session goes on

    WORDS_MS = 60_000
    HINT_MS = 6_000
    TICK_MS = 5_000
    PAUSE_SECONDS = 30

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock = system_clock,
        pattern: BreathingPattern = DEFAULT_PATTERN,
        reduced_motion: bool = False,
        dark: bool = True,
        pause_seconds: int = PAUSE_SECONDS,
        presses: StudioPresses | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("studioScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._clock = clock
        self._started_at: datetime | None = None
        self._moment_id: int | None = None
        self._pause_seconds = pause_seconds
        self._pause_started: datetime | None = None
        self.presses = presses or StudioPresses(self)
        self._colours = _DARK if dark else _LIGHT

        self._words_timer = self._timer("studioWordsTimer", self.WORDS_MS, self.clear_words)
        self._hint_timer = self._timer("studioHintTimer", self.HINT_MS, self._say_guidance)
        self._pause_timer = self._timer(
            "studioPauseTimer", pause_seconds * 1000, lambda: self._finish_pause(True)
        )
        self._tick = QTimer(self)
        self._tick.setInterval(self.TICK_MS)
        self._tick.timeout.connect(self._refresh_time)

        self._build(pattern, reduced_motion)
        self._connect_presses()
        self.retranslate()

    def _timer(self, name: str, ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setObjectName(name)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # --- layout -------------------------------------------------------------------------------

    def _build(self, pattern: BreathingPattern, reduced_motion: bool) -> None:
        c = self._colours
        self.setStyleSheet(
            f"QWidget#studioScreen {{ background: {c['back']}; }}"
            f" QWidget#studioScreen QLabel {{ color: {c['text']}; background: transparent; }}"
            f" QWidget#studioScreen QLabel[role='muted'] {{ color: {c['muted']}; }}"
            f" QWidget#studioScreen QPushButton {{ color: {c['text']}; background: {c['back']};"
            f" border: 3px solid {c['edge']}; border-radius: 14px; padding: 0.4em 1.2em; }}"
            f" QWidget#studioScreen QPushButton:hover {{ border-color: {c['text']}; }}"
            " QStackedWidget, QWidget#studioWorking, QWidget#studioPausing"
            " { background: transparent; }"
        )
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        self._time = self._label("studioTime", muted=True)
        self._time.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self._time)
        self._pages = QStackedWidget(self)
        outer.addWidget(self._pages, 1)

        working = QWidget(self._pages)
        working.setObjectName("studioWorking")
        column = QVBoxLayout(working)
        column.addStretch(1)
        self._guidance = self._label("studioGuidance")
        self._words = self._label("studioWords")
        self._words.hide()  # until a moment's words
        column.addWidget(self._guidance)
        column.addWidget(self._words, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(32)
        choices = QHBoxLayout()
        choices.addStretch(1)
        self._helped = self._choice("studioHelped", True)
        self._not_this = self._choice("studioNotThisOne", False)
        choices.addWidget(self._helped)
        choices.addSpacing(48)
        choices.addWidget(self._not_this)
        choices.addStretch(1)
        column.addLayout(choices)
        column.addStretch(1)
        self._how = self._label("studioHow", muted=True)
        column.addWidget(self._how)
        self._pages.addWidget(working)

        pausing = QWidget(self._pages)
        pausing.setObjectName("studioPausing")
        pause_column = QVBoxLayout(pausing)
        # The full-screen guide repaints only the ring that moves, from a cached gradient.
        self._guide = BreathingGuide(
            pattern=pattern, reduced_motion=reduced_motion, full_screen=True
        )
        self._guide.setObjectName("studioGuide")
        self._guide.setParent(pausing)
        pause_column.addWidget(self._guide, 1)
        self._pause_words = self._label("studioPauseWords", muted=True)
        pause_column.addWidget(self._pause_words)
        self._pages.addWidget(pausing)
        self._show_choices(False)

    def _label(self, name: str, muted: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if muted:
            label.setProperty("role", "muted")
        return label

    def _choice(self, name: str, helped: bool) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the screen
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: self._choose(helped))
        return button

    def _connect_presses(self) -> None:
        self.presses.moment_pressed.connect(self._on_moment_pressed)
        self.presses.pause_held.connect(self.start_pause)
        self.presses.leave_held.connect(self.leave_requested)
        self.presses.escape_tapped.connect(self._say_how_to_leave)
        self.presses.choice_pressed.connect(self._choose)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kindling studio"))
        self.setAccessibleName(self.tr("Studio mode"))
        self._say_guidance()
        self._say_how()
        # The arrows match a presentation clicker: its back key is Page Up, its next key Page Down.
        self._helped.setText(self.tr("◀  This helped"))
        self._helped.setAccessibleName(self.tr("This helped (Page Up)"))
        self._not_this.setText(self.tr("Not this one  ▶"))
        self._not_this.setAccessibleName(self.tr("Not this one (Page Down)"))
        self._pause_words.setText(self.tr("Half a minute, just for you.  Any key brings you back."))
        self._refresh_time()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- public -------------------------------------------------------------------------------

    def show_on(self, screen: QScreen, started_at: datetime) -> None:
        """Fills ``screen`` and takes the keyboard: every key now means the critic spoke."""
        self._started_at = started_at
        self._refresh_time()
        if self.windowHandle() is not None:
            self.windowHandle().setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def show_moment(self, noticed: NoticedMoment) -> None:
        """The kind words for a moment, large, with the two choices, until a press or a minute."""
        if self.is_pausing():
            self._finish_pause(False)
        self._moment_id = noticed.moment.id
        text = noticed.reframe.text
        self._words.setText(text)
        self._fit_words()
        self._guidance.hide()
        self._words.show()
        self._show_choices(True)
        self._words_timer.start()
        self.kind_words_shown.emit(text)

    def clear_words(self) -> None:
        self._words_timer.stop()
        self._moment_id = None
        self._words.clear()
        self._words.hide()
        self._show_choices(False)
        self._say_guidance()

    def _words_shown(self) -> bool:
        return not self._words.isHidden()  # asked before the screen is shown, too

    def words_text(self) -> str:
        return self._words.text() if self._words_shown() else ""

    def guidance_text(self) -> str:
        return self._guidance.text()

    def offer(self, text: str, ms: int = 60_000) -> None:
        """A soft line in place of the guidance that goes by itself (say, an invitation to
        pause); it takes nothing from the person and counts nothing."""
        if self._words_shown() or self.is_pausing():
            return  # the kind words or the pause come first
        self._guidance.setText(text)
        self._guidance.setVisible(True)
        self._hint_timer.start(ms)

    def start_pause(self) -> None:
        """Half a minute of the same breathing as the bar's pause, filling the screen."""
        if self.is_pausing():
            return
        self.clear_words()
        self._pause_started = self._clock()
        self._pages.setCurrentIndex(1)
        self._pause_timer.start()
        self.pause_started.emit()

    def is_pausing(self) -> bool:
        return self._pages.currentIndex() == 1

    def set_pattern(self, pattern: BreathingPattern) -> None:
        self._guide.set_pattern(pattern)

    def set_reduced_motion(self, reduced: bool) -> None:
        self._guide.set_reduced_motion(reduced)

    # --- behaviour ----------------------------------------------------------------------------

    def _on_moment_pressed(self) -> None:
        if self.is_pausing():
            self._finish_pause(False)  # a press during the pause brings the person back
            return
        self.critic_pressed.emit()

    def _choose(self, helped: bool) -> None:
        if self._moment_id is None:
            return
        moment_id = self._moment_id
        self.clear_words()
        self.feedback_given.emit(moment_id, helped)

    def _finish_pause(self, whole: bool) -> None:
        if not self.is_pausing():
            return
        self._pause_timer.stop()
        started = self._pause_started or self._clock()
        elapsed = round((self._clock() - started).total_seconds())
        seconds = self._pause_seconds if whole else min(max(elapsed, 0), self._pause_seconds)
        self._pause_started = None
        self._pages.setCurrentIndex(0)
        self.pause_finished.emit(seconds)

    def _say_guidance(self) -> None:
        self._hint_timer.stop()
        self._guidance.setText(self.tr("When the critic speaks, press any key or click anywhere"))
        self._guidance.setVisible(not self._words_shown())

    def _say_how_to_leave(self) -> None:
        self._guidance.setText(self.tr("To leave studio mode, hold Escape for a second"))
        self._guidance.setVisible(True)
        self._hint_timer.start()

    def _show_choices(self, shown: bool) -> None:
        self._helped.setVisible(shown)
        self._not_this.setVisible(shown)
        self.presses.choosing = shown
        self._say_how()

    def _say_how(self) -> None:
        if self.presses.choosing:
            text = self.tr(
                "Page Up: this helped  ·  Page Down: not this one  ·  Any other key: the critic spoke again"
            )
        else:
            text = self.tr("Hold any key two seconds for a mindful pause  ·  Hold Escape to leave")
        self._how.setText(text)

    def _refresh_time(self) -> None:
        if self._started_at is None:
            self._time.setText("")
            return
        minutes = max(int((self._clock() - self._started_at).total_seconds() // 60), 0)
        if minutes < 1:
            text = self.tr("Just begun")
        elif minutes < 60:
            text = self.tr("%n min", "", minutes)
        else:
            hours, rest = divmod(minutes, 60)
            text = self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{rest:02d}")
        self._time.setText(text)

    def _sizes(self) -> None:
        """Type measured in screen heights, so it reads the same on any screen from afar."""
        height = max(self.height(), 200)
        for widget, share in (
            (self._guidance, SMALLEST_SHARE),
            (self._helped, SMALLEST_SHARE),
            (self._not_this, SMALLEST_SHARE),
            (self._time, 1 / 24),
            (self._how, 1 / 36),
            (self._pause_words, 1 / 28),
        ):
            widget.setFont(sized_font(widget, height * share, self.logicalDpiY()))
        # The breathing guide's own words ("Breathe in…"), readable from across the room too.
        for label in self._guide.findChildren(QLabel):
            label.setFont(sized_font(label, height * SMALLEST_SHARE, self.logicalDpiY()))
        self._fit_words()

    def _fit_words(self) -> None:
        fit_words(self._words, self.width(), max(self.height(), 200), self.logicalDpiY())

    # --- events -------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Taken before QWidget's own handling, so Tab and the arrows count like any key.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.presses.pressed(event.key(), event.isAutoRepeat())
            return True
        if event.type() == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent):
            self.presses.released(event.key(), event.isAutoRepeat())
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.presses.pressed(POINTER)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.presses.released(POINTER)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._sizes()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._tick.start()
        self._refresh_time()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self._tick.stop()
        self.presses.cancel()
        self._finish_pause(False)
        self.clear_words()
        super().hideEvent(event)
