"""The critic card is as tall as what it says, from its first frame: nothing clipped, no gap."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QLabel

from kindling.app import build
from kindling.companion import NoticedMoment
from kindling.core.model import Moment, ShownReframe
from kindling.core.reframes import Reframe
from kindling.wiring import Parts

SHORT = "Noticed. That's enough."
LONG = (
    "There you are. The critic only ever sees the gap between what you hoped for and what "
    "is here. That gap is where the learning happens. May you meet it gently, and carry on."
)


def moment(text: str, moment_id: int) -> NoticedMoment:
    reframe = Reframe("fit", "perfectionist", text)
    shown = ShownReframe(reframe.id, text)
    return NoticedMoment("s", Moment(datetime.now(UTC), None, shown, None, moment_id), reframe)


def words_fit(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))  # a pointer over the card would keep it
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(5), minute_ms=1)
    yield parts
    parts.close()


def test_each_card_is_sized_for_its_own_words_not_the_last_ones(qtbot, kindling: Parts) -> None:
    toast = kindling.toast  # themed, as the app shows it
    reframe = toast.findChild(QLabel, "toastReframe")
    unsaved = toast.findChild(QLabel, "toastNotYetSaved")
    assert reframe is not None
    assert unsaved is not None
    heights = {}
    # Short and long, each saved and not yet saved (one more line), then short again.
    for text, moment_id in ((SHORT, 1), (SHORT, -1), (LONG, 2), (LONG, -2), (SHORT, 3)):
        toast.hide()
        QApplication.processEvents()  # whatever the app does between two taps
        toast.show_moment(moment(text, moment_id), kindling.bar.frameGeometry())
        qtbot.waitExposed(toast)
        assert words_fit(reframe), f"the reframe is clipped ({text[:20]}…, {moment_id})"
        if moment_id < 0:
            assert words_fit(unsaved)
            assert unsaved.geometry().top() >= reframe.geometry().bottom()
        heights[(text, moment_id)] = toast.height()
    assert heights[(SHORT, 1)] == heights[(SHORT, 3)], "no gap left over from a longer card"
    assert heights[(SHORT, 1)] < heights[(LONG, 2)] < heights[(LONG, -2)]


def test_the_card_gets_ready_off_screen_once_the_bar_is_up(qtbot, kindling: Parts) -> None:
    """Its first tap is then as quick as the others: the card's window is made, not shown."""
    toast = kindling.toast
    assert toast.windowHandle() is None, "nothing is made for the card before a session"
    kindling.flow.begin("painting", with_warmup=False)
    qtbot.waitUntil(kindling.bar.isVisible)
    qtbot.waitUntil(lambda: toast.windowHandle() is not None)
    handle = toast.windowHandle()
    assert handle is not None
    assert not toast.isVisible()
    assert not handle.isExposed()


def test_a_card_turned_to_support_by_a_typed_note_shows_every_line(qtbot, kindling: Parts) -> None:
    """Found by hand: typed on a short card, "i want to die" turned it to the support words,
    which were cut at the top and bottom (the card kept the short card's height)."""
    from kindling.core.support import SUPPORT_GROUP

    toast = kindling.toast
    reframe = toast.findChild(QLabel, "toastReframe")
    assert reframe is not None
    toast.show_moment(moment(SHORT, 1), kindling.bar.frameGeometry())
    qtbot.waitExposed(toast)
    short_height = toast.height()
    words = (
        "What you wrote sounds very heavy. Thank you for putting it into words. You don't have "
        "to carry this alone: a person can listen to you right now, day or night.\n\n"
        "findahelpline.com lists free, confidential helplines in your country.\n\n"
        "If you might act on these thoughts now, please call your local emergency number, or "
        "go to someone near you."
    )
    toast.show_answer(Reframe("support", SUPPORT_GROUP, words))
    QApplication.processEvents()  # one turn: the card's next frame
    assert words_fit(reframe), (reframe.height(), reframe.heightForWidth(reframe.width()))
    assert reframe.text() == words
    assert toast.height() > short_height
    assert reframe.geometry().top() >= 0
    greeting = toast.findChild(QLabel, "toastGreeting")
    assert greeting is not None
    assert greeting.text() == ""  # the support words come without a greeting


def test_enter_on_a_danger_note_shows_the_whole_support_answer(qtbot, kindling: Parts) -> None:
    """The same, through the real path: the note typed, Enter, the journal, the answer."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    toast = kindling.toast
    reframe = toast.findChild(QLabel, "toastReframe")
    note = toast.findChild(QLineEdit, "toastNote")
    assert reframe is not None
    assert note is not None
    kindling.flow.begin("a short story", with_warmup=False)
    kindling.flow.notice_critic(None)
    qtbot.waitExposed(toast)
    note.setText("honestly i want to die")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            (current := kindling.companion.current) is not None
            and current.moments[-1].reframe.id == "support"
        )
    )
    QApplication.processEvents()
    assert "a person can listen" in reframe.text()
    assert words_fit(reframe), (reframe.height(), reframe.heightForWidth(reframe.width()))
    status = toast.findChild(QLabel, "toastStatus")
    assert status is not None
    assert words_fit(status)
