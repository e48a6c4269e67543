"""The session bar and the critic toast over a stand-in painting program, for screenshots.

`python packaging/screenshot_bar_scenes.py SCENE THEME` with SCENE one of bar, pause, toast,
keyboard (the card reached with the keyboard, "This helped" focused), answered (the card
answering a note typed on it), support (the card answering a note that suggests danger) or
support-page (the page "If this is heavier than a critic") or invitation (a gentle invitation to
pause beside the bar), and THEME light or dark; used with
/work/shared/tools/screenshot to refresh packaging/screenshots/session-bar-*.png, toast-*.png,
toast-keyboard-*.png, toast-answered-*.png, toast-support-*.png, support-page-*.png and
pause-invitation-*.png. The
helpline shown is the UK's (the en_GB locale). Data lives in a fresh temporary folder; nothing
real is touched.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRadialGradient
from PySide6.QtWidgets import QLineEdit, QWidget

from kindling.app import build, make_application
from kindling.core.support import SupportLocale
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile

SCENES = (
    "bar",
    "pause",
    "toast",
    "keyboard",
    "answered",
    "support",
    "support-page",
    "invitation",
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class Canvas(QWidget):
    """Someone else's painting program: a tool strip and a soft, unfinished landscape."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Painting")
        self.setGeometry(0, 0, 1280, 800)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#5b5a58"))
        p.fillRect(QRectF(0, 0, 1280, 34), QColor("#3f3e3c"))
        p.fillRect(QRectF(0, 34, 52, 766), QColor("#474644"))
        for i, colour in enumerate(("#c9b79c", "#8fa7b3", "#b98b6e", "#6f8f6a", "#e0d6c4")):
            p.setBrush(QColor(colour))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(QRectF(12, 60 + i * 40, 28, 28), 6, 6)
        paper = QRectF(120, 80, 1040, 680)
        p.fillRect(paper, QColor("#f3ede2"))
        p.save()
        p.setClipRect(paper)
        sky = QRadialGradient(QPointF(760, 220), 620)
        sky.setColorAt(0.0, QColor("#f4d9b0"))
        sky.setColorAt(1.0, QColor("#9fb6c3"))
        p.fillRect(QRectF(120, 80, 1040, 420), sky)
        for x, y, w, h, colour in (
            (60, 420, 700, 300, "#7f9a78"),
            (520, 440, 800, 280, "#6b8468"),
            (180, 520, 1100, 300, "#a4946c"),
        ):
            p.setBrush(QColor(colour))
            p.drawEllipse(QRectF(x, y, w, h))
        sun = QColor("#f7c97f")
        sun.setAlphaF(0.8)
        p.setBrush(sun)
        p.drawEllipse(QPointF(840, 250), 54, 54)
        p.restore()
        p.end()


def main(scene: str, theme: str) -> int:
    data = DataPaths(Path(tempfile.mkdtemp(prefix="kindling-shots-"))).ensure()
    SettingsFile(data.settings).update(
        theme=theme,
        warmup_minutes=0,
        bar_position=(700, 48),
        bar_keyboard=scene == "keyboard",
        pause_invitation_minutes=30 if scene == "invitation" else 0,
    )
    clock = Clock()
    app = make_application()
    parts = build(app, data, clock=clock, rng=random.Random(4))
    parts.companion.set_support_locale(SupportLocale("en", "GB"))
    canvas = Canvas()
    canvas.show()
    parts.flow.begin("painting", "loose, playful colour", with_warmup=False)
    clock.now += timedelta(minutes=42)
    parts.bar.set_started_at(parts.companion.current.started_at)  # type: ignore[union-attr]
    parts.bar.raise_()
    if scene == "pause":
        parts.bar.start_pause()
        guide = parts.bar.findChild(QWidget, "barGuide")
        if guide is not None:
            guide.show_at(3.4)  # type: ignore[attr-defined]
    elif scene == "toast":
        parts.companion.notice_critic()
        parts.companion.notice_critic()
    elif scene == "answered":
        parts.companion.notice_critic()
        note = parts.toast.findChild(QLineEdit, "toastNote")
        assert note is not None
        note.setText("everyone else paints so much better than me")
        note.returnPressed.emit()  # as Enter does: the card answers what it said
    elif scene == "support":
        parts.companion.notice_critic("I don't want to be here anymore")
    elif scene == "support-page":
        parts.flow.show_support()
    elif scene == "invitation":  # 42 minutes in, with an invitation every 30
        QTimer.singleShot(500, parts.bar.invitations.check)
    elif scene == "keyboard":
        parts.bar.take_keyboard()  # as when the bar appears for someone using the keyboard
        QTimer.singleShot(800, parts.bar.critic_button.click)
    return int(app.exec())


if __name__ == "__main__":
    scene_arg, theme_arg = [*sys.argv[1:], "bar", "light"][:2]
    if scene_arg not in SCENES:
        sys.exit(f"scene must be one of {', '.join(SCENES)}")
    sys.exit(main(scene_arg, theme_arg))
