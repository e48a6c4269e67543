"""“Delete all my data”: every trace of the person's journal goes; a fresh start works."""

import logging

import pytest

from kindling.desktop import logsetup
from kindling.desktop.erase import erase_all, what_would_be_erased
from kindling.store.backups import BackupShelf
from kindling.store.journal import open_journal


@pytest.fixture
def kindling_logging():
    """Logs into the data folder as the app does, and puts logging back as it was after."""
    root = logging.getLogger("kindling")
    saved = (list(root.handlers), root.propagate, root.level, logging.raiseExceptions)
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    handlers, root.propagate, level, logging.raiseExceptions = saved
    root.setLevel(level)
    for handler in handlers:
        root.addHandler(handler)


def test_erasing_removes_journal_side_files_backups_logs_and_settings(
    data_paths, companion, journal, kindling_logging
):
    logsetup.configure(data_paths.log_file)
    logging.getLogger("kindling.test").info("something happened")
    companion.start("ink", "a private intention")
    companion.notice_critic("a private note")
    shelf = BackupShelf(data_paths.database, data_paths.backups)
    made = shelf.back_up("manual")
    data_paths.settings.write_text("{}")
    journal.close()
    shelf.restore(made.path)  # leaves a set-aside copy beside the journal
    assert list(data_paths.root.glob("kindling.sqlite3.set-aside-*"))

    listed = what_would_be_erased(data_paths)
    assert len(listed) >= 5
    erase_all(data_paths)

    left = sorted(p.name for p in data_paths.root.rglob("*"))
    assert left == []
    assert data_paths.root.is_dir()
    fresh = open_journal(data_paths.database, data_paths.backups)
    assert fresh.repository.count_sessions() == 0
    fresh.close()


def test_erasing_an_empty_folder_is_fine(data_paths):
    assert what_would_be_erased(data_paths) == []
    erase_all(data_paths)
    assert data_paths.root.is_dir()
