"""The history browser: every session newest first, filtered and searched, opened, deleted
with a few seconds to undo, exported and imported. It calls the History service only."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindling.companion.history import (
    ExportFormat,
    History,
    ImportRefused,
    SessionStillGoing,
)
from kindling.core.model import HistoryFilter, ImportResult, Session
from kindling.ui.history_filters import HistoryFilterBar
from kindling.ui.history_model import (
    DATE,
    INTENTION,
    LENGTH,
    MEDIUM,
    NUMBER_COLUMNS,
    HistoryModel,
)
from kindling.ui.layout import heading, muted
from kindling.ui.numbers_toggle import NumbersToggle, heading_row
from kindling.ui.summary_view import SummaryView
from kindling.ui.theme import MARGIN, SPACING

log = logging.getLogger(__name__)


class HistoryView(QWidget):
    """The list of sessions, and a session's summary when one is opened."""

    session_opened = Signal(str)
    session_deleted = Signal(str)
    session_restored = Signal(str)
    imported = Signal(object)  # ImportResult
    exported = Signal(str)
    history_changed = Signal()
    """Sessions were added or removed, here or elsewhere (insights listen to this)."""

    UNDO_MS = 8000
    """How long a deleted session can be put back."""

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._deleted: Session | None = None
        self._pending_delete: str | None = None
        self._busy = False  # while this view itself changes the history, it reloads once, after
        self._status_words: Callable[[], str] | None = None  # said again in a new language
        self._confirm_words: Callable[[], str] | None = None
        self.model = HistoryModel(history, self)

        self._pages = QStackedWidget(self)
        self._list_page = QWidget(self._pages)
        self._build_list_page(self._list_page)
        self._summary_page = QWidget(self._pages)
        self._build_summary_page(self._summary_page)
        self._pages.addWidget(self._list_page)
        self._pages.addWidget(self._summary_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

        self._undo_timer = QTimer(self)
        self._undo_timer.setObjectName("history_undo_timer")
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._forget_deleted)
        self._columns_sized = False
        self._connect_callbacks()
        history.changed.connect(self._on_history_changed)
        self.destroyed.connect(lambda: self._detach(history))
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Every word of the list and its buttons in the language now installed."""
        self.setAccessibleName(self.tr("Your history"))
        self._heading.setText(self.tr("Looking back"))
        self.table.setAccessibleName(self.tr("Sessions, newest first"))
        self.table.setAccessibleDescription(
            self.tr("Enter or a double click opens the chosen session's summary.")
        )
        self.model.retranslate()
        self._size_columns()
        self.confirm_delete.setText(self.tr("Delete it"))
        self.confirm_delete.setAccessibleName(self.tr("Yes, delete this session"))
        self.confirm_delete.setAccessibleDescription(
            self.tr("You can still put it back for a few seconds afterwards.")
        )
        self.confirm_keep.setText(self.tr("Keep it"))
        self.confirm_keep.setAccessibleName(self.tr("No, keep this session"))
        self.status.setAccessibleName(self.tr("What just happened"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Put the deleted session back"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the chosen session's summary"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen session"))
        self.delete_button.setAccessibleDescription(self.tr("Asks first; nothing goes at once."))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export your sessions to a file"))
        self.export_button.setToolTip(self.tr("Exported files are not encrypted."))
        self.export_button.setAccessibleDescription(
            self.tr("Offers three kinds of file. Exported files are not encrypted.")
        )
        self.export_actions[ExportFormat.JSON].setText(
            self.tr("Everything, to import again (JSON)…")
        )
        self.export_actions[ExportFormat.CSV].setText(self.tr("For a spreadsheet (CSV)…"))
        self.export_actions[ExportFormat.MARKDOWN].setText(
            self.tr("As a readable journal (Markdown)…")
        )
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setAccessibleName(self.tr("Import sessions from a Kindling export"))
        self.import_button.setAccessibleDescription(
            self.tr("Adds the sessions from a file; the ones already here stay as they are.")
        )
        self.back_button.setText(self.tr("← Back to your history"))
        self.back_button.setAccessibleName(self.tr("Back to your history"))
        self._show_empty_note()
        if self._status_words is not None:
            self.status.setText(self._status_words())
        if self._confirm_words is not None:
            self.confirm_text.setText(self._confirm_words())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, words: Callable[[], str]) -> None:
        """Shows what just happened, kept as a function so it follows a change of language."""
        self._status_words = words
        self.status.setText(words())

    # --- layout -------------------------------------------------------------------------------

    def _build_list_page(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        self._heading = heading("", page)
        self.numbers = NumbersToggle(page)
        layout.addLayout(heading_row(self._heading, self.numbers))

        self.filters = HistoryFilterBar(self._history.now, page)
        layout.addWidget(self.filters)
        self._build_table(page, layout)
        self._build_confirm(page, layout)
        self._build_actions(page, layout)

    def _build_table(self, page: QWidget, layout: QVBoxLayout) -> None:
        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Headings over the start of their words, as the cells are, not centred above them.
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self._show_numbers(False)
        layout.addWidget(self.table, 1)
        self.empty_note = muted("", page)
        layout.addWidget(self.empty_note)

    def _build_confirm(self, page: QWidget, layout: QVBoxLayout) -> None:
        self.confirm = QFrame(page)
        self.confirm.setProperty("role", "card")
        self.confirm_text = QLabel(self.confirm)
        self.confirm_text.setWordWrap(True)
        self.confirm_delete = QPushButton(self.confirm)
        self.confirm_keep = QPushButton(self.confirm)
        self.confirm_keep.setProperty("role", "primary")
        self._row_of(self.confirm, self.confirm_text, self.confirm_delete, self.confirm_keep)
        self.confirm.setVisible(False)
        layout.addWidget(self.confirm)

    def _build_actions(self, page: QWidget, layout: QVBoxLayout) -> None:
        self.status = muted("", page)
        self.undo_button = QPushButton(page)
        self.undo_button.setVisible(False)
        self.open_button = QPushButton(page)
        self.delete_button = QPushButton(page)
        self.delete_button.setProperty("role", "quiet")
        self.export_button = QPushButton(page)
        menu = QMenu(self.export_button)
        self.export_actions = {fmt: menu.addAction("") for fmt in ExportFormat}
        self.export_button.setMenu(menu)
        self.import_button = QPushButton(page)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        for widget in (
            self.undo_button,
            self.open_button,
            self.delete_button,
            self.export_button,
            self.import_button,
        ):
            actions.addWidget(widget)
        layout.addLayout(actions)

    def _build_summary_page(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        layout.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, 0)
        self.back_button = QPushButton(page)
        self.back_button.setProperty("role", "quiet")
        self.summary_view = SummaryView(page)
        # The summary here looks back; beginning again is the Begin section's job.
        self.summary_view.again_button.setVisible(False)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary_view, 1)

    def _size_columns(self) -> None:
        """Widths from sample text, not from the rows: measuring every loaded row (Qt's
        ResizeToContents) would make a long history slower to open and jumpy to scroll.

        Called again when the language changes: a column the person widened stays as wide,
        and one whose new words would not fit grows to fit them.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 24
        samples = {
            DATE: self.model.when(datetime(2026, 9, 30, 22, 0, tzinfo=UTC)),
            MEDIUM: "watercolour",
            LENGTH: self.model.short_length(timedelta(hours=2, minutes=55)),
        }
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            wanted = max(
                metrics.horizontalAdvance(samples.get(column, "")), metrics.horizontalAdvance(title)
            )
            kept = header.sectionSize(column) if self._columns_sized else 0
            header.resizeSection(column, max(wanted + padding, kept))
        self._columns_sized = True
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(INTENTION, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _row_of(frame: QFrame, text: QLabel, *buttons: QPushButton) -> None:
        row = QHBoxLayout(frame)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(text, 1)
        for button in buttons:
            row.addWidget(button)

    def _show_numbers(self, shown: bool) -> None:
        """The counts of critic moments and the soothing levels: a click away, never first."""
        for column in NUMBER_COLUMNS:
            self.table.setColumnHidden(column, not shown)

    def _connect_callbacks(self) -> None:
        self.numbers.toggled.connect(self._show_numbers)
        # One choice for the list and the summaries opened from it.
        self.numbers.toggled.connect(self.summary_view.numbers.setChecked)
        self.summary_view.numbers.toggled.connect(self.numbers.setChecked)
        self.filters.changed.connect(self.apply_filter)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(self._ask_to_delete_selected)
        self.confirm_delete.clicked.connect(self._confirmed_delete)
        self.confirm_keep.clicked.connect(self._cancel_delete)
        self.undo_button.clicked.connect(self.undo_delete)
        self.back_button.clicked.connect(self.show_list)
        self.import_button.clicked.connect(self._choose_import_file)
        for fmt, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, f=fmt: self._choose_export_file(f))

    # --- filtering ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-reads the mediums and the list (after an import, a new session, a delete)."""
        self.filters.set_mediums(self._history.mediums())
        self.apply_filter()

    def apply_filter(self) -> None:
        where = self.filters.current_filter()
        self.model.set_filter(where)
        self._update_buttons()
        self._show_empty_note()

    def _show_empty_note(self) -> None:
        self.empty_note.setVisible(self.model.total == 0)
        if self.model.total == 0:
            self.empty_note.setText(
                self.tr("No sessions match. Try fewer words or a wider time.")
                if self.model.where not in (None, HistoryFilter())
                else self.tr("Your sessions will gather here, one by one, as you make things.")
            )

    def _on_history_changed(self, _value: object) -> None:
        # Announced by the application layer (a session ended, an import, a delete elsewhere).
        if not self._busy:
            self.reload()
        self.history_changed.emit()

    # --- opening ------------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return None if row is None else row.id

    def open_session(self, session_id: str) -> bool:
        summary = self._history.summary(session_id)
        if summary is None:
            self._say(lambda: self.tr("That session is no longer here."))
            return False
        self.summary_view.show_summary(summary)
        self._pages.setCurrentWidget(self._summary_page)
        self.back_button.setFocus()
        self.session_opened.emit(session_id)
        return True

    def show_list(self) -> None:
        self._pages.setCurrentWidget(self._list_page)
        self.table.setFocus()

    def showing_summary(self) -> bool:
        return self._pages.currentWidget() is self._summary_page

    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_session(row.id)

    def _open_selected(self) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            self.open_session(session_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- deleting, once asked, with undo ------------------------------------------------------

    def _ask_to_delete_selected(self) -> None:
        session_id = self.selected_id()
        number = self.model.row_of(session_id) if session_id else None
        row = self.model.row_at(number) if number is not None else None
        if row is None:
            return
        self._pending_delete = row.id
        self._confirm_words = lambda: (
            self.tr("Delete the session from %2 (%1)? Its moments and notes go with it.")
            .replace("%1", row.medium)
            .replace("%2", self.model.when(row.started_at))
        )
        self.confirm_text.setText(self._confirm_words())
        self.confirm.setVisible(True)
        self.confirm_keep.setFocus()

    def _cancel_delete(self) -> None:
        self._pending_delete = None
        self.confirm.setVisible(False)
        self.table.setFocus()

    def _confirmed_delete(self) -> None:
        session_id = self._pending_delete
        self.confirm.setVisible(False)
        if session_id is None:
            return
        self._pending_delete = None
        try:
            self._busy = True
            removed = self._history.delete(session_id)
        except SessionStillGoing:
            self._say(lambda: self.tr("This session is still going. End it first."))
            return
        finally:
            self._busy = False
        self.reload()
        if removed is None:
            return
        self._deleted = removed
        self._say(lambda: self.tr("The session was deleted."))
        self.undo_button.setVisible(True)
        self.undo_button.setFocus()
        self._undo_timer.start(self.UNDO_MS)
        self.session_deleted.emit(session_id)

    def undo_delete(self) -> None:
        session = self._deleted
        if session is None:
            return
        self._undo_timer.stop()
        self._deleted = None
        self._busy = True
        try:
            self._history.restore(session)
        finally:
            self._busy = False
        self.undo_button.setVisible(False)
        self._say(lambda: self.tr("The session is back."))
        self.reload()
        self.session_restored.emit(session.id)

    def _forget_deleted(self) -> None:
        self._deleted = None
        self.undo_button.setVisible(False)
        self._status_words = None
        self.status.clear()

    # --- export and import --------------------------------------------------------------------

    def _choose_export_file(self, fmt: ExportFormat) -> None:
        dialog = QFileDialog(self, self.tr("Export your sessions"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt.value)
        dialog.selectFile(f"kindling-journal.{fmt.value}")
        dialog.fileSelected.connect(lambda path: self.export_to(path, fmt))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_to(self, path: str, fmt: ExportFormat) -> bool:
        try:
            written = self._history.export_to(path, fmt)
        except OSError as error:
            log.warning("export failed: %s", type(error).__name__)
            self._say(
                lambda: self.tr("The file could not be written there. Please choose another place.")
            )
            return False
        self._say(
            lambda: self.tr(
                "Saved to %1. The file is not encrypted: please keep it somewhere private."
            ).replace("%1", str(written))
        )
        self.exported.emit(str(written))
        return True

    def _choose_import_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Import a Kindling export"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Kindling exports (*.json)"))
        dialog.fileSelected.connect(self.import_from)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def import_from(self, path: str) -> ImportResult | None:
        try:
            self._busy = True
            result = self._history.import_file(path)
        except ImportRefused as error:
            reason = str(error)  # the name `error` is gone once this block ends
            self._say(
                lambda: self.tr("Nothing was imported, and your journal is unchanged. %1").replace(
                    "%1", reason
                )
            )
            return None
        finally:
            self._busy = False
        self._say(lambda: self._import_words(result))
        self.reload()
        self.imported.emit(result)
        return result

    def _import_words(self, result: ImportResult) -> str:
        # English singulars chosen in code so the words read well with no translation loaded;
        # translators still get %n for their own plural forms.
        added, same, different = (
            result.added,
            result.skipped_same,
            len(result.skipped_different),
        )
        if added == 0:
            parts = [self.tr("No new sessions were added.")]
        elif added == 1:
            parts = [self.tr("One session was added.")]
        else:
            parts = [self.tr("%n sessions were added.", "", added)]
        if same == 1:
            parts.append(self.tr("One was already here."))
        elif same:
            parts.append(self.tr("%n were already here.", "", same))
        if different == 1:
            parts.append(self.tr("One differs from yours, so yours was kept as it is."))
        elif different:
            parts.append(
                self.tr("%n differ from yours, so yours were kept as they are.", "", different)
            )
        return " ".join(parts)

    def _detach(self, history: History) -> None:
        with contextlib.suppress(ValueError):
            history.changed.disconnect(self._on_history_changed)
