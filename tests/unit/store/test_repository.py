"""The repository and the session store on a real SQLite file: records in, the same records out.

Sessions are written as the running app writes them (the plain-SQLite session store) and
read back through the history's repository.
"""

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from kindling.core.model import (
    CheckIn,
    HistoryFilter,
    Moment,
    Pause,
    Phase,
    Session,
    ShownReframe,
    Warmup,
)
from kindling.store.journal import open_journal

T0 = datetime(2026, 2, 1, 9, tzinfo=UTC)


def make_session(number: int, **changes) -> Session:
    session = Session(
        id=f"00000000-0000-4000-8000-{number:012d}",
        medium="painting" if number % 2 else "writing",
        intention=f"intention {number}",
        started_at=T0 + timedelta(days=number),
        ended_at=T0 + timedelta(days=number, minutes=30),
    )
    return replace(session, **changes)


def test_a_full_session_survives_closing_and_reopening(data_paths):
    journal = open_journal(data_paths.database)
    repo = journal.store
    session = make_session(1, ended_at=None)
    repo.add_session(session)
    moment = repo.add_moment(
        session.id, Moment(T0 + timedelta(days=1, minutes=5), "ugh 😩", ShownReframe("a", "Kind."))
    )
    repo.set_helped(moment.id, True)
    repo.set_warmup(session.id, Warmup(True, 120, "soothing-5-5"))
    repo.set_checkin(session.id, Phase.BEFORE, CheckIn(6, 5, 3))
    repo.set_checkin(session.id, Phase.AFTER, CheckIn(2, 5, 7))
    repo.add_pause(session.id, Pause(T0 + timedelta(days=1, minutes=7), 30))
    repo.end_session(session.id, T0 + timedelta(days=1, minutes=20), "well done, me")
    journal.close()

    back = open_journal(data_paths.database).repository.get_session(session.id)
    assert back is not None
    assert back.moments[0].note == "ugh 😩"
    assert back.moments[0].helped is True
    assert back.warmup == Warmup(True, 120, "soothing-5-5")
    assert back.checkin_before == CheckIn(6, 5, 3)
    assert back.checkin_after == CheckIn(2, 5, 7)
    assert back.pauses == (Pause(T0 + timedelta(days=1, minutes=7), 30),)
    assert back.reflection == "well done, me"
    assert back.ended_at == T0 + timedelta(days=1, minutes=20)


def test_times_with_any_offset_are_kept_as_the_same_instant(journal):
    tokyo = timezone(timedelta(hours=9))
    session = make_session(2, started_at=datetime(2026, 2, 3, 18, tzinfo=tokyo), ended_at=None)
    journal.store.add_session(session)
    back = journal.repository.get_session(session.id)
    assert back.started_at == session.started_at
    assert back.started_at.utcoffset() == timedelta(0)


def test_history_is_newest_first_and_filters(journal):
    repo = journal.repository
    for number in range(1, 8):
        journal.store.add_session(make_session(number))
    rows = repo.list_sessions(limit=3)
    assert [r.intention for r in rows] == ["intention 7", "intention 6", "intention 5"]
    assert repo.list_sessions(limit=3, offset=3)[0].intention == "intention 4"
    assert repo.count_sessions(HistoryFilter(medium="writing")) == 3
    assert [r.intention for r in repo.list_sessions(where=HistoryFilter(text="TION 3"))] == [
        "intention 3"
    ]
    assert repo.count_sessions(HistoryFilter(text="100%")) == 0


def test_history_search_finds_critic_notes(journal):
    repo = journal.repository
    session = make_session(1)
    journal.store.add_session(session)
    journal.store.add_moment(
        session.id, Moment(T0, "comparing myself to Hokusai", ShownReframe("a", "x"))
    )
    journal.store.add_session(make_session(2))
    rows = repo.list_sessions(where=HistoryFilter(text="hokusai"))
    assert [r.id for r in rows] == [session.id]
    assert rows[0].moment_count == 1


def test_import_is_all_or_nothing_and_idempotent(journal):
    repo = journal.repository
    sessions = [make_session(n) for n in range(1, 4)]
    first = repo.import_sessions(sessions)
    assert (first.added, first.skipped_same, first.skipped_different) == (3, 0, ())
    again = repo.import_sessions(sessions)
    assert (again.added, again.skipped_same) == (0, 3)
    changed = repo.import_sessions([replace(sessions[0], reflection="edited elsewhere")])
    assert changed.skipped_different == (sessions[0].id,)
    assert repo.get_session(sessions[0].id).reflection is None


def test_delete_then_restore_puts_back_everything(journal):
    repo = journal.repository
    session = make_session(1)
    journal.store.add_session(session)
    journal.store.add_moment(session.id, Moment(T0, "note", ShownReframe("a", "x"), helped=False))
    removed = repo.delete_session(session.id)
    assert repo.get_session(session.id) is None
    repo.restore_session(removed)
    back = repo.get_session(session.id)
    assert back.moments[0].note == "note"
    assert back.moments[0].helped is False


def test_feedback_and_recent_reframes(journal):
    repo = journal.store
    session = make_session(1)
    repo.add_session(session)
    for minute, (rid, helped) in enumerate([("a", True), ("b", False), ("a", True), ("c", None)]):
        repo.add_moment(
            session.id, Moment(T0 + timedelta(minutes=minute), None, ShownReframe(rid, rid), helped)
        )
    feedback = repo.reframe_feedback()
    assert feedback["a"].helped == 2
    assert feedback["b"].not_helped == 1
    assert "c" not in feedback
    assert repo.recent_reframe_ids(2) == ["a", "c"]


def test_insight_rows_are_aggregated_in_the_store(journal):
    repo = journal.repository
    first = make_session(
        1,
        warmup=Warmup(True, 180, "soothing"),
        checkin_before=CheckIn(5, 5, 2),
        checkin_after=CheckIn(3, 5, 6),
        moments=(
            Moment(T0 + timedelta(days=1, minutes=2), None, ShownReframe("a", "A"), True),
            Moment(T0 + timedelta(days=1, minutes=2, seconds=30), None, ShownReframe("a", "A")),
            Moment(T0 + timedelta(days=1, minutes=25), "n", ShownReframe("b", "B"), False),
        ),
    )
    repo.import_sessions([first, make_session(2)])
    data = repo.insight_data()
    by_medium = {s.medium: s for s in data.sessions}
    assert by_medium["painting"].moments == 3
    assert by_medium["painting"].soothing_before == 2
    assert by_medium["painting"].soothing_after == 6
    assert by_medium["painting"].warmup_completed is True
    assert by_medium["painting"].started_at == first.started_at
    assert by_medium["writing"].moments == 0
    assert by_medium["writing"].warmup_completed is None
    assert data.arrival_minutes == {2: 2, 25: 1}
    reframes = {r.reframe_id: (r.shown, r.helped, r.not_helped) for r in data.reframes}
    assert reframes == {"a": (2, 1, 0), "b": (1, 0, 1)}


def test_a_bulk_import_keeps_everything(journal):
    session = make_session(
        3,
        warmup=Warmup(False, 40, "box"),
        checkin_before=CheckIn(1, 2, 3),
        checkin_after=CheckIn(4, 5, 6),
        reflection="r",
        pauses=(Pause(T0 + timedelta(days=3, minutes=5), 30),),
        moments=(Moment(T0 + timedelta(days=3, minutes=1), "note", ShownReframe("a", "A"), None),),
    )
    journal.repository.import_sessions([session])
    back = journal.repository.get_session(session.id)
    assert replace(back, moments=tuple(replace(m, id=None) for m in back.moments)) == session
