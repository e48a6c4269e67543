"""The composition root of the desktop app: builds every part, wires them, runs the event loop.

Each step is logged. Heavy imports stay inside functions so the window can show early and
the command line stays light.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from kindling.desktop.paths import DataPaths

if TYPE_CHECKING:
    import random

    from PySide6.QtWidgets import QApplication

    from kindling.companion import Companion
    from kindling.desktop.settings_file import SettingsFile
    from kindling.store.journal import Journal
    from kindling.ui.companion_signals import CompanionSignals
    from kindling.ui.main_window import MainWindow
    from kindling.ui.placeholder_bar import PlaceholderBar
    from kindling.ui.session_flow import SessionFlow
    from kindling.ui.session_page import SessionPages
    from kindling.ui.summary_view import SummaryView
    from kindling.ui.toast import CriticToast

log = logging.getLogger(__name__)


@dataclass
class Parts:
    """Everything the app is made of, as built; tests drive the real app through these."""

    app: QApplication
    settings: SettingsFile
    window: MainWindow
    pages: SessionPages
    summary_view: SummaryView
    journal: Journal
    companion: Companion
    signals: CompanionSignals
    flow: SessionFlow
    bar: PlaceholderBar
    toast: CriticToast

    def close(self) -> None:
        """Puts everything away (tests build the app many times in one process)."""
        self.signals.detach()
        for widget in (self.bar, self.toast, self.window):
            widget.close()
            widget.deleteLater()
        self.journal.close()


class StartupProblem(Exception):
    """The journal could not be opened; the message says why in plain words."""


def main(data: DataPaths, self_test: bool = False, debug: bool = False) -> int:
    from PySide6.QtCore import QTimer

    app = make_application()
    try:
        parts = build(app, data)
    except StartupProblem as problem:
        return _report_startup_problem(app, str(problem), self_test)
    if self_test:
        return _self_test(parts)
    if parts.companion.current is not None:
        # After the window shows, so the question appears over it, not before it.
        session = parts.companion.current
        QTimer.singleShot(0, lambda: parts.flow.offer_unfinished(session))
    log.info("running")
    code = int(app.exec())
    parts.close()
    return code


def make_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from kindling.ui.theme import enlarge_base_font

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Kindling")
    app.setOrganizationName("Kindling")
    app.setDesktopFileName("kindling")
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
    """Builds and wires every part; shows the window before the journal is opened."""
    from kindling.desktop.settings_file import SettingsFile
    from kindling.ui.main_window import LAST_SESSION, SESSION, MainWindow
    from kindling.ui.session_page import SessionPages
    from kindling.ui.summary_view import SummaryView
    from kindling.ui.theme import apply_theme

    settings = SettingsFile(data.settings)
    apply_theme(app, settings.current.theme)
    log.info("settings loaded, theme applied")
    window = MainWindow(settings)
    pages = SessionPages(settings.current)
    summary_view = SummaryView()
    window.add_section(SESSION, window.tr("Begin"), pages)
    window.add_section(LAST_SESSION, window.tr("Last session"), summary_view)
    window.show()
    app.processEvents()
    log.info("main window shown")

    journal = _open_journal(data)
    companion = _make_companion(journal, clock, rng)
    parts = _wire(
        app,
        settings=settings,
        window=window,
        pages=pages,
        summary_view=summary_view,
        journal=journal,
        companion=companion,
        minute_ms=minute_ms,
    )
    last = companion.summary()
    if last is not None and not last.session.in_progress:
        summary_view.show_summary(last)
    log.info("ready")
    return parts


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
    companion = Companion(journal.repository, library, clock=clock or system_clock, rng=rng)
    log.info("companion ready (session in progress: %s)", companion.current is not None)
    return companion


def _wire(
    app: QApplication,
    *,
    settings: SettingsFile,
    window: MainWindow,
    pages: SessionPages,
    summary_view: SummaryView,
    journal: Journal,
    companion: Companion,
    minute_ms: int | None,
) -> Parts:
    from kindling.core.breathing import BreathingCatalog
    from kindling.resources import resource_path
    from kindling.ui.companion_signals import CompanionSignals
    from kindling.ui.session_flow import SessionFlow

    signals = CompanionSignals(companion)
    catalog = BreathingCatalog.from_file(resource_path("breathing.json"))
    bar, toast = _make_bar_and_toast(settings, companion)
    flow = SessionFlow(
        companion,
        signals,
        settings=settings,
        window=window,
        pages=pages,
        summary_view=summary_view,
        catalog=catalog,
        bar=bar,
        toast=toast,
        minute_ms=minute_ms,
    )
    _connect_bar_and_toast(bar, toast, flow, companion)
    log.info("session flow wired")
    return Parts(
        app, settings, window, pages, summary_view, journal, companion, signals, flow, bar, toast
    )


# --- the session bar and the critic toast -----------------------------------------------------


def _make_bar_and_toast(
    settings: SettingsFile, companion: Companion
) -> tuple[PlaceholderBar, CriticToast]:
    from kindling.ui.placeholder_bar import PlaceholderBar
    from kindling.ui.toast import CriticToast

    bar = PlaceholderBar(companion.now)
    toast = CriticToast(
        timeout_ms=settings.current.toast_seconds * 1000,
        position=settings.current.toast_position,
    )
    return bar, toast


def _connect_bar_and_toast(
    bar: object, toast: object, flow: SessionFlow, companion: Companion
) -> None:
    from kindling.ui.placeholder_bar import PlaceholderBar
    from kindling.ui.toast import CriticToast

    assert isinstance(bar, PlaceholderBar)
    assert isinstance(toast, CriticToast)
    bar.critic_clicked.connect(lambda: flow.notice_critic(None))
    bar.end_clicked.connect(flow.request_end)
    toast.feedback_given.connect(companion.mark_helped)
    toast.note_written.connect(companion.add_note)


# --- self-test and start-up problems ----------------------------------------------------------


def _self_test(parts: Parts) -> int:
    from PySide6.QtCore import QTimer

    from kindling.store.backup import integrity_ok

    seen: list[bool] = []

    def look_and_quit() -> None:
        # Looked at inside the loop: Qt 6's quit() closes every window on its way out.
        seen.append(parts.window.isVisible())
        parts.app.quit()

    QTimer.singleShot(0, look_and_quit)
    parts.app.exec()
    shown = bool(seen) and seen[0]
    ok, _ = integrity_ok(parts.journal.path)
    parts.close()
    log.info("self-test: window shown %s, journal sound %s", shown, ok)
    if not (shown and ok):
        print("Kindling's self-test found a problem; the log has the details.", file=sys.stderr)
        return 1
    print("Kindling opened its window and its journal is sound.")
    return 0


def _report_startup_problem(app: QApplication, message: str, self_test: bool) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    print(message, file=sys.stderr)
    if self_test:
        return 1
    box = QMessageBox()
    box.setWindowTitle(QCoreApplication.translate("App", "Kindling could not open your journal"))
    box.setText(message)
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.finished.connect(app.quit)
    box.open()
    app.exec()
    return 1
