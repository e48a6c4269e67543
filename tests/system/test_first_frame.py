"""The first frame is the window with its start page, built without the journal's stack."""

import subprocess
import sys

import pytest

from kindling.store.journal import open_journal

CODE = """
import sys
from kindling.app import make_application, show_first_frame
from kindling.desktop.paths import resolve

app = make_application()
first = show_first_frame(app, resolve(sys.argv[1]).ensure())
app.processEvents()
heavy = sorted(
    m for m in sys.modules
    if m.split(".")[0] in ("sqlalchemy", "alembic")
    or m in ("kindling.store.journal", "kindling.ui.warmup_page", "kindling.ui.closing_page")
    or m in ("kindling.core.model", "kindling.ui.summary_view")
)
print("visible" if first.window.isVisible() else "hidden")
print(first.pages.currentWidget() is first.pages.start_page)
print(",".join(heavy))
"""


@pytest.mark.system
def test_first_frame_shows_the_start_page_without_sqlalchemy(tmp_path):
    lines = _run_python(CODE, tmp_path / "data")
    visible, on_start_page, heavy = lines
    assert visible == "visible"
    assert on_start_page == "True"
    assert heavy == ""


LAUNCH = """
import os, sys
import kindling.app

def first_paint(window, then):
    # The window is up: what did the whole launch load to get here?
    print("visible" if window.isVisible() else "hidden")
    print(window.windowTitle())
    print(",".join(sorted(m for m in sys.modules if m in SLOW_TO_LOAD)))
    sys.stdout.flush()
    os._exit(0)

# The start page waits for the window's first paint: it needs Qt's `Qt` namespace, whose
# ninety-odd enums cost ~20 ms to create; so do the termination watch and the json package
# (the settings are read with light_json).
SLOW_TO_LOAD = {
    "logging.handlers",
    "kindling.cli.commands",
    "kindling.core.model",
    "kindling.ui.start_page",
    "kindling.desktop.termination",
    "json",
}
kindling.app._after_first_paint = first_paint
sys.argv = ["kindling", "--data-dir", sys.argv[1]]
from kindling.__main__ import main
main()
"""


@pytest.mark.system
def test_a_plain_launch_reaches_the_window_without_rotating_logs_or_domain_records(tmp_path):
    lines = _run_python(LAUNCH, tmp_path / "data")
    visible, title, loaded = lines
    assert visible == "visible"
    assert title == "Kindling"
    assert loaded == ""
    assert (tmp_path / "data" / "logs" / "kindling.log").read_text().count("main window shown") == 1


STARTED = """
import sys
from kindling.app import build, make_application
from kindling.desktop.paths import resolve

app = make_application()
parts = build(app, resolve(sys.argv[1]).ensure())
app.processEvents()
# Pages nobody has asked for yet, and modules only a rare moment needs (the chime's player,
# a new session's id, the summary's escaping): each is memory carried all day for nothing.
print(",".join(sorted(m for m in sys.modules if m in NOT_YET)))
parts.summary_view  # the "Last session" page, asked for: made now
print(",".join(sorted(m for m in sys.modules if m in NOT_YET)))
"""

NOT_YET = (
    "kindling.ui.warmup_page",
    "kindling.ui.closing_page",
    "kindling.ui.summary_view",
    "kindling.ui.studio_screen",
    "subprocess",
    "uuid",
    "html",
)


@pytest.mark.system
def test_a_started_app_makes_no_page_and_loads_no_module_before_it_is_needed(data_paths):
    open_journal(data_paths.database, data_paths.backups).close()  # the usual start: it exists
    code = STARTED.replace("NOT_YET", repr(NOT_YET))
    before, after = _run_python(code, data_paths.root)
    assert before == ""
    assert after == "kindling.ui.summary_view"


def _run_python(code, data_dir):
    """Runs ``code`` in a fresh interpreter with the data folder; the lines it printed."""
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()
