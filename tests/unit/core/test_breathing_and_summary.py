"""Breathing patterns and session summaries."""

from datetime import UTC, datetime, timedelta

from kindling.core.breathing import BreathingCatalog, BreathPhase
from kindling.core.model import CheckIn, Moment, Session, ShownReframe
from kindling.core.summary import render_text, summarise
from kindling.resources import resource_path


def test_default_pattern_is_a_soothing_five_to_six_breaths_a_minute():
    catalog = BreathingCatalog.from_file(resource_path("breathing.json"))
    assert 5 <= catalog.default.breaths_per_minute <= 6
    assert {p.id for p in catalog.patterns} >= {"soothing-5-5", "soothing-4-6", "box-4-4-4-4"}


def test_breath_grows_then_shrinks_smoothly():
    pattern = BreathingCatalog.from_file(resource_path("breathing.json")).get("box-4-4-4-4")
    assert pattern.at(0)[1] == 0.0
    assert pattern.at(2)[0] is BreathPhase.INHALE
    assert pattern.at(5) == (BreathPhase.HOLD_IN, 1.0)
    assert pattern.at(10)[0] is BreathPhase.EXHALE
    assert pattern.at(14) == (BreathPhase.HOLD_OUT, 0.0)
    fullness = [pattern.at(t / 10)[1] for t in range(0, 41)]
    assert fullness == sorted(fullness)


def test_summary_places_moments_on_the_session_timeline():
    start = datetime(2026, 1, 1, 10, tzinfo=UTC)
    moments = tuple(
        Moment(start + timedelta(minutes=m), None, ShownReframe("x", "Be kind."), m == 20)
        for m in (2, 20)
    )
    session = Session(
        "id",
        "writing",
        "a poem",
        start,
        start + timedelta(minutes=45),
        checkin_before=CheckIn(8, 3, 2),
        checkin_after=CheckIn(4, 5, 6),
        moments=moments,
    )
    summary = summarise(session)
    assert summary.duration == timedelta(minutes=45)
    assert summary.moment_offsets == (timedelta(minutes=2), timedelta(minutes=20))
    assert len(summary.helped) == 1
    assert summary.checkins.delta("soothing") == 4
    text = render_text(summary)
    assert "45 minutes" in text
    assert "noticed the critic 2 times" in text
    assert "Soothing: 2 → 6" in text
