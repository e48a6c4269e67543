"""A moment the disk refused: the critic card says so gently, and it is saved once there is room."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel

from kindling.app import _keep_journal_safe, build
from kindling.companion import NoticedMoment
from kindling.wiring import Parts

NOTE = "everyone else is better at this " * 650  # ~20 kB: every moment needs new pages


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    QCursor.setPos(QPoint(0, 0))  # a pointer over the toast would keep it from fading
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(5), minute_ms=1)
    yield parts
    parts.close()


def _set_max_pages(parts: Parts, pages: int | None) -> None:
    """SQLite's own limit on the journal's one connection: full to SQLite, like a full disk."""
    with parts.journal.engine.connect() as connection:
        if pages is None:
            pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")


def _moments_on_disk(path) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT count(*) FROM moments").fetchone()[0])
    finally:
        db.close()


def test_the_card_says_a_moment_is_kept_until_there_is_room(
    qtbot, kindling: Parts, clock, data_paths
):
    toast = kindling.toast
    retry = _keep_journal_safe(kindling, data_paths)  # as the app does once it has started
    kindling.flow.begin("painting", with_warmup=False)
    qtbot.waitUntil(kindling.bar.isVisible)
    kindling.flow.notice_critic("a first, saved one")
    qtbot.waitUntil(toast.isVisible)
    assert toast.not_yet_saved_text() == ""

    _set_max_pages(kindling, None)
    taps: list[NoticedMoment] = []
    while not taps or taps[-1].saved:  # the WAL may still have room for a tap or two
        assert len(taps) < 50, "the journal never filled"
        clock.advance(seconds=10)
        tap = kindling.flow.notice_critic(NOTE)
        assert tap is not None
        taps.append(tap)
    assert toast.moment_id == taps[-1].moment.id
    line = toast.findChild(QLabel, "toastNotYetSaved")
    assert line is not None
    qtbot.waitUntil(line.isVisible)
    said = toast.not_yet_saved_text()
    assert "couldn't take this moment just now" in said
    assert "kept safe here" in said
    assert line.property("role") == "muted"  # the same calm grey as the rest, never a warning
    assert _moments_on_disk(data_paths.database) == len(taps)  # the first one, and all but one

    assert retry.isActive()
    _set_max_pages(kindling, 1_073_741_823)  # room again
    retry.setInterval(1)
    qtbot.waitUntil(lambda: kindling.companion.pending_count == 0)
    assert _moments_on_disk(data_paths.database) == 1 + len(taps)
    assert toast.not_yet_saved_text() == ""
    assert not line.isVisible()
    qtbot.waitUntil(lambda: not retry.isActive())
