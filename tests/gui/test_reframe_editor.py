"""The person's own reframes through the real app: written, shown by the picker, hidden, restored."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor

from kindling.app import build
from kindling.core.reframes import ReframeLibrary
from kindling.resources import resource_path
from kindling.ui.yours import REFRAMES
from kindling.wiring import Parts

MINE = "Hello, critic. My hands are learning, and learning looks like this."


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(5), minute_ms=1)
    yield parts
    parts.close()


def row(editor, index):
    item = editor.list.topLevelItem(index)
    assert item is not None
    return item


def click(qtbot, button):
    assert button.isVisible(), button.text()
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_reframe_of_their_own_is_shown_by_the_picker(qtbot, kindling: Parts, data_paths):
    assert kindling.yours is not None
    editor = kindling.yours.reframe_editor
    kindling.window.show_section(REFRAMES)
    qtbot.waitExposed(editor)

    editor.filter.setCurrentIndex(editor.filter.findData("not-good-enough"))
    builtin_ids = [
        row(editor, i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(editor.list.topLevelItemCount())
    ]
    library = ReframeLibrary.from_file(resource_path("reframes.json"))
    assert len(builtin_ids) == len(library.in_group("not-good-enough")) >= 6
    for reframe_id in builtin_ids:
        assert editor.select(reframe_id)
        click(qtbot, editor.hide_button)
    assert editor.list.topLevelItemCount() == 0  # hidden ones are not listed...

    assert editor.text.toPlainText() == ""  # nothing selected, nothing in the form
    editor.group.setCurrentIndex(editor.group.findData("not-good-enough"))
    qtbot.keyClicks(editor.text, MINE)
    click(qtbot, editor.add)
    assert editor.list.topLevelItemCount() == 1
    assert row(editor, 0).text(0).startswith("Yours: ")

    # The critic says this is not good enough: only their own words answer that now.
    kindling.flow.begin("drawing", with_warmup=False)
    noticed = kindling.flow.notice_critic("this is not good enough")
    assert noticed is not None
    assert noticed.reframe.text == MINE
    qtbot.waitUntil(kindling.toast.isVisible)
    assert kindling.toast.reframe_text() == MINE

    # ...but never lost: shown again with "Show hidden ones", and brought back.
    kindling.flow.end_now()
    kindling.window.show_section(REFRAMES)
    editor.show_hidden.setChecked(True)
    assert editor.list.topLevelItemCount() == len(builtin_ids) + 1
    assert editor.select(builtin_ids[0])
    current = editor.list.currentItem()
    assert current is not None
    assert current.text(0).startswith("Hidden: ")
    click(qtbot, editor.restore)
    assert builtin_ids[0] in {r.id for r in kindling.companion.library.reframes}
    mine = next(e for e in kindling.yours.book.entries() if not e.reframe.builtin)
    assert mine.shown == 1


def test_builtin_words_cannot_be_changed_and_blank_words_are_explained(qtbot, kindling: Parts):
    assert kindling.yours is not None
    editor = kindling.yours.reframe_editor
    kindling.window.show_section(REFRAMES)
    qtbot.waitExposed(editor)
    editor.list.setCurrentItem(row(editor, 0))
    assert not editor.save.isEnabled()  # a built-in can be hidden, never reworded
    assert editor.hide_button.isEnabled()

    editor.text.clear()
    click(qtbot, editor.add)
    assert "Write a few words first" in editor.message.text()
    assert all(e.reframe.builtin for e in kindling.yours.book.entries())


def test_their_own_words_can_join_any_of_the_ten_critic_groups(qtbot, kindling: Parts):
    assert kindling.yours is not None
    editor = kindling.yours.reframe_editor
    kindling.window.show_section(REFRAMES)
    qtbot.waitExposed(editor)
    offered = {
        str(editor.group.itemData(i)): editor.group.itemText(i) for i in range(editor.group.count())
    }
    assert offered == {
        "not-good-enough": "It says this isn't good enough",
        "wasting-time": "It says you're wasting your time",
        "starting-is-hard": "It says starting is too hard",
        "comparing": "It compares you with others",
        "perfection": "It wants everything perfect",
        "judgement": "It worries what others will think",
        "impostor": "It says you're not a real artist",
        "self-attack": "It turns on you, harshly",
        "depleted": "You're running on empty",
        "protecting": "It's trying to keep you safe",
    }
    editor.group.setCurrentIndex(editor.group.findData("depleted"))
    qtbot.keyClicks(editor.text, "Resting is part of the work today.")
    click(qtbot, editor.add)
    kindling.flow.begin("writing", with_warmup=False)
    noticed = kindling.flow.notice_critic("I have nothing left to give")
    assert noticed is not None
    assert noticed.reframe.group == "depleted"


def visible_headings(editor):
    header = editor.list.headerItem()
    return [
        header.text(column)
        for column in range(editor.list.columnCount())
        if not editor.list.isColumnHidden(column)
    ]


def test_the_list_opens_without_tallies_and_they_are_one_click_away(qtbot, kindling: Parts):
    assert kindling.yours is not None
    kindling.flow.begin("drawing", with_warmup=False)
    noticed = kindling.flow.notice_critic("this is not good enough")
    assert noticed is not None
    assert noticed.moment.id is not None
    kindling.companion.mark_helped(noticed.moment.id, True)
    kindling.flow.end_now()
    kindling.toast.hide()
    editor = kindling.yours.reframe_editor
    kindling.window.show_section(REFRAMES)
    qtbot.waitExposed(editor)

    assert editor._heading.text() == "Your kind words"
    assert visible_headings(editor) == ["Kind words", "Critic"]
    assert editor.numbers.isVisible()

    click(qtbot, editor.numbers)
    assert visible_headings(editor) == ["Kind words", "Critic", "Shown", "Helped"]
    assert editor.select(noticed.reframe.id)
    current = editor.list.currentItem()
    assert current is not None
    assert (current.text(2), current.text(3)) == ("1", "1")
    others = [row(editor, i) for i in range(editor.list.topLevelItemCount())]
    assert sum(int(item.text(2)) for item in others) == 1
    click(qtbot, editor.numbers)
    assert visible_headings(editor) == ["Kind words", "Critic"]
