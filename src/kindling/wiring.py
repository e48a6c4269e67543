"""Wiring the running app: the parts made after the first paint, and how they talk.

Part of the composition root (kindling.app starts it): the session flow, the bar and the
critic card, looking back, and the person's own settings and reframes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from kindling.ui.main_window import LAST_SESSION

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from kindling.companion import Companion
    from kindling.companion.history import History
    from kindling.companion.reframes import ReframeBook
    from kindling.core.breathing import BreathingCatalog
    from kindling.core.settings import Settings
    from kindling.core.support import SupportLocale
    from kindling.desktop.paths import DataPaths
    from kindling.desktop.settings_file import SettingsFile
    from kindling.desktop.stay_awake import StayAwake
    from kindling.store.journal import Journal
    from kindling.ui.companion_signals import CompanionSignals
    from kindling.ui.history_view import HistoryView
    from kindling.ui.insights_view import InsightsView
    from kindling.ui.main_window import MainWindow
    from kindling.ui.session_bar import SessionBar
    from kindling.ui.session_flow import SessionFlow
    from kindling.ui.session_page import SessionPages
    from kindling.ui.session_presence import SessionPresence
    from kindling.ui.summary_view import SummaryView
    from kindling.ui.toast import CriticToast
    from kindling.ui.welcome import FirstMeeting
    from kindling.ui.yours import Yours

log = logging.getLogger(__name__)


TOAST_PREPARE_DELAY_MS = 300
"""After the session bar appears, when the critic card gets ready off screen (bar painted first)."""


def _stay_awake() -> StayAwake:
    from kindling.desktop.stay_awake import StayAwake

    return StayAwake()


@dataclass
class Parts:
    """Everything the app is made of, as built; tests drive the real app through these."""

    app: QApplication
    settings: SettingsFile
    window: MainWindow
    pages: SessionPages
    journal: Journal
    companion: Companion
    signals: CompanionSignals
    flow: SessionFlow
    presence: SessionPresence
    yours: Yours | None = None  # settings, own reframes, about, theme (added after wiring)
    meeting: FirstMeeting | None = None  # the welcome (added with the settings page)
    # Issue 18: studio mode holds it while it runs; it is let go when the app quits.
    stay_awake: StayAwake = field(default_factory=_stay_awake)

    @property
    def summary_view(self) -> SummaryView:
        """The last session's page (made now if nothing has needed it yet)."""
        return summary_view_of(self.window)

    @property
    def bar(self) -> SessionBar:
        """The session bar (made now if no session has needed it yet)."""
        return self.presence.bar

    @property
    def toast(self) -> CriticToast:
        """The critic card (made now if no session has needed it yet)."""
        return self.presence.toast

    def close(self) -> None:
        """Puts everything away (tests build the app many times in one process)."""
        self.signals.detach()
        if self.yours is not None:
            self.yours.close()
        self.flow.studio.close()
        self.presence.close()
        self.window.close()
        self.window.deleteLater()
        self.journal.close()


def wire(
    app: QApplication,
    *,
    settings: SettingsFile,
    window: MainWindow,
    pages: SessionPages,
    journal: Journal,
    companion: Companion,
    minute_ms: int | None,
) -> Parts:
    from PySide6.QtCore import QCoreApplication

    from kindling.core.breathing import BreathingCatalog
    from kindling.resources import resource_path
    from kindling.ui.companion_signals import CompanionSignals
    from kindling.ui.session_flow import SessionFlow
    from kindling.ui.session_presence import SessionPresence

    signals = CompanionSignals(companion)
    catalog = BreathingCatalog.from_file(resource_path("breathing.json"))
    presence = SessionPresence(lambda: _make_bar_and_toast(settings, companion, catalog))
    flow = SessionFlow(
        companion,
        signals,
        settings=settings,
        window=window,
        pages=pages,
        summary_view=lambda: summary_view_of(window),
        catalog=catalog,
        presence=presence,
        minute_ms=minute_ms,
    )
    presence.when_built(
        lambda bar, toast: _connect_bar_and_toast(
            bar, toast, flow=flow, companion=companion, settings=settings, catalog=catalog
        )
    )
    # Built when first shown, or when a session ends: most starts never need it.
    window.add_lazy_section(
        LAST_SESSION,
        lambda: QCoreApplication.translate("Sections", "Last session"),
        lambda: _make_summary_view(flow),
    )
    window.section_shown.connect(lambda key: _fill_last_session(window, key, companion))
    settings.changed.connect(lambda current: pages.start_page.set_hotkey(current.hotkey))
    pages.currentChanged.connect(lambda _index: _follow_session_page(window, pages))
    log.info("session flow wired")
    parts = Parts(app, settings, window, pages, journal, companion, signals, flow, presence)
    app.aboutToQuit.connect(parts.stay_awake.release)
    return parts


def _follow_session_page(window: MainWindow, pages: SessionPages) -> None:
    """The column says which page is shown: "This session" while closing, "Begin" otherwise;
    and it steps back while the warm-up is in view, so the warm-up has the whole window."""
    from PySide6.QtCore import QCoreApplication

    from kindling.ui.main_window import SESSION

    window.set_immersive(pages.showing == "warmup")
    if pages.showing == "closing":
        window.set_section_title(
            SESSION, lambda: QCoreApplication.translate("Sections", "This session")
        )
    else:
        window.set_section_title(SESSION, lambda: QCoreApplication.translate("Sections", "Begin"))


def _make_summary_view(flow: SessionFlow) -> SummaryView:
    from kindling.ui.summary_view import SummaryView

    view = SummaryView()
    view.new_session_requested.connect(flow.show_start)
    return view


def _fill_last_session(window: MainWindow, key: str, companion: Companion) -> None:
    """Opened with nothing in it yet: the last finished session, read once, when looked at.

    A session ending fills the page itself, so its summary is not read back from the journal.
    """
    if key != LAST_SESSION:
        return
    view = summary_view_of(window)
    if view.summary is None:
        last = companion.summary()
        if last is not None and not last.session.in_progress:
            view.show_summary(last)


def summary_view_of(window: MainWindow) -> SummaryView:
    return cast("SummaryView", window.section(LAST_SESSION))


def add_history_sections(window: MainWindow, journal: Journal, companion: Companion) -> None:
    """History and patterns, built the first time either is shown (SQLAlchemy loads then)."""
    from PySide6.QtCore import QCoreApplication

    looking_back = _LookingBack(journal, companion)
    window.add_lazy_section(
        "history", lambda: QCoreApplication.translate("Sections", "History"), looking_back.browser
    )
    window.add_lazy_section(
        "insights",
        lambda: QCoreApplication.translate("Sections", "Patterns"),
        looking_back.insights,
    )
    log.info("history and insights sections added (built when first shown)")


class _LookingBack:
    """Builds the history service and its two views on first use, and links the views."""

    def __init__(self, journal: Journal, companion: Companion) -> None:
        self._journal = journal
        self._companion = companion
        self._history: History | None = None
        self._browser: HistoryView | None = None
        self._insights: InsightsView | None = None

    def history(self) -> History:
        if self._history is None:
            from kindling.companion.history import History

            self._history = History(
                self._journal.repository, self._companion, clock=self._companion.now
            )
        return self._history

    def browser(self) -> HistoryView:
        from kindling.ui.history_view import HistoryView

        self._browser = HistoryView(self.history())
        self._link()
        return self._browser

    def insights(self) -> InsightsView:
        from kindling.ui.insights_view import InsightsView

        self._insights = InsightsView(self.history())
        self._link()
        return self._insights

    def _link(self) -> None:
        if self._browser is not None and self._insights is not None:
            self._browser.history_changed.connect(self._insights.mark_stale)


def _make_bar_and_toast(
    settings: SettingsFile, companion: Companion, catalog: BreathingCatalog
) -> tuple[SessionBar, CriticToast]:
    from PySide6.QtCore import QPoint

    from kindling.core.settings import chosen_breathing
    from kindling.ui.motion import prefers_reduced_motion
    from kindling.ui.session_bar import SessionBar
    from kindling.ui.toast import CriticToast

    current = settings.current
    reduced = prefers_reduced_motion(current.reduced_motion)
    bar = SessionBar(
        clock=companion.now,
        pattern=chosen_breathing(current, catalog),
        opacity=current.bar_opacity,
        reduced_motion=reduced,
    )
    toast = CriticToast(
        timeout_ms=current.toast_seconds * 1000,
        position=current.toast_position,
        reduced_motion=reduced,
    )
    bar.set_hotkey(current.hotkey)
    bar.invitations.set_every(current.pause_invitation_minutes)
    saved = current.bar_position
    bar.place_at(None if saved is None else QPoint(*saved))
    log.info("session bar and critic toast built")
    return bar, toast


def _connect_bar_and_toast(
    bar: SessionBar,
    toast: CriticToast,
    *,
    flow: SessionFlow,
    companion: Companion,
    settings: SettingsFile,
    catalog: BreathingCatalog,
) -> None:
    """The bar's buttons go to the flow; what the toast and the pause gather goes to the journal.

    The flow shows the toast in answer to the companion's ``moment_logged``, so a moment
    logged by the hotkey or ``kindling critic`` shows the same card as a click on the bar.
    """
    from PySide6.QtCore import QPoint, QTimer

    from kindling.companion import NoSessionInProgress
    from kindling.core.settings import chosen_breathing
    from kindling.core.text import TextRefused
    from kindling.ui.motion import prefers_reduced_motion

    def keep_note(moment_id: int, note: str) -> None:
        try:
            companion.add_note(moment_id, note)
        except TextRefused:
            log.warning("a note from the toast could not be kept")

    def answer_note(moment_id: int, note: str) -> None:
        """The note typed on the card is kept, and the card shows the words that answer it.

        Only while that card is still on screen: the moment records the words finally shown.
        """
        if not toast.isVisible() or toast.moment_id != moment_id:
            return
        try:
            answer = companion.answer_note(moment_id, note)
        except TextRefused:
            log.warning("a note from the toast could not be kept")
            return
        if answer is not None:
            toast.show_answer(answer)

    def keep_pause(seconds: int) -> None:
        try:
            companion.add_pause(seconds)
        except NoSessionInProgress:
            log.info("a pause ended after its session; not recorded")

    def keep_place(point: QPoint) -> None:
        settings.update(bar_position=(point.x(), point.y()))

    def follow(current: Settings) -> None:
        reduced = prefers_reduced_motion(current.reduced_motion)
        toast.set_timeout_ms(current.toast_seconds * 1000)
        toast.set_position(current.toast_position)
        toast.set_reduced_motion(reduced)
        bar.set_opacity(current.bar_opacity)
        bar.set_hotkey(current.hotkey)
        bar.set_reduced_motion(reduced)
        bar.set_pattern(chosen_breathing(current, catalog))
        bar.invitations.set_every(current.pause_invitation_minutes)

    bar.critic_noticed_clicked.connect(lambda: flow.notice_critic(None))
    # Once the bar is up, the card gets ready off screen, so the first tap is as quick as any.
    flow.stepped_aside.connect(lambda: QTimer.singleShot(TOAST_PREPARE_DELAY_MS, toast.prepare))
    bar.end_requested.connect(flow.request_end)
    bar.pause_finished.connect(keep_pause)
    bar.moved.connect(keep_place)
    toast.feedback_given.connect(companion.mark_helped)
    toast.start_requested.connect(flow.show_start)
    toast.note_written.connect(keep_note)
    toast.note_finished.connect(answer_note)
    toast.support_wanted.connect(flow.show_support)
    settings.changed.connect(follow)


def make_it_theirs(parts: Parts, data: DataPaths) -> Yours:
    from kindling.companion.reframes import ReframeBook
    from kindling.core.breathing import BreathingCatalog
    from kindling.core.reframes import ReframeLibrary
    from kindling.desktop.chime import Chime
    from kindling.desktop.translations import shown_language
    from kindling.resources import localized_path, resource_path
    from kindling.ui.welcome import FirstMeeting
    from kindling.ui.yours import ABOUT, Yours

    companion = parts.companion
    # The built-in reframes in the language the app speaks (same ids, so marks carry over).
    language = shown_language(parts.settings.current.language, resource_path("translations"))
    builtin = ReframeLibrary.from_file(localized_path("reframes.json", language))
    companion.set_support_locale(support_locale(language))
    book = ReframeBook(companion.store, builtin, clock=companion.now)
    companion.set_library(book.library())
    book.library_changed.connect(companion.set_library)
    yours = Yours.build(
        parts.app,
        parts.settings,
        book=book,
        catalog=BreathingCatalog.from_file(resource_path("breathing.json")),
        data=data,
        chime=Chime(parts.settings, resource_path("sounds", "chime.wav")),
        eraser=lambda: _erase_everything(parts, data),
    )
    for key, title, build in yours.sections():
        built = _offering_support(build, parts.flow) if key == ABOUT else build
        parts.window.add_lazy_section(key, title, built)
    parts.presence.when_built(
        lambda bar, _toast: yours.follow_settings(bar, parts.flow.stepped_aside)
    )
    parts.pages.warmup_step_changed.connect(lambda _step: yours.chime.phase_changed())
    _speak_when_asked(parts)
    _keep_awake_in_studio(parts)
    yours.when_settings_page_built(lambda page: page.erased.connect(parts.app.quit))

    def support_from_the_welcome() -> None:
        meeting.put_away()  # the support page, not the welcome, is what matters now
        parts.flow.show_support()

    meeting = parts.meeting = FirstMeeting(parts.settings, parts.window, support_from_the_welcome)
    yours.when_settings_page_built(lambda page: page.welcome_requested.connect(meeting.show))
    parts.signals.session_started.connect(lambda _session: meeting.put_away())
    _follow_language(parts, yours, book)
    log.info("settings, own reframes and about page added")
    return yours


def _keep_awake_in_studio(parts: Parts) -> None:
    """Studio mode keeps the screen awake (the laptop beside the easel); let go when it ends."""
    studio = parts.flow.studio
    studio.studio_started.connect(
        lambda: parts.stay_awake.hold("Studio mode: the screen shows your session")
    )
    studio.studio_ended.connect(parts.stay_awake.release)


def _speak_when_asked(parts: Parts) -> None:
    """Issue 18: kind words and breathing cues read aloud, when the person turned it on."""
    from kindling.ui.spoken_cues import SpokenCues

    spoken = SpokenCues(parts.settings, parts.app)
    parts.signals.moment_logged.connect(spoken.on_moment)
    parts.pages.warmup_step_changed.connect(
        lambda step: (
            spoken.follow_guide(parts.pages.warmup_page.guide) if step == "anchor" else None
        )
    )
    parts.app.aboutToQuit.connect(spoken.stop)


def _follow_language(parts: Parts, yours: Yours, book: ReframeBook) -> None:
    """A new language applies at once: Qt's LanguageChange re-words every view, and new
    critic cards draw on the built-in reframes in that language."""
    from kindling.core.reframes import ReframeLibrary
    from kindling.desktop.translations import install_translations
    from kindling.resources import localized_path, resource_path

    chosen = [parts.settings.current.language]

    def changed(current: Settings) -> None:
        if current.language == chosen[0]:
            return
        chosen[0] = current.language
        shown = install_translations(parts.app, current.language, resource_path("translations"))
        book.set_builtin(ReframeLibrary.from_file(localized_path("reframes.json", shown)))
        parts.companion.set_support_locale(support_locale(shown))
        _refresh_support_page(parts.window)
        log.info("language changed while running (%s)", shown)

    yours.listen(changed)


def add_support_section(window: MainWindow, companion: Companion) -> None:
    """ "If this is heavier than a critic": a page always one click away in the window."""
    from PySide6.QtCore import QCoreApplication

    from kindling.ui.support_page import SUPPORT, SupportPage

    if SUPPORT in window.section_keys():
        return
    window.add_lazy_section(
        SUPPORT,
        lambda: QCoreApplication.translate("Sections", "When it's heavy"),
        lambda: SupportPage(lambda: companion.support.page_text(companion.support_locale)),
    )


def _offering_support(build: Callable[[], QWidget], flow: SessionFlow) -> Callable[[], QWidget]:
    """The About page's link to the support page opens it."""

    from PySide6.QtWidgets import QPushButton

    def built() -> QWidget:
        page = build()
        link = page.findChild(QPushButton, "supportLink")
        if link is not None:
            link.clicked.connect(flow.show_support)
        return page

    return built


def _refresh_support_page(window: MainWindow) -> None:
    from kindling.ui.support_page import SUPPORT, SupportPage

    if window.current_section() == SUPPORT:  # otherwise it reads its words when next shown
        page = window.section(SUPPORT)
        if isinstance(page, SupportPage):
            page.refresh()


def support_locale(language: str) -> SupportLocale:
    """The support words in the interface language, the helpline of the system's territory."""
    from PySide6.QtCore import QLocale

    from kindling.core.support import SupportLocale, locale_from_name

    return SupportLocale(language, locale_from_name(QLocale.system().name()).territory)


def _erase_everything(parts: Parts, data: DataPaths) -> None:
    """Closes the journal, then removes every file Kindling keeps; raises OSError if it can't."""
    from kindling.desktop.erase import erase_all

    parts.journal.close()
    erase_all(data)
