"""The session life cycle: the one object the window, command line, hotkey and IPC all call.

It knows nothing of Qt. Changes are announced through plain :class:`Event` objects, which a
thin Qt adapter in the view layer turns into signals.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, replace
from datetime import datetime

from kindling.companion.pending import PendingMoments
from kindling.core.clock import Clock, system_clock
from kindling.core.events import Event
from kindling.core.model import CheckIn, Moment, Pause, Phase, Session, ShownReframe, Warmup
from kindling.core.picker import ReframePicker
from kindling.core.reframes import Reframe, ReframeLibrary
from kindling.core.summary import Summary, summarise
from kindling.core.support import SUPPORT_GROUP, SUPPORT_ID, SupportDesk, SupportLocale
from kindling.core.text import MAX_LABEL_CHARS, check, clean_optional
from kindling.store.errors import OtherSessionInProgress, SessionNotInProgress, WriteFailed
from kindling.store.session_store import SessionStore

log = logging.getLogger(__name__)


class NoSessionInProgress(Exception):
    """Asked to act on the session in progress when there is none."""


class SessionAlreadyInProgress(Exception):
    def __init__(self, session: Session) -> None:
        super().__init__(f"session {session.id} is already in progress")
        self.session = session


@dataclass(frozen=True, slots=True)
class NoticedMoment:
    """What ``notice_critic`` hands back: the stored moment and the reframe to show."""

    session_id: str
    moment: Moment
    reframe: Reframe

    @property
    def saved(self) -> bool:
        """False while the moment waits in memory for the disk (full, locked, read-only)."""
        return self.moment.id is not None and self.moment.id > 0


class Companion:
    """Starts, carries and ends making sessions; stores everything before announcing it."""

    def __init__(
        self,
        store: SessionStore,
        library: ReframeLibrary,
        clock: Clock = system_clock,
        rng: random.Random | None = None,
        support: SupportDesk | None = None,
    ) -> None:
        self._store = store
        self._support = support
        self._support_locale = SupportLocale()
        self._library = library
        self._clock = clock
        self._rng = rng or random.Random()
        self._picker: ReframePicker | None = None
        self._current: Session | None = store.session_in_progress()

        self.session_started: Event[Session] = Event("session_started")
        self.session_changed: Event[Session] = Event("session_changed")
        self.moment_logged: Event[NoticedMoment] = Event("moment_logged")
        self.session_ended: Event[Summary] = Event("session_ended")
        self.session_deleted: Event[str] = Event("session_deleted")
        # A write that did not reach the disk: the reason code (see WriteFailed).
        self.write_failed: Event[str] = Event("write_failed")
        # Moments kept in memory have now been saved: how many.
        self.pending_saved: Event[int] = Event("pending_saved")
        self._pending = PendingMoments()
        # A card on screen may still hold a waiting moment's temporary id after it is saved.
        self._saved_ids: dict[int, int] = {}

    # --- reading ------------------------------------------------------------------------------

    @property
    def current(self) -> Session | None:
        """The session in progress, as last stored."""
        return self._current

    @property
    def library(self) -> ReframeLibrary:
        return self._library

    @property
    def store(self) -> SessionStore:
        return self._store

    def journal_in_place(self) -> bool:
        """False when the journal was moved or deleted while open: writes would not reach it."""
        return self._store.in_place()

    def now(self) -> datetime:
        return self._clock()

    @property
    def support(self) -> SupportDesk:
        """The danger words, helplines and support words (read on first use)."""
        if self._support is None:
            from kindling.resources import resource_path

            self._support = SupportDesk.from_folder(resource_path("support"))
        return self._support

    @property
    def support_locale(self) -> SupportLocale:
        return self._support_locale

    def set_support_locale(self, locale: SupportLocale) -> None:
        """The language of the support words and the territory whose helpline is named."""
        self._support_locale = locale

    def set_library(self, library: ReframeLibrary) -> None:
        """Swaps in a new reframe library (the person's own reframes changed)."""
        self._library = library
        self._picker = None

    # --- the life cycle -----------------------------------------------------------------------

    def start(
        self,
        medium: str,
        intention: str | None = None,
        checkin_before: CheckIn | None = None,
        studio: bool = False,
    ) -> Session:
        """Begins a session; ``studio``: made away from the keyboard, in studio mode."""
        if self._current is not None:
            raise SessionAlreadyInProgress(self._current)
        # Imported here: uuid brings platform along (~0.4 MB), needed only once a session begins.
        import uuid

        medium = check(medium.strip() or "making", "medium", MAX_LABEL_CHARS)
        session = Session(
            id=str(uuid.uuid4()),
            medium=medium,
            intention=clean_optional(intention, "intention"),
            started_at=self._clock(),
            checkin_before=checkin_before,
            studio=studio,
        )
        try:
            self._store.add_session(session)
        except OtherSessionInProgress:
            self._current = self._store.session_in_progress()  # another writer started first
            if self._current is None:
                raise
            raise SessionAlreadyInProgress(self._current) from None
        self._current = session
        log.info("session started")
        self.session_started.emit(session)
        return session

    def record_warmup(self, completed: bool, seconds: int, pattern: str) -> Session:
        session = self._require_current()
        warmup = Warmup(completed=completed, seconds=max(int(seconds), 0), pattern=pattern)
        self._store.set_warmup(session.id, warmup)
        return self._changed(replace(session, warmup=warmup))

    def mark_studio(self) -> Session:
        """The session in progress goes on in studio mode, away from the keyboard."""
        session = self._require_current()
        if session.studio:
            return session
        try:
            self._store.set_studio(session.id)
        except WriteFailed as error:
            # Studio mode still opens; only the word "studio" in the summary may be missing.
            self.write_failed.emit(error.reason)
        return self._changed(replace(session, studio=True))

    def record_checkin(self, phase: Phase, checkin: CheckIn) -> Session:
        session = self._require_current()
        self._store.set_checkin(session.id, phase, checkin)
        if phase is Phase.BEFORE:
            return self._changed(replace(session, checkin_before=checkin))
        return self._changed(replace(session, checkin_after=checkin))

    def notice_critic(self, note: str | None = None) -> NoticedMoment:
        """Logs a critic moment. The row is committed before anything is announced or shown."""
        session = self._require_current()
        note = clean_optional(note, "note")
        reframe = self._answer(note) or self._get_picker().pick(note)
        moment = Moment(at=self._clock(), note=note, reframe=ShownReframe(reframe.id, reframe.text))
        try:
            self._save_pending_or_raise()
            stored = self._store.add_moment(session.id, moment)
        except WriteFailed as error:
            return self._keep_for_later(self._require_current(), moment, reframe, error)
        except SessionNotInProgress:
            self._ended_elsewhere()
            raise NoSessionInProgress() from None
        session = self._require_current()  # saving pending moments may have refreshed it
        self._current = replace(session, moments=(*session.moments, stored))
        noticed = NoticedMoment(session.id, stored, reframe)
        log.info("critic moment logged (%d in this session)", len(self._current.moments))
        self.moment_logged.emit(noticed)
        return noticed

    @property
    def pending_count(self) -> int:
        """How many critic moments wait in memory because the journal could not be written."""
        return len(self._pending)

    def retry_pending(self) -> int:
        """Tries again to save the moments kept in memory; returns how many are still waiting.

        Called before every write, and by the app on a timer while something is waiting.
        Never raises: a failure is announced through ``write_failed`` again.
        """
        try:
            self._save_pending_or_raise()
        except WriteFailed as error:
            self.write_failed.emit(error.reason)
        return len(self._pending)

    def mark_helped(self, moment_id: int, helped: bool | None) -> None:
        """Records whether the reframe shown for a moment helped; it steers future choices."""
        moment_id = self._saved_ids.get(moment_id, moment_id)
        if self._pending.update(moment_id, helped=helped):
            self._update_moment(moment_id, helped=helped)
            return
        self.retry_pending()
        reframe_id, previous = self._store.set_helped(moment_id, helped)
        self._get_picker().record_feedback(reframe_id, helped, previous)
        session = self._current
        if session is not None and any(m.id == moment_id for m in session.moments):
            moments = tuple(
                replace(m, helped=helped) if m.id == moment_id else m for m in session.moments
            )
            self._changed(replace(session, moments=moments))

    def add_note(self, moment_id: int, note: str | None) -> None:
        """Keeps what the person jotted about a moment after the fact (from the toast)."""
        note = clean_optional(note, "note")
        moment_id = self._saved_ids.get(moment_id, moment_id)
        if self._pending.update(moment_id, note=note):
            self._update_moment(moment_id, note=note)
            return
        self.retry_pending()
        self._store.set_moment_note(moment_id, note)
        session = self._current
        if session is not None and any(m.id == moment_id for m in session.moments):
            moments = tuple(
                replace(m, note=note) if m.id == moment_id else m for m in session.moments
            )
            self._changed(replace(session, moments=moments))

    def answer_note(self, moment_id: int, note: str | None) -> Reframe | None:
        """Keeps a note typed on the card and answers it; returns the words now to be shown.

        A note suggesting danger is answered with support. A note the library can place
        is answered from its group unless the words shown already come from it. Otherwise the
        words shown stay. Support, once shown, is never taken back. The moment records the
        words finally shown. None when the moment is no longer in the session in progress
        (the note is still kept).
        """
        note = clean_optional(note, "note")
        moment_id = self._saved_ids.get(moment_id, moment_id)
        shown = self._shown_reframe(moment_id)
        if shown is None:
            self.add_note(moment_id, note)
            return None
        answer = self._answer(note) or self._matched(note, shown)
        if answer is None or answer.text == shown.text:
            self.add_note(moment_id, note)
            return shown
        reframe = ShownReframe(answer.id, answer.text)
        if self._pending.update(moment_id, note=note, reframe=reframe):
            self._update_moment(moment_id, note=note, reframe=reframe)
            return answer
        self.retry_pending()
        self._store.set_moment_answer(moment_id, note, reframe)
        self._update_moment(moment_id, note=note, reframe=reframe)
        log.info("a note typed on the card was answered (%s)", answer.group)
        return answer

    def add_pause(self, seconds: int, at: datetime | None = None) -> Session:
        session = self._require_current()
        pause = Pause(at=at or self._clock(), seconds=max(int(seconds), 0))
        self._store.add_pause(session.id, pause)
        return self._changed(replace(session, pauses=(*session.pauses, pause)))

    def end(self, reflection: str | None = None, at: datetime | None = None) -> Summary:
        session = self._require_current()
        reflection = clean_optional(reflection, "reflection")
        self._save_pending_or_raise()  # never end a session with moments only in memory
        session = self._require_current()
        ended_at = at or self._clock()
        ended_at = max(ended_at, session.started_at)
        try:
            ended_at = self._store.end_session(session.id, ended_at, reflection)
        except SessionNotInProgress:
            self._ended_elsewhere()  # its end and reflection stay as they were written
            raise NoSessionInProgress() from None
        finished = replace(session, ended_at=ended_at, reflection=reflection)
        self._current = None
        summary = summarise(finished)
        log.info("session ended")
        self.session_ended.emit(summary)
        return summary

    def end_at_last_activity(self) -> Summary:
        """Ends a session left unfinished (say, by a crash) at the last thing that happened."""
        session = self._require_current()
        return self.end(reflection=session.reflection, at=session.last_activity)

    def summary(self, session_id: str | None = None) -> Summary | None:
        """The summary of a session by id, or of the latest one."""
        if session_id is None:
            session = self._store.last_session()
        else:
            session = self._store.get_session(session_id)
        if session is None:
            return None
        return summarise(session, now=self._clock() if session.in_progress else None)

    def delete_session(self, session_id: str) -> Session | None:
        if self._current is not None and self._current.id == session_id:
            self._current = None
        self._pending.drop_session(session_id)
        removed = self._store.delete_session(session_id)
        if removed is not None:
            self.session_deleted.emit(session_id)
        return removed

    # --- helpers ------------------------------------------------------------------------------

    def _answer(self, note: str | None) -> Reframe | None:
        """The support answer when the note suggests danger (never logged: only the group)."""
        if not note:
            return None
        return self.support.answer(note, self._support_locale)

    def _matched(self, note: str | None, shown: Reframe) -> Reframe | None:
        if not note or shown.group == SUPPORT_GROUP:
            return None
        groups = self._library.groups_matching(note)
        if not groups or shown.group == groups[0]:
            return None
        return self._get_picker().pick(note)

    def _shown_reframe(self, moment_id: int) -> Reframe | None:
        """The words a moment of this session shows now, with their group where known."""
        session = self._current
        found = next((m for m in session.moments if m.id == moment_id), None) if session else None
        if found is None:
            return None
        if found.reframe.id == SUPPORT_ID:
            return Reframe(found.reframe.id, SUPPORT_GROUP, found.reframe.text)
        known = self._library.get(found.reframe.id)
        group = known.group if known is not None else ""
        return Reframe(found.reframe.id, group, found.reframe.text)

    def _require_current(self) -> Session:
        if self._current is None:
            raise NoSessionInProgress()
        return self._current

    def _ended_elsewhere(self) -> None:
        """Another writer ended the session (or started another): follow the journal."""
        log.warning("the session in progress was ended elsewhere")
        self._current = self._store.session_in_progress()

    def _keep_for_later(
        self, session: Session, moment: Moment, reframe: Reframe, error: WriteFailed
    ) -> NoticedMoment:
        kept = self._pending.add(session.id, moment)
        self._current = replace(session, moments=(*session.moments, kept))
        noticed = NoticedMoment(session.id, kept, reframe)
        log.warning(
            "critic moment kept in memory; the journal could not be written (%s)", error.reason
        )
        self.write_failed.emit(error.reason)
        self.moment_logged.emit(noticed)
        return noticed

    def _save_pending_or_raise(self) -> None:
        saved, failure = self._pending.save(self._store)
        if saved:
            self._adopt_saved(saved)
        if failure is not None:
            raise failure

    def _adopt_saved(self, saved: list[tuple[int, Moment]]) -> None:
        self._saved_ids.update(
            (temporary, stored.id) for temporary, stored in saved if stored.id is not None
        )
        session = self._current
        if session is not None:
            by_temp = dict(saved)
            moments = tuple(
                by_temp.get(m.id, m) if m.id is not None else m for m in session.moments
            )
            self._changed(replace(session, moments=moments))
        log.info("%d critic moment(s) kept in memory are now saved", len(saved))
        self.pending_saved.emit(len(saved))

    def _update_moment(self, moment_id: int, **changes: object) -> None:
        session = self._current
        if session is not None:
            moments = tuple(
                replace(m, **changes) if m.id == moment_id else m  # type: ignore[arg-type]
                for m in session.moments
            )
            self._changed(replace(session, moments=moments))

    def _changed(self, session: Session) -> Session:
        self._current = session
        self.session_changed.emit(session)
        return session

    def _get_picker(self) -> ReframePicker:
        if self._picker is None:
            from kindling.core.picker import DEFAULT_NO_REPEAT

            self._picker = ReframePicker(
                self._library,
                rng=self._rng,
                recent=self._store.recent_reframe_ids(DEFAULT_NO_REPEAT),
                feedback=self._store.reframe_feedback(),
            )
        return self._picker
