"""The journal's seal: written only at rest, removed before writing, silent when unsure."""

from kindling.store.journal import open_journal
from kindling.store.seal import changed_at_rest, seal_path


def test_a_clean_close_seals_and_the_next_open_breaks_the_seal(data_paths, companion, journal):
    companion.start("ink")
    journal.close()
    assert seal_path(journal.path).exists()
    assert changed_at_rest(journal.path) is None
    reopened = open_journal(journal.path, data_paths.backups)
    assert not seal_path(journal.path).exists()  # it may be written from now on
    reopened.close()
    assert seal_path(journal.path).exists()


def test_no_seal_while_another_connection_still_has_writes_in_the_log(data_paths, companion):
    other = open_journal(data_paths.database, data_paths.backups)
    companion.start("ink")  # written through the first journal, still open
    other.close()
    assert not seal_path(data_paths.database).exists()


def test_without_a_seal_nothing_is_claimed(data_paths, journal):
    journal.close()
    seal_path(journal.path).unlink()
    assert changed_at_rest(journal.path) is None
