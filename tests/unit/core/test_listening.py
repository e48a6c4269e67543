"""The matcher that hears which critic group a typed note belongs to."""

from __future__ import annotations

import pytest

from kindling.core.listening import Listener, word_matches
from kindling.resources import resource_path


@pytest.fixture(scope="module")
def listener() -> Listener:
    return Listener.from_file(resource_path("critic_cues.json"))


def best(listener: Listener, note: str) -> str | None:
    heard = listener.groups_heard(note)
    return heard[0] if heard else None


@pytest.mark.parametrize(
    "note",
    [
        "again",  # once counted as perfection
        "I'll do the sky later",  # once counted as starting
        "they're in the next room",  # once counted as comparing
        "it's good",
        "das ist gut",
        "",
        "   ",
        "🎨🎨",
    ],
)
def test_everyday_words_are_not_read_as_a_critic(listener: Listener, note: str):
    assert listener.groups_heard(note) == []


def test_negation_turns_praise_into_the_critic_and_the_critic_into_praise(listener: Listener):
    assert best(listener, "not good enough") == "not-good-enough"
    assert best(listener, "this will never be good enough") == "not-good-enough"
    assert best(listener, "das ist nicht gut genug") == "not-good-enough"
    assert best(listener, "good enough") is None
    assert best(listener, "this is bad") == "not-good-enough"
    assert best(listener, "honestly not bad") is None
    assert best(listener, "nicht schlecht") is None


def test_a_negation_does_not_reach_over_a_comma_or_a_but(listener: Listener):
    assert best(listener, "not sure, but it is ugly") == "not-good-enough"
    assert best(listener, "nicht perfekt, aber schlecht") is not None


def test_word_forms_are_heard(listener: Listener):
    assert best(listener, "I wasted the whole day") == "wasting-time"
    assert best(listener, "stop comparing") == "comparing"
    assert best(listener, "du verschwendest deine Zeit") == "wasting-time"
    assert best(listener, "Zeitverschwendung") == "wasting-time"


def test_contractions_with_or_without_apostrophes_mean_the_same(listener: Listener):
    for note in ("you're pathetic", "youre pathetic", "you’re pathetic", "you are pathetic"):
        assert best(listener, note) == "self-attack", note
    for note in ("I can't start", "i cant start", "I cannot start"):
        assert best(listener, note) == "starting-is-hard", note


def test_one_letter_typos_are_forgiven_in_longer_words(listener: Listener):
    assert best(listener, "this is pointles") == "wasting-time"
    assert best(listener, "comparign myself") == "comparing"
    assert word_matches("exhuasted", "exhausted")
    assert not word_matches("letter", "better")  # short words: one letter is a different word


def test_letters_held_down_or_typed_twice_are_forgiven(listener: Listener):
    assert best(listener, "sooo baaad") == "not-good-enough"
    assert best(listener, "the face looks awfull") == "not-good-enough"
    assert best(listener, "youre so pathetiiic") == "self-attack"
    assert not word_matches("god", "good")  # a letter missing is not a letter held down


def test_a_word_that_is_a_cue_itself_is_not_read_as_a_typo_of_another(listener: Listener):
    # "anfangen" (to start) is one letter from "Anfänger" (beginner: the impostor voice)
    assert best(listener, "ich kann nicht anfangen") == "starting-is-hard"


def test_umlauts_and_sharp_s_are_folded_either_way(listener: Listener):
    for note in ("so hässlich", "so häßlich", "so hasslich", "so haesslich"):
        assert best(listener, note) == "not-good-enough", note


def test_phrases_keep_their_order_and_allow_one_word_between(listener: Listener):
    assert best(listener, "wer glaubst du wer du bist") == "impostor"
    assert best(listener, "who the hell do you think you are") == "impostor"
    assert best(listener, "you are so pathetic") == "self-attack"


def test_self_attack_leads_even_when_a_milder_group_is_heard_more(listener: Listener):
    heard = listener.groups_heard("this painting is ugly and boring and I hate myself")
    assert heard[0] == "self-attack"
    assert "not-good-enough" in heard


def test_english_and_german_notes_are_heard_alike(listener: Listener):
    assert best(listener, "I have nothing left") == best(listener, "ich habe keine Kraft mehr")
    assert best(listener, "who do I think I am") == best(listener, "wer glaubst du, wer du bist")


def test_an_empty_cue_is_refused():
    with pytest.raises(ValueError, match="empty critic cue"):
        Listener({"g": ["  "]})


def test_every_cue_in_the_lists_is_heard_in_its_own_group(listener: Listener):
    """Each entry of critic_cues.json, written as a note, reaches its group (a cue that needs a
    negation gets one): no entry is dead weight or spelt so that it can never match."""
    import json

    data = json.loads(resource_path("critic_cues.json").read_text(encoding="utf-8"))
    deaf = []
    for group, cues in data["groups"].items():
        assert len(cues) == len({c.casefold() for c in cues}), f"a cue is listed twice in {group}"
        for cue in cues:
            words = cue.lstrip("!~").replace("*", "")
            note = f"not {words}" if cue.startswith("!") else words
            if group not in listener.groups_heard(note):
                deaf.append(f"{group}: {cue!r}")
    assert deaf == []


def test_the_cue_lists_name_the_ten_critic_groups_of_the_library(listener: Listener):
    from kindling.core.reframes import ReframeLibrary

    library = ReframeLibrary.from_file(resource_path("reframes.json"))
    assert len(listener.groups) == 10
    assert set(listener.groups) <= {g.id for g in library.groups}
