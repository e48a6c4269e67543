"""With no session running, noticing the critic says so on the card and offers to start one."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QPushButton

from kindling.app import build


def test_the_card_says_no_session_and_its_button_opens_the_start_page(
    qapp, qtbot, data_paths, clock
) -> None:
    QCursor.setPos(QPoint(0, 0))
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(3))
    try:
        parts.window.hide()
        assert parts.flow.notice_critic(None) is None
        qtbot.waitUntil(parts.toast.isVisible)
        assert "No session is running" in parts.toast.reframe_text()
        assert not parts.window.isVisible()  # not pulled forward over the person's work
        start = parts.toast.findChild(QPushButton, "toastStart")
        assert start is not None
        assert start.isVisible()
        helped = parts.toast.findChild(QPushButton, "toastHelped")
        assert helped is not None
        assert not helped.isVisible()

        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(parts.window.isVisible)
        assert not parts.toast.isVisible()
        assert parts.pages.showing == "start"

        # A session later: the card is a critic card again, with its choices.
        parts.flow.begin("ink", with_warmup=False)
        parts.flow.notice_critic(None)
        qtbot.waitUntil(parts.toast.isVisible)
        assert not start.isVisible()
        assert helped.isVisible()
    finally:
        parts.close()
