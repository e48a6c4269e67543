"""The bar and the toast in the real app, on a real journal: what is clicked there is kept."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kindling.app import build
from kindling.core.model import Session
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile
from kindling.ui.toast import CriticToast
from kindling.wiring import Parts


@pytest.fixture
def kindling(qapp, qtbot, data_paths: DataPaths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))
    SettingsFile(data_paths.settings).update(bar_position=(40, 60), toast_seconds=30)
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(3))
    parts.flow.begin("painting", with_warmup=False)
    qtbot.waitUntil(parts.bar.isVisible)
    yield parts
    parts.close()


def click(qtbot, owner: QWidget, name: str) -> None:
    found = owner.findChild(QPushButton, name)
    assert found is not None
    assert found.isVisible()
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)


def stored(kindling: Parts) -> Session:
    current = kindling.companion.current
    assert current is not None
    session = kindling.journal.repository.get_session(current.id)
    assert session is not None
    return session


def test_the_bar_opens_at_its_saved_place_and_keeps_a_new_one(kindling) -> None:
    assert kindling.bar.pos() == QPoint(40, 60)
    kindling.bar.moved.emit(QPoint(200, 90))
    assert SettingsFile(kindling.settings.path).current.bar_position == (200, 90)


def test_three_taps_log_three_moments_and_show_one_card_by_the_bar(qtbot, kindling) -> None:
    for _ in range(3):
        click(qtbot, kindling.bar, "barCritic")
        qtbot.waitUntil(kindling.toast.isVisible)
    moments = stored(kindling).moments
    assert len(moments) == 3
    cards = [w for w in QApplication.topLevelWidgets() if isinstance(w, CriticToast)]
    assert [c for c in cards if c.isVisible()] == [kindling.toast]
    assert kindling.toast.moment_id == moments[-1].id
    assert kindling.toast.geometry().top() >= kindling.bar.frameGeometry().bottom()


def test_this_helped_and_a_jotted_note_are_kept(qtbot, kindling) -> None:
    click(qtbot, kindling.bar, "barCritic")
    qtbot.waitUntil(kindling.toast.isVisible)
    field = kindling.toast.findChild(QWidget, "toastNote")
    assert field is not None
    qtbot.keyClicks(field, "it's all been done before")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    click(qtbot, kindling.toast, "toastHelped")
    (moment,) = stored(kindling).moments
    assert moment.helped is True
    assert moment.note == "it's all been done before"


def test_a_mindful_pause_is_recorded_in_the_session(qtbot, kindling, clock) -> None:
    click(qtbot, kindling.bar, "barPauseButton")
    assert kindling.bar.is_pausing()
    clock.advance(seconds=20)
    with qtbot.waitSignal(kindling.bar.pause_finished):
        click(qtbot, kindling.bar, "barBack")
    (pause,) = stored(kindling).pauses
    assert pause.seconds == 20


def test_changed_settings_reach_the_bar_and_the_toast(qtbot, kindling) -> None:
    kindling.settings.update(toast_seconds=5, bar_opacity=0.6, toast_position="top-left")
    assert kindling.toast.linger_timer.interval() == 5000
    assert kindling.bar.windowOpacity() == pytest.approx(0.6, abs=0.01)
    click(qtbot, kindling.bar, "barCritic")
    qtbot.waitUntil(kindling.toast.isVisible)
    screen = QApplication.primaryScreen().availableGeometry()
    assert kindling.toast.pos() == screen.topLeft() + QPoint(16, 16)


def test_end_session_from_the_bar_brings_the_closing_page(qtbot, kindling) -> None:
    click(qtbot, kindling.bar, "barEnd")
    qtbot.waitUntil(kindling.window.isVisible)
    assert not kindling.bar.isVisible()
    assert kindling.pages.showing == "closing"


def test_the_bar_and_card_are_made_when_a_session_first_needs_them(qapp, qtbot, data_paths, clock):
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(5))
    try:
        before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, CriticToast)}
        assert not parts.presence.built  # the start page alone makes neither
        parts.flow.begin("ink", with_warmup=False)
        qtbot.waitUntil(parts.bar.isVisible)
        parts.flow.notice_critic(None)
        qtbot.waitUntil(parts.toast.isVisible)
        cards = [w for w in QApplication.topLevelWidgets() if isinstance(w, CriticToast)]
        assert [c for c in cards if id(c) not in before] == [parts.toast]  # one card, made once
    finally:
        parts.close()
