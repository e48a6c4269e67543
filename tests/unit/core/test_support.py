"""The support answer: every helpline entry is complete, and each locale gets its own line."""

import json

import pytest

from kindling.core.support import (
    SUPPORT_GROUP,
    SupportDesk,
    SupportLocale,
    locale_from_environment,
    locale_from_name,
)
from kindling.resources import resource_path

FOLDER = resource_path("support")
HELPLINES = json.loads((FOLDER / "helplines.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def desk() -> SupportDesk:
    return SupportDesk.from_folder(FOLDER)


EXPECTED_LINES = {
    "DE": ["0800 111 0 111", "0800 111 0 222"],
    "AT": ["142"],
    "CH": ["143"],
    "GB": ["116 123"],
    "IE": ["116 123"],
    "US": ["988"],
    "CA": ["988"],
    "AU": ["13 11 14"],
    "NZ": ["1737"],
}


@pytest.mark.parametrize("entry", HELPLINES["lines"], ids=lambda e: e["territory"])
def test_each_helpline_has_a_territory_a_name_and_a_number(entry):
    assert len(entry["territory"]) == 2
    assert entry["territory"].isupper()
    assert entry["name"].strip()
    assert entry["numbers"]
    assert all(n.replace(" ", "").isdigit() for n in entry["numbers"])
    assert entry["numbers"] == EXPECTED_LINES[entry["territory"]]


def test_the_table_holds_exactly_the_reviewed_lines():
    assert {e["territory"] for e in HELPLINES["lines"]} == set(EXPECTED_LINES)
    assert HELPLINES["directory"]["address"] == "findahelpline.com"


@pytest.mark.parametrize("territory", sorted(EXPECTED_LINES))
@pytest.mark.parametrize("language", ["en", "de"])
def test_a_danger_note_is_answered_with_the_line_of_the_territory(desk, territory, language):
    answer = desk.answer("I want to die", SupportLocale(language, territory))
    assert answer is not None
    assert answer.group == SUPPORT_GROUP
    line = desk.helpline(territory)
    assert line is not None
    assert line.name in answer.text
    for number in EXPECTED_LINES[territory]:
        assert number in answer.text
    assert "findahelpline.com" in answer.text


def test_an_unknown_territory_gets_the_worldwide_directory(desk):
    answer = desk.answer("ich will sterben", SupportLocale("de", "FR"))
    assert answer is not None
    assert "findahelpline.com" in answer.text
    assert "TelefonSeelsorge" not in answer.text
    assert "Du musst das nicht allein tragen" in answer.text


def test_text_lines_say_so_and_free_is_said_only_where_known(desk):
    us = desk.answer_text(SupportLocale("en", "US"))
    assert "call or text 988" in us
    assert "(free)" in us
    au = desk.answer_text(SupportLocale("en", "AU"))
    assert "call 13 11 14" in au
    assert "(free)" not in au


def test_a_plain_note_gets_no_support_answer(desk):
    assert desk.answer("this sentence is clumsy", SupportLocale("en", "GB")) is None
    assert desk.answer(None, SupportLocale("en", "GB")) is None


def test_both_languages_say_every_part(desk):
    english = desk.page_text(SupportLocale("en", "GB"))
    german = desk.page_text(SupportLocale("de", "DE"))
    assert "you don't have to carry that alone" in english
    assert "emergency number" in english
    assert "musst du das nicht allein tragen" in german
    assert "Notruf" in german
    words = json.loads((FOLDER / "support_words.json").read_text(encoding="utf-8"))
    assert set(words["en"]) == set(words["de"])


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, SupportLocale("de", "DE")),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}, SupportLocale("en", "GB")),
        ({"LANG": "C.UTF-8"}, SupportLocale("en", None)),
        ({}, SupportLocale("en", None)),
        ({"LANG": "fr_CH.UTF-8"}, SupportLocale("en", "CH")),
    ],
)
def test_the_command_line_locale_comes_from_the_environment(environ, expected):
    assert locale_from_environment(environ) == expected


def test_a_qt_style_name_is_read_too():
    assert locale_from_name("en-NZ") == SupportLocale("en", "NZ")
