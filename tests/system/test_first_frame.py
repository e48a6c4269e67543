"""The first frame is the window with its start page, built without the journal's stack."""

import subprocess
import sys

import pytest

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
    or m in (
        "kindling.store.journal",
        "kindling.ui.warmup_page",
        "kindling.ui.closing_page",
        "kindling.ui.summary_view",
        "kindling.core.model",
    )
)
print("visible" if first.window.isVisible() else "hidden")
print(first.pages.currentWidget() is first.pages.start_page)
print(",".join(heavy))
"""


@pytest.mark.system
def test_first_frame_shows_the_start_page_without_sqlalchemy(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", CODE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    visible, on_start_page, heavy = result.stdout.splitlines()
    assert visible == "visible"
    assert on_start_page == "True"
    assert heavy == ""
