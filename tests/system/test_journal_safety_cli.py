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


@pytest.mark.system
def test_two_restores_in_a_row_keep_every_replaced_file_under_its_own_name(kindling):
    data = DataPaths(kindling.data_dir)
    _one_session_with(kindling, "first")
    (first,) = data.backups.glob("kindling-*-session-end.sqlite3")
    _one_session_with(kindling, "second")
    original = _notes(data.database)
    asides = []
    for _ in range(2):  # within the same second
        restored = kindling("restore", str(first))
        assert restored.code == 0, restored.err
        (aside,) = re.findall(r"kept, untouched, at (\S+)\.$", restored.out.strip())
        asides.append(aside)
    assert asides[0] != asides[1]
    assert _notes(asides[0]) == original == ["first", "second"]
    assert _notes(asides[1]) == ["first"]


def _sqlite_file(path, *statements):
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
    return path


@pytest.mark.system
def test_restore_refuses_what_it_could_not_open_before_anything_is_swapped(kindling, tmp_path):
    data = DataPaths(kindling.data_dir)
    _one_session_with(kindling, "mine")
    (good,) = data.backups.glob("kindling-*-session-end.sqlite3")
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.read_bytes())
    _sqlite_file(newer, "UPDATE alembic_version SET version_num = '9999'")
    unversioned = tmp_path / "unversioned.sqlite3"
    unversioned.write_bytes(good.read_bytes())
    _sqlite_file(unversioned, "DROP TABLE alembic_version")
    cases = {
        "newer Kindling (schema 9999)": newer,
        "not a Kindling journal": _sqlite_file(
            tmp_path / "other.sqlite3", "CREATE TABLE recipes (name TEXT)"
        ),
        "empty database": _sqlite_file(tmp_path / "empty.sqlite3", "VACUUM"),
        "no schema version": unversioned,
    }
    before = data.database.read_bytes()
    for why, backup in cases.items():
        refused = kindling("restore", str(backup))
        assert refused.code == 1, why
        assert why in refused.err
        assert "Nothing was changed" in refused.err
        assert data.database.read_bytes() == before
        assert not list(data.root.glob("kindling.sqlite3.set-aside-*"))
        assert not list(data.root.glob("*.restoring"))
    assert _notes(data.database) == ["mine"]


@pytest.mark.system
def test_parallel_starts_leave_one_session_and_critic_racing_end_stays_inside_it(kindling):
    import concurrent.futures

    data = DataPaths(kindling.data_dir)
    # A brand-new data folder: the journal is made by whichever start comes first.
    with concurrent.futures.ThreadPoolExecutor(10) as pool:
        starts = list(pool.map(lambda _: kindling("start", "--no-warmup"), range(10)))
    assert sum(s.code == 0 for s in starts) == 1
    assert all("already in progress" in s.err for s in starts if s.code != 0)
    with concurrent.futures.ThreadPoolExecutor(12) as pool:
        critics = [pool.submit(kindling, "critic", "--note", f"race {n}") for n in range(11)]
        ended = pool.submit(kindling, "end")
        acknowledged = {f"race {n}" for n, c in enumerate(critics) if c.result().code == 0}
        assert ended.result().code == 0
    db = sqlite3.connect(f"file:{data.database}?mode=ro", uri=True)
    try:
        in_progress = db.execute("SELECT count(*) FROM sessions WHERE ended_at IS NULL").fetchone()
        late = db.execute(
            "SELECT count(*) FROM moments JOIN sessions ON sessions.id = moments.session_id"
            " WHERE moments.at > sessions.ended_at"
        ).fetchone()
        stored = {row[0] for row in db.execute("SELECT note FROM moments")}
    finally:
        db.close()
    assert in_progress == (0,)
    assert late == (0,)
    assert acknowledged <= stored
