"""Shows the settings, the reframe editor or the about page for a screenshot.

`python packaging/screenshot_yours.py SCENE THEME [LANGUAGE]`, used with
/work/shared/tools/screenshot to refresh packaging/screenshots/. The data lives in a fresh
temporary folder; nothing real is touched.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from kindling.app import build, make_application
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile
from kindling.ui.yours import ABOUT, REFRAMES, SETTINGS

SCENES = {"settings": SETTINGS, "reframes": REFRAMES, "about": ABOUT}
OWN = {
    "en": (
        ("not-good-enough", "My hands are learning, and learning looks like this."),
        ("comparing", "Their path is theirs. Today I only need to take one small step on mine."),
    ),
    "de": (
        ("not-good-enough", "Meine Hände lernen, und so sieht Lernen aus."),
        ("comparing", "Ihr Weg ist ihrer. Heute gehe ich nur einen kleinen Schritt auf meinem."),
    ),
}


def main(scene: str, theme: str, language: str = "en") -> int:
    data = DataPaths(Path(tempfile.mkdtemp(prefix="kindling-shots-"))).ensure()
    SettingsFile(data.settings).update(theme=theme, language=language)
    app = make_application()
    parts = build(app, data, rng=random.Random(11))
    assert parts.yours is not None
    book = parts.yours.book
    for group, text in OWN.get(language, OWN["en"]):
        book.add(group, text)
    book.set_hidden(book.entries()[3].reframe.id, True)
    parts.flow.begin("painting", with_warmup=False)
    notes = {"de": ("matschig und laienhaft", None, "alle anderen sind besser")}
    for note in notes.get(language, ("muddy and amateur", None, "everyone else is better")):
        moment = parts.flow.notice_critic(note)
        if moment is not None and moment.moment.id is not None:
            parts.companion.mark_helped(moment.moment.id, True)
    parts.flow.end_now()
    parts.toast.hide()
    parts.window.resize(1100, 720)
    parts.window.move(0, 0)
    parts.window.show()
    parts.window.show_section(SCENES[scene])
    editor = parts.yours.reframe_editor
    if scene == "reframes":
        editor.show_hidden.setChecked(True)
        editor.list.setCurrentItem(editor.list.topLevelItem(0))
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
