"""A logout's SIGTERM closes the real app cleanly: sealed, unlocked, the session kept open."""

import signal
import sqlite3

import pytest

from kindling.store.seal import changed_at_rest, seal_path
from tests.system.running_app import RunningApp

pytestmark = pytest.mark.system


def test_sigterm_closes_cleanly_and_keeps_the_session_to_come_back_to(kindling):
    app = RunningApp(kindling).start()
    try:
        assert kindling("start", "--no-warmup", "--medium", "clay").code == 0
        assert kindling("critic").code == 0
        assert kindling("critic").code == 0
        assert app.process is not None
        app.process.send_signal(signal.SIGTERM)
        assert app.process.wait(timeout=60) == 0
    finally:
        app.stop()

    database = kindling.data_dir / "kindling.sqlite3"
    # A clean close: the journal is sealed and unchanged since, as after quitting from the menu.
    assert seal_path(database).exists()
    assert changed_at_rest(database) is None
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        ended, moments = db.execute(
            "SELECT s.ended_at, count(m.id) FROM sessions s"
            " LEFT JOIN moments m ON m.session_id = s.id GROUP BY s.id"
        ).fetchone()
    finally:
        db.close()
    assert (ended, moments) == (None, 2)  # still in progress, to be resumed or ended later
    # The lock went with it: a command now works on the journal by itself.
    headless = kindling("critic")
    assert headless.code == 0, headless.err
