"""The kind sentences of the patterns, in English and German: one for a rise, a fall, a steady
line, a single session and no data; a fall is never told as a failure."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from kindling.core.insights import ArrivalBin, Change, Rate
from kindling.core.trends import Trend
from kindling.desktop.translations import install_translations
from kindling.resources import resource_path
from kindling.ui.insight_sentences import InsightSentences

FORBIDDEN = {
    "en": (
        "only",
        "worse",
        "dropped",
        "drop",
        "fail",
        "decline",
        "lower",
        "behind",
        "should",
        "score",
        "streak",
        "!",
    ),
    "de": (
        "nur",
        "schlechter",
        "gesunken",
        "versag",
        "rückgang",
        "gescheitert",
        "solltest",
        "niedriger",
        "!",
    ),
}


def harsh_words(sentence: str, language: str) -> list[str]:
    """Forbidden words at the start of a word ("fail" finds "failure"), and any "!"."""
    lowered = sentence.lower()
    return [
        word
        for word in FORBIDDEN[language]
        if (word in lowered if word == "!" else re.search(rf"\b{re.escape(word)}", lowered))
    ]


def test_the_forbidden_words_are_found_where_they_are():
    assert harsh_words("You only made one thing.", "en") == ["only"]
    assert harsh_words("A failure!", "en") == ["fail", "!"]
    assert harsh_words("Das war schlechter.", "de") == ["schlechter"]
    assert harsh_words("Eine Schnur", "de") == []  # "nur" inside a word is no "nur"
    assert harsh_words("Paint the flowers", "en") == []


@pytest.fixture(params=["en", "de"])
def language(request, qapp) -> Iterator[str]:
    assert install_translations(qapp, request.param, resource_path("translations")) == (
        request.param
    )
    yield request.param
    install_translations(qapp, "en", resource_path("translations"))


def every_sentence(say: InsightSentences) -> dict[str, str]:
    sentences = {f"weeks {t.value}": say.weeks(t) for t in Trend}
    sentences |= {f"soothing {t.value}": say.soothing(t) for t in Trend}
    early = (ArrivalBin(0, 5, 4), ArrivalBin(5, 10, 1), ArrivalBin(60, None, 0))
    late = (ArrivalBin(0, 5, 1), ArrivalBin(20, 40, 5))
    sentences |= {
        "arrival none": say.arrival(early, 0),
        "arrival early": say.arrival(early, 5),
        "arrival late": say.arrival(late, 6),
    }
    ink, oil = Rate("ink", 4.0, 2.0, 2), Rate("oil", 1.0, 2.0, 2)
    morning, night = Rate("morning", 4.0, 2.0, 2), Rate("night", 1.0, 2.0, 2)
    sentences |= {
        "medium none": say.by_medium(()),
        "medium one": say.by_medium((ink,)),
        "medium two": say.by_medium((ink, oil)),
        "time one": say.by_time((morning,)),
        "time two": say.by_time((morning, night)),
    }
    more, less = Change("with", 3.0, 4), Change("without", 1.0, 4)
    sentences |= {
        "warm-up none": say.warmup(None, less),
        "warm-up helps": say.warmup(more, less),
        "warm-up not needed": say.warmup(less, more),
        "warm-up alike": say.warmup(more, Change("without", 2.8, 3)),
        "helpful none": say.helpful(False),
        "helpful some": say.helpful(True),
    }
    return sentences


def test_each_pattern_has_its_own_kind_sentence_in_each_language(qtbot, language):
    say = InsightSentences()
    sentences = every_sentence(say)
    assert all(sentence.strip() for sentence in sentences.values())
    # Five different sentences for five different shapes of the same chart.
    assert len({say.weeks(t) for t in Trend}) == len(Trend)
    assert len({say.soothing(t) for t in Trend}) == len(Trend)
    if language == "de":
        assert say.weeks(Trend.FALL).startswith("In letzter Zeit blieb weniger Zeit")
        assert say.soothing(Trend.FALL).startswith("Beruhigung war in letzter Zeit schwerer")
        assert say.by_time((Rate("morning", 4.0, 1, 1), Rate("night", 1.0, 1, 1))).endswith(
            "nachts."
        )
    else:
        assert say.soothing(Trend.FALL) == (
            "Soothing was harder to reach lately; that happens, and you still made something."
        )
        assert say.weeks(Trend.RISE).startswith("You have been making room for your work more")
        assert say.weeks(Trend.SINGLE).startswith("One session in these twelve weeks.")
    assert "oil" in sentences["medium two"]  # the quietest is named, never the loudest
    assert "20" in sentences["arrival late"]


def test_no_sentence_grades_and_a_fall_is_met_warmly(qtbot, language):
    say = InsightSentences()
    for where, sentence in every_sentence(say).items():
        assert not harsh_words(sentence, language), f"{where}: {sentence}"
    for fall in (say.weeks(Trend.FALL), say.soothing(Trend.FALL)):
        # Said with something kind in the same breath, not left as a bare loss.
        kind = (
            ("happens", "seasons", "still", "kindly")
            if language == "en"
            else ("dazu", "kommt vor", "trotzdem", "freundlich")
        )
        assert any(word in fall.lower() for word in kind), fall
