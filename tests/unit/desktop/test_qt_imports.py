"""PySide6 stops reading the source of each module imported after it, once told."""

import subprocess
import sys

CODE = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
import PySide6.QtCore
from kindling.desktop.qt_imports import skip_feature_scan
applied = skip_feature_scan() if sys.argv[2] == "skip" else None
import freshly_imported
print(applied, freshly_imported.__file__ in linecache.cache)
"""


def run(folder, mode):
    """(whether the scan was turned off, whether PySide6 read the new module's source)."""
    folder.mkdir()
    (folder / "freshly_imported.py").write_text("VALUE = 1\n")
    result = subprocess.run(
        [sys.executable, "-c", CODE, str(folder), mode],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_pyside_scans_new_modules_unless_told_not_to(tmp_path):
    assert run(tmp_path / "as-shipped", "keep") == ["None", "True"]
    assert run(tmp_path / "turned-off", "skip") == ["True", "False"]
