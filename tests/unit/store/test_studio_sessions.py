"""A studio session is kept as one (migration 0005), says so in its summary, and exports as any."""

from datetime import UTC, datetime, timedelta

from kindling.core import export_json
from kindling.core.model import Moment, Session, ShownReframe
from kindling.core.summary import render_text

T0 = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)


def test_a_studio_session_is_kept_as_one_and_its_summary_says_so(companion, journal):
    session = companion.start("clay", studio=True)
    companion.notice_critic()
    summary = companion.end()
    assert journal.repository.get_session(session.id).studio
    assert "studio session" in render_text(summary)
    keyboard = companion.start("ink")
    assert not journal.repository.get_session(keyboard.id).studio
    assert "studio" not in render_text(companion.end())


def test_the_export_is_unchanged_and_importing_it_again_adds_nothing(journal):
    session = Session(
        "00000000-0000-4000-8000-000000000001",
        "painting",
        None,
        T0,
        T0 + timedelta(hours=1),
        moments=(Moment(T0 + timedelta(minutes=5), None, ShownReframe("nge-01", "Kind.")),),
        studio=True,
    )
    journal.store.add_session(session)
    document = export_json.export_document([journal.repository.get_session(session.id)], T0)
    assert "studio" not in document["sessions"][0]
    assert document["version"] == 1
    again = export_json.load_bytes(export_json.dumps([session], T0).encode())
    result = journal.repository.import_sessions(again)
    assert (result.added, result.skipped_same, result.skipped_different) == (0, 1, ())
    assert journal.repository.get_session(session.id).studio, "the import left it a studio session"
