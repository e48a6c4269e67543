"""The command-line commands that work on the journal directly (no app running)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from kindling.cli import safety_commands, wording
from kindling.cli.exitcodes import FAILED, NOTHING_TO_DO, OK
from kindling.cli.messages import store_problem
from kindling.companion.files import HowWritten, Written, write_export
from kindling.desktop.paths import DataPaths

if TYPE_CHECKING:
    from kindling.companion import Companion

Handler = Callable[[DataPaths, argparse.Namespace], int]


def dispatch(command: str, data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.store.errors import StoreError

    handler = _HANDLERS.get(command)
    if handler is None:
        print(f"“{command}” is not something Kindling can do yet.", file=sys.stderr)
        return FAILED
    try:
        return handler(data, args)
    except StoreError as error:
        print(store_problem(error, data.backups), file=sys.stderr)
        return FAILED


def _companion(data: DataPaths):  # type: ignore[no-untyped-def]  # noqa: ANN202
    import os

    from kindling.companion import Companion
    from kindling.core.reframes import ReframeLibrary
    from kindling.core.support import locale_from_environment
    from kindling.resources import resource_path
    from kindling.store.journal import open_journal

    journal = open_journal(data.database, data.backups)
    library = ReframeLibrary.from_file(resource_path("reframes.json"))
    companion = Companion(journal.store, library)
    # The support words and helpline follow the terminal's locale (LC_ALL, LC_MESSAGES, LANG).
    companion.set_support_locale(locale_from_environment(os.environ))
    _back_up_after_each_session(companion, data)
    return companion


def _back_up_after_each_session(companion: Companion, data: DataPaths) -> None:
    from kindling.companion.safekeeping import Safekeeping
    from kindling.store.backups import BackupShelf

    Safekeeping(BackupShelf(data.database, data.backups)).watch(companion.session_ended)


def no_journal_yet(data: DataPaths) -> bool:
    """Nothing has been written yet: commands that only read answer without making a journal.

    A journal that is missing or empty next to backups of one is not "nothing yet": opening it
    then says it vanished (JournalMissing) and offers the newest backup.
    """
    try:
        empty = data.database.stat().st_size == 0
    except FileNotFoundError:
        empty = True
    if not empty:
        return False
    from kindling.store.journal import has_backups

    return not has_backups(data.backups)


def _start(data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.companion import SessionAlreadyInProgress
    from kindling.core.text import TextRefused

    companion = _companion(data)
    if args.studio and companion.current is not None:
        session = companion.mark_studio()  # the session in progress goes on, away from the keys
        print(wording.studio_joined(session.medium))
        print(wording.STUDIO_HEADLESS_HINT)
        return OK
    try:
        companion.start(args.medium, args.intention, studio=args.studio)
    except SessionAlreadyInProgress:
        print(
            "A session is already in progress. Note the critic with `kindling critic`, "
            "or end it with `kindling end` before starting a new one.",
            file=sys.stderr,
        )
        return FAILED
    except TextRefused as error:
        print(str(error), file=sys.stderr)
        return FAILED
    print(wording.session_begun(args.medium))
    if not args.no_warmup:
        print(
            "Before you start: breathe in slowly for five, out slowly for five, a few times, "
            "and bring to mind the kindest, wisest version of you."
        )
    if args.studio:
        print(wording.STUDIO_HEADLESS_HINT)
    else:
        print("When the critic shows up, run `kindling critic`.")
    return OK


def _critic(data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.companion import NoSessionInProgress
    from kindling.core.text import TextRefused

    companion = _companion(data)
    reasons: list[str] = []
    companion.write_failed.connect(reasons.append)
    try:
        noticed = companion.notice_critic(args.note)
    except NoSessionInProgress:
        # Words that suggest danger are answered with care even when no session runs.
        support = companion.support.answer(args.note, companion.support_locale)
        if support is not None:
            print(support.text)
        print("There is no session in progress. Start one with `kindling start`.", file=sys.stderr)
        return NOTHING_TO_DO
    except TextRefused as error:
        print(str(error), file=sys.stderr)
        return FAILED
    if getattr(args, "format", "text") == "json":
        from kindling.cli.wording import critic_json
        from kindling.companion.answer import moment_fields, reframe_fields

        print(critic_json(moment_fields(noticed), reframe_fields(noticed.reframe)))
    else:
        print(noticed.reframe.text)
    if not noticed.saved:
        from kindling.cli.messages import moment_not_saved

        print(moment_not_saved(reasons[-1] if reasons else "io-error"), file=sys.stderr)
        return FAILED
    return OK


def _end(data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.companion import NoSessionInProgress
    from kindling.core.summary import render_text
    from kindling.core.text import TextRefused

    companion = _companion(data)
    try:
        summary = companion.end(args.reflection)
    except NoSessionInProgress:
        print("There is no session in progress to end.", file=sys.stderr)
        return NOTHING_TO_DO
    except TextRefused as error:
        print(str(error), file=sys.stderr)
        return FAILED
    print(render_text(summary), end="")
    return OK


def _summary(data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.core.export_json import session_to_dict
    from kindling.core.summary import render_text

    session_id = None if args.session == "last" else args.session
    summary = None if no_journal_yet(data) else _companion(data).summary(session_id)
    if summary is None:
        what = "no sessions yet" if session_id is None else f"no session with id {session_id}"
        print(f"There are {what}.", file=sys.stderr)
        return NOTHING_TO_DO
    if args.format == "json":
        document = session_to_dict(summary.session)
        document["duration_seconds"] = int(summary.duration.total_seconds())
        document["moment_offsets_seconds"] = [
            int(o.total_seconds()) for o in summary.moment_offsets
        ]
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(render_text(summary), end="")
    return OK


def _history(data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.core.timefmt import describe_duration, to_iso
    from kindling.store.journal import open_journal

    rows = (
        []
        if no_journal_yet(data)
        else open_journal(data.database, data.backups).repository.list_sessions(limit=args.limit)
    )
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "medium": r.medium,
                        "intention": r.intention,
                        "started_at": to_iso(r.started_at),
                        "ended_at": to_iso(r.ended_at) if r.ended_at else None,
                        "moments": r.moment_count,
                        "soothing_before": r.soothing_before,
                        "soothing_after": r.soothing_after,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return OK
    if not rows:
        print("No sessions yet. Whenever you are ready: `kindling start`.")
        return OK
    # No count of critic moments per row: a column of numbers is one the critic can grade.
    # `--format json` keeps them, for whoever wants the numbers.
    for r in rows:
        when = r.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        length = describe_duration(r.ended_at - r.started_at) if r.ended_at else "in progress"
        intention = (r.intention or "").replace("\n", " ")
        print(f"{when}  {r.medium:<12}  {length:<22}  {r.id}  {intention}".rstrip())
    return OK


def _history_service(data: DataPaths):  # type: ignore[no-untyped-def]  # noqa: ANN202
    from kindling.companion.history import History
    from kindling.store.journal import open_journal

    return History(open_journal(data.database, data.backups).repository)


NOT_ENCRYPTED = "not encrypted: please keep it somewhere private."


def _export(data: DataPaths, args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from kindling.companion.history import ExportFormat, render_export

    fmt = ExportFormat(args.format)
    if no_journal_yet(data):
        text = render_export([], fmt, datetime.now(UTC))
    else:
        text = _history_service(data).export_text(fmt)
    if args.output:
        try:
            written = write_export(args.output, text)
        except OSError as error:
            print(
                f"Kindling could not write {args.output} ({error.strerror}). "
                "Nothing else was changed; please choose another place.",
                file=sys.stderr,
            )
            return FAILED
        print(_exported_words(written), file=sys.stderr)
    else:
        sys.stdout.write(text)
        print(f"This export is {NOT_ENCRYPTED}", file=sys.stderr)
    return OK


def _exported_words(written: Written) -> str:
    if written.how is HowWritten.STREAM:
        return f"Exported to {written.path}, written as a stream. It is {NOT_ENCRYPTED}"
    if written.how is HowWritten.REPLACED:
        return (
            f"Exported to {written.path}, replacing the file that was there in one step (it "
            f"stayed whole until the new one was complete). The file is {NOT_ENCRYPTED}"
        )
    return f"Exported to {written.path}. The file is {NOT_ENCRYPTED}"


def _import(data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.cli.writer import claim_writer
    from kindling.companion.history import ImportRefused, describe_import

    # A large import is one long write; while the app holds the writer lock it would make the
    # app's own saves wait, so the import is done from inside the app instead.
    lock = claim_writer(
        data,
        "Kindling is open, so nothing was imported. Please use “Import…” in its History, "
        "or close Kindling and run this again.",
    )
    if lock is None:
        return FAILED
    try:
        with lock:
            result = _history_service(data).import_file(args.file)
    except ImportRefused as error:
        print(
            f"Nothing was imported, and your journal is unchanged.\n{error}",
            file=sys.stderr,
        )
        return FAILED
    print(describe_import(result))
    return OK


def _doctor(data: DataPaths, args: argparse.Namespace) -> int:
    from kindling.cli.doctor import doctor

    return doctor(data, args)


_HANDLERS: dict[str, Handler] = {
    "doctor": _doctor,
    "start": _start,
    "critic": _critic,
    "end": _end,
    "summary": _summary,
    "history": _history,
    "export": _export,
    "backup": safety_commands.backup,
    "restore": safety_commands.restore,
    "import": _import,
}
