"""The "Last session" page is made when first wanted, and then shows the last finished session."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from kindling.app import build
from kindling.companion import Companion
from kindling.store.journal import open_journal
from kindling.ui.main_window import LAST_SESSION, SESSION


def test_the_last_finished_session_is_there_when_the_person_looks(
    qtbot, qapp, data_paths, library, clock
):
    journal = open_journal(data_paths.database, data_paths.backups)
    yesterday = Companion(journal.store, library, clock=clock, rng=random.Random(3))
    yesterday.start("watercolour", "let the paper stay wet")
    yesterday.notice_critic(None)
    yesterday.end()
    journal.close()

    parts = build(qapp, data_paths, clock=clock, rng=random.Random(5))
    try:
        parts.window.show()
        assert LAST_SESSION in parts.window.section_keys()

        parts.window.show_section(LAST_SESSION)
        view = parts.summary_view
        qtbot.waitUntil(view.isVisible)
        assert view.summary is not None
        assert view.summary.session.medium == "watercolour"
        assert len(view.summary.session.moments) == 1

        # "Begin again" from the page made late still leads back to the start page.
        qtbot.mouseClick(view.again_button, Qt.MouseButton.LeftButton)
        assert parts.window.current_section() == SESSION
    finally:
        parts.close()
