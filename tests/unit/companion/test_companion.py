"""The session life cycle, with a stepping clock and a real journal."""

from datetime import timedelta

import pytest

from kindling.companion import Companion, NoSessionInProgress, SessionAlreadyInProgress
from kindling.core.model import CheckIn, Phase
from kindling.core.text import TextRefused


def test_a_whole_session(companion, clock):
    started = []
    logged = []
    ended = []
    companion.session_started.connect(started.append)
    companion.moment_logged.connect(logged.append)
    companion.session_ended.connect(ended.append)

    session = companion.start("painting", "play with colour", CheckIn(7, 4, 2))
    clock.advance(minutes=3)
    companion.record_warmup(True, 180, "soothing-5-5")
    clock.advance(minutes=2)
    first = companion.notice_critic("this is ugly")
    clock.advance(minutes=10)
    second = companion.notice_critic()
    companion.mark_helped(first.moment.id, True)
    companion.add_pause(30)
    companion.record_checkin(Phase.AFTER, CheckIn(3, 5, 6))
    clock.advance(minutes=15)
    summary = companion.end("I stayed with it")

    assert started == [session]
    assert [n.moment.id for n in logged] == [first.moment.id, second.moment.id]
    assert ended == [summary]
    assert summary.duration == timedelta(minutes=30)
    assert summary.moment_offsets == (timedelta(minutes=5), timedelta(minutes=15))
    assert [m.helped for m in summary.session.moments] == [True, None]
    assert summary.checkins.delta("soothing") == 4
    assert companion.current is None
    stored = companion.store.get_session(session.id)
    assert stored == summary.session


def test_the_moment_is_committed_before_anyone_hears_of_it(companion: Companion, journal):
    companion.start("writing")
    seen_in_store = []

    def on_logged(noticed):
        fresh = journal.repository.get_session(noticed.session_id)
        seen_in_store.append(noticed.moment in fresh.moments)

    companion.moment_logged.connect(on_logged)
    companion.notice_critic("too slow")
    assert seen_in_store == [True]


def test_notes_that_mention_the_critic_get_a_matching_reframe(companion: Companion):
    companion.start("writing")
    noticed = companion.notice_critic("why bother, this is pointless")
    assert noticed.reframe.group == "wasting-time"
    assert noticed.moment.reframe.text == noticed.reframe.text


def test_only_one_session_at_a_time(companion: Companion):
    companion.start("drawing")
    with pytest.raises(SessionAlreadyInProgress):
        companion.start("drawing")


def test_nothing_to_act_on_without_a_session(companion: Companion):
    with pytest.raises(NoSessionInProgress):
        companion.notice_critic()
    with pytest.raises(NoSessionInProgress):
        companion.end()


def test_a_session_left_by_a_crash_is_found_and_ended_at_its_last_activity(journal, library, clock):
    first = Companion(journal.store, library, clock=clock)
    first.start("music")
    clock.advance(minutes=4)
    first.notice_critic()
    clock.advance(hours=5)  # the app died; hours pass

    reopened = Companion(journal.store, library, clock=clock)
    assert reopened.current is not None
    summary = reopened.end_at_last_activity()
    assert summary.duration == timedelta(minutes=4)


def test_text_that_cannot_be_kept_is_refused_and_nothing_is_written(companion):
    companion.start("writing")
    with pytest.raises(TextRefused):
        companion.notice_critic("broken \udc80 character")
    with pytest.raises(TextRefused):
        companion.notice_critic("x" * 200_000)
    assert companion.store.get_session(companion.current.id).moments == ()
