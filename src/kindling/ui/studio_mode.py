"""Studio mode as the rest of the app sees it: on or off, on which screen, and its signals.

The studio screen is made the first time studio mode is wanted. ``studio_started`` and
``studio_ended`` are the seams for what should follow the mode (keeping the screen awake);
``kind_words_shown`` forwards the screen's words (speaking them aloud).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from kindling.companion import Companion, NoSessionInProgress, NoticedMoment
from kindling.core.breathing import BreathingPattern
from kindling.core.model import Session
from kindling.core.pause_rhythm import PauseRhythm
from kindling.core.settings import Settings
from kindling.ui.motion import prefers_reduced_motion

if TYPE_CHECKING:  # made on first use: most sessions are at the keyboard
    from kindling.ui.studio_screen import StudioScreen

log = logging.getLogger(__name__)


def chosen_screen(name: str) -> QScreen:
    """The screen the person picked (by its name), or the primary one if it is not here now."""
    for screen in QGuiApplication.screens():
        if name and screen.name() == name:
            return screen
    return QGuiApplication.primaryScreen()


def studio_is_dark(settings: Settings) -> bool:
    """Dark unless the person chose the light theme: calm in a dim room, clear in daylight."""
    return settings.theme != "light"


class StudioMode(QObject):
    """Enters and leaves studio mode; the session itself goes on either way."""

    studio_started = Signal()
    studio_ended = Signal()
    critic_pressed = Signal()  # the session flow logs the moment (as the bar's button does)
    kind_words_shown = Signal(str)

    INVITE_CHECK_MS = 30_000
    """How often the time for an invitation to pause is looked at (minutes matter, not ms)."""

    def __init__(
        self,
        companion: Companion,
        settings: Callable[[], Settings],
        pattern: Callable[[], BreathingPattern],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._companion = companion
        self._settings = settings
        self._pattern = pattern
        self._screen: StudioScreen | None = None
        # Gentle invitations to pause (Settings: every N minutes), offered on the screen.
        self._rhythm = PauseRhythm(0, companion.now())
        self._invite_check = QTimer(self)
        self._invite_check.setObjectName("studioInvitationCheck")
        self._invite_check.setInterval(self.INVITE_CHECK_MS)
        self._invite_check.timeout.connect(self.check_invitation)

    @property
    def active(self) -> bool:
        return self._screen is not None and self._screen.isVisible()

    def state(self) -> str:
        """ "off", "on" or "pausing" (for the status reply, and so for `kindling doctor`)."""
        if not self.active:
            return "off"
        assert self._screen is not None
        return "pausing" if self._screen.is_pausing() else "on"

    @property
    def screen(self) -> StudioScreen:
        """The studio screen (made now if studio mode has not been used yet)."""
        if self._screen is None:
            self._screen = self._make_screen()
        return self._screen

    def enter(self, session: Session) -> None:
        """Fills the chosen screen for ``session``, which goes on as before."""
        screen = self.screen
        current = self._settings()
        screen.set_pattern(self._pattern())
        screen.set_reduced_motion(prefers_reduced_motion(current.reduced_motion))
        was_active = self.active
        screen.show_on(chosen_screen(current.studio_screen), session.started_at)
        if not was_active:
            self._rhythm = PauseRhythm(current.pause_invitation_minutes, self._companion.now())
            self._invite_check.start()
            log.info("studio mode began")
            self.studio_started.emit()

    def check_invitation(self) -> None:
        """Every N minutes (if chosen), one soft line offers a pause; it counts nothing."""
        if not self.active:
            return
        assert self._screen is not None
        now = self._companion.now()
        self._rhythm.every_minutes = self._settings().pause_invitation_minutes
        if self._screen.is_pausing():
            self._rhythm.paused(now)
            return
        if self._rhythm.due(now):
            self._rhythm.offered(now)
            self._screen.offer(
                self.tr("A mindful pause, if you’d like? Hold any key for two seconds."),
                self.INVITATION_MS,
            )

    INVITATION_MS = 90_000
    """An invitation goes by itself after a minute and a half, as the bar's does."""

    def leave(self) -> None:
        """Back from studio mode (Escape held, or the session ended); nothing is lost."""
        self._invite_check.stop()
        if not self.active:
            return
        assert self._screen is not None
        self._screen.hide()
        log.info("studio mode ended")
        self.studio_ended.emit()

    def show_moment(self, noticed: NoticedMoment) -> None:
        self.screen.show_moment(noticed)

    def close(self) -> None:
        self.leave()
        if self._screen is not None:
            self._screen.close()
            self._screen.deleteLater()
            self._screen = None

    def _make_screen(self) -> StudioScreen:
        from kindling.ui.studio_screen import StudioScreen

        current = self._settings()
        screen = StudioScreen(
            clock=self._companion.now,
            pattern=self._pattern(),
            reduced_motion=prefers_reduced_motion(current.reduced_motion),
            dark=studio_is_dark(current),
        )
        screen.critic_pressed.connect(self.critic_pressed)
        screen.kind_words_shown.connect(self.kind_words_shown)
        screen.feedback_given.connect(self._companion.mark_helped)
        screen.pause_finished.connect(self._keep_pause)
        screen.pause_started.connect(lambda: self._rhythm.paused(self._companion.now()))
        screen.leave_requested.connect(self.leave)
        return screen

    def _keep_pause(self, seconds: int) -> None:
        try:
            self._companion.add_pause(seconds)
        except NoSessionInProgress:
            log.info("a studio pause ended after its session; not recorded")
