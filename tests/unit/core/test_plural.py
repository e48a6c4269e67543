"""The command line's English agrees with every count: 0, 1 and 2 (the views: gui/test_plurals.py)."""

import dataclasses
from datetime import timedelta

import pytest

from kindling.companion.history import describe_import
from kindling.core.model import ImportResult, Pause
from kindling.core.plural import plural
from kindling.core.summary import render_text, summarise
from kindling.core.timefmt import describe_duration

NOTICED = (
    "The critic stayed quiet this time, or you simply let it be.",
    "You noticed the critic once. That was a moment of awareness.",
    "You noticed the critic 2 times. Each one was a moment of awareness.",
)
PAUSES = (None, "You took a mindful pause.", "You took 2 mindful pauses.")


@pytest.mark.parametrize("count", [0, 1, 2])
def test_a_summary_agrees_with_its_count(companion, clock, count):
    companion.start("painting")
    for _ in range(count):
        clock.advance(minutes=count or 1)
        companion.notice_critic(None)
    clock.advance(minutes=1)
    session = companion.end().session
    pauses = [Pause(at=session.started_at, seconds=60)] * count
    text = render_text(summarise(dataclasses.replace(session, pauses=pauses)))
    assert NOTICED[count] in text
    assert "Each of those moment " not in text
    if PAUSES[count] is None:
        assert "pause" not in text
    else:
        assert PAUSES[count] in text


@pytest.mark.parametrize(
    ("count", "minutes", "hours"),
    [(0, "less than a minute", None), (1, "1 minute", "1 hour"), (2, "2 minutes", "2 hours")],
)
def test_lengths_of_time_agree_with_their_count(count, minutes, hours):
    assert describe_duration(timedelta(minutes=count)) == minutes
    if hours:
        assert describe_duration(timedelta(hours=count)) == hours


@pytest.mark.parametrize(
    ("count", "words"),
    [
        (0, "No new sessions were added. "),
        (1, "1 session was added. 1 session was already here and left as it was. 1 session in "
            "the file differs from the one already in your journal; yours was kept unchanged"),
        (2, "2 sessions were added. 2 sessions were already here and left as they were. 2 "
            "sessions in the file differ from the ones already in your journal; yours were"),
    ],
)  # fmt: skip
def test_import_words_agree_with_their_count(count, words):
    ids = tuple(f"id-{n}" for n in range(count))
    said = describe_import(ImportResult(count, count, ids))
    assert said.startswith(words.rstrip())


def test_plural_picks_one_zero_and_other():
    assert plural(1, "one cup", "%n cups") == "one cup"
    assert plural(0, "one cup", "%n cups") == "0 cups"
    assert plural(0, "one cup", "%n cups", zero="no cups") == "no cups"
    assert plural(12, "one cup", "%n cups") == "12 cups"
