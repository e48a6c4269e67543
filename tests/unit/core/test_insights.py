"""Insights from plain aggregate rows: relative to the person's own past, never a score."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from kindling.core.insights import (
    MIN_SESSIONS,
    WEEKS_SHOWN,
    InsightData,
    ReframeFacts,
    SessionFacts,
    compute,
)

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)  # a Friday


def facts(days_ago: float, hour: int = 10, minutes: int = 60, **changes) -> SessionFacts:
    start = (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=0)
    base = SessionFacts(
        started_at=start,
        ended_at=start + timedelta(minutes=minutes),
        medium="ink",
        warmup_completed=None,
        soothing_before=3,
        soothing_after=5,
        moments=2,
    )
    return replace(base, **changes)


def data(sessions, arrival=None, reframes=()):
    return InsightData(sessions=sessions, arrival_minutes=arrival or {}, reframes=list(reframes))


def test_a_few_sessions_are_not_yet_enough_for_patterns():
    few = compute(data([facts(d) for d in range(MIN_SESSIONS - 1)]), NOW, UTC)
    assert not few.enough
    assert compute(data([facts(d) for d in range(MIN_SESSIONS)]), NOW, UTC).enough


def test_sessions_per_week_covers_recent_weeks_including_empty_ones():
    result = compute(data([facts(0), facts(1), facts(8), facts(400)]), NOW, UTC)
    assert len(result.weeks) == WEEKS_SHOWN
    assert result.weeks[-1].week_start == datetime(2026, 3, 16).date()
    assert result.weeks[-1].sessions == 2
    assert result.weeks[-2].sessions == 1
    assert sum(w.sessions for w in result.weeks) == 3  # the one from last year is older


def test_critic_arrival_is_binned_by_minutes_since_start():
    result = compute(data([facts(0)], arrival={0: 4, 3: 1, 7: 2, 65: 1, -1: 1}), NOW, UTC)
    bins = {(b.start_minute, b.end_minute): b.moments for b in result.arrival}
    assert bins[(0, 5)] == 6  # a moment logged a breath before the start counts as the start
    assert bins[(5, 10)] == 2
    assert bins[(60, None)] == 1
    assert result.arrival_total == 9


def test_rates_per_hour_by_medium_and_time_of_day_against_the_usual():
    sessions = [
        facts(1, hour=8, minutes=60, medium="ink", moments=4),
        facts(2, hour=20, minutes=120, medium="oil", moments=2),
        facts(3, hour=23, minutes=60, medium="oil", moments=0, ended_at=None),  # unfinished
    ]
    result = compute(data(sessions), NOW, UTC)
    assert {r.key: r.per_hour for r in result.by_medium} == {"ink": 4.0, "oil": 1.0}
    assert {r.key: r.per_hour for r in result.by_time_of_day} == {"morning": 4.0, "evening": 1.0}
    assert result.usual_per_hour == 2.0


def test_soothing_change_over_time_and_with_or_without_a_warm_up():
    sessions = [
        facts(1, warmup_completed=True, soothing_before=2, soothing_after=7),
        facts(2, warmup_completed=False, soothing_before=2, soothing_after=5),
        facts(40, soothing_before=4, soothing_after=4),
        facts(41, soothing_before=None, soothing_after=6),  # no before: left out
    ]
    result = compute(data(sessions), NOW, UTC)
    assert result.with_warmup.mean_change == 4.0
    assert result.with_warmup.sessions == 2
    assert result.without_warmup.mean_change == 0.0
    assert [(c.key, c.mean_change) for c in result.soothing_by_month] == [
        ("2026-02", 0.0),
        ("2026-03", 4.0),
    ]
    assert result.usual_soothing_change == 8 / 3


def test_the_reframes_that_helped_most_come_first():
    reframes = [
        ReframeFacts("a", "A", shown=10, helped=1, not_helped=0),
        ReframeFacts("b", "B", shown=10, helped=5, not_helped=2),
        ReframeFacts("c", "C", shown=10, helped=0, not_helped=9),
    ]
    result = compute(data([facts(0)], reframes=reframes), NOW, UTC)
    assert [r.reframe_id for r in result.helpful_reframes] == ["b", "a"]
