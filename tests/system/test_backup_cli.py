"""`kindling backup`, `kindling restore`, a backup after every session, and a damaged journal."""

import sqlite3

import pytest

from kindling.desktop.instance_lock import InstanceLock
from kindling.desktop.paths import DataPaths


def _medium_of_sessions(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in db.execute("SELECT medium FROM sessions ORDER BY started_at")]
    finally:
        db.close()


@pytest.mark.system
def test_each_ended_session_is_backed_up_and_can_be_restored(kindling):
    data = DataPaths(kindling.data_dir)
    assert kindling("start", "--no-warmup", "--medium", "ink").code == 0
    assert kindling("critic", "--note", "smudged").code == 0
    assert kindling("end").code == 0
    (after_ink,) = data.backups.glob("kindling-*-session-end.sqlite3")
    assert _medium_of_sessions(after_ink) == ["ink"]

    kindling("start", "--no-warmup", "--medium", "clay")
    kindling("end")
    assert _medium_of_sessions(data.database) == ["ink", "clay"]

    restored = kindling("restore", str(after_ink))
    assert restored.code == 0, restored.err
    assert "kept, untouched" in restored.out
    assert _medium_of_sessions(data.database) == ["ink"]
    (aside,) = data.root.glob("kindling.sqlite3.set-aside-*[0-9]")
    assert _medium_of_sessions(aside) == ["ink", "clay"]  # with its side files, intact
    history = kindling("history")
    assert history.code == 0
    assert "ink" in history.out


@pytest.mark.system
def test_backup_now_and_a_damaged_journal_points_to_it(kindling):
    data = DataPaths(kindling.data_dir)
    kindling("start", "--no-warmup")
    made = kindling("backup")
    assert made.code == 0, made.err
    (backup,) = data.backups.glob("kindling-*-manual.sqlite3")
    assert str(backup) in made.out

    raw = bytearray(data.database.read_bytes())
    raw[:16] = bytes(16)  # a zeroed header
    data.database.write_bytes(bytes(raw))
    for command in (["critic"], ["history"], ["backup"]):
        result = kindling(*command)
        assert result.code == 1
        assert "damaged" in result.err
        assert str(backup) in result.err
        assert "Traceback" not in result.err
    assert data.database.read_bytes() == bytes(raw)
    assert list(data.backups.glob("kindling-*.sqlite3")) == [backup]

    assert kindling("restore", str(backup)).code == 0
    assert kindling("critic").code == 0  # the session from the backup goes on


@pytest.mark.system
def test_restore_waits_until_the_app_is_closed(kindling):
    data = DataPaths(kindling.data_dir)
    kindling("start", "--no-warmup")
    kindling("backup")
    (backup,) = data.backups.glob("kindling-*.sqlite3")
    before = data.database.read_bytes()
    with InstanceLock(data.lock_file) as app_lock:
        assert app_lock.acquire()
        refused = kindling("restore", str(backup))
    assert refused.code == 1
    assert "close" in refused.err
    assert data.database.read_bytes() == before
