"""The Qt binding keeps Python's books: calling a Qt method that returns nothing costs no None.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every such call; a few tens of
thousands later Python frees ``None`` and the app dies. The breathing warm-up alone makes ~900
such calls a second. pyproject.toml excludes that release; this test catches it (or a later one
with the same fault) in whatever binding is installed.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

CALLS = 2_000


def test_a_qt_call_that_returns_nothing_keeps_none_alive() -> None:
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        thing.setObjectName("kindling")
    lost = before - sys.getrefcount(None)
    # Pay back what a faulty binding took, so the run ends with this failure, not a crash.
    for _ in range(max(lost, 0)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    # Other code may take or drop a few references meanwhile; the faulty binding loses one a call.
    assert lost < CALLS // 10, (
        f"this PySide6 loses a reference to None on every call ({lost} in {CALLS}); "
        "reinstall with: .venv/bin/pip install -e '.[test,dev]'"
    )
