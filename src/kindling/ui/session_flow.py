"""The session flow: begin → warm-up → the bar while creating → closing → summary.

A controller (no layout of its own). Buttons, the global hotkey and IPC all call the same
public methods; the views change only in answer to the companion's signals, so a critic
noticed from the command line looks exactly like one noticed with the button.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kindling.companion import Companion, NoSessionInProgress, NoticedMoment
from kindling.core.breathing import BreathingCatalog, BreathingPattern
from kindling.core.model import CheckIn, Phase, Session
from kindling.core.settings import chosen_breathing
from kindling.core.summary import Summary
from kindling.core.text import TextRefused
from kindling.desktop.settings_file import SettingsFile
from kindling.ui.companion_signals import CompanionSignals
from kindling.ui.main_window import LAST_SESSION, SESSION, MainWindow
from kindling.ui.motion import prefers_reduced_motion
from kindling.ui.session_page import SessionPages
from kindling.ui.session_presence import SessionPresence
from kindling.ui.start_page import StartChoices
from kindling.ui.studio_mode import StudioMode

if TYPE_CHECKING:
    from kindling.ui.summary_view import SummaryView

log = logging.getLogger(__name__)


class SessionFlow(QObject):
    """Moves the window, the pages, the bar and the toast through one session."""

    stepped_aside = Signal()  # the window has hidden and the bar is showing
    summary_shown = Signal(Summary)

    def __init__(
        self,
        companion: Companion,
        signals: CompanionSignals,
        *,
        settings: SettingsFile,
        window: MainWindow,
        pages: SessionPages,
        summary_view: Callable[[], SummaryView],
        catalog: BreathingCatalog,
        presence: SessionPresence,
        minute_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._companion = companion
        self._signals = signals
        self._settings = settings
        self._window = window
        self._pages = pages
        self._summary_view = summary_view
        self._catalog = catalog
        self._presence = presence
        self._minute_ms = minute_ms
        self._warmup_wanted: bool | None = None
        self._warmup_started_at: datetime | None = None
        self._warmup_pattern = ""
        self._studio_wanted = False  # the session steps aside into studio mode, not the bar
        self.studio = StudioMode(
            companion, lambda: self._settings.current, self._pattern, parent=self
        )
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self._signals.session_started.connect(self._on_session_started)
        self._signals.moment_logged.connect(self._on_moment_logged)
        self._signals.pending_saved.connect(self._on_pending_saved)
        self._signals.session_ended.connect(self._on_session_ended)
        self._pages.start_page.begin_requested.connect(self._on_begin_requested)
        self._pages.warmup_finished.connect(self._on_warmup_finished)
        self._pages.end_confirmed.connect(self._on_end_confirmed)
        self._pages.back_to_work_requested.connect(self.step_aside)
        self._pages.support_wanted.connect(self.show_support)
        self._pages.end_requested.connect(self.request_end)
        self.studio.critic_pressed.connect(lambda: self.notice_critic(None))
        self.studio.studio_ended.connect(self._on_studio_left)

    # --- the public verbs (button, hotkey, IPC, tray) ----------------------------------------

    def begin(
        self,
        medium: str,
        intention: str | None = None,
        with_warmup: bool = True,
        checkin: CheckIn | None = None,
        studio: bool = False,
    ) -> Session | None:
        """Starts a session; the warm-up follows if wanted and a length is set.

        ``studio``: away from the keyboard; after the warm-up the session fills a screen.
        """
        if self._companion.current is not None:
            self.step_aside()
            return self._companion.current
        self._warmup_wanted = with_warmup and self._settings.current.warmup_minutes > 0
        self._studio_wanted = studio
        try:
            return self._companion.start(medium, intention, checkin, studio=studio)
        except TextRefused as error:
            self._warmup_wanted = None
            self._studio_wanted = False
            log.info("session not started: the text was refused")
            self._window.statusBar().showMessage(str(error), 8000)
            return None

    def notice_critic(self, note: str | None = None) -> NoticedMoment | None:
        """Logs a critic moment; the toast appears in answer to ``moment_logged``."""
        try:
            return self._companion.notice_critic(note)
        except NoSessionInProgress:
            log.info("critic noticed with no session in progress")
            # Said on the card, beside where the bar would be; the keyboard stays put.
            self._presence.toast.show_no_session(self._presence.bar.frameGeometry())
            return None

    def request_end(self) -> None:
        """Brings the window back with the closing page (check-in and reflection)."""
        session = self._companion.current
        if session is None:
            return
        self._studio_wanted = False
        self.studio.leave()
        self._presence.hide()
        closing = self._pages.closing_page
        closing.guide.set_pattern(self._pattern())
        closing.guide.set_reduced_motion(
            prefers_reduced_motion(self._settings.current.reduced_motion)
        )
        closing.prepare(session.checkin_before)
        self._pages.show_closing()
        self._bring_window_back(SESSION)

    def end_now(self, reflection: str | None = None) -> Summary | None:
        """Ends the session at once; the summary appears in answer to ``session_ended``."""
        try:
            return self._companion.end(reflection)
        except NoSessionInProgress:
            return None

    def show_support(self) -> None:
        """Opens the support page: a deliberate click, so the window comes forward with it."""
        from kindling.ui.support_page import SUPPORT

        if SUPPORT in self._window.section_keys():
            self._bring_window_back(SUPPORT)

    def step_aside(self) -> None:
        """The window makes way for the small session bar."""
        session = self._companion.current
        if session is None:
            return
        self._pages.stop_warmup()
        # Whatever brings the window back mid-session shows the session going on.
        self._pages.in_progress_page.follow(session, self._companion.now)
        self._pages.show_in_progress()
        self._window.hide()
        if self._studio_wanted:
            self._presence.hide()
            self.studio.enter(session)
        else:
            self._presence.bar.show_session(session)
        self.stepped_aside.emit()

    def enter_studio(self) -> None:
        """The session in progress goes on in studio mode (from the tray, mid-session)."""
        if self._companion.current is None:
            return
        session = self._companion.mark_studio()
        self._studio_wanted = True
        self._window.hide()
        self._presence.hide()
        self.studio.enter(session)

    def leave_studio(self) -> None:
        """Back to the bar from studio mode; the session goes on."""
        self.studio.leave()

    def show_start(self) -> None:
        self._pages.start_page.reset_for_next_session()
        self._pages.show_start()
        self._bring_window_back(SESSION)

    def offer_unfinished(self, session: Session) -> QMessageBox:
        """A session left open (say, by a crash): carry on with it, or end it where it stopped."""
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("A session is still open"))
        box.setText(
            self.tr(
                "Your session from earlier (%1) was not ended. Would you like to carry on with it?"
            ).replace("%1", session.medium)
        )
        carry_on = box.addButton(self.tr("Carry on"), QMessageBox.ButtonRole.AcceptRole)
        end_it = box.addButton(
            self.tr("End it where it stopped"), QMessageBox.ButtonRole.RejectRole
        )
        carry_on.setAccessibleName(self.tr("Carry on with the open session"))
        end_it.setAccessibleName(self.tr("End the open session at its last activity"))
        box.setIcon(QMessageBox.Icon.NoIcon)

        def on_done(_result: int) -> None:
            if box.clickedButton() is carry_on:
                self.step_aside()
            elif self._companion.current is not None:
                self._companion.end_at_last_activity()

        box.finished.connect(on_done)
        box.open()
        return box

    # --- slots --------------------------------------------------------------------------------

    def _on_begin_requested(self, choices: StartChoices) -> None:
        try:
            self._settings.update(
                last_medium=choices.medium,
                warmup_minutes=choices.warmup_minutes,
                warmup_alternative=choices.alternative,
            )
            if choices.studio:
                self._settings.update(studio_screen=choices.studio_screen)
        except ValueError:
            log.warning("start-page choices could not be remembered")
        self.begin(
            choices.medium,
            choices.intention,
            with_warmup=choices.warmup_minutes > 0,
            checkin=choices.checkin,
            studio=choices.studio,
        )

    def _on_session_started(self, session: Session) -> None:
        wanted, self._warmup_wanted = self._warmup_wanted, None
        if wanted:
            self._start_warmup()
        else:
            # Started elsewhere (the command line, the tray) or without a warm-up.
            self.step_aside()

    def _start_warmup(self) -> None:
        settings = self._settings.current
        pattern = self._pattern()
        alternative = settings.warmup_alternative
        self._warmup_pattern = pattern.id if alternative == "breath" else alternative
        self._warmup_started_at = self._companion.now()
        self._pages.show_warmup()
        self._bring_window_back(SESSION)
        self._pages.warmup_page.start(
            settings.warmup_minutes,
            alternative,
            pattern,
            prefers_reduced_motion(settings.reduced_motion),
            self._minute_ms,
        )

    def _on_warmup_finished(self, completed: bool) -> None:
        started = self._warmup_started_at or self._companion.now()
        seconds = int((self._companion.now() - started).total_seconds())
        self._warmup_started_at = None
        if self._companion.current is None:
            return
        self._companion.record_warmup(completed, seconds, self._warmup_pattern)
        self.step_aside()

    def _on_moment_logged(self, noticed: NoticedMoment) -> None:
        if self.studio.active:
            self.studio.show_moment(noticed)  # large, on the studio screen, instead of the card
            return
        self._presence.toast.show_moment(noticed, self._presence.bar.frameGeometry())

    def _on_studio_left(self) -> None:
        self._studio_wanted = False
        session = self._companion.current
        if session is not None and not self._window.isVisible():
            self._presence.bar.show_session(session)

    def _on_pending_saved(self, _count: int) -> None:
        if self._companion.pending_count == 0:  # the card's moment, if unsaved, is saved now
            self._presence.toast.show_saved()

    def _on_end_confirmed(self, checkin: CheckIn | None, reflection: str | None) -> None:
        if self._companion.current is None:
            return
        if checkin is not None:
            self._companion.record_checkin(Phase.AFTER, checkin)
        try:
            self.end_now(reflection)
        except TextRefused as error:
            self._window.statusBar().showMessage(str(error), 8000)

    def _on_session_ended(self, summary: Summary) -> None:
        self._studio_wanted = False
        self.studio.leave()
        self._pages.stop_warmup()
        self._presence.hide()
        self._summary_view().show_summary(summary)
        self._pages.start_page.reset_for_next_session()
        self._pages.show_start()
        self._bring_window_back(LAST_SESSION)
        self.summary_shown.emit(summary)

    # --- helpers ------------------------------------------------------------------------------

    def _pattern(self) -> BreathingPattern:
        return chosen_breathing(self._settings.current, self._catalog)

    def _bring_window_back(self, section: str) -> None:
        self._window.show_section(section)
        window: QWidget = self._window
        window.show()
        window.raise_()
        window.activateWindow()
