"""The layer boundaries of DESIGN.md, checked on the real import graph of each module."""

import subprocess
import sys

import pytest

QT_FREE = ["kindling.core", "kindling.store", "kindling.companion", "kindling.cli"]


@pytest.mark.parametrize("package", QT_FREE)
def test_lower_layers_never_import_qt(package):
    code = (
        "import pkgutil, importlib, sys\n"
        f"pkg = importlib.import_module('{package}')\n"
        "for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    if '.migrations' not in info.name and not info.name.endswith(('.launch',)):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_import_contracts_hold():
    """import-linter's contracts in pyproject.toml: layers point down, ui never reaches the store."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], cwd=root, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
