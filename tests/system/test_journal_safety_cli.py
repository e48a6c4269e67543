"""A journal that vanished, restores that never overwrite, backups restore refuses: the real CLI."""

import json
import re
import sqlite3

import pytest

from kindling.desktop.paths import DataPaths


def _notes(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in db.execute("SELECT note FROM moments ORDER BY at")]
    finally:
        db.close()


def _one_session_with(kindling, note):
    assert kindling("start", "--no-warmup").code == 0
    assert kindling("critic", "--note", note).code == 0
    assert kindling("end").code == 0


@pytest.mark.system
@pytest.mark.parametrize("how", ["deleted", "emptied"])
def test_a_vanished_journal_is_reported_with_restore_offered_never_started_over(kindling, how):
    data = DataPaths(kindling.data_dir)
    _one_session_with(kindling, "old note")
    if how == "deleted":
        data.database.unlink()
    else:
        data.database.write_bytes(b"")
    history = kindling("history")
    assert history.code == 1
    assert "No sessions yet" not in history.out
    assert ("is empty" if how == "emptied" else "is not there any more") in history.err
    (newest,) = re.findall(r"`kindling restore (\S+)`", history.err)
    for command in (("start", "--no-warmup"), ("critic",), ("end",), ("export",)):
        refused = kindling(*command)
        assert refused.code == 1, command
        assert "kindling restore" in refused.err
    assert data.database.exists() == (how == "emptied")
    assert not data.database.exists() or data.database.stat().st_size == 0
    doctor = kindling("doctor")
    assert doctor.code == 1
    assert "kindling restore" in doctor.out

    restored = kindling("restore", newest)
    assert restored.code == 0, restored.err
    assert _notes(data.database) == ["old note"]
    history = json.loads(kindling("history", "--format", "json").out)
    assert [s["moments"] for s in history] == [1]
