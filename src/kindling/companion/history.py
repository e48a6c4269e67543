"""The history service the views and the command line call: browse, look back, export, import.

No Qt: the history view calls this, never the store.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from datetime import datetime, tzinfo
from enum import StrEnum
from pathlib import Path

from kindling.companion.files import write_private
from kindling.companion.session import Companion
from kindling.core import export_csv, export_json, export_md, insights
from kindling.core.clock import Clock, system_clock
from kindling.core.events import Event
from kindling.core.export_json import ExportFormatError
from kindling.core.model import HistoryFilter, ImportResult, Session, SessionRow
from kindling.core.plural import plural
from kindling.core.summary import Summary, summarise
from kindling.store.repository import Repository

log = logging.getLogger(__name__)


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "md"


class ImportRefused(Exception):
    """An import that changed nothing; the message says why in a sentence or two."""


class SessionStillGoing(Exception):
    """A session in progress cannot be deleted from the history; end it first."""


class History:
    """Reads pages of sessions, summaries and insights; deletes with undo; exports; imports."""

    def __init__(
        self,
        repository: Repository,
        companion: Companion | None = None,
        clock: Clock = system_clock,
        tz: tzinfo | None = None,
    ) -> None:
        self._repository = repository
        self._companion = companion
        self._clock = clock
        self._tz = tz
        self.changed: Event[None] = Event("history_changed")
        """Sessions were added, removed or put back: lists and insights should reload."""
        if companion is not None:
            for event in (companion.session_started, companion.session_ended):
                event.connect(lambda _value: self.changed.emit(None))
            companion.session_deleted.connect(lambda _value: self.changed.emit(None))

    def now(self) -> datetime:
        return self._clock()

    # --- browsing -----------------------------------------------------------------------------

    def count(self, where: HistoryFilter | None = None) -> int:
        return self._repository.count_sessions(where)

    def page(self, offset: int, limit: int, where: HistoryFilter | None = None) -> list[SessionRow]:
        """A page of the history, newest first."""
        return self._repository.list_sessions(limit=limit, offset=offset, where=where)

    def mediums(self) -> list[str]:
        return self._repository.mediums()

    def summary(self, session_id: str) -> Summary | None:
        session = self._repository.get_session(session_id)
        if session is None:
            return None
        return summarise(session, now=self._clock() if session.in_progress else None)

    def insights(self) -> insights.Insights:
        return insights.compute(self._repository.insight_data(), self._clock(), self._tz)

    # --- deleting, with undo ------------------------------------------------------------------

    def delete(self, session_id: str) -> Session | None:
        """Removes a finished session and hands it back, so it can be put back with restore."""
        current = self._companion.current if self._companion is not None else None
        if current is not None and current.id == session_id:
            raise SessionStillGoing(session_id)
        removed = self._repository.delete_session(session_id)
        if removed is not None:
            log.info("session deleted from the history")
            self.changed.emit(None)
        return removed

    def restore(self, session: Session) -> None:
        self._repository.restore_session(session)
        log.info("deleted session put back")
        self.changed.emit(None)

    # --- export -------------------------------------------------------------------------------

    def export_text(self, fmt: ExportFormat) -> str:
        return render_export(self._repository.all_sessions(), fmt, self._clock(), self._tz)

    def export_to(self, path: str | os.PathLike[str], fmt: ExportFormat) -> Path:
        """Writes the export whole (or not at all), readable by its owner only."""
        return write_private(path, self.export_text(fmt))

    # --- import -------------------------------------------------------------------------------

    def read_import(self, path: str | os.PathLike[str]) -> list[Session]:
        """Reads and checks an export completely; raises ImportRefused naming the first problem."""
        source = Path(path).expanduser()
        try:
            info = source.stat()
            size = info.st_size
            if not stat.S_ISREG(info.st_mode):
                raise ImportRefused(not_a_file(source, info.st_mode))
            if size > export_json.MAX_FILE_BYTES:
                raise ImportRefused(export_json.too_large_message(size))
            raw = source.read_bytes()
        except FileNotFoundError as error:
            raise ImportRefused(f"There is no file at {source}.") from error
        except PermissionError as error:
            raise ImportRefused(f"Kindling is not allowed to read {source}.") from error
        except OSError as error:
            raise ImportRefused(f"{source} could not be read ({error.strerror}).") from error
        try:
            return export_json.load_bytes(raw)
        except ExportFormatError as error:
            raise ImportRefused(str(error)) from error

    def import_file(self, path: str | os.PathLike[str]) -> ImportResult:
        """Checks the whole file first, then adds its new sessions in one transaction."""
        sessions = self.read_import(path)
        result = self._repository.import_sessions(sessions)
        log.info(
            "import: %d added, %d already present, %d differing left as they were",
            result.added,
            result.skipped_same,
            len(result.skipped_different),
        )
        if result.added:
            self.changed.emit(None)
        return result


def not_a_file(source: Path, mode: int) -> str:
    """Why ``source`` is not something to import, naming what it is instead."""
    if stat.S_ISDIR(mode):
        return f"{source} is a folder, not an export file."
    what = (
        "a pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not a regular file"
    )
    real = os.path.realpath(source)
    # /dev/stdin and friends lead to /proc/<pid>/fd/pipe:[…], which says nothing to a person.
    behind = f" ({real})" if source.is_symlink() and not real.startswith("/proc/") else ""
    return (
        f"{source}{behind} is {what}, not an export file. Please save the export as a file "
        "first (`kindling export -o FILE` makes one), then import that file."
    )


def render_export(
    sessions: Iterable[Session], fmt: ExportFormat, now: datetime, tz: tzinfo | None = None
) -> str:
    """The export of ``sessions`` as text (also the empty export when there is no journal)."""
    if fmt is ExportFormat.CSV:
        return export_csv.dumps(sessions)
    local_now = now.astimezone(tz)
    if fmt is ExportFormat.MARKDOWN:
        return export_md.dumps(sessions, local_now, tz)
    return export_json.dumps(sessions, local_now)


def describe_import(result: ImportResult) -> str:
    """What an import did, in plain words (for the command line; the view words its own)."""
    parts = [
        plural(
            result.added,
            "1 session was added.",
            "%n sessions were added.",
            zero="No new sessions were added.",
        )
    ]
    same = result.skipped_same
    if same:
        parts.append(
            plural(
                same,
                "1 session was already here and left as it was.",
                "%n sessions were already here and left as they were.",
            )
        )
    different = result.skipped_different
    if different:
        count = len(different)
        parts.append(
            plural(
                count,
                "1 session in the file differs from the one already in your journal; yours was "
                "kept unchanged: ",
                "%n sessions in the file differ from the ones already in your journal; yours "
                "were kept unchanged: ",
            )
            + ", ".join(different[:10])
            + (" …" if count > 10 else "")
        )
    return " ".join(parts)
