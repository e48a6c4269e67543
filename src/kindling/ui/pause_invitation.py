"""A gentle invitation to pause, offered beside the session bar every so often (issue 18).

It never takes the keyboard (like the card), leaves by itself after a while, and is never
recorded: only a pause the person actually takes is kept, as any pause is. "Not today"
quietens it for the rest of this session with one click.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kindling.core.clock import Clock, system_clock
from kindling.core.pause_rhythm import PauseRhythm
from kindling.ui.placement import clamp_into


class PauseInvitation(QWidget):
    """The small window itself: one kind line and three quiet buttons."""

    accepted = Signal()
    declined = Signal()  # "Not now": this one only
    snoozed = Signal()  # "Not today": none for the rest of this session

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setObjectName("pauseInvitation")
        self.setStyleSheet(
            "QFrame#invitationFrame { background: palette(base); border: 1px solid palette(mid); }"
            " QPushButton { padding: 4px 12px; }"
        )
        frame = QFrame(self)
        frame.setObjectName("invitationFrame")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 6, 8, 6)
        row.setSpacing(8)
        self.words = QLabel(frame)
        self.words.setObjectName("invitationWords")
        row.addWidget(self.words, 1)
        self.pause_button = self._button("invitationPause", "primary", frame)
        self.not_now_button = self._button("invitationNotNow", "quiet", frame)
        self.not_today_button = self._button("invitationNotToday", "quiet", frame)
        for button in (self.pause_button, self.not_now_button, self.not_today_button):
            row.addWidget(button)
        self.pause_button.clicked.connect(self.accepted)
        self.not_now_button.clicked.connect(self.declined)
        self.not_today_button.clicked.connect(self.snoozed)
        self.retranslate()

    def _button(self, name: str, role: str, parent: QWidget) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.setProperty("role", role)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the person's program keeps the keys
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("An invitation to pause"))
        self.words.setText(self.tr("A mindful pause, if you’d like?"))
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Take a mindful pause now"))
        self.not_now_button.setText(self.tr("Not now"))
        self.not_now_button.setAccessibleName(self.tr("Not now, thank you"))
        self.not_today_button.setText(self.tr("Not today"))
        self.not_today_button.setAccessibleName(self.tr("No more invitations this session"))
        self.not_today_button.setToolTip(self.tr("No more invitations this session"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PauseInviter(QObject):
    """Watches the session bar and the clock; offers the invitation beside the bar when due.

    Looks every ``check_ms`` (tests pass a few milliseconds and step a SteppingClock) and only
    while the bar is on screen and not already pausing. Accepting starts the bar's own pause,
    so a pause taken this way is recorded exactly like one started from the bar.
    """

    CHECK_MS = 15_000
    SHOWN_SECONDS = 90  # then it leaves by itself

    def __init__(
        self,
        bar: QWidget,
        start_pause: Callable[[], None],
        *,
        clock: Clock = system_clock,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(bar)
        self._bar = bar
        self._start_pause = start_pause
        self._clock = clock
        self._rhythm = PauseRhythm(0, clock())
        self._offered_at: datetime | None = None
        self.invitation = PauseInvitation()
        self.invitation.accepted.connect(self._on_accepted)
        self.invitation.declined.connect(self._withdraw)
        self.invitation.snoozed.connect(self._on_snoozed)
        self._timer = QTimer(self)
        self._timer.setObjectName("pauseInvitationCheck")
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        bar.installEventFilter(self)
        bar.destroyed.connect(self.invitation.deleteLater)

    # --- public -------------------------------------------------------------------------------

    def set_every(self, minutes: int) -> None:
        """0: never. A new rhythm counts from now, so turning it on never invites at once."""
        if minutes == self._rhythm.every_minutes:
            return  # another setting changed: the rhythm goes on undisturbed
        self._rhythm = PauseRhythm(minutes, self._clock(), self._rhythm.snoozed)
        if minutes <= 0:
            self._withdraw()
        self._follow_bar()

    def begin(self, started_at: datetime) -> None:
        """A new session: counting from its start, and any earlier "Not today" forgotten."""
        self._rhythm = PauseRhythm(self._rhythm.every_minutes, started_at)
        self._withdraw()

    def paused(self) -> None:
        """A pause was taken (from the bar or this invitation): count again from now."""
        self._rhythm.paused(self._clock())

    def is_offering(self) -> bool:
        return self.invitation.isVisible()

    def check(self) -> None:
        now = self._clock()
        if self._offered_at is not None:
            if now - self._offered_at >= timedelta(seconds=self.SHOWN_SECONDS):
                self._withdraw()
            return
        pausing = bool(getattr(self._bar, "is_pausing", lambda: False)())
        if self._bar.isVisible() and not pausing and self._rhythm.due(now):
            self._rhythm.offered(now)
            self._offered_at = now
            self._place()
            self.invitation.show()

    # --- behaviour ----------------------------------------------------------------------------

    def _on_accepted(self) -> None:
        self._withdraw()
        self._start_pause()

    def _on_snoozed(self) -> None:
        self._rhythm.snooze()
        self._withdraw()

    def _withdraw(self) -> None:
        self._offered_at = None
        self.invitation.hide()

    def _follow_bar(self) -> None:
        if self._bar.isVisible() and self._rhythm.every_minutes > 0:
            self._timer.start()
        else:
            self._timer.stop()
            self._withdraw()

    def _place(self) -> None:
        """Just below the bar, or above it when the bar sits at the bottom of the screen."""
        self.invitation.adjustSize()
        bar = self._bar.frameGeometry()
        screen = self._bar.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        below = QPoint(bar.right() - self.invitation.width() + 1, bar.bottom() + 6)
        if below.y() + self.invitation.height() > area.bottom():
            below.setY(bar.top() - 6 - self.invitation.height())
        self.invitation.move(clamp_into(below, self.invitation.size(), area))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._bar:
            kind = event.type()
            if kind in (QEvent.Type.Show, QEvent.Type.Hide):
                self._follow_bar()
            elif kind == QEvent.Type.Move and self.invitation.isVisible():
                self._place()
        return False
