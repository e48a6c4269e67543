"""Durable writes: a critic moment is on disk when notice_critic returns; deleted words are gone."""

import sqlite3


def _moment_ids_seen_by_another_reader(path):
    """A separate connection sees only what was committed, never an open transaction."""
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in reader.execute("SELECT id FROM moments")}
    finally:
        reader.close()


def test_each_moment_is_committed_before_notice_critic_returns(companion, journal):
    companion.start("painting")
    for n in range(3):
        noticed = companion.notice_critic(f"note {n}")
        assert noticed.moment.id in _moment_ids_seen_by_another_reader(journal.path)


def test_the_moment_is_committed_before_the_view_hears_of_it(companion, journal):
    companion.start("painting")
    seen = []
    companion.moment_logged.connect(
        lambda noticed: seen.append(
            noticed.moment.id in _moment_ids_seen_by_another_reader(journal.path)
        )
    )
    companion.notice_critic()
    assert seen == [True]


def test_deleted_words_do_not_linger_in_any_file(companion, journal, data_paths):
    marker = "zebra-quokka-marmalade"
    session = companion.start("writing", intention=f"{marker} intention")
    companion.notice_critic(f"{marker} note")
    companion.end(f"{marker} reflection")
    companion.delete_session(session.id)
    journal.close()  # the last connection closing checkpoints the WAL into the file
    leftovers = {
        path.name: path.read_bytes().count(marker.encode())
        for path in data_paths.root.rglob("*")
        if path.is_file()
    }
    assert leftovers
    assert not any(leftovers.values()), leftovers


def test_deleted_words_are_gone_while_the_journal_is_still_open(companion, journal):
    """secure_delete overwrites freed space in the file itself; the WAL keeps no old copy."""
    marker = "pelican-umbrella-sorbet"
    session = companion.start("writing")
    companion.notice_critic(f"{marker} note")
    companion.delete_session(session.id)
    other = sqlite3.connect(journal.path)
    try:
        assert other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    finally:
        other.close()
    side_files = [journal.path, journal.path.with_name(journal.path.name + "-wal")]
    assert all(marker.encode() not in p.read_bytes() for p in side_files if p.exists())
