"""The reframe library and the picker."""

import random
from collections import Counter

from kindling.core.picker import DEFAULT_NO_REPEAT, Feedback, ReframePicker
from kindling.core.reframes import ReframeLibrary

EXPECTED_GROUPS = {
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
}


def test_library_has_seventy_reframes_across_every_critic_group(library: ReframeLibrary):
    assert len(library.reframes) >= 70
    assert {g.id for g in library.groups} == EXPECTED_GROUPS
    for group in EXPECTED_GROUPS:
        assert len(library.in_group(group)) >= 6


def test_every_builtin_reframe_says_whom_it_speaks_to(library: ReframeLibrary):
    assert {r.speaks_to for r in library.reframes} == {"critic", "person"}
    card = library.get("wt-04")  # "...teaching my hands and eyes": the critic is "you"
    assert card is not None
    assert card.speaks_to == "critic"


def test_every_reframe_is_short_and_kind(library: ReframeLibrary):
    for reframe in library.reframes:
        assert 40 < len(reframe.text) < 260, reframe.id
        lowered = reframe.text.lower()
        for harsh in ("fail", "should ", "must ", "lazy", "stupid"):
            assert harsh not in lowered, (reframe.id, harsh)


def test_picker_never_repeats_one_of_the_last_several(library: ReframeLibrary):
    picker = ReframePicker(library, rng=random.Random(1))
    shown = [picker.pick().id for _ in range(300)]
    for index in range(len(shown)):
        window = shown[max(0, index - DEFAULT_NO_REPEAT) : index]
        assert shown[index] not in window


def test_picker_remembers_recent_reframes_from_earlier_sessions(library: ReframeLibrary):
    recent = [r.id for r in library.reframes[:DEFAULT_NO_REPEAT]]
    picker = ReframePicker(library, rng=random.Random(2), recent=recent)
    for _ in range(50):
        picker2 = ReframePicker(library, rng=random.Random(_), recent=recent)
        assert picker2.pick().id not in recent
    assert picker.pick().id not in recent


def test_picker_prefers_the_group_whose_words_match_the_note(library: ReframeLibrary):
    in_group = len(library.in_group("wasting-time"))
    picker = ReframePicker(library, rng=random.Random(3), no_repeat=in_group)
    note = "I am wasting my time, this is pointless"
    shown = [picker.pick(note) for _ in range(in_group + 1)]
    # the whole matching group first; then, rather than repeat itself, it moves on: to the
    # cards for a protective critic, which fit any note
    assert [r.group for r in shown[:in_group]] == ["wasting-time"] * in_group
    assert len({r.id for r in shown[:in_group]}) == in_group
    assert shown[in_group].group == "protecting"
    picker = ReframePicker(library, rng=random.Random(3))
    assert picker.pick("everyone else is so much better than me").group == "comparing"


def test_a_note_that_fits_no_group_gets_a_card_for_the_protective_critic(library: ReframeLibrary):
    picker = ReframePicker(library, rng=random.Random(8))
    assert library.groups_matching("the cat walked across the palette") == []
    assert {picker.pick("the cat walked across the palette").group for _ in range(5)} == {
        "protecting"
    }


def test_without_a_note_any_group_can_answer_but_the_words_for_a_harsh_critic(
    library: ReframeLibrary,
):
    """ "Those words hurt." answers words that were said; a silent tap gets a card that fits any
    critic, and a card for a harsh one only when the note says so."""
    picker = ReframePicker(library, rng=random.Random(9))
    groups = {picker.pick().group for _ in range(300)}
    assert groups == EXPECTED_GROUPS - {"self-attack"}
    assert {picker.pick("they will laugh").group for _ in range(20)} <= {"judgement", "protecting"}
    assert picker.pick("you're pathetic").group == "self-attack"


def test_a_library_without_cue_lists_hears_nothing_and_still_answers():
    bare = ReframeLibrary.from_json(
        '{"groups": [{"id": "comparing", "title": "t", "reframes": [{"id": "c", "text": "x"}]}]}'
    )
    assert bare.groups_matching("everyone else is better") == []
    assert ReframePicker(bare, rng=random.Random(1)).pick("everyone else is better").id == "c"


def test_self_attack_is_answered_first_even_beside_a_complaint_about_the_work(
    library: ReframeLibrary,
):
    picker = ReframePicker(library, rng=random.Random(10))
    assert picker.pick("the drawing is ugly and I hate myself").group == "self-attack"
    assert picker.pick("du bist so erbärmlich, das Bild ist Mist").group == "self-attack"


def test_picker_favours_reframes_marked_helpful(library: ReframeLibrary):
    favourite = library.reframes[0].id
    picker = ReframePicker(
        library, rng=random.Random(4), no_repeat=0, feedback={favourite: Feedback(helped=10)}
    )
    counts = Counter(picker.pick().id for _ in range(2000))
    others = [n for rid, n in counts.items() if rid != favourite]
    assert counts[favourite] > 5 * max(others)


def test_not_this_one_makes_a_reframe_rarer_but_never_impossible(library: ReframeLibrary):
    disliked = library.reframes[0].id
    picker = ReframePicker(library, rng=random.Random(5), no_repeat=0)
    for _ in range(4):
        picker.record_feedback(disliked, False, None)
    counts = Counter(picker.pick().id for _ in range(8000))
    average = 8000 / len(library.reframes)
    assert 0 < counts[disliked] < average / 2
