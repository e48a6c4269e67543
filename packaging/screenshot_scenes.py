"""Puts the real app into one screen for a screenshot of packaging/screenshots/.

Scenes: start, warmup, self, closing, summary, history, insights (on a 960x680 screen); the
session bar and the toast have their own scenes in screenshot_bar_scenes.py. Themes: light,
dark. Each runs on a fresh temporary data folder; nothing real is touched. To refresh one:

    xvfb-run -a -s "-screen 0 960x680x24" sh -c '.venv/bin/python \
        packaging/screenshot_scenes.py start light & sleep 10; import -window root shot.png'
    convert shot.png -strip -colors 256 packaging/screenshots/start-light.png
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kindling.app import build, make_application
from kindling.core.model import CheckIn, Phase
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile
from kindling.wiring import Parts

SCENES = (
    "start",
    "start-studio",
    "warmup",
    "self",
    "closing",
    "closing-words",
    "summary",
    "history",
    "insights",
    "welcome",
    "welcome-hotkey",
    "welcome-bar",
    "settings",
)


class Clock:
    """A hand-moved clock so the summary shows a believable session."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


def main(scene: str, theme: str, language: str = "en") -> int:
    data = DataPaths(Path(tempfile.mkdtemp(prefix="kindling-shots-"))).ensure()
    SettingsFile(data.settings).update(theme=theme, warmup_minutes=3, language=language)
    clock = Clock()
    app = make_application()
    parts = build(app, data, clock=clock, rng=random.Random(11), minute_ms=3_600_000)
    start = parts.pages.start_page
    if scene in ("start", "start-studio"):
        start.studio.setChecked(scene == "start-studio")
        start.intention.setText("loose, playful colour")
        start.checkin_toggle.setChecked(True)
        start.checkin.set_value(CheckIn(6, 5, 3))
    elif scene in ("warmup", "self"):
        start.begin_button.click()
        if scene == "warmup":
            parts.pages.warmup_page.guide.show_at(3.2)
        else:
            parts.pages.warmup_page.go_on_button.click()
            parts.pages.warmup_page.compassionate_self.next_button.click()
    elif scene.startswith("welcome"):
        assert parts.meeting is not None
        parts.meeting.set_listening(True, "kindling critic")
        welcome = parts.meeting.show()
        for _ in range(("welcome", "welcome-hotkey", "welcome-bar").index(scene)):
            welcome.next_button.click()
        if scene == "welcome-hotkey":
            welcome.catch_press()
    elif scene == "settings":
        parts.window.show_section("settings")
    elif scene in ("history", "insights"):
        _fill_history(parts, clock)
        history_view = parts.window.section("history")
        history_view.reload()  # type: ignore[attr-defined]
        parts.window.show_section(scene)
    elif scene in ("closing", "closing-words", "summary"):
        _fill_session(parts, clock, ended=scene == "summary")
        if scene != "summary":
            parts.flow.request_end()
            closing = parts.pages.closing_page
            closing.checkin.set_value(CheckIn(3, 5, 6))
            if scene == "closing-words":
                closing.next_button.click()
                closing.reflection.setPlainText("I let the sky stay messy.")
    return int(app.exec())


def _fill_session(parts: Parts, clock: Clock, ended: bool) -> None:
    companion = parts.companion
    parts.pages.start_page.set_warmup_minutes(0)
    session = companion.start("painting", "loose, playful colour", CheckIn(6, 5, 3))
    companion.record_warmup(True, 180, "soothing-5-5")
    for minutes, note in ((7, "the sky is muddy"), (12, None), (16, "who do I think I am")):
        clock.advance(minutes)
        noticed = companion.notice_critic(note)
        if minutes == 12:
            companion.mark_helped(noticed.moment.id or 0, True)
    clock.advance(6)
    companion.add_pause(30)
    clock.advance(9)
    if ended:
        companion.record_checkin(Phase.AFTER, CheckIn(3, 5, 6))
        companion.end("I let the sky stay messy.")
    assert session.id


def _fill_history(parts: Parts, clock: Clock) -> None:
    """Ten weeks of believable sessions, written straight into the journal."""
    import uuid

    from kindling.core.model import Moment, Session, ShownReframe, Warmup

    rng = random.Random(5)
    mediums = ("painting", "painting", "writing", "drawing")
    intentions = (
        "loose, playful colour",
        "finish the chapter's opening",
        "hands, quickly, without fixing",
        None,
        "let the sky be messy",
    )
    reframes = (
        ("s1", "You are learning, and learning looks like this."),
        ("s2", "A mistake is just information arriving."),
        ("s3", "You would never say this to a friend. Say it kindly to yourself."),
    )
    sessions = []
    for day in range(70, 0, -1):
        if rng.random() < 0.45:
            continue
        began = clock() - timedelta(days=day, hours=rng.choice((-2, 3, 8)))
        length = rng.randint(25, 110)
        warm = rng.random() < 0.6
        moments = tuple(
            Moment(
                began + timedelta(minutes=rng.choice((1, 2, 4, 8, 15, 30, 50))),
                rng.choice((None, None, "not good enough", "the proportions are off")),
                ShownReframe(*reframes[rng.randrange(3)]),
                rng.choice((True, None, None, False)),
            )
            for _ in range(rng.randint(0, 5))
        )
        before = rng.randint(2, 5)
        sessions.append(
            Session(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                medium=rng.choice(mediums),
                intention=rng.choice(intentions),
                started_at=began,
                ended_at=began + timedelta(minutes=length),
                warmup=Warmup(True, 180, "soothing-5-5") if warm else None,
                checkin_before=CheckIn(rng.randint(4, 8), 5, before),
                checkin_after=CheckIn(3, 5, min(before + rng.randint(0, 3) + warm, 10)),
                moments=tuple(sorted(moments, key=lambda m: m.at)),
            )
        )
    parts.journal.repository.import_sessions(sessions)


if __name__ == "__main__":
    scene_arg, theme_arg, language_arg = [*sys.argv[1:], "start", "light", "en"][:3]
    if scene_arg not in SCENES:
        sys.exit(f"scene must be one of {', '.join(SCENES)}")
    sys.exit(main(scene_arg, theme_arg, language_arg))
