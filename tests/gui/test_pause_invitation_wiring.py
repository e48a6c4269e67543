"""Invitations to pause in the real app: set in settings before the bar exists, they come;
a pause taken from one is kept as a pause, and one let pass leaves nothing in the journal."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from kindling.app import build
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile
from kindling.wiring import Parts


@pytest.fixture
def kindling(qapp, qtbot, data_paths: DataPaths, clock) -> Iterator[Parts]:
    SettingsFile(data_paths.settings).update(pause_invitation_minutes=30)
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(3))
    parts.flow.begin("painting", with_warmup=False)
    qtbot.waitUntil(parts.bar.isVisible)
    yield parts
    parts.close()


def pauses(kindling: Parts) -> list[int]:
    current = kindling.companion.current
    assert current is not None
    session = kindling.journal.repository.get_session(current.id)
    assert session is not None
    return [pause.seconds for pause in session.pauses]


def test_a_pause_taken_from_an_invitation_is_kept_as_a_pause(qtbot, kindling, clock) -> None:
    invitations = kindling.bar.invitations
    clock.advance(minutes=30)
    qtbot.waitUntil(invitations.is_offering, timeout=5000)
    qtbot.mouseClick(invitations.invitation.pause_button, Qt.MouseButton.LeftButton)
    assert kindling.bar.is_pausing()
    clock.advance(seconds=20)
    back = kindling.bar.findChild(type(kindling.bar.pause_button), "barBack")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pauses(kindling) == [20])


def test_an_invitation_let_pass_leaves_nothing_behind(qtbot, kindling, clock) -> None:
    invitations = kindling.bar.invitations
    clock.advance(minutes=30)
    qtbot.waitUntil(invitations.is_offering, timeout=5000)
    qtbot.mouseClick(invitations.invitation.not_now_button, Qt.MouseButton.LeftButton)
    assert not invitations.is_offering()
    assert pauses(kindling) == []
    assert len(kindling.companion.current.moments) == 0
