"""Puts the real app into one screen for a screenshot: `python packaging/screenshot_scenes.py SCENE THEME`.

Used with /work/shared/tools/screenshot (or any X screenshot tool) to refresh
packaging/screenshots/. The data lives in a fresh temporary folder; nothing real is touched.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kindling.app import Parts, build, make_application
from kindling.core.model import CheckIn, Phase
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile

SCENES = ("start", "warmup", "self", "closing", "summary", "bar")


class Clock:
    """A hand-moved clock so the summary shows a believable session."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


def main(scene: str, theme: str) -> int:
    data = DataPaths(Path(tempfile.mkdtemp(prefix="kindling-shots-"))).ensure()
    SettingsFile(data.settings).update(theme=theme, warmup_minutes=3)
    clock = Clock()
    app = make_application()
    parts = build(app, data, clock=clock, rng=random.Random(11), minute_ms=3_600_000)
    start = parts.pages.start_page
    if scene == "start":
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
    elif scene in ("closing", "summary", "bar"):
        _fill_session(parts, clock, ended=scene == "summary")
        if scene == "closing":
            parts.flow.request_end()
            parts.pages.closing_page.checkin.set_value(CheckIn(3, 5, 6))
            parts.pages.closing_page.reflection.setPlainText("I let the sky stay messy.")
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


if __name__ == "__main__":
    scene_arg, theme_arg = [*sys.argv[1:], "start", "light"][:2]
    if scene_arg not in SCENES:
        sys.exit(f"scene must be one of {', '.join(SCENES)}")
    sys.exit(main(scene_arg, theme_arg))
