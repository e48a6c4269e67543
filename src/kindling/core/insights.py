"""Patterns across many sessions, always measured against the person's own past, never a score.

Computed from light aggregate rows (one per session, one per minute-since-start, one per
reframe) that the store prepares in SQL, so ten years of sessions cost milliseconds here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from kindling.core.trends import Trend, sessions_trend, soothing_trend

MIN_SESSIONS = 5
"""Below this, any pattern would be noise; the view says patterns will show with time."""

WEEKS_SHOWN = 12
MONTHS_SHOWN = 12
HELPFUL_SHOWN = 5
RECENT_CHECKINS = 12
"""How many of the latest checked-in sessions the soothing sentence speaks of ("lately")."""

ARRIVAL_BINS: tuple[tuple[int, int | None], ...] = (
    (0, 5),
    (5, 10),
    (10, 20),
    (20, 40),
    (40, 60),
    (60, None),
)
"""Minutes since the start. Narrow at first: many people meet the critic most at the start."""

TIMES_OF_DAY: tuple[tuple[str, int, int], ...] = (
    ("morning", 5, 12),
    ("afternoon", 12, 17),
    ("evening", 17, 22),
    ("night", 22, 29),  # 22:00 to 05:00, wrapping past midnight
)


@dataclass(frozen=True, slots=True)
class SessionFacts:
    """What insights need of one session; no text a person wrote."""

    started_at: datetime
    ended_at: datetime | None
    medium: str
    warmup_completed: bool | None
    soothing_before: int | None
    soothing_after: int | None
    moments: int


@dataclass(frozen=True, slots=True)
class ReframeFacts:
    """How often one reframe was shown and marked as helping (or not)."""

    reframe_id: str
    text: str
    shown: int
    helped: int
    not_helped: int


@dataclass(frozen=True, slots=True)
class InsightData:
    """Everything insights are computed from, as the store hands it over."""

    sessions: Sequence[SessionFacts]
    arrival_minutes: Mapping[int, int]
    """Whole minutes since the session's start → how many critic moments arrived then."""
    reframes: Sequence[ReframeFacts]


@dataclass(frozen=True, slots=True)
class WeekCount:
    week_start: date
    sessions: int


@dataclass(frozen=True, slots=True)
class ArrivalBin:
    start_minute: int
    end_minute: int | None
    moments: int


@dataclass(frozen=True, slots=True)
class Rate:
    """Critic moments per hour of making in one group, next to the person's usual rate."""

    key: str
    per_hour: float
    hours: float
    sessions: int


@dataclass(frozen=True, slots=True)
class Change:
    """The average soothing change (after minus before) in one group of sessions."""

    key: str
    mean_change: float
    sessions: int


@dataclass(frozen=True, slots=True)
class Insights:
    session_count: int
    weeks: tuple[WeekCount, ...]
    arrival: tuple[ArrivalBin, ...]
    by_medium: tuple[Rate, ...]
    by_time_of_day: tuple[Rate, ...]
    usual_per_hour: float | None
    soothing_by_month: tuple[Change, ...]
    usual_soothing_change: float | None
    with_warmup: Change | None
    without_warmup: Change | None
    helpful_reframes: tuple[ReframeFacts, ...]
    sessions_trend: Trend = Trend.NONE
    """Which way sessions per week went over the weeks shown."""
    soothing_trend: Trend = Trend.NONE
    """Which way the soothing change went over the latest checked-in sessions."""

    @property
    def enough(self) -> bool:
        """Whether there is enough history for patterns to mean anything."""
        return self.session_count >= MIN_SESSIONS

    @property
    def arrival_total(self) -> int:
        return sum(b.moments for b in self.arrival)


def compute(data: InsightData, now: datetime, tz: tzinfo | None = None) -> Insights:
    """All insights at once. ``tz`` is the person's time zone (weeks, months, time of day)."""
    sessions = data.sessions
    local = [(s, s.started_at.astimezone(tz)) for s in sessions]
    overall_hours, overall_moments = _totals(sessions)
    changes = [
        (s, when, s.soothing_after - s.soothing_before)
        for s, when in sorted(local, key=lambda pair: pair[0].started_at)
        if s.soothing_before is not None and s.soothing_after is not None
    ]
    weeks = _weeks((when for _, when in local), now.astimezone(tz).date())
    return Insights(
        session_count=len(sessions),
        weeks=weeks,
        arrival=_arrival(data.arrival_minutes),
        by_medium=_rates((s.medium, s) for s, _ in local),
        by_time_of_day=_rates((_time_of_day(when.hour), s) for s, when in local),
        usual_per_hour=overall_moments / overall_hours if overall_hours > 0 else None,
        soothing_by_month=_monthly(changes),
        usual_soothing_change=_mean([c for _, _, c in changes]),
        with_warmup=_change("with", [c for s, _, c in changes if s.warmup_completed is not None]),
        without_warmup=_change("without", [c for s, _, c in changes if s.warmup_completed is None]),
        helpful_reframes=_helpful(data.reframes),
        sessions_trend=sessions_trend([w.sessions for w in weeks]),
        soothing_trend=soothing_trend([c for _, _, c in changes][-RECENT_CHECKINS:]),
    )


def _hours(session: SessionFacts) -> float:
    if session.ended_at is None:
        return 0.0
    return max((session.ended_at - session.started_at).total_seconds(), 0.0) / 3600


def _totals(sessions: Iterable[SessionFacts]) -> tuple[float, int]:
    hours = 0.0
    moments = 0
    for s in sessions:
        if s.ended_at is not None:
            hours += _hours(s)
            moments += s.moments
    return hours, moments


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weeks(starts: Iterable[datetime], today: date) -> tuple[WeekCount, ...]:
    counts = Counter(_week_start(s.date()) for s in starts)
    this_week = _week_start(today)
    first = this_week - timedelta(weeks=WEEKS_SHOWN - 1)
    return tuple(
        WeekCount(first + timedelta(weeks=n), counts.get(first + timedelta(weeks=n), 0))
        for n in range(WEEKS_SHOWN)
    )


def _arrival(minutes: Mapping[int, int]) -> tuple[ArrivalBin, ...]:
    totals = [0] * len(ARRIVAL_BINS)
    for raw_minute, count in minutes.items():
        minute = max(raw_minute, 0)  # a tap a breath before the start belongs to the start
        for index, (low, high) in enumerate(ARRIVAL_BINS):
            if minute >= low and (high is None or minute < high):
                totals[index] += count
                break
    return tuple(
        ArrivalBin(low, high, total)
        for (low, high), total in zip(ARRIVAL_BINS, totals, strict=True)
    )


def _time_of_day(hour: int) -> str:
    for key, low, high in TIMES_OF_DAY:
        if low <= hour < high or low <= hour + 24 < high:
            return key
    return "night"


def _rates(groups: Iterable[tuple[str, SessionFacts]]) -> tuple[Rate, ...]:
    hours: dict[str, float] = defaultdict(float)
    moments: dict[str, int] = defaultdict(int)
    sessions: dict[str, int] = defaultdict(int)
    for key, s in groups:
        if s.ended_at is None:
            continue
        hours[key] += _hours(s)
        moments[key] += s.moments
        sessions[key] += 1
    rates = [
        Rate(key, moments[key] / hours[key], hours[key], sessions[key])
        for key in hours
        if hours[key] > 0
    ]
    return tuple(sorted(rates, key=lambda r: (-r.hours, r.key)))


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _change(key: str, values: Sequence[int]) -> Change | None:
    mean = _mean(values)
    return None if mean is None else Change(key, mean, len(values))


def _monthly(changes: Sequence[tuple[SessionFacts, datetime, int]]) -> tuple[Change, ...]:
    by_month: dict[str, list[int]] = defaultdict(list)
    for _, local, change in changes:
        by_month[f"{local.year:04d}-{local.month:02d}"].append(change)
    months = sorted(by_month)[-MONTHS_SHOWN:]
    return tuple(Change(m, sum(by_month[m]) / len(by_month[m]), len(by_month[m])) for m in months)


def _helpful(reframes: Sequence[ReframeFacts]) -> tuple[ReframeFacts, ...]:
    marked = [r for r in reframes if r.helped > 0]
    marked.sort(key=lambda r: (-r.helped, r.not_helped, r.reframe_id))
    return tuple(marked[:HELPFUL_SHOWN])
