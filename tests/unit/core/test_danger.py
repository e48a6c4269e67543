"""Every danger phrase in resources/support/danger_phrases.json is met, and no everyday hyperbole.

Each entry of the data file has at least one note here naming it; a test checks that nothing
in the file goes untested. The notes are written as people type: slips, shorthand, German.
"""

import json

import pytest

from kindling.core.danger import DangerWords, fold
from kindling.resources import resource_path

DATA = resource_path("support", "danger_phrases.json")


@pytest.fixture(scope="module")
def danger() -> DangerWords:
    return DangerWords.from_file(DATA)


# (note, the entry it must meet)
DANGER_NOTES = [
    ("I want to die", "en-want-to-die"),
    ("i just wanna dieee", "en-want-to-die"),
    ("i want 2 die", "en-want-to-die"),
    ("I should just die", "en-want-to-die"),
    ("you deserve to die", "en-want-to-die"),
    ("I wish I was dead", "en-want-to-be-dead"),
    ("honestly I'd rather be dead", "en-want-to-be-dead"),
    ("everyone says I'd be better off dead", "en-better-off-dead"),
    ("I should just kill myself", "en-kill-myself"),
    ("gonna kil myslef", "en-kill-myself"),
    ("I could kill myself for forgetting the varnish", "en-kill-myself"),
    ("just go and kill yourself", "en-kill-yourself"),
    ("I want to end my life", "en-end-my-life"),
    ("thinking about taking my own life", "en-end-my-life"),
    ("I want to end it all", "en-end-it-all"),
    ("the urge to self harm is back", "en-self-harm"),
    ("I want to hurt myself", "en-hurt-myself"),
    ("I cut myself again last night", "en-cut-myself"),
    ("thinking of cutting my wrists", "en-cut-myself"),
    ("I don't want to live anymore", "en-not-want-to-live"),
    ("I don’t want to exist", "en-not-want-to-live"),
    ("I don't want to be here anymore", "en-not-be-here-anymore"),
    ("wish I wasn't alive", "en-wish-not-alive"),
    ("i wish id never been born", "en-wish-not-alive"),
    ("I wish I didn't exist", "en-wish-not-exist"),
    ("I just want to stop existing", "en-stop-existing"),
    ("I hope I never wake up", "en-never-wake-up"),
    ("go to sleep and never wake up", "en-never-wake-up"),
    ("there's nothing to live for", "en-no-reason-to-live"),
    ("everyone would be better off without me", "en-better-off-without-me"),
    ("thinking about taking an overdose", "en-overdose"),
    ("I want to disappear forever", "en-disappear-forever"),
    ("I don't want to wake up tomorrow", "en-not-wake-up"),
    ("i dont want to wake up", "en-not-wake-up"),
    ("life isn't worth living", "en-not-worth-living"),
    ("so tired of being alive", "en-tired-of-living"),
    ("I can't go on living like this", "en-cant-go-on-living"),
    ("I keep thinking I could hang myself", "en-ways-to-die"),
    ("I want to jump off a bridge", "en-ways-to-die"),
    ("ich hab keinen Grund mehr zu leben", "de-kein-grund-zu-leben"),
    ("mein Leben hat keinen Sinn mehr", "de-leben-sinnlos"),
    ("ich will mich aufhängen", "de-wege-zu-sterben"),
    ("kms", "word:kms"),
    ("this draft makes me want to kms lol", "word:kms"),
    ("kys", "word:kys"),
    ("I want to unalive myself", "word:unalive"),
    ("suicidal again", "word:suicidal"),
    ("thinking about sucide", "word:suicide"),
    ("suicide", "word:suicide"),
    ("unalived", "word:unalived"),
    ("unaliving", "word:unaliving"),
    ("selfharm", "word:selfharm"),
    ("kermit sewerslide", "word:sewerslide"),
    ("killmyself", "word:kilmyself"),
    ("ich will sterben", "de-will-sterben"),
    ("Ich möchte einfach nur noch sterben", "de-will-sterben"),
    ("ich wäre lieber tot", "de-tot-sein"),
    ("ich wünschte ich wär tot", "de-tot-sein"),
    ("ich will nicht mehr leben", "de-nicht-mehr-leben"),
    ("ich will einfach nicht mehr da sein", "de-nicht-mehr-da-sein"),
    ("Ich will nicht mehr.", "de-will-nicht-mehr"),
    ("ich könnte mich umbringen", "de-umbringen"),
    ("ich denke daran, mich umzubringen", "de-umbringen"),
    ("ich bring mich um", "de-bring-mich-um"),
    ("ich will mir das Leben nehmen", "de-leben-nehmen"),
    ("ich will mich wieder ritzen", "de-ritzen"),
    ("ritzen", "de-ritzen"),
    ("ich will mir wehtun", "de-mir-wehtun"),
    ("ich möchte mich selbst verletzen", "de-mir-wehtun"),
    ("ich will allem ein Ende setzen", "de-alles-beenden"),
    ("wäre ich doch nie geboren", "de-nie-geboren"),
    ("alle wären besser dran ohne mich", "de-ohne-mich"),
    ("Suizid", "word:suizid"),
    ("suizidal", "word:suizidal"),
    ("Selbstmord", "word:selbstmord"),
    ("selbstmrod", "word:selbstmord"),
    ("Selbstmordgedanken", "word:selbstmordgedanken"),
    ("Freitod", "word:freitod"),
    ("Selbstverletzung", "word:selbstverletzung"),
    ("ich bin lebensmüde", "word:lebensmuede"),
]

# Everyday hyperbole and hard self-talk that is not about dying: never the support answer.
NOT_DANGER = [
    "this deadline is killing me",
    "kill your darlings",
    "murder your darlings, they said",
    "the colours look dead",
    "dead tired",
    "I'm dead on my feet",
    "I could die of embarrassment",  # decided: a clear idiom ("die of"), not a wish to die
    "a blue to die for",
    "I'm dying to finish this chapter",
    "you're killing it",
    "my back is killing me",
    "this is a dead end",
    "the scene is dead in the water",
    "I nearly died laughing",
    "my editor will kill me",
    "the battery died",
    "I need to cut myself some slack",
    "cut the last paragraph",
    "a killer opening line",
    "the critic will be the death of me",
    "I hate myself",  # self-attack, answered with soothing, not a danger note on its own
    "I can't do this anymore",  # exhaustion (depleted)
    "I should just give up painting",
    "I don't want to be here at this stupid workshop",
    "I did not wake up early enough",
    "I don't want to wake up early for the workshop",
    "so tired of this painting",
    "the painting has no life in it",
    "das Bild hat keinen Sinn mehr",
    "an overdose of ochre",
    "the sky is muddy",
    "diese Deadline bringt mich um",
    "das wird mich noch umbringen",
    "die Ausstellung wird mich umbringen",
    "die Farben wirken tot",
    "ich bin todmüde",
    "totmüde",
    "Totenkopf",
    "zum Sterben schön",
    "ich sterbe vor Hitze",
    "ich lach mich tot",
    "sterbenslangweilig",
    "ich könnte vor Scham sterben",
    "ich kann nicht mehr",  # exhaustion (depleted); "ich will nicht mehr" alone is danger
    "ich will nicht mehr malen",
    "ich will nicht sterben",
    "ich hasse mich",
    "Staub in den Ritzen",
    "Linien in die Kupferplatte ritzen",
    "bring mich um den Verstand",
    "der Text ist tot",
    "Todsünde",
    "ich schneide die Szene raus",
    "",
    "   ",
]


@pytest.mark.parametrize(("note", "entry"), DANGER_NOTES)
def test_each_danger_note_is_met(danger, note, entry):
    assert danger.matching(note) == entry


@pytest.mark.parametrize("note", NOT_DANGER)
def test_everyday_hyperbole_is_not_danger(danger, note):
    assert danger.matching(note) is None


def test_every_entry_in_the_data_has_a_note_that_meets_it():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    named = {entry for _, entry in DANGER_NOTES}
    for pattern in data["patterns"]:
        assert pattern["id"] in named, pattern["id"]
    for word in data["words"]:
        assert f"word:{fold(word)}" in named, word


def test_every_idiom_blanked_out_has_a_note_that_would_otherwise_trigger(danger):
    # Each not_danger entry guards a hyperbole listed above; without it that note would match.
    guarded = {
        "en-cut-myself-slack": "I need to cut myself some slack",
        "de-ritzen-nomen": "Staub in den Ritzen",
        "de-ritzen-gravur": "Linien in die Kupferplatte ritzen",
        "de-wird-mich-umbringen": "die Ausstellung wird mich umbringen",
    }
    assert {p.id for p in danger.not_danger} == set(guarded)
    unguarded = DangerWords(danger._words, frozenset(danger._fuzzy), danger.patterns, ())
    for note in guarded.values():
        assert unguarded.is_danger(note), note
        assert not danger.is_danger(note), note
