"""Counts in every sentence agree with their number: 0, 1 and 2, in English and German.

The views use Qt's ``%n`` plural forms (``tr(text, "", n)``); the command line's English
uses ``core.plural`` (tests/unit/core/test_plural.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta

import pytest

from kindling.companion.history import History
from kindling.core.model import ImportResult, Pause
from kindling.core.summary import summarise
from kindling.desktop.translations import install_translations
from kindling.resources import resource_path
from kindling.ui.history_view import HistoryView
from kindling.ui.summary_view import SummaryView
from kindling.ui.words import Words

EXPECTED = {
    "en": {
        "noticed": (
            "The critic stayed quiet this time, or you simply let it be.",
            "You noticed the critic, and that was a moment of awareness.",
            "Each time you noticed the critic was a moment of awareness.",
        ),
        # Behind "Show the numbers": the count itself, never the first thing seen.
        "count": ("", "You noticed the critic once.", "You noticed the critic 2 times."),
        "pauses": (None, "You took a mindful pause.", "You took 2 mindful pauses."),
        "marks": (
            "0 critic moments marked along the session",
            "One critic moment marked along the session",
            "2 critic moments marked along the session",
        ),
        "minutes": ("less than a minute", "1 minute", "2 minutes"),
        "hours": (None, "1 hour", "2 hours"),
        "added": (
            "No new sessions were added.",
            "One session was added.",
            "2 sessions were added.",
        ),
    },
    "de": {
        "noticed": (
            "Der Kritiker blieb diesmal still – oder du hast ihn einfach sein lassen.",
            "Du hast den Kritiker bemerkt, und das war ein Moment der Achtsamkeit.",
            "Jedes Mal, wenn du den Kritiker bemerkt hast, war ein Moment der Achtsamkeit.",
        ),
        "count": (
            "",
            "Du hast den Kritiker einmal bemerkt.",
            "Du hast den Kritiker 2-mal bemerkt.",
        ),
        "pauses": (
            None,
            "Du hast eine achtsame Pause gemacht.",
            "Du hast 2 achtsame Pausen gemacht.",
        ),
        "marks": (
            "0 Momente mit dem Kritiker auf der Zeitleiste markiert",
            "Ein Moment mit dem Kritiker auf der Zeitleiste markiert",
            "2 Momente mit dem Kritiker auf der Zeitleiste markiert",
        ),
        "minutes": ("weniger als eine Minute", "1 Minute", "2 Minuten"),
        "hours": (None, "1 Stunde", "2 Stunden"),
        "added": (
            "Es kamen keine neuen Sessions hinzu.",
            "Eine Session kam hinzu.",
            "2 Sessions kamen hinzu.",
        ),
    },
}


@pytest.fixture
def history(journal, companion, clock):
    return History(journal.repository, companion, clock=clock)


@pytest.fixture(params=["en", "de"])
def language(request, qapp) -> Iterator[str]:
    assert install_translations(qapp, request.param, resource_path("translations")) == request.param
    yield request.param
    install_translations(qapp, "en", resource_path("translations"))


@pytest.mark.parametrize("count", [0, 1, 2])
def test_the_summary_agrees_with_its_count(qtbot, companion, clock, language, count):
    companion.start("painting")
    for _ in range(count):
        clock.advance(minutes=3)
        companion.notice_critic(None)
    clock.advance(minutes=3)
    ended = companion.end()
    pauses = [Pause(at=ended.session.started_at, seconds=60)] * count
    summary = summarise(dataclasses.replace(ended.session, pauses=pauses))
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(summary)
    expected = EXPECTED[language]

    assert view._awareness.text() == expected["noticed"][count]
    assert view._count.text() == expected["count"][count]
    assert view.timeline.accessibleDescription() == expected["marks"][count]
    pause_words = expected["pauses"][count]
    if pause_words is None:
        assert "Pause" not in view._details_html(summary)
        assert "pause" not in view._details_html(summary)
    else:
        assert pause_words in view._details_html(summary)


@pytest.mark.parametrize("count", [0, 1, 2])
def test_lengths_of_time_agree_with_their_count(language, count):
    words = Words()
    assert words.duration(timedelta(minutes=count)) == EXPECTED[language]["minutes"][count]
    if count:
        assert words.duration(timedelta(hours=count)) == EXPECTED[language]["hours"][count]


@pytest.mark.parametrize("count", [0, 1, 2])
def test_import_words_agree_with_their_count(qtbot, history, language, count):
    view = HistoryView(history)
    qtbot.addWidget(view)
    result = ImportResult(added=count, skipped_same=0, skipped_different=())
    assert view._import_words(result) == EXPECTED[language]["added"][count]
