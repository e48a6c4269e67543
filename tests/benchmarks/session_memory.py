"""Peak memory of a running Kindling session against a bare PySide6 window, in the same run.

Run: ``.venv/bin/python tests/benchmarks/session_memory.py``. Each side runs in its own fresh
Python process on the same Qt platform (offscreen unless ``QT_QPA_PLATFORM`` says otherwise)
and reports its peak resident set size (``ru_maxrss``). The Kindling side builds the real app
from the composition root, starts a session, runs the breathing guide, notices the critic three
times (the toast shows each time), takes the summary and ends. It runs on a journal made
beforehand by another process, as every start but the very first does (a new journal is made
with SQLAlchemy, once). Goal: at most 1.6x.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap

GOAL = 1.6

BARE = textwrap.dedent(
    """
    import json, resource
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(960, 680)
    window.show()
    QTimer.singleShot(300, app.quit)
    app.exec()
    print(json.dumps({"kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
    """
)

# The same bare window with SQLAlchemy's ORM loaded: how much of the difference is the
# storage library alone, as opposed to Kindling's own windows and data.
BARE_WITH_ORM = BARE.replace(
    "app = QApplication([])", "import sqlalchemy.orm\napp = QApplication([])"
)

KINDLING = textwrap.dedent(
    """
    import json, resource, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from kindling.app import build, make_application
    from kindling.desktop.paths import DataPaths

    app = make_application()
    parts = build(app, DataPaths(Path(sys.argv[1])).ensure())
    parts.settings.update(warmup_minutes=1)
    parts.flow.begin("painting", "loose colour", with_warmup=True)
    steps = [
        lambda: parts.pages.warmup_page.begin_now_button.click(),
        lambda: parts.flow.notice_critic("too muddy"),
        lambda: parts.flow.notice_critic(None),
        lambda: parts.flow.notice_critic("who am I to paint"),
        lambda: parts.companion.summary(),
        lambda: parts.flow.end_now("kept going"),
        app.quit,
    ]
    for index, step in enumerate(steps):
        QTimer.singleShot(300 + 150 * index, step)
    app.exec()
    print(json.dumps({
        "kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "sqlalchemy": "sqlalchemy" in sys.modules,
    }))
    """
)

MAKE_JOURNAL = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kindling.desktop.paths import DataPaths
    from kindling.store.journal import open_journal
    data = DataPaths(Path(sys.argv[1])).ensure()
    open_journal(data.database, data.backups).close()
    """
)
LOADED: list[bool] = []


def peak_kib(code: str, *args: str) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    last = json.loads(done.stdout.strip().splitlines()[-1])
    if "sqlalchemy" in last:
        LOADED.append(bool(last["sqlalchemy"]))
    return int(last["kib"])


def main() -> int:
    rounds = 3
    bare, orm, kindling = [], [], []
    for _ in range(rounds):
        bare.append(peak_kib(BARE))
        orm.append(peak_kib(BARE_WITH_ORM))
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run([sys.executable, "-c", MAKE_JOURNAL, folder], check=True, timeout=120)
            kindling.append(peak_kib(KINDLING, folder))
    bare_mib, orm_mib = min(bare) / 1024, min(orm) / 1024
    kindling_mib = min(kindling) / 1024
    ratio = kindling_mib / bare_mib
    print(f"bare PySide6 window, peak RSS:       {bare_mib:7.1f} MiB (best of {rounds})")
    print(f"same window with SQLAlchemy's ORM:   {orm_mib:7.1f} MiB")
    print(f"running Kindling session, peak RSS:  {kindling_mib:7.1f} MiB")
    print(f"ratio: {ratio:.2f}x (goal: at most {GOAL}x)")
    print(
        f"SQLAlchemy's ORM alone would add {orm_mib - bare_mib:.1f} MiB; Kindling's whole "
        f"session adds {kindling_mib - bare_mib:.1f} MiB"
    )
    print(f"SQLAlchemy loaded during the session: {'yes' if any(LOADED) else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
