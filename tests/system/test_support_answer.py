"""Danger notes get support with a helpline, everyday hyperbole never does: the real command
line headless, forwarded to the running app, and typed on the card of the running app.

The card part types with real key presses (xdotool, through the X server) into the real app's
card: the bar is set to take the keyboard, so the card takes it from the bar (never from
another program), "This helped" first; Tab, Tab reaches the note field.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile
from tests.system.conftest import KindlingCommand
from tests.system.running_app import RunningApp

pytestmark = pytest.mark.system

HELPLINE = "116 123"  # Samaritans, for the en_GB locale these tests run in

DANGER = [
    "I want to die",
    "I should just kill myself",
    "kms",
    "I don't want to be here anymore",
    "wish I wasn't alive",
    "ich will sterben",
    "ich will nicht mehr leben",
    "Selbstmord",
    "ich will mich ritzen",
]
HYPERBOLE = [
    "this deadline is killing me",
    "kill your darlings",
    "the colours look dead",
    "dead tired",
    "diese Deadline bringt mich um",
    "die Farben wirken tot",
    "ich bin todmüde",
]
# Typed on the card: plain ASCII, so xdotool's key map types each letter as written.
CARD_DANGER = ["I want to die", "kms", "ich will nicht mehr leben"]
CARD_HYPERBOLE = ["this deadline is killing me", "die Farben wirken tot"]


@pytest.fixture
def kindling_gb(kindling: KindlingCommand) -> KindlingCommand:
    kindling.env["LANG"] = "en_GB.UTF-8"
    kindling.env.pop("LC_ALL", None)
    kindling.env.pop("LC_MESSAGES", None)
    return kindling


@pytest.fixture
def app(kindling_gb: KindlingCommand) -> Iterator[RunningApp]:
    running = RunningApp(kindling_gb)
    yield running
    running.stop()


def critic_json(kindling: KindlingCommand, note: str) -> dict[str, Any]:
    result = kindling("critic", "--note", note, "--format", "json")
    assert result.code == 0, result.err
    answer: dict[str, Any] = json.loads(result.out)
    assert answer["moment"]["note"] == note
    assert isinstance(answer["moment"]["id"], int)
    assert answer["moment"]["at"]
    assert set(answer["reframe"]) == {"id", "group", "text"}
    return answer


def assert_answers(kindling: KindlingCommand) -> None:
    for note in DANGER:
        reframe = critic_json(kindling, note)["reframe"]
        assert reframe["group"] == "support", note
        assert HELPLINE in reframe["text"], note
        assert "findahelpline.com" in reframe["text"], note
    for note in HYPERBOLE:
        reframe = critic_json(kindling, note)["reframe"]
        assert reframe["group"] != "support", note
        assert HELPLINE not in reframe["text"], note
    spoken = kindling("critic", "--note", "I want to die")
    assert spoken.code == 0
    assert "Samaritans: call 116 123" in spoken.out


def test_the_command_line_answers_danger_with_support_and_hyperbole_with_a_reframe(kindling_gb):
    assert kindling_gb("start", "--no-warmup").code == 0
    assert_answers(kindling_gb)
    exported = json.loads(kindling_gb("export").out)
    moments = exported["sessions"][0]["moments"]
    assert [m["note"] for m in moments[: len(DANGER)]] == DANGER  # every moment kept
    assert all(set(m["reframe"]) == {"id", "text"} for m in moments)  # the format holds


def xdotool(*args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, check=False, timeout=30
    )
    return done.stdout.strip()


def card_window() -> str:
    found = xdotool("search", "--onlyvisible", "--name", "^Critic noticed$").splitlines()
    return found[0] if found else ""


def card_has_the_keyboard() -> bool:
    window = card_window()
    return bool(window) and xdotool("getwindowfocus") == window


def type_on_the_card(app: RunningApp, kindling: KindlingCommand, note: str) -> dict[str, Any]:
    before = len(app.moments())
    assert kindling("critic").code == 0  # forwarded: the running app shows its card
    app.wait_until(lambda: len(app.moments()) == before + 1, "the moment in the journal")
    app.wait_until(card_has_the_keyboard, "the card taking the keyboard from the bar")
    xdotool("key", "Tab", "Tab")  # "This helped" → "Not this one" → the note field
    xdotool("type", "--delay", "15", note)
    xdotool("key", "Return")
    app.wait_until(lambda: app.moments()[-1]["note"] == note, "the typed note in the journal")
    reframe: dict[str, Any] = app.moments()[-1]["reframe"]
    return reframe


def test_forwarded_and_typed_on_the_card_danger_gets_support(app, kindling_gb):
    paths = DataPaths(kindling_gb.data_dir).ensure()
    SettingsFile(paths.settings).update(bar_keyboard=True)
    app.start()
    assert kindling_gb("start", "--no-warmup").code == 0
    assert_answers(kindling_gb)  # forwarded: the app answers, the command prints it

    for note in CARD_DANGER:
        reframe = type_on_the_card(app, kindling_gb, note)
        assert reframe["id"] == "support", note
        assert HELPLINE in reframe["text"], note
    for note in CARD_HYPERBOLE:
        reframe = type_on_the_card(app, kindling_gb, note)
        assert reframe["id"] != "support", note
        assert HELPLINE not in reframe["text"], note


def test_a_danger_note_with_no_session_still_meets_care(kindling) -> None:
    kindling.env["LANG"] = "en_GB.UTF-8"
    done = kindling("critic", "--note", "I want to die")
    assert done.code == 3  # nothing was kept: there is no session
    assert "a person can listen to you right now" in done.out
    assert "116 123" in done.out
    assert "no session in progress" in done.err
    calm = kindling("critic", "--note", "this deadline is killing me")
    assert calm.out == ""
