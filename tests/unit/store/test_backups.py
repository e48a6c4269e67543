"""The backup shelf: checked copies, retention, a failure that costs nothing, and restore."""

import sqlite3
import stat

import pytest

from kindling.store.backup import BackupFailed, integrity_ok
from kindling.store.backups import BackupShelf
from kindling.store.journal import open_journal


def _sessions(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(db.execute("SELECT id, medium FROM sessions"))
    finally:
        db.close()


@pytest.fixture
def shelf(data_paths, clock):
    return BackupShelf(data_paths.database, data_paths.backups, clock=clock)


def test_a_backup_is_a_checked_private_copy(companion, shelf, data_paths):
    companion.start("ink")
    companion.notice_critic("wobbly lines")
    made = shelf.back_up("manual")
    assert made.path.parent == data_paths.backups
    assert integrity_ok(made.path, quick=False) == (True, "ok")
    assert _sessions(made.path) == _sessions(data_paths.database)
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_paths.backups.stat().st_mode) == 0o700
    assert [b.path for b in shelf.backups()] == [made.path]
    assert not list(data_paths.backups.glob("*.partial"))


def test_old_backups_are_pruned_to_the_last_seven_and_one_per_week(companion, shelf, clock):
    companion.start("ink")
    for _ in range(60):  # two months of one backup a day
        shelf.back_up("session-end")
        clock.advance(days=1)
    kept = shelf.backups()
    assert len(kept) <= 7 + 8
    assert len(kept) >= 7 + 6  # a week or two overlap the newest seven
    assert all(integrity_ok(b.path)[0] for b in kept)


def test_a_failing_backup_leaves_the_good_ones_alone(companion, shelf, data_paths, clock, journal):
    companion.start("ink")
    good = shelf.back_up("manual")
    before = good.path.read_bytes()
    journal.close()
    raw = bytearray(data_paths.database.read_bytes())
    raw[4096 : 4096 + 12] = b"\xff" * 12  # the second page's header
    data_paths.database.write_bytes(bytes(raw))
    clock.advance(days=1)
    with pytest.raises(BackupFailed):
        shelf.back_up("session-end")
    assert [b.path for b in shelf.backups()] == [good.path]
    assert good.path.read_bytes() == before
    assert not list(data_paths.backups.glob("*.partial"))
    assert shelf.newest_good() is not None
    assert shelf.newest_good().path == good.path


def test_restore_sets_the_current_file_aside_and_puts_the_backup_in(
    companion, shelf, data_paths, journal, clock
):
    kept = companion.start("ink")
    companion.end()
    backup = shelf.back_up("manual")
    companion.start("later, not in the backup")
    journal.close()
    current = data_paths.database.read_bytes()
    clock.advance(minutes=1)

    result = shelf.restore(backup.path)

    assert result.set_aside is not None
    assert result.set_aside.read_bytes() == current
    assert [s[0] for s in _sessions(data_paths.database)] == [kept.id]
    reopened = open_journal(data_paths.database, data_paths.backups)
    assert reopened.repository.count_sessions() == 1
    reopened.close()


def test_a_damaged_backup_is_never_put_in(companion, shelf, data_paths, journal, tmp_path):
    companion.start("ink")
    journal.close()
    before = data_paths.database.read_bytes()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(BackupFailed):
        shelf.restore(broken)
    assert data_paths.database.read_bytes() == before
    assert not list(data_paths.root.glob("*.set-aside-*"))
    assert not list(data_paths.root.glob("*.restoring*"))


def test_a_missing_or_empty_journal_beside_backups_is_reported_not_started_over(
    companion, shelf, data_paths, journal
):
    from kindling.store.errors import JournalMissing

    companion.start("ink")
    shelf.back_up("session-end")
    journal.close()
    data_paths.database.unlink()
    with pytest.raises(JournalMissing) as missing:
        open_journal(data_paths.database, data_paths.backups)
    assert not missing.value.empty
    assert not data_paths.database.exists()  # nothing was made in its place
    data_paths.database.write_bytes(b"")
    with pytest.raises(JournalMissing) as emptied:
        open_journal(data_paths.database, data_paths.backups)
    assert emptied.value.empty
    assert data_paths.database.stat().st_size == 0


def test_the_largest_backup_is_never_pruned_for_smaller_newer_ones(
    companion, shelf, clock, data_paths
):
    companion.start("ink")
    for n in range(50):
        companion.notice_critic(f"a long note {n} " * 50)
    largest = shelf.back_up("session-end")
    companion.delete_session(companion.current.id)
    with sqlite3.connect(data_paths.database) as db:
        db.execute("VACUUM")
    db.close()
    for _ in range(20):
        clock.advance(days=30)
        shelf.back_up("session-end")
    assert largest.path.exists()
    assert len(shelf.backups()) <= 7 + 8 + 1


def test_a_set_aside_name_already_taken_is_never_written_over(companion, shelf, data_paths):
    companion.start("ink")
    backup = shelf.back_up("manual")
    now = shelf._clock()
    taken = [
        data_paths.root / f"kindling.sqlite3.set-aside-{now.strftime(form)}"
        for form in ("%Y%m%d-%H%M%S", "%Y%m%d-%H%M%S-%f")
    ]
    for path in taken:
        path.write_bytes(b"someone else's file")
    result = shelf.restore(backup.path)
    assert result.set_aside not in taken
    assert all(path.read_bytes() == b"someone else's file" for path in taken)
    assert integrity_ok(result.set_aside)[0]
