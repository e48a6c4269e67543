"""`kindling doctor` says whether kind words can be read aloud and whether the screen stays awake."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.system.private_bus import PrivateBus
from tests.system.test_stay_awake import FakeScreensaver

pytestmark = pytest.mark.system


def test_with_speech_and_a_screensaver_service_both_are_fine(kindling) -> None:
    bus = PrivateBus()
    screensaver = FakeScreensaver(bus)
    try:
        kindling.env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
        result = kindling("doctor")
    finally:
        screensaver.stop()
        bus.stop()
    assert "ok       Spoken words: speech-dispatcher (spd-say) can read kind words aloud" in (
        result.out
    )
    assert "ok       Studio mode keeps the screen awake" in result.out
    assert screensaver.said("INHIBIT") == []  # the doctor only looks; it holds nothing


def test_without_a_voice_or_a_screensaver_it_says_so_plainly(kindling, tmp_path: Path) -> None:
    bus = PrivateBus()  # a bus with no screensaver on it
    try:
        kindling.env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
        kindling.env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + str(tmp_path)
        result = kindling("doctor")
    finally:
        bus.stop()
    assert "Spoken words: no voice was found here. Kindling has none of its own" in result.out
    assert "no screensaver service answers here, so the screen may sleep" in result.out
    assert "Traceback" not in result.err
