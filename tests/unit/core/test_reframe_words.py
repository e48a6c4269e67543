"""The built-in reframes hold the library's writing rules, in English and in German."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from kindling.resources import resource_path

FILES = {"en": "reframes.json", "de": "reframes.de.json"}
GROUPS = [
    "not-good-enough",
    "wasting-time",
    "starting-is-hard",
    "comparing",
    "perfection",
    "judgement",
    "impostor",
    "self-attack",
    "depleted",
    "protecting",
]
GREETINGS = {
    # The card shows its own greeting line above the reframe (ui/toast.py): never a second one.
    "en": ["hello", "hi", "hey", "ah", "oh", "there you are", "there it is", "there's that",
           "well met", "welcome", "greetings", "good to see", "nice to see", "i see you",
           "noticed", "howdy"],
    "de": ["hallo", "hi", "hey", "ach", "ah", "oh", "na", "da bist du", "da ist sie",
           "da ist er", "schön, dich", "willkommen", "servus", "moin", "grüß", "sieh an",
           "ich sehe dich", "bemerkt"],
}  # fmt: skip
NEVER = {
    # No orders, no worth to argue with, no forced cheer, no archaic or church-like turns.
    "en": ["should", "must", "deserve", "worthy", "you are enough", "you're enough", "amazing",
           "everything will be", "stay positive", "thee", "thou", "thy", "shall", "well met",
           "fail", "failed", "failing", "failure", "lazy", "stupid"],
    "de": ["möge", "mögest", "möget", "sollst", "solltest", "verdienst", "verdient", "wertvoll",
           "alles wird gut", "bleib positiv", "fürwahr", "dereinst", "versagen", "versager", "versagt", "faul", "dumm"],
}  # fmt: skip
FIRST_PERSON = {
    "en": r"\b(i|i'm|i've|i'll|me|my|myself|mine)\b",
    "de": r"\b(ich|mich|mir|mein|meine|meinen|meinem|meiner|meines)\b",
}
THE_PERSON_AS_YOU = {
    # Said to the critic, these would make the critic the one with hands and work.
    "en": r"\byour(self| own| hands| eyes| work| breath| body| shoulders| page| piece)\b",
    "de": r"\b(dich selbst|dir selbst|deine hände|deine augen|deine arbeit|dein atem|deinen atem)\b",
}
CRITIC_ADDRESSED_BY_NAME = (
    r"(^|[,.!?]\s*)(critic|kritiker|kritikerin)\s*[,.!?]|,\s*(critic|kritiker)\b"
)


def raw(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path(FILES[language]).read_text(encoding="utf-8"))
    return data


def cards(language: str) -> list[dict[str, str]]:
    return [
        {**card, "group": group["id"]}
        for group in raw(language)["groups"]
        for card in group["reframes"]
    ]


def test_both_languages_have_the_same_groups_and_ids_in_the_same_order():
    english, german = raw("en"), raw("de")
    assert [g["id"] for g in english["groups"]] == GROUPS
    assert [g["id"] for g in german["groups"]] == GROUPS
    assert [(c["id"], c["group"], c["to"]) for c in cards("en")] == [
        (c["id"], c["group"], c["to"]) for c in cards("de")
    ]
    for group_en, group_de in zip(english["groups"], german["groups"], strict=True):
        assert group_en["title"]
        assert group_de["title"]
        assert group_en["title"] != group_de["title"]


@pytest.mark.parametrize("language", ["en", "de"])
def test_at_least_seventy_cards_and_six_in_every_group(language: str):
    every = cards(language)
    assert len(every) >= 70
    for group in GROUPS:
        assert sum(1 for c in every if c["group"] == group) >= 6, group
    assert len({c["id"] for c in every}) == len(every)
    assert len({c["text"] for c in every}) == len(every)


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_card_greets_after_the_cards_own_greeting(language: str):
    for card in cards(language):
        opening = card["text"].casefold()
        for greeting in GREETINGS[language]:
            assert not re.match(rf"{re.escape(greeting)}\b", opening), (card["id"], greeting)


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_orders_worth_claims_forced_cheer_or_archaic_words(language: str):
    for card in cards(language):
        lowered = card["text"].casefold()
        for word in NEVER[language]:
            assert not re.search(rf"\b{re.escape(word)}\b", lowered), (card["id"], word)
        assert 40 < len(card["text"]) < 260, card["id"]


def test_at_most_a_quarter_of_the_cards_say_may_you():
    every = cards("en")
    share = sum(1 for c in every if "may you" in c["text"].casefold()) / len(every)
    assert share <= 0.25


@pytest.mark.parametrize("language", ["en", "de"])
def test_each_card_speaks_either_to_the_critic_or_to_the_person(language: str):
    """To the critic: "you" is the critic, the person is "I". To the person: no "I" at all,
    and the critic is spoken of, never called by name."""
    first_person = re.compile(FIRST_PERSON[language])
    person_as_you = re.compile(THE_PERSON_AS_YOU[language])
    by_name = re.compile(CRITIC_ADDRESSED_BY_NAME)
    for card in cards(language):
        text = card["text"].casefold().replace("’", "'")
        assert card["to"] in ("critic", "person"), card["id"]
        assert not by_name.search(text), card["id"]
        if card["to"] == "critic":
            assert first_person.search(text), (card["id"], "the person speaks as I")
            assert not person_as_you.search(text), (card["id"], "and is never 'you' as well")
        else:
            assert not first_person.search(text), (card["id"], "no 'I' beside the person's 'you'")


def test_both_voices_are_used_in_both_languages():
    for language in FILES:
        voices = {c["to"] for c in cards(language)}
        assert voices == {"critic", "person"}


def test_self_attack_cards_soothe_and_never_argue():
    """Breath, body, warmth or company come first; no card tells the person what they are."""
    soothing = re.compile(r"breath|breathe|gentle|warmth|safe|alone|soothing|kind|hand|feet")
    for card in cards("en"):
        if card["group"] != "self-attack":
            continue
        text = card["text"].casefold()
        assert soothing.search(text), card["id"]
        assert not re.search(
            r"\byou(?:'re| are) (?:not (?!alone)|good|worth|enough|talented)", text
        )
