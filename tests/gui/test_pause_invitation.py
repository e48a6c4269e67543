"""Gentle invitations to pause: offered by the bar on a rhythm, never taking the keyboard,
leaving by themselves, snoozed for the session with one click, recorded only as a pause taken."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kindling.ui.session_bar import SessionBar
from tests.fakes import SteppingClock


@pytest.fixture
def bar(qtbot, clock: SteppingClock) -> SessionBar:
    made = SessionBar(clock=clock, tick_ms=10, pause_ms=60_000)
    qtbot.addWidget(made)
    made.set_started_at(clock())
    made.invitations.set_every(20)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_no_invitation_unless_asked_for(qtbot, clock) -> None:
    quiet = SessionBar(clock=clock, tick_ms=10)
    qtbot.addWidget(quiet)
    quiet.set_started_at(clock())
    quiet.show()
    qtbot.waitExposed(quiet)
    clock.advance(hours=3)
    quiet.invitations.check()  # what the bar's tick calls: nothing may appear
    assert not quiet.invitations.is_offering()


def test_the_bar_offers_a_pause_after_the_chosen_minutes_without_taking_the_keyboard(
    qtbot, bar, clock
) -> None:
    clock.advance(minutes=19, seconds=50)
    bar.invitations.check()  # what the bar's tick calls: not yet twenty minutes
    assert not bar.invitations.is_offering()
    clock.advance(seconds=10)
    qtbot.waitUntil(bar.invitations.is_offering)
    invitation = bar.invitations.invitation
    assert invitation.words.text() == "A mindful pause, if you’d like?"
    assert invitation.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert invitation.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert not invitation.isActiveWindow()
    for button in (invitation.pause_button, invitation.not_now_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    # It sits by the bar, not over it.
    assert not invitation.frameGeometry().intersects(bar.frameGeometry())


def test_taking_it_starts_the_bars_own_pause_and_only_that_is_recorded(qtbot, bar, clock) -> None:
    recorded: list[int] = []
    bar.pause_finished.connect(recorded.append)
    clock.advance(minutes=20)
    qtbot.waitUntil(bar.invitations.is_offering)
    qtbot.mouseClick(bar.invitations.invitation.pause_button, Qt.MouseButton.LeftButton)
    assert bar.is_pausing()
    assert not bar.invitations.is_offering()
    clock.advance(seconds=30)
    with qtbot.waitSignal(bar.pause_finished):
        bar.findChild(type(bar.pause_button), "barBack").click()
    assert recorded == [30]


def test_it_leaves_by_itself_and_comes_back_after_the_next_interval(qtbot, bar, clock) -> None:
    recorded: list[int] = []
    bar.pause_finished.connect(recorded.append)
    clock.advance(minutes=20)
    qtbot.waitUntil(bar.invitations.is_offering)
    clock.advance(seconds=bar.invitations.SHOWN_SECONDS)
    qtbot.waitUntil(lambda: not bar.invitations.is_offering())
    assert recorded == []  # an invitation let pass is nothing at all
    clock.advance(minutes=18)  # 20 minutes after it was offered comes the next
    bar.invitations.check()
    assert not bar.invitations.is_offering()
    clock.advance(minutes=1)
    qtbot.waitUntil(bar.invitations.is_offering)


def test_not_now_waits_for_the_next_and_not_today_quietens_the_session(qtbot, bar, clock) -> None:
    clock.advance(minutes=20)
    qtbot.waitUntil(bar.invitations.is_offering)
    qtbot.mouseClick(bar.invitations.invitation.not_now_button, Qt.MouseButton.LeftButton)
    assert not bar.invitations.is_offering()
    clock.advance(minutes=20)
    qtbot.waitUntil(bar.invitations.is_offering)
    qtbot.mouseClick(bar.invitations.invitation.not_today_button, Qt.MouseButton.LeftButton)
    assert not bar.invitations.is_offering()
    clock.advance(hours=4)
    bar.invitations.check()
    assert not bar.invitations.is_offering()
    # The next session is invited again.
    bar.set_started_at(clock())
    clock.advance(minutes=20)
    qtbot.waitUntil(bar.invitations.is_offering)


def test_a_pause_taken_on_ones_own_moves_the_next_invitation_on(qtbot, bar, clock) -> None:
    clock.advance(minutes=15)
    bar.start_pause()
    bar.findChild(type(bar.pause_button), "barBack").click()
    clock.advance(minutes=15)
    bar.invitations.check()
    assert not bar.invitations.is_offering()
    clock.advance(minutes=5)
    qtbot.waitUntil(bar.invitations.is_offering)


def test_no_invitation_while_the_bar_is_hidden(qtbot, bar, clock) -> None:
    bar.hide()
    clock.advance(minutes=45)
    bar.invitations.check()
    assert not bar.invitations.is_offering()
