"""A nearly full disk: a clear message, nothing lost, saved once there is room, no bad backup.

Runs on a real, tiny tmpfs when the tests may mount one (as root, as in CI's container);
otherwise SQLite's own ``max_page_count`` makes the journal "full" in the same way.
"""

import contextlib
import os
import random
import sqlite3
import subprocess
from pathlib import Path

import pytest

from kindling.cli.messages import store_problem
from kindling.companion import Companion
from kindling.desktop.paths import DataPaths
from kindling.store.backup import BackupFailed, integrity_ok
from kindling.store.backups import BackupShelf
from kindling.store.errors import WriteFailed
from kindling.store.journal import open_journal

NOTE = "a long worry, written out in full " * 600  # ~20 kB: every moment needs new pages


class SmallDisk:
    """A 1 MiB filesystem that can be filled to the last byte and emptied again."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.real = False
        self.filler = root / "filler.bin"

    def mount(self) -> None:
        self.root.mkdir()
        if os.geteuid() == 0:
            done = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(self.root)],
                capture_output=True,
                check=False,
            )
            self.real = done.returncode == 0

    def fill(self, journal) -> None:
        if not self.real:
            with journal.engine.connect() as connection:
                pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
                connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")
            return
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * 4096)
        finally:
            os.close(fd)

    def free(self, journal) -> None:
        if not self.real:
            with journal.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA max_page_count=1073741823")
            return
        self.filler.unlink()

    def unmount(self) -> None:
        if self.real:
            subprocess.run(["umount", "-l", str(self.root)], check=False)


@pytest.fixture
def small_disk(tmp_path):
    disk = SmallDisk(tmp_path / "disk")
    disk.mount()
    yield disk
    disk.unmount()


def _saved_notes(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute("SELECT count(*) FROM moments").fetchone()[0]
    finally:
        db.close()


@pytest.mark.system
def test_a_full_disk_loses_nothing_and_recovers(small_disk, library, clock, kindling):
    data = DataPaths(small_disk.root / "data").ensure()
    journal = open_journal(data.database, data.backups)
    companion = Companion(journal.store, library, clock=clock, rng=random.Random(3))
    shelf = BackupShelf(data.database, data.backups, clock=clock)
    reasons = []
    companion.write_failed.connect(reasons.append)
    companion.start("painting")
    for _ in range(3):
        clock.advance(seconds=10)
        companion.notice_critic("before the disk filled")
    good_backup = shelf.back_up("manual")

    small_disk.fill(journal)
    taps = []
    while not taps or taps[-1].saved:  # the WAL may still have room for a tap or two
        assert len(taps) < 50, "the disk never filled"
        clock.advance(seconds=10)
        taps.append(companion.notice_critic(NOTE))
    waiting = [t for t in taps if not t.saved]
    saved_while_filling = len(taps) - len(waiting)
    message = store_problem(WriteFailed(reasons[-1]), data.backups)
    assert "the disk is full" in message
    assert "Everything saved before is safe" in message

    clock.advance(days=1)
    if small_disk.real:  # max_page_count limits the journal only, not a copy of it
        with pytest.raises(BackupFailed):
            shelf.back_up("session-end")
        assert [b.path for b in shelf.backups()] == [good_backup.path]
    assert not list(data.backups.glob("*.partial"))
    assert integrity_ok(good_backup.path, quick=False) == (True, "ok")

    cli_message = ""
    if small_disk.real:  # the real command line, on the full disk
        kindling.data_dir = data.root
        result = kindling("critic", "--note", "from the terminal")
        assert result.code == 1
        assert "the disk is full" in result.err
        assert "Traceback" not in result.err
        cli_message = " and the command line says so (exit 1)"
    assert _saved_notes(data.database) == 3 + saved_while_filling
    assert integrity_ok(data.database, quick=False) == (True, "ok")

    small_disk.free(journal)
    assert companion.retry_pending() == 0
    assert _saved_notes(data.database) == 3 + len(taps)
    summary = companion.end()
    assert len(summary.session.moments) == 3 + len(taps)
    assert shelf.back_up("session-end").path.exists()
    journal.close()
    assert integrity_ok(data.database, quick=False) == (True, "ok")
    print(
        f"\nfull disk ({'real 1 MiB tmpfs' if small_disk.real else 'max_page_count'}): "
        f"{len(waiting)} moment(s) kept in memory with a clear message{cli_message}, "
        f"0 lost, all saved once there was room"
        + ("; the failed backup left nothing behind" if small_disk.real else "")
    )
