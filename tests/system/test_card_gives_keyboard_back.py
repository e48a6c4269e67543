"""After any click on the critic card, the keyboard goes back to the program that had it.

The real app under a real window manager (openbox), with another program (a separate X
client) holding the keyboard, real clicks and key presses through the X server (xdotool), and
the journal read back from its file: a note is kept exactly as typed, the choice on the card
is always recorded, and the next keystroke meant for the story lands in the story.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from kindling.desktop.paths import DataPaths
from kindling.wiring import Parts
from tests.system.test_toast_focus import (  # the same window manager and other program
    OtherProgram,
    click,
    focused_window,
    other_program,
    wait_for,
    window_manager,
    xdotool,
)

pytestmark = pytest.mark.system

__all__ = ["other_program", "window_manager"]  # fixtures, used by name


def journal_moments(data: DataPaths) -> list[tuple[str | None, int | None]]:
    """Every moment's note and "helped" as the file holds them, read with a new connection."""
    with sqlite3.connect(data.database) as connection:
        return list(connection.execute("SELECT note, helped FROM moments ORDER BY id"))


@pytest.fixture
def kindling(qtbot, data_paths: DataPaths, other_program: OtherProgram) -> Iterator[Parts]:
    """The real app in a session, its bar up, and the keyboard back with the other program."""
    from kindling.app import build

    parts = build(QApplication.instance(), data_paths)  # type: ignore[arg-type]
    try:
        parts.flow.begin("a short story", with_warmup=False)
        qtbot.waitUntil(parts.bar.isVisible)
        qtbot.waitExposed(parts.bar)
        xdotool("windowfocus", "--sync", str(other_program.window))
        wait_for(lambda: focused_window() == other_program.window, "the other program has it")
        yield parts
    finally:
        parts.close()


def card_part(parts: Parts, kind: type[QWidget], name: str) -> QWidget:
    found = parts.toast.findChild(kind, name)
    assert found is not None, name
    return found


def write_a_note(qtbot, parts: Parts, words: str) -> None:
    """Hotkey-like notice, a click into the note field, and the words typed there."""
    parts.flow.notice_critic(None)
    qtbot.waitUntil(parts.toast.isVisible)
    qtbot.waitExposed(parts.toast)
    click(card_part(parts, QLineEdit, "toastNote"))
    wait_for(lambda: focused_window() == int(parts.toast.winId()), "the card has the keyboard")
    xdotool("type", "--delay", "20", words)


@pytest.mark.parametrize(("button", "helped"), [("toastHelped", 1), ("toastNotThis", 0)])
def test_a_note_is_kept_as_typed_and_a_click_gives_the_keyboard_back(
    qtbot,
    kindling: Parts,
    other_program: OtherProgram,
    data_paths: DataPaths,
    button: str,
    helped: int,
) -> None:
    write_a_note(qtbot, kindling, "too slow, too late")
    # Kept as typed, before any other event: no Enter, no click, no focus change.
    wait_for(
        lambda: journal_moments(data_paths) == [("too slow, too late", None)],
        "the note is in the journal as typed",
    )

    click(card_part(kindling, QPushButton, button))
    wait_for(lambda: focused_window() == other_program.window, "the keyboard went back")
    xdotool("type", "--delay", "20", "Once upon")
    other_program.wait_for_text("Once upon")

    assert journal_moments(data_paths) == [("too slow, too late", helped)]
    assert card_part(kindling, QLineEdit, "toastNote").text() == "too slow, too late"  # type: ignore[attr-defined]


def test_a_click_on_the_cards_words_or_put_away_gives_the_keyboard_back(
    qtbot, kindling: Parts, other_program: OtherProgram, data_paths: DataPaths
) -> None:
    write_a_note(qtbot, kindling, "who am I")
    click(card_part(kindling, QWidget, "toastReframe"))
    wait_for(lambda: focused_window() == other_program.window, "the keyboard went back")
    xdotool("type", "--delay", "20", "Once")
    other_program.wait_for_text("Once")

    click(card_part(kindling, QLineEdit, "toastNote"))
    wait_for(lambda: focused_window() == int(kindling.toast.winId()), "the card has it again")
    xdotool("type", "--delay", "20", "?")
    click(card_part(kindling, QPushButton, "toastClose"))
    qtbot.waitUntil(lambda: not kindling.toast.isVisible())
    wait_for(lambda: focused_window() == other_program.window, "the keyboard went back")
    xdotool("type", "--delay", "20", " more")
    other_program.wait_for_text("Once more")
    assert journal_moments(data_paths) == [("who am I?", None)]


def test_enter_keeps_the_note_and_gives_the_keyboard_back(
    qtbot, kindling: Parts, other_program: OtherProgram, data_paths: DataPaths
) -> None:
    write_a_note(qtbot, kindling, "not again")
    xdotool("key", "Return")
    wait_for(lambda: focused_window() == other_program.window, "the keyboard went back")
    xdotool("type", "--delay", "20", "story")
    other_program.wait_for_text("story")
    assert journal_moments(data_paths) == [("not again", None)]


def test_not_this_one_right_after_the_note_is_recorded_and_leaves_the_keyboard_home(
    qtbot, kindling: Parts, other_program: OtherProgram, data_paths: DataPaths
) -> None:
    """The race: a click on "Not this one" arriving before the card's own activation does."""
    kindling.flow.notice_critic(None)
    qtbot.waitUntil(kindling.toast.isVisible)
    qtbot.waitExposed(kindling.toast)
    note = card_part(kindling, QLineEdit, "toastNote")
    not_this = card_part(kindling, QPushButton, "toastNotThis")
    at_note = note.mapToGlobal(note.rect().center())
    at_button = not_this.mapToGlobal(not_this.rect().center())
    # Both clicks in one go, with no wait between them for Qt or the window manager.
    xdotool(
        "mousemove", str(at_note.x()), str(at_note.y()), "click", "1",
        "mousemove", str(at_button.x()), str(at_button.y()), "click", "1",
    )  # fmt: skip
    wait_for(lambda: journal_moments(data_paths) == [(None, 0)], "the choice is recorded")
    # Whatever order the activations land in, the keyboard ends with the other program.
    wait_for(lambda: focused_window() == other_program.window, "the keyboard is home")
    xdotool("type", "--delay", "20", "on we go")
    other_program.wait_for_text("on we go")
    assert focused_window() == other_program.window
