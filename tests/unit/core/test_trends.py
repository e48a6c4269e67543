"""Which kind sentence a pattern gets: a rise, a fall, a steady line, one session, nothing yet.

Sessions are laid down on a stepping clock, day after day, as a person would make them.
"""

from datetime import timedelta

import pytest

from kindling.core.insights import InsightData, SessionFacts, compute
from kindling.core.trends import Trend, direction, sessions_trend, soothing_trend
from tests.fakes import SteppingClock


def lay_down(clock: SteppingClock, per_week: list[int], soothing: list[int] | None = None):
    """``per_week[n]`` sessions in week n (oldest first), each an hour long, one a day."""
    changes = iter(soothing or [])
    sessions = []
    for count in per_week:
        for day in range(7):
            if day < count:
                start = clock()
                change = next(changes, None)
                sessions.append(
                    SessionFacts(
                        started_at=start,
                        ended_at=start + timedelta(hours=1),
                        medium="ink",
                        warmup_completed=None,
                        soothing_before=None if change is None else 3,
                        soothing_after=None if change is None else 3 + change,
                        moments=1,
                    )
                )
            clock.advance(days=1)
    return sessions


def insights_of(clock: SteppingClock, per_week, soothing=None):
    sessions = lay_down(clock, per_week, soothing)
    clock.advance(days=-1)  # "now" is the last day laid down
    return compute(InsightData(sessions, {}, []), clock(), clock().tzinfo)


@pytest.fixture
def clock() -> SteppingClock:
    clock = SteppingClock()
    clock.current = clock.current.replace(year=2026, month=1, day=5)  # a Monday
    return clock


def test_sessions_falling_six_to_one_a_week_is_a_fall(clock):
    result = insights_of(clock, [6, 6, 5, 5, 4, 3, 2, 1])
    assert result.sessions_trend is Trend.FALL


def test_lately_means_the_last_four_weeks_against_the_four_before(clock):
    # A busy spell in the middle, then a quieter month: the sentence speaks of the quieter one.
    weeks = [0, 1, 1, 3, 3, 5, 4, 6, 2, 2, 2, 1]
    assert insights_of(clock, weeks).sessions_trend is Trend.FALL
    assert direction([1, 1, 1, 1, 4, 4, 4, 4, 1, 1, 1, 1], 0.5, window=4) is Trend.FALL
    assert direction([1, 1, 1, 1, 4, 4, 4, 4, 1, 1, 1, 1], 0.5) is Trend.STEADY  # halves


def test_sessions_growing_is_a_rise(clock):
    assert insights_of(clock, [1, 1, 2, 3, 4, 4]).sessions_trend is Trend.RISE


def test_a_steady_rhythm_is_steady_even_with_an_odd_week(clock):
    assert insights_of(clock, [3, 3, 2, 4, 3, 3, 3, 3]).sessions_trend is Trend.STEADY


def test_the_week_under_way_is_not_read_as_a_fall(clock):
    # Three a week, and this week has only just begun.
    assert insights_of(clock, [3, 3, 3, 3, 1]).sessions_trend is Trend.STEADY


def test_one_session_counts_for_itself(clock):
    assert insights_of(clock, [0, 0, 1, 0]).sessions_trend is Trend.SINGLE


def test_no_sessions_in_the_weeks_shown_is_nothing_yet(clock):
    sessions = lay_down(clock, [3])
    clock.advance(weeks=30)  # all of them long before the twelve weeks shown
    result = compute(InsightData(sessions, {}, []), clock(), clock().tzinfo)
    assert result.sessions_trend is Trend.NONE


def test_weeks_before_the_first_session_do_not_make_a_rise(clock):
    # Began three weeks ago at a steady pace: nine empty weeks before that are not "less".
    assert insights_of(clock, [0] * 9 + [3, 3, 3]).sessions_trend is Trend.STEADY


def test_soothing_harder_to_reach_lately_is_a_fall(clock):
    result = insights_of(clock, [3, 3], soothing=[3, 3, 2, 1, 0, -1])
    assert result.soothing_trend is Trend.FALL


def test_soothing_coming_more_easily_is_a_rise(clock):
    result = insights_of(clock, [3, 3], soothing=[0, 0, 1, 2, 3, 3])
    assert result.soothing_trend is Trend.RISE


def test_soothing_about_the_same_is_steady(clock):
    result = insights_of(clock, [3, 3], soothing=[2, 1, 2, 2, 1, 2])
    assert result.soothing_trend is Trend.STEADY


def test_one_checked_in_session_and_none(clock):
    assert insights_of(clock, [3], soothing=[2]).soothing_trend is Trend.SINGLE
    assert insights_of(clock, [3]).soothing_trend is Trend.NONE


def test_soothing_speaks_of_the_latest_sessions_only(clock):
    # Long ago soothing was hard to reach; the latest twelve sessions are all alike.
    result = insights_of(clock, [7, 7, 7], soothing=[-3] * 9 + [2] * 12)
    assert result.soothing_trend is Trend.STEADY


def test_direction_uses_halves_not_the_ends():
    assert direction([], 0.5) is Trend.NONE
    assert direction([4.0], 0.5) is Trend.STEADY
    assert direction([3.0, 3.0, 2.0, 3.0, 3.0, 3.0, 3.0, 3.0], 0.5) is Trend.STEADY  # a quiet week
    assert direction([3.0, 3.0, 5.0, 1.0, 1.0], 0.5) is Trend.FALL  # the middle is neither
    assert sessions_trend([]) is Trend.NONE
    assert soothing_trend([]) is Trend.NONE
