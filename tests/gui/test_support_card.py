"""The card answers what the person types, turns to support for a danger note, and the
support page is one click away from the card, the closing page and the About page."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kindling.app import build
from kindling.core.model import Moment
from kindling.core.support import SUPPORT_ID, SupportLocale
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile
from kindling.ui.support_page import SUPPORT, SupportPage
from kindling.wiring import Parts


@pytest.fixture
def kindling(qapp, qtbot, data_paths: DataPaths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))
    SettingsFile(data_paths.settings).update(bar_position=(40, 60), toast_seconds=30)
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(3))
    parts.companion.set_support_locale(SupportLocale("en", "GB"))
    parts.flow.begin("painting", with_warmup=False)
    qtbot.waitUntil(parts.bar.isVisible)
    yield parts
    parts.close()


def click(qtbot, owner: QWidget, name: str) -> None:
    found = owner.findChild(QPushButton, name)
    assert found is not None
    assert found.isVisible()
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)


def last_stored_moment(kindling: Parts) -> Moment:
    current = kindling.companion.current
    assert current is not None
    session = kindling.journal.repository.get_session(current.id)
    assert session is not None
    return session.moments[-1]


def tap_until_not_about_wasting_time(qtbot, kindling: Parts) -> None:
    while True:
        click(qtbot, kindling.bar, "barCritic")
        qtbot.waitUntil(kindling.toast.isVisible)
        shown = kindling.companion.library.get(last_stored_moment(kindling).reframe.id)
        if shown is not None and shown.group != "wasting-time":
            return


def type_on_the_card(qtbot, kindling: Parts, words: str) -> None:
    field = kindling.toast.findChild(QWidget, "toastNote")
    assert field is not None
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, words)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def answer_line(kindling: Parts) -> QLabel:
    line = kindling.toast.findChild(QLabel, "toastAnswerLine")
    assert line is not None
    return line


def test_the_card_re_answers_a_typed_note_and_the_journal_holds_the_new_words(
    qtbot, kindling
) -> None:
    tap_until_not_about_wasting_time(qtbot, kindling)
    first = kindling.toast.reframe_text()
    assert not answer_line(kindling).isVisible()

    type_on_the_card(qtbot, kindling, "I am wasting my time")

    qtbot.waitUntil(lambda: kindling.toast.reframe_text() != first)
    assert answer_line(kindling).isVisible()
    assert answer_line(kindling).text() == "For what it said:"
    moment = last_stored_moment(kindling)
    assert moment.note == "I am wasting my time"
    assert moment.reframe.text == kindling.toast.reframe_text()
    assert kindling.companion.library.get(moment.reframe.id).group == "wasting-time"
    assert kindling.toast.status_text() == "Kept with this moment."


def test_a_danger_note_typed_on_the_card_turns_it_to_support(qtbot, kindling) -> None:
    click(qtbot, kindling.bar, "barCritic")
    qtbot.waitUntil(kindling.toast.isVisible)

    type_on_the_card(qtbot, kindling, "I want to die")

    qtbot.waitUntil(lambda: kindling.toast.holds_support)
    assert "Samaritans" in kindling.toast.reframe_text()
    assert "116 123" in kindling.toast.reframe_text()
    assert not answer_line(kindling).isVisible()
    for name in ("toastHelped", "toastNotThis"):
        button = kindling.toast.findChild(QPushButton, name)
        assert button is not None
        assert not button.isVisible(), "support is not something to rate"
    assert kindling.toast.greeting_text() == ""
    moment = last_stored_moment(kindling)
    assert (moment.note, moment.reframe.id) == ("I want to die", SUPPORT_ID)
    assert moment.reframe.text == kindling.toast.reframe_text()
    # It does not fade by itself: the linger timer running out leaves it on screen.
    kindling.toast.linger_timer.timeout.emit()
    assert kindling.toast.isVisible()


def test_a_danger_note_from_the_command_line_shows_support_on_the_card(qtbot, kindling) -> None:
    kindling.flow.notice_critic("ich will nicht mehr leben")
    qtbot.waitUntil(kindling.toast.isVisible)
    assert kindling.toast.holds_support
    assert "116 123" in kindling.toast.reframe_text()


def support_page_is_showing(kindling: Parts) -> bool:
    return kindling.window.isVisible() and kindling.window.current_section() == SUPPORT


def test_the_card_opens_the_support_page_in_one_click(qtbot, kindling) -> None:
    click(qtbot, kindling.bar, "barCritic")
    qtbot.waitUntil(kindling.toast.isVisible)
    click(qtbot, kindling.toast, "supportLink")
    qtbot.waitUntil(lambda: support_page_is_showing(kindling))
    page = kindling.window.section(SUPPORT)
    assert isinstance(page, SupportPage)
    assert "Samaritans: call 116 123 (free)" in page.words_text()
    assert "findahelpline.com" in page.words_text()


def test_the_closing_page_opens_the_support_page(qtbot, kindling) -> None:
    kindling.flow.request_end()
    qtbot.waitUntil(kindling.window.isVisible)
    click(qtbot, kindling.pages.closing_page, "supportLink")
    qtbot.waitUntil(lambda: support_page_is_showing(kindling))


def test_the_about_page_opens_the_support_page(qtbot, kindling) -> None:
    kindling.flow.request_end()
    kindling.window.show_section("about")
    about = kindling.window.section("about")
    qtbot.waitUntil(about.isVisible)
    click(qtbot, about, "supportLink")
    qtbot.waitUntil(lambda: support_page_is_showing(kindling))


def test_a_danger_note_left_without_enter_still_turns_the_card_to_support(qtbot, kindling) -> None:
    click(qtbot, kindling.bar, "barCritic")
    qtbot.waitUntil(kindling.toast.isVisible)
    field = kindling.toast.findChild(QWidget, "toastNote")
    assert field is not None
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "kms")
    field.clearFocus()  # clicked away, the card still on screen

    qtbot.waitUntil(lambda: kindling.toast.holds_support)
    assert "116 123" in kindling.toast.reframe_text()
    assert last_stored_moment(kindling).reframe.id == SUPPORT_ID
