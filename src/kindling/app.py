"""The composition root of the desktop app: builds every part, wires them, runs the event loop.

Each step is logged. Heavy imports stay inside functions so the window can show early and
the command line stays light.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from kindling.desktop.paths import DataPaths

if TYPE_CHECKING:
    import random
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from kindling.companion import Companion
    from kindling.companion.history import History
    from kindling.companion.reframes import ReframeBook
    from kindling.core.breathing import BreathingCatalog
    from kindling.core.settings import Settings
    from kindling.desktop.hotkey import HotkeyBackend
    from kindling.desktop.instance_lock import InstanceLock
    from kindling.desktop.ipc_server import IpcServer
    from kindling.desktop.settings_file import SettingsFile
    from kindling.desktop.termination import TerminationWatch
    from kindling.store.journal import Journal
    from kindling.ui.command_target import FlowTarget
    from kindling.ui.companion_signals import CompanionSignals
    from kindling.ui.history_view import HistoryView
    from kindling.ui.insights_view import InsightsView
    from kindling.ui.journal_problem_dialog import JournalProblem, JournalProblemDialog
    from kindling.ui.main_window import MainWindow
    from kindling.ui.session_bar import SessionBar
    from kindling.ui.session_flow import SessionFlow
    from kindling.ui.session_page import SessionPages
    from kindling.ui.session_presence import SessionPresence
    from kindling.ui.summary_view import SummaryView
    from kindling.ui.toast import CriticToast
    from kindling.ui.tray import KindlingTray
    from kindling.ui.yours import Yours

log = logging.getLogger(__name__)

TOAST_PREPARE_DELAY_MS = 300
"""After the session bar appears, when the critic card gets ready off screen (bar painted first)."""


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

    @property
    def summary_view(self) -> SummaryView:
        """The last session's page (made now if nothing has needed it yet)."""
        return _summary_view_of(self.window)

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
        self.presence.close()
        self.window.close()
        self.window.deleteLater()
        self.journal.close()


class StartupProblem(Exception):
    """The journal could not be opened; the message says why in plain words."""


def main(data: DataPaths, self_test: bool = False, debug: bool = False) -> int:
    from kindling.core.startup_trace import mark

    # The lock before Qt: when another Kindling holds it, handing over needs no Qt at all.
    lock = None if self_test else _claim_single_instance(data)
    if not self_test and lock is None:
        return _hand_over_to_running_app(data)
    mark("single-instance lock taken")
    app = make_application()
    mark("Qt application made")
    shown = show_window(app, data)
    mark("window shown, still empty")
    if self_test:
        first = fill_window(shown)
        try:
            parts = finish(app, data, first)
        except StartupProblem as problem:
            return _report_startup_problem(app, str(problem), self_test)
        return _self_test(parts)
    assert lock is not None
    started = Started()
    waiting = _after_first_paint(
        shown.window, lambda: _fill_then_finish(app, data, shown, lock, started)
    )
    log.info("running")
    code = int(app.exec())
    if started.termination is not None:
        started.termination.close()
    waiting.deleteLater()
    if started.reach is not None:
        started.reach.close()
    if started.parts is not None:
        started.parts.close()
    return 1 if started.failed else code


@dataclass
class ShownWindow:
    """The window as it first appears: titled, sized, in the theme's colours, still empty."""

    settings: SettingsFile
    window: MainWindow


@dataclass
class FirstFrame:
    """The window with its start page, before the journal opens."""

    settings: SettingsFile
    window: MainWindow
    pages: SessionPages


@dataclass
class Started:
    """What the rest of starting made, once the window had painted (or why it could not)."""

    parts: Parts | None = None
    reach: Reach | None = None
    termination: TerminationWatch | None = None
    waiting: QObject | None = None  # the wait for the start page's first paint
    failed: bool = False
    rescue_tried: bool = False
    dialog: QObject | None = None  # the rescue dialog or the last word, kept while open


def make_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from kindling import APP_ID
    from kindling.desktop.qt_imports import skip_feature_scan

    skip_feature_scan()  # before the UI's and SQLAlchemy's modules are imported

    from kindling.ui.theme import enlarge_base_font

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Kindling")
    app.setOrganizationName("Kindling")
    # The .desktop entry's name: Wayland compositors and docks match the window to it.
    app.setDesktopFileName(APP_ID)
    enlarge_base_font(app)
    log.info("Qt application created")
    return app


def build(
    app: QApplication,
    data: DataPaths,
    clock: Callable[[], datetime] | None = None,
    rng: random.Random | None = None,
    minute_ms: int | None = None,
) -> Parts:
    """Builds and wires every part in one go (tests; `main` waits for the first paint)."""
    first = show_first_frame(app, data)
    app.processEvents()
    return finish(app, data, first, clock=clock, rng=rng, minute_ms=minute_ms)


def show_first_frame(app: QApplication, data: DataPaths) -> FirstFrame:
    """Settings, theme and the window with its start page: all the first frame needs.

    Nothing here may import SQLAlchemy or build a page that is not in view; a test holds
    this to it.
    """
    return fill_window(show_window(app, data))


def show_window(app: QApplication, data: DataPaths) -> ShownWindow:
    """The window, shown empty in the person's language, size and colours.

    The quickest honest answer to a click on the icon: a bare window costs no more than this.
    The start page follows once this has painted (:func:`fill_window`).
    """
    from kindling.desktop.settings_file import SettingsFile
    from kindling.ui.main_window import MainWindow
    from kindling.ui.theme import apply_theme

    settings = SettingsFile(data.settings)
    _install_translations(app, settings)
    apply_theme(app, settings.current.theme, settings.current.desktop_scheme)
    log.info("settings loaded, theme applied")
    window = MainWindow(settings)
    window.show()
    log.info("main window shown")
    return ShownWindow(settings, window)


def fill_window(shown: ShownWindow) -> FirstFrame:
    """The navigation column and the start page, in the window already on screen."""
    from PySide6.QtCore import QCoreApplication

    from kindling.ui.main_window import SESSION
    from kindling.ui.session_page import SessionPages

    settings, window = shown.settings, shown.window
    pages = SessionPages(settings.current)
    # translate() with a literal context: lupdate would file window.tr() under "window".
    # Titles are functions, so that they follow a change of language.
    window.add_section(SESSION, lambda: QCoreApplication.translate("Sections", "Begin"), pages)
    log.info("start page shown")
    return FirstFrame(settings, window, pages)


def finish(
    app: QApplication,
    data: DataPaths,
    first: FirstFrame,
    *,
    clock: Callable[[], datetime] | None = None,
    rng: random.Random | None = None,
    minute_ms: int | None = None,
) -> Parts:
    """The rest of starting: the icon, the journal, the companion and the wiring."""
    from PySide6.QtGui import QIcon

    from kindling.resources import resource_path

    # Here, not before the first frame: the window manager's icon sizes are drawn from the SVG.
    app.setWindowIcon(QIcon(str(resource_path("icons", "kindling.svg"))))
    journal = _open_journal(data)
    companion = _make_companion(journal, clock, rng)
    parts = _wire(
        app,
        settings=first.settings,
        window=first.window,
        pages=first.pages,
        journal=journal,
        companion=companion,
        minute_ms=minute_ms,
    )
    parts.yours = _make_it_theirs(parts, data)
    _add_history_sections(first.window, journal, companion)
    log.info("ready")
    return parts


def _after_first_paint(widget: QWidget, then: Callable[[], None]) -> QObject:
    from kindling.ui.first_paint import AfterFirstPaint

    return AfterFirstPaint(widget, then)


def _fill_then_finish(
    app: QApplication, data: DataPaths, shown: ShownWindow, lock: InstanceLock, started: Started
) -> None:
    """Once the empty window has painted: the start page, and the rest once that has painted.

    A logout's SIGTERM is caught from here on; before, there is nothing yet to close politely.
    """
    from kindling.core.startup_trace import mark
    from kindling.desktop.termination import watch_for_termination

    mark("empty window painted")
    started.termination = watch_for_termination(app.quit)
    first = fill_window(shown)
    mark("start page made")
    started.waiting = _after_first_paint(
        first.pages.start_page, lambda: _finish_starting(app, data, first, lock, started)
    )


def _finish_starting(
    app: QApplication, data: DataPaths, first: FirstFrame, lock: InstanceLock, started: Started
) -> None:
    """Once the start page is on screen: journal, companion, wiring, then IPC, hotkey and tray.

    If the journal cannot be opened, the window steps aside for the rescue dialog (once);
    with a backup put back, starting carries on from here.
    """
    from PySide6.QtCore import QTimer

    from kindling.core.startup_trace import mark

    mark("start page painted")
    try:
        parts = finish(app, data, first)
    except StartupProblem as problem:
        first.window.hide()
        if started.rescue_tried:
            started.failed = True
            started.dialog = _show_startup_problem(app, str(problem))
            return
        started.rescue_tried = True
        print(problem, file=sys.stderr)
        _offer_rescue(app, data, first, lock, started, error=problem.__cause__)
        return
    started.parts = parts
    _keep_journal_safe(parts, data)
    mark("journal, companion and pages ready")
    started.reach = _start_reach(parts, data, lock)
    _let_settings_try_hotkeys(parts, started.reach.hotkey)
    mark("listening, hotkey and tray ready")
    if parts.companion.current is not None:
        # After the window shows, so the question appears over it, not before it.
        session = parts.companion.current
        QTimer.singleShot(0, lambda: parts.flow.offer_unfinished(session))


def _offer_rescue(
    app: QApplication,
    data: DataPaths,
    first: FirstFrame,
    lock: InstanceLock,
    started: Started,
    *,
    error: BaseException | None,
) -> None:
    """The rescue dialog, without a nested event loop; a restored backup resumes starting."""
    dialog, restored = _rescue_dialog(data, error)
    started.dialog = dialog

    def decided(_result: int) -> None:
        if not restored:
            started.failed = True
            app.quit()
            return
        first.window.show()
        _finish_starting(app, data, first, lock, started)

    dialog.finished.connect(decided)
    dialog.open()


def _open_journal(data: DataPaths) -> Journal:
    from kindling.store.errors import StoreError
    from kindling.store.journal import open_journal

    try:
        journal = open_journal(data.database, data.backups)
    except StoreError as error:
        log.error("journal could not be opened: %s", type(error).__name__)
        raise StartupProblem(str(error)) from error
    log.info("journal opened")
    return journal


def _make_companion(
    journal: Journal,
    clock: Callable[[], datetime] | None,
    rng: random.Random | None,
) -> Companion:
    from kindling.companion import Companion
    from kindling.core.clock import system_clock
    from kindling.core.reframes import ReframeLibrary
    from kindling.resources import resource_path

    library = ReframeLibrary.from_file(resource_path("reframes.json"))
    companion = Companion(journal.store, library, clock=clock or system_clock, rng=rng)
    log.info("companion ready (session in progress: %s)", companion.current is not None)
    return companion


def _wire(
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
    from kindling.ui.main_window import LAST_SESSION
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
        summary_view=lambda: _summary_view_of(window),
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
        lambda: _make_summary_view(companion, flow),
    )
    log.info("session flow wired")
    return Parts(app, settings, window, pages, journal, companion, signals, flow, presence)


def _make_summary_view(companion: Companion, flow: SessionFlow) -> SummaryView:
    """The last session's page, showing the last finished session if there is one."""
    from kindling.ui.summary_view import SummaryView

    view = SummaryView()
    view.new_session_requested.connect(flow.show_start)
    last = companion.summary()
    if last is not None and not last.session.in_progress:
        view.show_summary(last)
    return view


def _summary_view_of(window: MainWindow) -> SummaryView:
    from kindling.ui.main_window import LAST_SESSION

    return cast("SummaryView", window.section(LAST_SESSION))


# --- looking back: the history browser and patterns over time ---------------------------------


def _add_history_sections(window: MainWindow, journal: Journal, companion: Companion) -> None:
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


# --- the session bar and the critic toast -----------------------------------------------------


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
        bar.set_reduced_motion(reduced)
        bar.set_pattern(chosen_breathing(current, catalog))

    bar.critic_noticed_clicked.connect(lambda: flow.notice_critic(None))
    # Once the bar is up, the card gets ready off screen, so the first tap is as quick as any.
    flow.stepped_aside.connect(lambda: QTimer.singleShot(TOAST_PREPARE_DELAY_MS, toast.prepare))
    bar.end_requested.connect(flow.request_end)
    bar.pause_finished.connect(keep_pause)
    bar.moved.connect(keep_place)
    toast.feedback_given.connect(companion.mark_helped)
    toast.note_written.connect(keep_note)
    settings.changed.connect(follow)


def _install_translations(app: QApplication, settings: SettingsFile) -> None:
    """The person's language (``Settings.language``, else the system's), before any widget."""
    from kindling.desktop.translations import install_translations
    from kindling.resources import resource_path

    install_translations(app, settings.current.language, resource_path("translations"))


# --- making it theirs: settings, own reframes, about, theme, settings applied live ---------------


def _make_it_theirs(parts: Parts, data: DataPaths) -> Yours:
    from kindling.companion.reframes import ReframeBook
    from kindling.core.breathing import BreathingCatalog
    from kindling.core.reframes import ReframeLibrary
    from kindling.desktop.chime import Chime
    from kindling.desktop.translations import shown_language
    from kindling.resources import localized_path, resource_path
    from kindling.ui.yours import Yours

    companion = parts.companion
    # The built-in reframes in the language the app speaks (same ids, so marks carry over).
    language = shown_language(parts.settings.current.language, resource_path("translations"))
    builtin = ReframeLibrary.from_file(localized_path("reframes.json", language))
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
        parts.window.add_lazy_section(key, title, build)
    parts.presence.when_built(
        lambda bar, _toast: yours.follow_settings(bar, parts.flow.stepped_aside)
    )
    parts.pages.warmup_step_changed.connect(lambda _step: yours.chime.phase_changed())
    yours.when_settings_page_built(lambda page: page.erased.connect(parts.app.quit))
    _follow_language(parts, yours, book)
    log.info("settings, own reframes and about page added")
    return yours


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
        log.info("language changed while running (%s)", shown)

    yours.listen(changed)


def _erase_everything(parts: Parts, data: DataPaths) -> None:
    """Closes the journal, then removes every file Kindling keeps; raises OSError if it can't."""
    from kindling.desktop.erase import erase_all

    parts.journal.close()
    erase_all(data)


def _let_settings_try_hotkeys(parts: Parts, backend: HotkeyBackend) -> None:
    """The settings page's hotkey field tries new combinations on the running backend."""
    from kindling.desktop.hotkey.trier import current_trial, make_trier

    if parts.yours is not None:
        parts.yours.when_settings_page_built(
            lambda page: page.hotkey.set_trier(make_trier(backend), current_trial(backend))
        )


# --- reaching the app from anywhere: single instance, global hotkey, tray ----------------------


@dataclass
class Reach:
    """The ways in from outside the window; each is optional and may be missing here."""

    lock: InstanceLock
    target: FlowTarget
    server: IpcServer | None
    hotkey: HotkeyBackend
    tray: KindlingTray | None

    def close(self) -> None:
        self.hotkey.unregister()
        if self.server is not None:
            self.server.close()
        self.lock.release()


def _claim_single_instance(data: DataPaths) -> InstanceLock | None:
    """The writer lock makes this the one app for its data folder; None when one is running."""
    from kindling.desktop.instance_lock import InstanceLock

    lock = InstanceLock(data.lock_file)
    return lock if lock.acquire() else None


def _hand_over_to_running_app(data: DataPaths) -> int:
    """Another Kindling holds this data folder: bring it forward and step aside quietly."""
    import time

    from kindling.desktop.ipc_client import ask_to_show

    # The other app may be starting and not listening yet: give it a little while.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if ask_to_show(str(data.root)):
            log.info("another Kindling is running; asked it to come forward")
            return 0
        time.sleep(0.1)
    print("Kindling is already open.", file=sys.stderr)
    return 0


def _start_reach(parts: Parts, data: DataPaths, lock: InstanceLock) -> Reach:
    from kindling.ui.command_target import FlowTarget

    target = FlowTarget(parts.flow, parts.companion, parts.window)
    server = _start_single_instance(data, target)
    hotkey = _start_hotkey(parts, target)
    tray = _start_tray(parts, target)
    target.describe = {
        **_hotkey_details(hotkey),
        "tray": tray is not None,
        "socket": server.address if server is not None else None,
        "qt_platform": parts.app.platformName(),
    }
    hotkey.settled.connect(lambda: _hotkey_answered(parts, target, hotkey, data))
    return Reach(lock, target, server, hotkey, tray)


def _hotkey_details(hotkey: HotkeyBackend) -> dict[str, object]:
    """What `kindling doctor` and the status reply say about the global hotkey."""
    return {
        "hotkey_backend": hotkey.name,
        "hotkey_tested": hotkey.tested,
        "hotkey": hotkey.label,
        "hotkey_active": hotkey.active,
        "hotkey_pending": hotkey.pending,
        "hotkey_problem": hotkey.problem,
    }


def _hotkey_answered(
    parts: Parts, target: FlowTarget, hotkey: HotkeyBackend, data: DataPaths
) -> None:
    """The desktop answered (Wayland's portal): say what it bound, or how to do without."""
    from PySide6.QtCore import QCoreApplication

    from kindling.desktop import paths
    from kindling.desktop.shortcut_help import critic_command

    target.describe.update(_hotkey_details(hotkey))
    _let_settings_try_hotkeys(parts, hotkey)
    if hotkey.active:
        text = QCoreApplication.translate(
            "App", "Your desktop gave Kindling %1 for “Critic noticed”."
        ).replace("%1", hotkey.label or "")
    else:
        custom = None if data.root == paths.resolve(None).root else data.root
        text = QCoreApplication.translate(
            "App",
            "Your desktop did not give Kindling the hotkey. You can bind this command to a key "
            "in its keyboard settings instead: %1",
        ).replace("%1", critic_command(custom))
    log.info("the desktop answered about the hotkey (active: %s)", hotkey.active)
    parts.window.statusBar().showMessage(text, 30_000)


def _start_single_instance(data: DataPaths, target: FlowTarget) -> IpcServer | None:
    """Listens for `kindling start|critic|end` and second launches; they act like the buttons."""
    from kindling.desktop import ipc_commands
    from kindling.desktop.ipc_server import IpcServer

    server = IpcServer(str(data.root), lambda cmd, args: ipc_commands.handle(target, cmd, args))
    return server if server.listen() else None


def _start_hotkey(parts: Parts, target: FlowTarget) -> HotkeyBackend:
    """Claims the global hotkey; a press is the "Critic noticed" button, wherever focus is."""
    from PySide6.QtCore import QCoreApplication

    from kindling.core.settings import DEFAULT_HOTKEY
    from kindling.desktop.hotkey import HotkeyInvalid, choose_backend, parse

    backend = choose_backend(parts.app.platformName(), parts.app)
    backend.description = QCoreApplication.translate(
        "App", "Critic noticed: note the moment your inner critic speaks up"
    )

    def pressed() -> None:
        if parts.flow.notice_critic(None) is None:
            target.show()  # no session yet: the window is where one begins

    backend.pressed.connect(pressed)
    try:
        combination = parse(parts.settings.current.hotkey)
    except HotkeyInvalid:
        combination = parse(DEFAULT_HOTKEY)
    if backend.register(combination):
        log.info("global hotkey ready (%s)", backend.name)
    else:
        log.warning("global hotkey unavailable (%s backend)", backend.name)
        if backend.problem:
            offer = QCoreApplication.translate(
                "App", "You can choose another combination in Settings."
            )
            parts.window.statusBar().showMessage(f"{backend.problem} {offer}", 30_000)
    return backend


def _start_tray(parts: Parts, target: FlowTarget) -> KindlingTray | None:
    """A tray icon where the desktop has a tray; closing the window mid-session then hides it."""
    from kindling.ui.tray import CloseGuard, KindlingTray

    companion, flow = parts.companion, parts.flow
    tray = None
    if KindlingTray.available():
        tray = KindlingTray(parts.app.windowIcon(), parts.app)
        tray.start_requested.connect(flow.show_start)
        tray.critic_requested.connect(lambda: flow.notice_critic(None))
        tray.end_requested.connect(flow.request_end)
        tray.show_requested.connect(target.show)
        tray.quit_requested.connect(parts.app.quit)
        parts.signals.session_started.connect(lambda _s: tray.set_session_in_progress(True))
        parts.signals.session_ended.connect(lambda _s: tray.set_session_in_progress(False))
        tray.set_session_in_progress(companion.current is not None)
        tray.show()
        log.info("tray icon shown")
    guard = CloseGuard(parts.window, lambda: companion.current is not None, tray)
    guard.end_requested.connect(flow.request_end)
    return tray


# --- self-test and start-up problems ----------------------------------------------------------


def _self_test(parts: Parts) -> int:
    """Turns the event loop with every section shown in turn, then checks Qt and the journal.

    CI runs this inside the built bundle, so a Qt plugin, resource or migration script left
    out of it shows up here. Prints one line of what was checked; problems go to stderr.
    """
    import os

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from kindling.desktop.selfcheck import qt_problems
    from kindling.resources import resource_path
    from kindling.store import migrate
    from kindling.store.backup import integrity_ok

    problems: list[str] = []
    sections = parts.window.section_keys()

    def look_and_quit() -> None:
        # Looked at inside the loop: Qt 6's quit() closes every window on its way out.
        if not parts.window.isVisible():
            problems.append("the main window did not show")
        for key in sections:
            parts.window.show_section(key)
            parts.app.processEvents()
            if not parts.window.section(key).isVisible():
                problems.append(f"the {key!r} section did not show")
        parts.app.quit()

    QTimer.singleShot(0, look_and_quit)
    parts.app.exec()
    asked_platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] or None
    problems += qt_problems(resource_path("icons", "kindling.svg"), asked_platform)
    ok, _ = integrity_ok(parts.journal.path)
    if not ok:
        problems.append("the journal fails its integrity check")
    problems += migrate.verify_scripts()
    parts.close()
    log.info("self-test: %d problem(s)", len(problems))
    for problem in problems:
        print(f"self-test: {problem}", file=sys.stderr)
    print(
        f"self-test: platform {QGuiApplication.platformName()}, {len(sections)} sections, "
        f"SVG icons, journal at schema {migrate.head_revision()}, migration scripts: "
        + ("all well" if not problems else f"{len(problems)} problem(s)")
    )
    if problems:
        print("Kindling's self-test found a problem; the log has the details.", file=sys.stderr)
    return 1 if problems else 0


def _report_startup_problem(app: QApplication, message: str, self_test: bool) -> int:
    print(message, file=sys.stderr)
    if self_test:
        return 1
    box = _show_startup_problem(app, message)
    app.exec()
    box.deleteLater()
    return 1


def _show_startup_problem(app: QApplication, message: str) -> QMessageBox:
    """A plain message saying why the journal could not be opened; closing it ends the app."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    print(message, file=sys.stderr)
    box = QMessageBox()
    box.setWindowTitle(QCoreApplication.translate("App", "Kindling could not open your journal"))
    box.setText(message)
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.finished.connect(app.quit)
    box.open()
    return box


# --- the journal's safety: a rescue when it cannot be opened, backups, waiting writes ---------

RETRY_WRITES_MS = 30_000
"""How often moments kept in memory (disk full, journal locked) are tried again."""


def _rescue_dialog(
    data: DataPaths, error: BaseException | None
) -> tuple[JournalProblemDialog, list[Path]]:
    """The dialog, wired to put a backup back (the damaged file is set aside, never deleted)."""
    from kindling.store.backup import BackupFailed
    from kindling.store.backups import BackupShelf
    from kindling.ui.journal_problem_dialog import JournalProblemDialog

    dialog = JournalProblemDialog(_describe_journal_problem(data, error))
    restored: list[Path] = []

    def restore(backup: Path) -> None:
        try:
            result = BackupShelf(data.database, data.backups).restore(backup)
        except BackupFailed as failure:
            log.warning("restore from a backup failed")
            dialog.restore_failed(str(failure))
            return
        log.info("journal restored from a backup at the person's request")
        restored.append(result.restored_from)
        dialog.accept()

    dialog.restore_requested.connect(restore)
    return dialog, restored


def _describe_journal_problem(data: DataPaths, error: BaseException | None) -> JournalProblem:
    from kindling.store.backups import BackupShelf
    from kindling.store.errors import DatabaseDamaged, DatabaseTooNew, MigrationFailed
    from kindling.ui.journal_problem_dialog import JournalProblem, ProblemKind

    if isinstance(error, DatabaseDamaged):
        newest = BackupShelf(data.database, data.backups).newest_good()
        return JournalProblem(
            ProblemKind.DAMAGED,
            data.database,
            newest.path if newest else None,
            newest.made_at if newest else None,
        )
    if isinstance(error, DatabaseTooNew):
        return JournalProblem(ProblemKind.TOO_NEW, data.database)
    if isinstance(error, MigrationFailed):
        return JournalProblem(ProblemKind.UPGRADE_FAILED, data.database, put_back=error.restored)
    return JournalProblem(ProblemKind.OTHER, data.database)


def _keep_journal_safe(parts: Parts, data: DataPaths) -> QTimer:
    """A backup after every session; moments the disk refused are retried on a timer."""
    from PySide6.QtCore import QTimer

    from kindling.companion.safekeeping import Safekeeping
    from kindling.store.backups import BackupShelf

    Safekeeping(BackupShelf(data.database, data.backups)).watch(parts.companion.session_ended)
    retry = QTimer(parts.window)
    retry.setObjectName("retryWaitingWrites")
    retry.setInterval(RETRY_WRITES_MS)

    def try_again() -> None:
        if parts.companion.retry_pending() == 0:
            retry.stop()

    retry.timeout.connect(try_again)
    parts.companion.write_failed.connect(lambda _reason: retry.start())
    log.info("backups after each session and write retries wired")
    return retry
