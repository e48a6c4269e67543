"""A danger note gets support, not a reframe; a note typed on the card is answered; all kept."""

import json
import logging

from kindling.core.export_json import dumps, loads
from kindling.core.support import SUPPORT_GROUP, SUPPORT_ID, SupportLocale


def test_a_danger_note_is_answered_with_support_and_kept(companion, journal):
    companion.set_support_locale(SupportLocale("en", "GB"))
    companion.start("painting")
    noticed = companion.notice_critic("I should just kill myself")

    assert noticed.reframe.group == SUPPORT_GROUP
    assert noticed.reframe.id == SUPPORT_ID
    assert "Samaritans" in noticed.reframe.text
    assert "116 123" in noticed.reframe.text
    stored = journal.store.get_session(companion.current.id).moments[-1]
    assert stored.note == "I should just kill myself"
    assert (stored.reframe.id, stored.reframe.text) == (SUPPORT_ID, noticed.reframe.text)


def test_the_support_answer_speaks_the_interface_language(companion):
    companion.set_support_locale(SupportLocale("de", "AT"))
    companion.start("Malen")
    noticed = companion.notice_critic("ich will nicht mehr leben")
    assert "Du musst das nicht allein tragen" in noticed.reframe.text
    assert "142" in noticed.reframe.text


def test_everyday_hyperbole_gets_a_reframe(companion):
    companion.start("writing")
    for note in ("this deadline is killing me", "kill your darlings", "die Farben wirken tot"):
        assert companion.notice_critic(note).reframe.group != SUPPORT_GROUP


def test_the_export_keeps_its_moment_format_for_support(companion, journal):
    session = companion.start("painting")
    companion.notice_critic("kms")
    companion.end()
    stored = journal.store.get_session(session.id)
    text = dumps([stored], companion.now())
    moment = json.loads(text)["sessions"][0]["moments"][0]
    assert set(moment["reframe"]) == {"id", "text"}
    assert moment["reframe"]["id"] == SUPPORT_ID
    assert loads(text)[0].moments[0].reframe == stored.moments[0].reframe  # back exactly


def _plain_moment(companion):
    """A tap with no note whose words are not about wasting time."""
    while True:
        noticed = companion.notice_critic()
        if noticed.reframe.group != "wasting-time":
            return noticed


def test_a_note_typed_on_the_card_is_answered_and_the_journal_holds_the_new_words(
    companion, journal
):
    companion.start("painting")
    noticed = _plain_moment(companion)

    answer = companion.answer_note(noticed.moment.id, "I am wasting my time")

    assert answer is not None
    assert answer.group == "wasting-time"
    stored = journal.store.get_session(companion.current.id).moments[-1]
    assert stored.note == "I am wasting my time"
    assert (stored.reframe.id, stored.reframe.text) == (answer.id, answer.text)
    assert companion.current.moments[-1].reframe.text == answer.text


def test_a_note_that_matches_nothing_keeps_the_words_and_the_note(companion, journal):
    companion.start("painting")
    noticed = companion.notice_critic()
    answer = companion.answer_note(noticed.moment.id, "hm")
    assert answer is not None
    assert answer.text == noticed.reframe.text
    stored = journal.store.get_session(companion.current.id).moments[-1]
    assert (stored.note, stored.reframe.text) == ("hm", noticed.reframe.text)


def test_a_danger_note_typed_on_the_card_turns_it_to_support_and_support_stays(companion, journal):
    companion.set_support_locale(SupportLocale("en", "US"))
    companion.start("writing")
    noticed = companion.notice_critic()

    answer = companion.answer_note(noticed.moment.id, "i wanna die")
    assert answer is not None
    assert answer.group == SUPPORT_GROUP
    assert "988" in answer.text

    again = companion.answer_note(noticed.moment.id, "I am wasting my time")
    assert again is not None
    assert again.group == SUPPORT_GROUP
    stored = journal.store.get_session(companion.current.id).moments[-1]
    assert stored.reframe.id == SUPPORT_ID
    assert stored.note == "I am wasting my time"


def test_no_note_reaches_the_log(companion, caplog):
    caplog.set_level(logging.DEBUG, logger="kindling")
    companion.start("painting")
    noticed = companion.notice_critic("I want to die")
    companion.answer_note(noticed.moment.id, "ich will sterben")
    other = companion.notice_critic()
    companion.answer_note(other.moment.id, "I am wasting my time")
    for secret in ("want to die", "sterben", "wasting my time"):
        assert secret not in caplog.text


def test_the_support_answer_is_one_item_in_the_summary_and_the_markdown_export(companion, journal):
    from kindling.core import export_md
    from kindling.core.summary import render_text

    companion.set_support_locale(SupportLocale("en", "IE"))
    session = companion.start("painting")
    companion.notice_critic("I want to end it all")
    summary = companion.end()
    items = [line for line in render_text(summary).splitlines() if line.startswith("- ")]
    assert len(items) == 1
    assert "Samaritans: call 116 123" in items[0]
    stored = journal.store.get_session(session.id)
    markdown = export_md.dumps([stored], companion.now())
    offered = [line for line in markdown.splitlines() if "offered" in line]
    assert len(offered) == 1
    assert "116 123" in offered[0]
