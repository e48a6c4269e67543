"""A whole session in the real app never loads SQLAlchemy or Alembic (memory and start-up goals).

SQLAlchemy alone costs about 30 MiB and a quarter of a second. The app is built from its
composition root on an existing journal, in a fresh process; it resumes the session a crash
left open, then runs a second one from the start page's warm-up to the summary, with critic
taps, marks, notes, a pause and both check-ins, before the modules are looked at. The pages
not shown during a session (history, patterns, reframes, settings) are not even imported.
"""

import json
import random
import subprocess
import sys
from datetime import timedelta

import pytest

from kindling.companion import Companion
from kindling.store.journal import open_journal

CODE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from kindling.app import build, make_application
from kindling.core.model import CheckIn, Phase
from kindling.desktop.paths import DataPaths

app = make_application()
parts = build(app, DataPaths(Path(sys.argv[1])).ensure())
flow, companion, pages = parts.flow, parts.companion, parts.pages
seen = {}

# The session a crash left open: carry on with it, tap, end it through the closing page.
box = flow.offer_unfinished(companion.current)
[carry_on] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
carry_on.click()
app.processEvents()
noticed = flow.notice_critic("who am I to paint")
companion.mark_helped(noticed.moment.id, True)
companion.add_note(noticed.moment.id, "written later")
companion.add_pause(30)
app.processEvents()
flow.request_end()
pages.closing_page.reflection.setPlainText("kept going")
pages.closing_page.finish_button.click()
app.processEvents()
seen["resumed_summary_shown"] = parts.summary_view.isVisible()

# A new session: check-in, warm-up, taps, end, the summary.
parts.settings.update(warmup_minutes=1)
flow.begin("painting", "loose colour", with_warmup=True, checkin=CheckIn(6, 4, 3))
app.processEvents()
pages.warmup_page.begin_now_button.click()
app.processEvents()
for note in ("too muddy", None, "not a real artist"):
    noticed = flow.notice_critic(note)
    app.processEvents()
companion.mark_helped(noticed.moment.id, False)
companion.record_checkin(Phase.AFTER, CheckIn(3, 5, 6))
summary = flow.end_now("looser than last time")
app.processEvents()
seen["moments"] = len(summary.session.moments)
seen["last"] = companion.summary().session.id == summary.session.id
seen["heavy"] = sorted(
    m for m in sys.modules
    if m.split(".")[0] in ("sqlalchemy", "alembic")
    or m in (
        "kindling.ui.history_view",
        "kindling.ui.insights_view",
        "kindling.ui.reframe_editor",
        "kindling.ui.settings_page",
    )
)
parts.close()
print(json.dumps(seen))
"""


@pytest.mark.system
def test_a_whole_session_never_loads_sqlalchemy(data_paths, library, clock):
    journal = open_journal(data_paths.database, data_paths.backups)
    crashed = Companion(journal.store, library, clock=clock, rng=random.Random(5))
    left_open = crashed.start("ink", "a quick sketch")
    crashed.notice_critic("smudged")
    journal.close()  # no end: as after a crash

    result = subprocess.run(
        [sys.executable, "-c", CODE, str(data_paths.root)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {
        "resumed_summary_shown": True,
        "moments": 3,
        "last": True,
        "heavy": [],
    }

    # Everything done without SQLAlchemy reads back through the history's repository.
    journal = open_journal(data_paths.database, data_paths.backups)
    try:
        sessions = list(journal.repository.all_sessions())
    finally:
        journal.close()
    resumed, second = sessions
    assert resumed.id == left_open.id
    assert [m.note for m in resumed.moments] == ["smudged", "written later"]
    assert resumed.moments[1].helped is True
    assert [p.seconds for p in resumed.pauses] == [30]
    assert resumed.reflection == "kept going"
    assert resumed.ended_at is not None
    assert resumed.ended_at - resumed.started_at >= timedelta(0)
    assert second.checkin_before is not None
    assert (second.checkin_before.threat, second.checkin_after.soothing) == (6, 6)
    assert second.warmup is not None
    assert [m.note for m in second.moments] == ["too muddy", None, "not a real artist"]
    assert second.moments[-1].helped is False
    assert second.reflection == "looser than last time"
