"""Damaged and too-new journals: found at open, never touched, and a backup puts things right."""

import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from kindling.store.backups import BackupShelf
from kindling.store.errors import DatabaseDamaged, DatabaseTooNew
from kindling.store.journal import open_journal

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.sqlite3"
PAGE = 4096
TRIALS = 40


@pytest.fixture
def lived_in(tmp_path):
    """A journal with forty sessions at the newest schema, closed cleanly, and its backup."""
    path = tmp_path / "kindling.sqlite3"
    shutil.copyfile(FIXTURE, path)
    open_journal(path, tmp_path / "backups").close()
    shelf = BackupShelf(path, tmp_path / "backups")
    shelf.back_up("manual")
    return path, shelf


def _session_count(path):
    journal = open_journal(path)
    try:
        return journal.repository.count_sessions()
    finally:
        journal.close()


@pytest.mark.system
def test_damage_is_found_at_open_and_the_file_is_left_as_it_is(lived_in):
    path, shelf = lived_in
    good = path.read_bytes()
    sessions = _session_count(path)
    rng = random.Random(2026)
    damages = [("zeroed header", lambda raw: raw.__setitem__(slice(0, 100), bytes(100)))]
    for _ in range(TRIALS):
        page = rng.randrange(len(good) // PAGE)
        noise = rng.randbytes(PAGE)
        damages.append(
            (
                f"page {page + 1} overwritten",
                lambda raw, p=page, n=noise: raw.__setitem__(slice(p * PAGE, (p + 1) * PAGE), n),
            )
        )

    detected = 0
    for what, damage in damages:
        raw = bytearray(good)
        damage(raw)
        path.write_bytes(bytes(raw))
        with pytest.raises(DatabaseDamaged):
            open_journal(path)
        assert path.read_bytes() == bytes(raw), f"{what}: the damaged file was modified"
        detected += 1
    print(
        f"\ndamage found at open: {detected}/{len(damages)}, damaged file unchanged in every case"
    )

    newest = shelf.newest_good()
    assert newest is not None
    result = shelf.restore(newest.path)
    assert result.set_aside is not None
    assert result.set_aside.read_bytes() == bytes(raw)
    assert _session_count(path) == sessions


@pytest.mark.system
def test_a_flipped_byte_anywhere_is_found_by_the_seal(lived_in):
    """Media damage: bytes change on the disk with no program writing, so the times stay."""
    path, _ = lived_in
    good = path.read_bytes()
    sealed = path.stat()
    rng = random.Random(7)
    found = 0
    for _ in range(TRIALS):
        raw = bytearray(good)
        where = rng.randrange(len(raw))
        raw[where] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(raw))
        os.utime(path, ns=(sealed.st_atime_ns, sealed.st_mtime_ns))
        with pytest.raises(DatabaseDamaged):
            open_journal(path)
        assert path.read_bytes() == bytes(raw)
        found += 1
    print(f"\nsingle flipped bits at random places, found at open: {found}/{TRIALS}")

    path.write_bytes(good)
    os.utime(path, ns=(sealed.st_atime_ns, sealed.st_mtime_ns))
    for _ in range(3):  # the healthy file opens, and each clean close seals it again
        assert _session_count(path) == 40


@pytest.mark.system
def test_a_journal_changed_by_another_program_is_left_to_sqlites_checks(lived_in):
    path, _ = lived_in
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sessions SET medium = 'edited by hand'")
    db.close()
    assert _session_count(path) == 40


@pytest.mark.system
def test_a_journal_from_a_newer_kindling_is_refused_and_unchanged(lived_in, kindling):
    path, _ = lived_in
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9001'")
    db.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew):
        open_journal(path)
    kindling.data_dir = path.parent
    for command in (["history"], ["critic"]):
        result = kindling(*command)
        assert result.code == 1
        assert "newer version of Kindling" in result.err
    assert path.read_bytes() == before
    print(
        "\njournal from a newer Kindling: refused by open and by the command line, bytes unchanged"
    )
