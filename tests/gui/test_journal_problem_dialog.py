"""The journal problem dialog: plain words, the newest good backup, and a restore that works."""

import random
import sqlite3

from PySide6.QtCore import Qt

from kindling.app import _describe_journal_problem, _keep_journal_safe, _rescue_dialog, build
from kindling.store.backups import BackupShelf
from kindling.store.errors import DatabaseDamaged, DatabaseTooNew, JournalNotWritable
from kindling.store.journal import open_journal
from kindling.ui.journal_problem_dialog import JournalProblem, JournalProblemDialog, ProblemKind


def _damage(path):
    raw = bytearray(path.read_bytes())
    raw[:16] = bytes(16)
    path.write_bytes(bytes(raw))
    return bytes(raw)


def test_a_damaged_journal_is_explained_and_the_newest_backup_put_back(
    qtbot, data_paths, companion, journal
):
    kept = companion.start("ink")
    backup = BackupShelf(data_paths.database, data_paths.backups).back_up("session-end")
    journal.close()
    damaged = _damage(data_paths.database)

    dialog, restored = _rescue_dialog(data_paths, DatabaseDamaged(data_paths.database, "x"))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    text = dialog.message.text()
    assert "damaged" in text
    assert str(backup.path) in text
    assert dialog.restore_button.isVisible()
    assert dialog.restore_button.accessibleName()

    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert restored == [backup.path]
    (aside,) = data_paths.root.glob("kindling.sqlite3.set-aside-*")
    assert aside.read_bytes() == damaged  # kept, never deleted
    reopened = open_journal(data_paths.database, data_paths.backups)
    assert reopened.repository.get_session(kept.id) is not None
    reopened.close()


def test_a_damaged_journal_without_backups_offers_no_restore(qtbot, data_paths, journal):
    journal.close()
    problem = _describe_journal_problem(data_paths, DatabaseDamaged(data_paths.database, "x"))
    assert problem.newest_backup is None
    dialog = JournalProblemDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.restore_button.isVisible()
    assert "keep the file" in dialog.message.text()


def test_a_journal_from_a_newer_kindling_is_left_alone(qtbot, data_paths, journal):
    journal.close()
    with sqlite3.connect(data_paths.database) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    problem = _describe_journal_problem(data_paths, DatabaseTooNew(data_paths.database, "9999"))
    assert problem == JournalProblem(ProblemKind.TOO_NEW, data_paths.database)
    dialog = JournalProblemDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "newer version" in dialog.message.text()
    assert not dialog.restore_button.isVisible()


def test_the_app_backs_up_after_each_session_and_retries_refused_writes(
    qtbot, qapp, data_paths, clock
):
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(3), minute_ms=1)
    try:
        retry = _keep_journal_safe(parts, data_paths)
        companion = parts.companion
        companion.start("ink")
        with parts.journal.engine.connect() as connection:  # the journal can grow no more
            pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
            connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")
        waiting = companion.notice_critic("x" * 20_000)
        assert not waiting.saved
        assert retry.isActive()
        with parts.journal.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA max_page_count=1073741823")
        retry.setInterval(0)
        qtbot.waitUntil(lambda: not retry.isActive(), timeout=5000)
        assert companion.pending_count == 0
        companion.end()
        backups = list(data_paths.backups.glob("kindling-*-session-end.sqlite3"))
        assert len(backups) == 1
    finally:
        parts.close()


def test_a_journal_gone_next_to_its_backups_is_said_and_the_newest_backup_put_back(
    qtbot, qapp, data_paths, companion, journal
):
    kept = companion.start("ink")
    companion.notice_critic("old note")
    companion.end()
    backup = BackupShelf(data_paths.database, data_paths.backups).back_up("session-end")
    journal.close()
    data_paths.database.unlink()

    from kindling.app import StartupProblem, fill_window, finish, show_window

    first = fill_window(qapp, show_window(qapp, data_paths))
    try:
        finish(qapp, data_paths, first)
        raise AssertionError("a vanished journal was started over")
    except StartupProblem as problem:
        error = problem.__cause__
    finally:
        first.window.close()
    assert not data_paths.database.exists()  # nothing new was made in its place
    dialog, restored = _rescue_dialog(data_paths, error)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.problem.kind is ProblemKind.MISSING
    assert str(backup.path) in dialog.message.text()
    assert "nothing is lost" in dialog.message.text()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert restored == [backup.path]
    reopened = open_journal(data_paths.database, data_paths.backups)
    notes = [m.note for m in reopened.store.get_session(kept.id).moments]
    reopened.close()
    assert notes == ["old note"]


def test_a_journal_that_cannot_be_written_is_not_called_damaged_and_no_backup_is_offered(
    qtbot, data_paths, companion, journal
):
    BackupShelf(data_paths.database, data_paths.backups).back_up("session-end")
    journal.close()
    shm = data_paths.database.with_name(data_paths.database.name + "-shm")
    error = JournalNotWritable(data_paths.database, shm, "permission denied")

    dialog, _restored = _rescue_dialog(data_paths, error)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    text = dialog.message.text()
    assert "cannot write to your journal" in text
    assert "permission denied" in text
    assert str(shm) in text
    assert "not damaged" in text
    assert not dialog.restore_button.isVisible()
    assert dialog.close_button.isDefault()
