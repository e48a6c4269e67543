"""When the journal cannot be written: the moment waits in memory and is saved later."""

import sqlite3

import pytest

from kindling.store.errors import WriteFailed


def _fill_the_journal(journal):
    """The journal may grow no further: a real SQLITE_FULL on the next new page."""
    with journal.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")


def _make_room(journal):
    with journal.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA max_page_count=1073741823")


def _stored_moments(journal):
    reader = sqlite3.connect(f"file:{journal.path}?mode=ro", uri=True)
    try:
        return [row[0] for row in reader.execute("SELECT note FROM moments ORDER BY id")]
    finally:
        reader.close()


def test_a_moment_that_cannot_be_written_waits_and_is_saved_later(companion, journal, clock):
    companion.start("painting")
    companion.notice_critic("saved before")
    failures = []
    saved_later = []
    companion.write_failed.connect(failures.append)
    companion.pending_saved.connect(saved_later.append)
    _fill_the_journal(journal)

    notes = [f"waiting {n} " + "x" * 20_000 for n in range(3)]  # each needs new pages
    kept = []
    for note in notes:
        clock.advance(seconds=5)
        kept.append(companion.notice_critic(note))
    assert not any(k.saved for k in kept)
    assert all(k.reframe.text for k in kept)  # the kind words are still shown
    assert failures
    assert failures[0] == "disk-full"
    assert companion.pending_count == 3
    assert _stored_moments(journal) == ["saved before"]  # nothing stored was harmed
    companion.mark_helped(kept[0].moment.id, True)
    companion.add_note(kept[1].moment.id, "written while waiting")
    assert companion.retry_pending() == 3
    with pytest.raises(WriteFailed):
        companion.end()  # never ended with moments only in memory
    assert companion.current is not None

    _make_room(journal)
    assert companion.retry_pending() == 0
    assert saved_later == [3]
    assert _stored_moments(journal) == ["saved before", notes[0], "written while waiting", notes[2]]
    assert all(m.id > 0 for m in companion.current.moments)
    summary = companion.end()
    assert [m.helped for m in summary.session.moments] == [None, True, None, None]
    assert companion.store.get_session(summary.session.id) == summary.session


def test_the_next_tap_saves_the_waiting_ones_first(companion, journal, clock):
    companion.start("writing")
    _fill_the_journal(journal)
    companion.notice_critic("first " + "x" * 20_000)
    _make_room(journal)
    clock.advance(seconds=1)
    second = companion.notice_critic("second")
    assert second.saved
    assert companion.pending_count == 0
    assert [n[:6] for n in _stored_moments(journal)] == ["first ", "second"]


def test_a_card_still_holding_the_temporary_id_marks_the_saved_moment(companion, journal):
    """The toast keeps the id it was shown with; after the retry that id must still work."""
    companion.start("painting")
    _fill_the_journal(journal)
    waiting = companion.notice_critic("kept " + "x" * 20_000)
    assert waiting.moment.id is not None
    assert waiting.moment.id < 0
    _make_room(journal)
    assert companion.retry_pending() == 0

    companion.mark_helped(waiting.moment.id, True)
    companion.add_note(waiting.moment.id, "noted after it was saved")
    (stored,) = companion.store.get_session(companion.current.id).moments
    assert stored.helped is True
    assert stored.note == "noted after it was saved"
