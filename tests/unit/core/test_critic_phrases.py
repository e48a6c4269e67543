"""How well the card hears critic notes: a labelled set of 150+ notes, accuracy per group."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from kindling.core.listening import Listener, fold
from kindling.core.picker import ReframePicker
from kindling.core.reframes import ReframeLibrary
from kindling.resources import resource_path

PHRASES = Path(__file__).with_name("critic_phrases.tsv")
LEAST_ACCURACY = 0.85
LEAST_PER_GROUP = 0.75
"""No group may be left behind for the overall figure to look good."""


def labelled() -> list[tuple[str, str, str]]:
    rows = []
    for line in PHRASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, language, group = line.split("\t")
            rows.append((phrase, language, group))
    return rows


def test_the_labelled_set_is_large_varied_and_written_apart_from_the_cues():
    rows = labelled()
    library = ReframeLibrary.from_file(resource_path("reframes.json"))
    groups = Counter(group for _, _, group in rows)
    assert len(rows) >= 150
    assert set(groups) == set(Listener.from_file(resource_path("critic_cues.json")).groups)
    assert set(groups) <= {g.id for g in library.groups}
    assert min(groups.values()) >= 12, groups
    german = sum(1 for _, language, _ in rows if language == "de")
    assert german / len(rows) >= 0.25
    assert len({fold(p) for p, _, _ in rows}) == len(rows), "a phrase is listed twice"
    listener = Listener.from_file(resource_path("critic_cues.json"))
    cues = {" ".join(c.words) for g in listener.groups for c in listener.cues(g)}
    copied = [p for p, _, _ in rows if " ".join(listener.tokens(p)) in cues]
    assert copied == [], "a labelled note is just a cue from the lists"
    for example, group in [
        ("this sentence is clumsy", "not-good-enough"),
        ("the sky is muddy", "not-good-enough"),
        ("who do I think I am", "impostor"),
    ]:
        assert (example, "en", group) in rows


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_card_answers_the_group_the_note_is_about(language: str, capsys):
    """Measured through the picker, as a person meets it: a note that fits no group gets a
    'protecting' card, so a 'protecting' note counts as heard only when a card from that group
    is shown. Notes in both languages are run against the library of each interface language."""
    name = "reframes.json" if language == "en" else "reframes.de.json"
    library = ReframeLibrary.from_file(resource_path(name))
    picker = ReframePicker(library, rng=random.Random(0), no_repeat=0)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed = []
    for phrase, _, expected in labelled():
        total[expected] += 1
        shown = picker.pick(phrase).group
        if shown == expected:
            right[expected] += 1
        else:
            missed.append(f"  {phrase!r}: {expected} expected, {shown} shown")
    overall = sum(right.values()) / sum(total.values())
    report = [f"critic notes heard, {language} library: {overall:.1%} of {sum(total.values())}"]
    report += [
        f"  {group:<17} {right[group]:>3}/{total[group]:<3} {right[group] / total[group]:.0%}"
        for group in sorted(total)
    ]
    with capsys.disabled():
        print("\n" + "\n".join([*report, "  missed:", *missed]))
    assert overall >= LEAST_ACCURACY
    for group in total:
        assert right[group] / total[group] >= LEAST_PER_GROUP, group
