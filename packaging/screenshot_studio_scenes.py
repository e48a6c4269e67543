"""Studio mode filling the screen, for screenshots: idle, kind words shown, and a pause.

`python packaging/screenshot_studio_scenes.py SCENE THEME [LANGUAGE]` with SCENE one of idle,
words or pause, THEME light or dark and LANGUAGE en (the default) or de (studio mode is dark unless the light theme is chosen); used
with /work/shared/tools/screenshot to refresh packaging/screenshots/studio-*.png. Data lives
in a fresh temporary folder; nothing real is touched.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kindling.app import build, make_application
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile

SCENES = ("idle", "words", "pause")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def main(scene: str, theme: str, language: str = "en") -> int:
    data = DataPaths(Path(tempfile.mkdtemp(prefix="kindling-shots-"))).ensure()
    SettingsFile(data.settings).update(
        theme=theme, warmup_minutes=0, welcome_seen=True, language=language
    )
    clock = Clock()
    app = make_application()
    parts = build(app, data, clock=clock, rng=random.Random(4))
    parts.flow.begin("painting", "loose, playful colour", with_warmup=False, studio=True)
    clock.now += timedelta(minutes=42)
    screen = parts.flow.studio.screen
    screen.retranslate()  # the time since the start, read again from the moved clock
    if scene == "words":
        parts.flow.notice_critic(None)
    elif scene == "pause":
        screen.start_pause()
        guide = screen.findChild(QWidget, "studioGuide")
        if guide is not None:
            guide.show_at(3.4)  # type: ignore[attr-defined]
    return int(app.exec())


if __name__ == "__main__":
    scene_arg, theme_arg, language_arg = [*sys.argv[1:], "idle", "dark", "en"][:3]
    if scene_arg not in SCENES:
        sys.exit(f"scene must be one of {', '.join(SCENES)}")
    sys.exit(main(scene_arg, theme_arg, language_arg))
