"""The composition root of the desktop app: starts it in order and runs the event loop.

The window shows first (empty, then with its start page); the journal, the companion and the
wiring (kindling.wiring) follow its paint, then the ways in from outside (kindling.reach).
Each step is logged. Heavy imports stay inside functions so the window can show early and
the command line stays light.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kindling.desktop.paths import DataPaths

if TYPE_CHECKING:
    import random
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from kindling.companion import Companion
    from kindling.desktop.instance_lock import InstanceLock
    from kindling.desktop.settings_file import SettingsFile
    from kindling.desktop.termination import TerminationWatch
    from kindling.reach import Reach
    from kindling.store.journal import Journal
    from kindling.ui.journal_problem_dialog import JournalProblem, JournalProblemDialog
    from kindling.ui.main_window import MainWindow
    from kindling.ui.session_page import SessionPages
    from kindling.wiring import Parts


log = logging.getLogger(__name__)


class StartupProblem(Exception):
    """The journal could not be opened; the message says why in plain words."""


def main(data: DataPaths, self_test: bool = False, debug: bool = False) -> int:
    from kindling.core.startup_trace import mark

    # The lock before Qt: when another Kindling holds it, handing over needs no Qt at all.
    lock = None
    if not self_test:
        lock = _claim_single_instance(data)
        if lock is None:
            return 0  # another Kindling was asked to come forward
    mark("single-instance lock taken")
    app = make_application()
    mark("Qt application made")
    shown = show_window(app, data)
    mark("window shown, still empty")
    if self_test:
        first = fill_window(app, shown)
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
class FirstFrame(ShownWindow):
    """The window with its start page, before the journal opens."""

    pages: SessionPages


@dataclass
class Started:
    """What the rest of starting made, once the window had painted (or why it could not)."""

    parts: Parts | None = None
    reach: Reach | None = None
    termination: TerminationWatch | None = None
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
    app = _create_application_explaining_failure(QApplication)
    app.setApplicationName("Kindling")
    app.setOrganizationName("Kindling")
    # The .desktop entry's name: Wayland compositors and docks match the window to it.
    app.setDesktopFileName(APP_ID)
    enlarge_base_font(app)
    log.info("Qt application created")
    return app


def _create_application_explaining_failure(kind: type[QApplication]) -> QApplication:
    """QApplication, with Qt's messages watched meanwhile: if no platform plugin loads, Qt
    aborts, and a person installed with pip learns which system libraries are missing."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def watch(mode: QtMsgType, _context: object, message: str) -> None:
        print(message, file=sys.stderr, flush=True)
        if mode == QtMsgType.QtFatalMsg:
            from kindling.desktop.platform_help import explain_platform_failure

            explain_platform_failure(message)

    previous = qInstallMessageHandler(watch)
    try:
        return kind(sys.argv[:1])
    finally:
        qInstallMessageHandler(previous)


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
    return fill_window(app, show_window(app, data))


def show_window(app: QApplication, data: DataPaths) -> ShownWindow:
    """The window, shown empty in the person's language, size and colours.

    The quickest honest answer to a click on the icon: nothing here waits on the journal, and
    nothing needs Qt's ``Qt`` namespace. The start page follows once this has painted
    (:func:`fill_window`).
    """
    from kindling.desktop.settings_file import SettingsFile
    from kindling.ui.main_window import MainWindow
    from kindling.ui.theme import apply_colours

    settings = SettingsFile(data.settings)
    _install_translations(app, settings)
    apply_colours(app, settings.current.theme, settings.current.desktop_scheme)
    log.info("settings loaded, colours applied")
    window = MainWindow(settings)
    window.show()
    log.info("main window shown")
    return ShownWindow(settings, window)


def fill_window(app: QApplication, shown: ShownWindow) -> FirstFrame:
    """The style sheet, the navigation column and the start page, in the window on screen."""
    from PySide6.QtCore import QCoreApplication

    from kindling.ui.main_window import SESSION
    from kindling.ui.session_page import SessionPages
    from kindling.ui.theme import add_style_sheet
    from kindling.ui.wheel_guard import guard_the_wheel

    settings, window = shown.settings, shown.window
    add_style_sheet(app)
    guard_the_wheel(app)  # the wheel scrolls pages; it changes only a control in use
    pages = SessionPages(settings.current)
    # translate() with a literal context: lupdate would file window.tr() under "window".
    # Titles are functions, so that they follow a change of language.
    window.add_section(SESSION, lambda: QCoreApplication.translate("Sections", "Begin"), pages)
    log.info("start page added")
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
    from kindling.wiring import add_history_sections, add_support_section, make_it_theirs, wire

    # Here, not before the first frame: the window manager's icon sizes are drawn from the SVG.
    app.setWindowIcon(QIcon(str(resource_path("icons", "kindling.svg"))))
    journal = _open_journal(data)
    companion = _make_companion(journal, clock, rng)
    parts = wire(
        app,
        settings=first.settings,
        window=first.window,
        pages=first.pages,
        journal=journal,
        companion=companion,
        minute_ms=minute_ms,
    )
    # Sections in reading order: Begin, Last session, History, Patterns, then the person's own.
    add_history_sections(first.window, journal, companion)
    parts.yours = make_it_theirs(parts, data)
    add_support_section(first.window, companion)  # last in the list, always there
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
    first = fill_window(app, shown)
    mark("start page made")
    # The wait belongs to the page (its Qt parent), which keeps it until it has run.
    _after_first_paint(
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
    from kindling.reach import greet_first_time, let_settings_try_hotkeys, start_reach

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
    started.reach = start_reach(parts, data, lock)
    let_settings_try_hotkeys(parts, started.reach.hotkey)
    mark("listening, hotkey and tray ready")
    if parts.companion.current is not None:
        # After the window shows, so the question appears over it, not before it.
        session = parts.companion.current
        QTimer.singleShot(0, lambda: parts.flow.offer_unfinished(session))
    else:
        greet_first_time(parts, started.reach.hotkey, data)


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


def _install_translations(app: QApplication, settings: SettingsFile) -> None:
    """The person's language (``Settings.language``, else the system's), before any widget."""
    from kindling.desktop.translations import install_translations
    from kindling.resources import resource_path

    install_translations(app, settings.current.language, resource_path("translations"))


def _claim_single_instance(data: DataPaths) -> InstanceLock | None:
    """The writer lock makes this the one app for its data folder; None when one is running.

    The holder may also be a short command (``kindling critic`` with no app open) about to
    finish, or an app still starting: keep trying both the lock and the app for a while.
    """
    import time

    from kindling.desktop.instance_lock import InstanceLock
    from kindling.desktop.ipc_client import ask_to_show

    lock = InstanceLock(data.lock_file)
    deadline = time.monotonic() + 15
    while not lock.acquire():
        if ask_to_show(str(data.root)):
            log.info("another Kindling is running; asked it to come forward")
            return None
        if time.monotonic() >= deadline:
            print("Kindling is already open.", file=sys.stderr)
            return None
        time.sleep(0.1)
    return lock


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


def folder_refused_box(app: QApplication, folder: Path) -> QMessageBox:
    """Says, in the person's language, why the app did not open on ``folder`` (not its own).

    Opened from a menu or a .desktop file there is no terminal to read; this is what shows.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from kindling.desktop.translations import install_translations
    from kindling.resources import resource_path

    install_translations(app, "system", resource_path("translations"))
    box = QMessageBox()
    box.setWindowTitle(QCoreApplication.translate("App", "Kindling did not open"))
    box.setText(
        QCoreApplication.translate(
            "App",
            "Kindling will not keep your journal in %1, because that folder is not yours "
            "alone: others could change what is in it. Nothing was changed there.\n\nPlease "
            "choose a folder only you can write to (with --data-dir), or ask whoever shares "
            "that folder to make it yours alone.",
        ).replace("%1", str(folder))
    )
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.open()
    return box


def show_folder_refused(folder: Path) -> None:
    """Shows :func:`folder_refused_box` until it is closed."""
    app = make_application()
    box = folder_refused_box(app, folder)
    box.finished.connect(app.quit)
    app.exec()


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
    from kindling.store.errors import (
        DatabaseDamaged,
        DatabaseTooNew,
        JournalMissing,
        JournalNotWritable,
        MigrationFailed,
    )
    from kindling.ui.journal_problem_dialog import JournalProblem, ProblemKind

    if isinstance(error, JournalNotWritable):
        return JournalProblem(
            ProblemKind.NOT_WRITABLE, data.database, culprit=error.culprit, reason=error.reason
        )
    if isinstance(error, DatabaseDamaged | JournalMissing):
        newest = BackupShelf(data.database, data.backups).newest_good()
        kind = ProblemKind.MISSING if isinstance(error, JournalMissing) else ProblemKind.DAMAGED
        return JournalProblem(
            kind,
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
    """A backup after every session; moments the disk refused are retried on a timer; a
    journal moved or deleted while open is noticed within a minute (JournalPlaceWatch)."""
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
    from kindling.ui.journal_place import JournalPlaceWatch

    place = JournalPlaceWatch(parts.window, data.database, parts.companion.journal_in_place)
    parts.companion.write_failed.connect(place.write_failed)
    log.info("backups after each session, write retries and the journal's place wired")
    return retry
