"""The app notices on its own, within its check interval, that its journal was moved."""

import random

from kindling.app import _keep_journal_safe, build
from kindling.ui.journal_place import JournalPlaceWatch


def test_a_moved_journal_is_noticed_by_the_timer_and_said_in_the_window(
    qtbot, qapp, data_paths, clock, tmp_path
):
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(3), minute_ms=1)
    try:
        _keep_journal_safe(parts, data_paths)
        watch = parts.window.findChild(JournalPlaceWatch)
        assert watch is not None
        assert watch.timer.interval() <= 60_000  # at least every minute
        watch.timer.setInterval(10)
        data_paths.database.rename(tmp_path / "elsewhere.sqlite3")
        qtbot.waitUntil(lambda: watch.missing, timeout=5000)
        shown = parts.window.statusBar().currentMessage()
        assert "no longer at" in shown
        assert str(data_paths.database) in shown
        (tmp_path / "elsewhere.sqlite3").rename(data_paths.database)
        qtbot.waitUntil(lambda: not watch.missing, timeout=5000)
        assert parts.window.statusBar().currentMessage() == ""
    finally:
        parts.close()
