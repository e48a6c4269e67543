"""The history service: pages, delete with undo, exports and a careful import."""

import json
from dataclasses import replace

import pytest

from kindling.companion.history import (
    ExportFormat,
    History,
    ImportRefused,
    SessionStillGoing,
    describe_import,
)
from kindling.core import export_json


@pytest.fixture
def history(journal, companion, clock):
    return History(journal.repository, companion, clock=clock)


def finished_session(companion, clock, note="too slow"):
    companion.start("ink", "wash")
    clock.advance(minutes=3)
    companion.notice_critic(note)
    clock.advance(minutes=30)
    return companion.end("ok").session


def test_delete_announces_and_undo_puts_the_session_back(history, companion, clock):
    session = finished_session(companion, clock)
    changes = []
    history.changed.connect(changes.append)
    removed = history.delete(session.id)
    assert history.count() == 0
    history.restore(removed)
    assert history.count() == 1
    assert history.summary(session.id).moments[0].note == "too slow"
    assert len(changes) == 2


def test_the_session_in_progress_cannot_be_deleted_from_the_history(history, companion):
    session = companion.start("ink")
    with pytest.raises(SessionStillGoing):
        history.delete(session.id)
    assert history.count() == 1


def test_export_then_import_elsewhere_gives_the_same_sessions(history, companion, clock, tmp_path):
    from kindling.store.journal import open_journal

    finished_session(companion, clock)
    finished_session(companion, clock, note="🎨 again")
    target = history.export_to(tmp_path / "out.json", ExportFormat.JSON)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    other = open_journal(tmp_path / "other.sqlite3")
    try:
        elsewhere = History(other.repository, clock=clock)
        result = elsewhere.import_file(target)
        assert (result.added, result.skipped_same) == (2, 0)
        again = elsewhere.import_file(target)
        assert (again.added, again.skipped_same) == (0, 2)
        assert "already here" in describe_import(again)
        assert export_json.loads(elsewhere.export_text(ExportFormat.JSON)) == export_json.loads(
            target.read_text()
        )
    finally:
        other.close()


def test_an_edited_export_is_reported_not_applied(history, companion, clock, tmp_path):
    session = finished_session(companion, clock)
    document = json.loads(history.export_text(ExportFormat.JSON))
    document["sessions"][0]["reflection"] = "changed on another computer"
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document))
    result = history.import_file(path)
    assert result.skipped_different == (session.id,)
    assert session.id in describe_import(result)
    assert history.summary(session.id).session.reflection == "ok"


def test_a_file_too_large_is_refused_before_it_is_read(history, tmp_path, monkeypatch):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: costs no disk space
        handle.truncate(export_json.MAX_FILE_BYTES + 1)

    def never_read(*_args):
        raise AssertionError("the file was read")

    monkeypatch.setattr(type(path), "read_bytes", never_read)
    with pytest.raises(ImportRefused, match="MB"):
        history.read_import(path)


def test_a_missing_file_or_a_folder_gets_a_plain_message(history, tmp_path):
    with pytest.raises(ImportRefused, match="There is no file"):
        history.import_file(tmp_path / "nope.json")
    with pytest.raises(ImportRefused, match="folder"):
        history.import_file(tmp_path)


def test_insights_come_from_the_journal(history, companion, clock):
    for _ in range(2):
        finished_session(companion, clock)
    result = history.insights()
    assert result.session_count == 2
    assert result.arrival_total == 2
    assert not result.enough
    assert replace(result, session_count=5).enough
