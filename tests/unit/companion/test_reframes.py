"""The person's own reframes: added, reworded, hidden and restored, and offered by the picker."""

import random

import pytest

from kindling.companion import Companion
from kindling.companion.reframes import NotTheirs, ReframeBook
from kindling.core.text import TextRefused
from kindling.store.journal import open_journal


@pytest.fixture
def book(journal, library, clock):
    return ReframeBook(journal.store, library, clock=clock)


def test_own_reframe_is_offered_by_the_picker_and_survives_a_restart(
    data_paths, journal, library, clock, book
):
    companion = Companion(journal.store, library, clock=clock, rng=random.Random(3))
    book.library_changed.connect(companion.set_library)
    mine = book.add("not-good-enough", "My hands know more than the critic does.")
    for reframe in library.reframes:
        book.set_hidden(reframe.id, True)

    companion.start("painting")
    noticed = companion.notice_critic()
    assert noticed.reframe.text == "My hands know more than the critic does."
    assert noticed.moment.reframe.id == mine.id
    journal.close()

    reopened = open_journal(data_paths.database, data_paths.backups)
    try:
        again = ReframeBook(reopened.store, library, clock=clock)
        assert [r.text for r in again.library().reframes] == [mine.text]
        entry = next(e for e in again.entries() if e.reframe.id == mine.id)
        assert (entry.shown, entry.hidden, entry.reframe.builtin) == (1, False, False)
    finally:
        reopened.close()


def test_hidden_builtin_is_never_lost_and_comes_back_when_restored(book, library):
    first = library.reframes[0]
    book.set_hidden(first.id, True)
    assert first.id not in {r.id for r in book.library().reframes}
    entry = next(e for e in book.entries() if e.reframe.id == first.id)
    assert entry.hidden
    assert entry.reframe.text == first.text

    book.set_hidden(first.id, False)
    assert first.id in {r.id for r in book.library().reframes}


def test_rewording_and_regrouping_their_own_reframe(book):
    mine = book.add("not-good-enough", "  First words.  ")
    assert mine.text == "First words."
    changed = book.edit(mine.id, book.groups[1][0], "Better words.")
    (entry,) = [e for e in book.entries() if e.reframe.id == mine.id]
    assert entry.reframe == changed
    assert entry.reframe.group == book.groups[1][0]


def test_builtins_cannot_be_reworded_and_blank_text_is_refused(book, library):
    with pytest.raises(NotTheirs):
        book.edit(library.reframes[0].id, library.reframes[0].group, "Other words")
    with pytest.raises(TextRefused):
        book.add("not-good-enough", "   ")
    with pytest.raises(ValueError, match="group"):
        book.add("no-such-group", "Kind words")
    assert all(e.reframe.builtin for e in book.entries())


def test_shown_and_helped_counts_come_from_the_journal(companion, journal, library, clock):
    book = ReframeBook(journal.store, library, clock=clock)
    companion.start("writing")
    first = companion.notice_critic()
    companion.mark_helped(first.moment.id, True)
    entry = next(e for e in book.entries() if e.reframe.id == first.reframe.id)
    assert (entry.shown, entry.helped, entry.not_helped) == (1, 1, 0)


def test_a_moment_keeps_the_words_of_a_reframe_the_library_no_longer_has(
    data_paths, journal, library, clock
):
    """Reframes are retired when the library is rewritten (jg-03 was); moments keep their text."""
    from kindling.core import export_json
    from kindling.core.reframes import ReframeLibrary

    retired = "Feeling like an impostor is something many makers share."
    older = ReframeLibrary.from_json(
        '{"groups": [{"id": "judgement", "title": "t", "reframes": '
        f'[{{"id": "jg-03", "text": "{retired}"}}]}}]}}'
    )
    assert library.get("jg-03") is None
    before = Companion(journal.store, older, clock=clock, rng=random.Random(1))
    before.start("painting")
    moment = before.notice_critic("they will laugh").moment
    assert moment.reframe.id == "jg-03"

    now = Companion(journal.store, library, clock=clock, rng=random.Random(1))
    now.mark_helped(moment.id, True)  # feedback for an id the library no longer has
    book = ReframeBook(journal.store, library, clock=clock)
    assert all(e.reframe.id != "jg-03" for e in book.entries())
    assert now.notice_critic("they will laugh").reframe.group == "judgement"
    summary = now.end()
    assert summary.moments[0].reframe.text == retired
    assert summary.moments[0].helped is True
    exported = export_json.session_to_dict(summary.session)
    assert exported["moments"][0]["reframe"] == {"id": "jg-03", "text": retired}
