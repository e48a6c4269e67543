"""Every text a person can type either round-trips exactly (store, export, import) or is refused.

Hypothesis throws lone surrogates, NUL, control characters, right-to-left marks and a 1 MB
paste at each field. Never a crash, never a half-written session.
"""

import os
import random
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kindling.companion import Companion
from kindling.core import export_json
from kindling.core.text import MAX_LABEL_CHARS, TextRefused
from kindling.store.journal import open_journal
from tests.fakes import SteppingClock

ANY_CHARACTER = st.characters(blacklist_categories=())  # surrogates and controls included
NASTY = st.sampled_from(
    [
        "\x00",
        "before\x00after",
        "\ud800",
        "ok \udfff then",
        "\x1b[31mred\x1b[0m\x07",
        "\r\n\t\x0b\x0c",
        "\u202eevil\u202c",
        "   ",
        "x" * 1_000_000,
        "🎨" * 50_000,
        "é" * MAX_LABEL_CHARS,
    ]
)
# Memory-backed where there is one: each example opens two journals, and fsync on a real
# disk would make the run slow without testing anything more.
FAST_DIR = "/dev/shm" if os.path.isdir("/dev/shm") else None
TEXTS = st.one_of(st.none(), NASTY, st.text(ANY_CHARACTER, max_size=40))


def _without_ids(session):
    return replace(session, moments=tuple(replace(m, id=None) for m in session.moments))


def _is_a_plain_message(refusal: TextRefused) -> None:
    assert str(refusal).strip()
    assert "Traceback" not in str(refusal)


def _blank(text):
    return text is None or not text.strip()


def _fresh_companion(folder: Path, clock) -> tuple[Companion, object]:
    journal = open_journal(folder / "kindling.sqlite3", folder / "backups")
    from kindling.core.reframes import ReframeLibrary
    from kindling.resources import resource_path

    library = ReframeLibrary.from_file(resource_path("reframes.json"))
    return Companion(journal.store, library, clock=clock, rng=random.Random(1)), journal


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(medium=TEXTS, intention=TEXTS, note=TEXTS, later_note=TEXTS, reflection=TEXTS)
@example(
    medium="ink", intention="\ud800", note="a\x00b", later_note="x" * 1_000_000, reflection="\x1b"
)
def test_each_text_round_trips_exactly_or_is_refused(
    medium, intention, note, later_note, reflection
):
    clock = SteppingClock()
    with tempfile.TemporaryDirectory(dir=FAST_DIR) as folder:
        companion, journal = _fresh_companion(Path(folder), clock)
        repository = journal.repository
        try:
            try:
                session = companion.start(medium or "", intention)
            except TextRefused as refusal:
                _is_a_plain_message(refusal)
                assert repository.count_sessions() == 0  # nothing half-written
                return
            assert session.medium == ((medium or "").strip() or "making")
            assert session.intention == (None if _blank(intention) else intention)

            clock.advance(minutes=1)
            try:
                noticed = companion.notice_critic(note)
                assert noticed.moment.note == (None if _blank(note) else note)
            except TextRefused as refusal:
                _is_a_plain_message(refusal)
                assert repository.get_session(session.id).moments == ()
            moments = len(repository.get_session(session.id).moments)
            if moments:
                try:
                    companion.add_note(noticed.moment.id, later_note)
                except TextRefused as refusal:
                    _is_a_plain_message(refusal)
            clock.advance(minutes=1)
            try:
                companion.end(reflection)
            except TextRefused as refusal:
                _is_a_plain_message(refusal)
                assert repository.get_session(session.id).in_progress  # not half-ended
                companion.end(None)

            stored = repository.get_session(session.id)
            text = export_json.dumps(repository.all_sessions(), clock())
            (back,) = export_json.loads(text)
            assert back == _without_ids(stored)
        finally:
            journal.close()

        with tempfile.TemporaryDirectory(dir=FAST_DIR) as other:
            _second, second_journal = _fresh_companion(Path(other), clock)
            try:
                second_journal.repository.import_sessions([back])
                again = second_journal.repository.get_session(session.id)
                assert _without_ids(again) == _without_ids(stored)
            finally:
                second_journal.close()


@pytest.mark.parametrize("field", ["intention", "note", "reflection"])
def test_a_one_megabyte_paste_is_refused_with_a_kind_message(companion, field):
    huge = "word " * 200_000
    if field == "intention":
        with pytest.raises(TextRefused, match="very long"):
            companion.start("ink", huge)
        assert companion.store.last_session() is None
        return
    session = companion.start("ink")
    if field == "note":
        with pytest.raises(TextRefused, match="very long"):
            companion.notice_critic(huge)
    else:
        with pytest.raises(TextRefused, match="very long"):
            companion.end(huge)
    stored = companion.store.get_session(session.id)
    assert stored.moments == ()
    assert stored.in_progress
