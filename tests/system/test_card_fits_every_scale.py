"""The critic card fits its words at 100 %, 150 % and 200 % scale and with a large font.

Each size runs in a fresh process (tests/system/card_fit_probe.py): QT_SCALE_FACTOR and the
application font take effect only at start-up. The probe shows the real app's card with the
longest greeting and reads back every label's and button's room against what it needs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.system

PROBE = Path(__file__).with_name("card_fit_probe.py")


@pytest.mark.parametrize(
    ("scale", "points"),
    [("1", 0), ("1.5", 0), ("2", 0), ("1", 18), ("1.5", 16)],
    ids=["100%", "150%", "200%", "large-font", "150%-large-font"],
)
def test_the_card_fits_its_words(scale: str, points: float, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "KINDLING_"))}
    env.update(QT_SCALE_FACTOR=scale, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"))
    done = subprocess.run(
        [sys.executable, str(PROBE), str(points)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = done.stdout.splitlines()
    assert lines, done.stderr[-2000:]
    assert lines[-1] == "DONE", done.stderr[-2000:]
    clipped = [line for line in lines if line.startswith("CLIPPED")]
    assert clipped == []
    assert len([line for line in lines if line.startswith("FITS")]) == 6
