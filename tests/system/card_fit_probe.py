"""Shows the critic card in its largest state in a fresh process and prints what is clipped.

Run by test_card_fits_every_scale.py with QT_SCALE_FACTOR and a font size set: both take
effect only at start-up. Prints one line per part of the card ("FITS name" or "CLIPPED name
detail"), then "DONE".
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kindling.app import build, make_application
from kindling.desktop.paths import DataPaths


def main() -> int:
    app = make_application()
    points = float(sys.argv[1])
    if points > 0:  # a large system font, as a desktop's settings would give
        font = QFont(app.font())
        font.setPointSizeF(points)
        app.setFont(font)
    data = DataPaths(Path(tempfile.mkdtemp()) / "data").ensure()
    parts = build(app, data, rng=random.Random(5))
    parts.flow.begin("a short story", with_warmup=False)
    toast = parts.toast
    # The longest greeting, whichever "you" the chosen words speak to
    # ("Noticed, gently. That's the hard part." for the person).
    sets = [toast._greetings("person"), toast._greetings("critic")]
    longest = max(range(len(sets[0])), key=lambda i: max(len(g[i % len(g)]) for g in sets))
    toast._shown_count = longest
    parts.flow.notice_critic(None)
    for _ in range(10):
        app.processEvents()
    report(toast, ("toastGreeting", "toastReframe"), ("toastHelped", "toastNotThis", "toastClose"))
    toast._keep_note()  # no note: nothing said; then the answer line after a choice
    toast._give_feedback(False)
    for _ in range(10):
        app.processEvents()
    report(toast, ("toastStatus",), ())
    print("DONE", flush=True)
    parts.close()
    return 0


def report(toast: QWidget, labels: tuple[str, ...], buttons: tuple[str, ...]) -> None:
    for name in labels:
        label = toast.findChild(QLabel, name)
        assert label is not None, name
        parent = label.parentWidget()
        assert parent is not None
        needed = label.heightForWidth(label.width())
        if not label.wordWrap():  # one line: it must be as wide as its text
            needed = (
                label.sizeHint().height() if label.width() >= label.sizeHint().width() else 10**6
            )
        inside = toast.rect().contains(label.geometry().translated(parent.pos()))
        if label.height() >= needed and inside and label.text():
            print(f"FITS {name}", flush=True)
        else:
            print(f"CLIPPED {name} {label.height()} < {needed}, inside {inside}", flush=True)
    for name in buttons:
        button = toast.findChild(QPushButton, name)
        assert button is not None, name
        if (
            button.width() >= button.sizeHint().width()
            and button.height() >= button.sizeHint().height()
        ):
            print(f"FITS {name}", flush=True)
        else:
            print(f"CLIPPED {name} {button.size()} < {button.sizeHint()}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
