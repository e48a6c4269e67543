"""The journal moved or deleted while the app runs: nothing is acknowledged that is not in it."""

import sqlite3

import pytest

from tests.system.running_app import RunningApp


def _notes(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in db.execute("SELECT note FROM moments ORDER BY at")]
    finally:
        db.close()


@pytest.mark.system
def test_a_journal_moved_away_is_noticed_and_nothing_is_acknowledged_into_it(kindling, tmp_path):
    journal = kindling.data_dir / "kindling.sqlite3"
    app = RunningApp(kindling).start()
    try:
        assert kindling("start", "--no-warmup").code == 0
        assert kindling("critic", "--note", "before the move").code == 0
        moved = tmp_path / "moved.sqlite3"
        journal.rename(moved)

        while_gone = kindling("critic", "--note", "while it was gone")
        assert while_gone.code == 1
        assert "holding on to it" in while_gone.err
        assert app.status()["journal_in_place"] is False
        doctor = kindling("doctor")
        assert doctor.code == 1
        assert "no longer at" in doctor.out
        assert "No journal yet" not in doctor.out

        moved.rename(journal)  # put back: the moment kept in memory is saved with the next
        assert kindling("critic", "--note", "after it came back").code == 0
        assert app.status()["journal_in_place"] is True
    finally:
        app.stop()
    assert _notes(journal) == ["before the move", "while it was gone", "after it came back"]


@pytest.mark.system
def test_a_deleted_journal_gets_no_acknowledged_moment(kindling):
    journal = kindling.data_dir / "kindling.sqlite3"
    app = RunningApp(kindling).start()
    try:
        assert kindling("start", "--no-warmup").code == 0
        journal.unlink()
        assert kindling("critic", "--note", "into the void?").code == 1
        assert app.status()["journal_in_place"] is False
    finally:
        app.stop()
