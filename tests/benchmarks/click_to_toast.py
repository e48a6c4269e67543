"""From a click on "Critic noticed" to the toast painted, against a bare button-to-label update.

Run: ``.venv/bin/python tests/benchmarks/click_to_toast.py [--taps N]`` (under X, or with
``QT_QPA_PLATFORM=offscreen``). Our side is the real app from the composition root, on a real
journal file with its pragmas (WAL, synchronous=FULL): a click on the bar's button goes
through the session flow and the companion, the row is committed, the adapter announces the
moment and the toast shows and paints. The baseline is a bare QPushButton whose click sets a
QLabel's text, timed until the label has painted. Both are measured in alternating rounds in
the same process. Prints the medians, their ratio (goal: at most 2x) and where the time goes.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

GOAL = 2.0
T = TypeVar("T")
DEADLINE_S = 5.0


class PaintWatch(QObject):
    """Notes the moment a widget next paints."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted_at: float | None = None
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.painted_at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False

    def wait(self, app: QApplication) -> float:
        deadline = time.perf_counter() + DEADLINE_S
        while self.painted_at is None:
            if time.perf_counter() > deadline:
                raise RuntimeError("the widget never painted")
            app.processEvents()
        return self.painted_at


class Baseline:
    """The least a Qt app can do for a click: a button that changes a label."""

    def __init__(self) -> None:
        self.window = QWidget()
        self.window.setWindowTitle("baseline")
        self.button = QPushButton("Critic noticed", self.window)
        self.label = QLabel("nothing yet", self.window)
        self.label.setMinimumWidth(300)
        layout = QVBoxLayout(self.window)
        layout.addWidget(self.button)
        layout.addWidget(self.label)
        self.count = 0
        self.button.clicked.connect(self._on_clicked)
        self.watch = PaintWatch(self.label)
        self.window.move(40, 400)
        self.window.show()

    def _on_clicked(self) -> None:
        self.count += 1
        self.label.setText(f"Ah, hello again. ({self.count})")

    def tap(self, app: QApplication) -> float:
        self.watch.arm()
        began = time.perf_counter()
        QTest.mouseClick(self.button, Qt.MouseButton.LeftButton)
        return self.watch.wait(app) - began


def _timed(call: Callable[..., T], spans: list[float]) -> Callable[..., T]:
    """``call``, noting how long each run of it takes in ``spans``."""

    def timed(*args: object, **kwargs: object) -> T:
        began = time.perf_counter()
        try:
            return call(*args, **kwargs)
        finally:
            spans.append(time.perf_counter() - began)

    return timed


def fsync_floor(folder: Path, times: int = 50) -> float:
    """The median time of one 4 KiB write and fsync in ``folder``: the floor of any durable tap."""
    path = folder / "fsync-probe"
    spans = []
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for _ in range(times):
            began = time.perf_counter()
            os.write(fd, b"k" * 4096)
            os.fsync(fd)
            spans.append(time.perf_counter() - began)
    finally:
        os.close(fd)
        path.unlink()
    return statistics.median(spans)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--taps", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from kindling.app import build
    from kindling.desktop.paths import DataPaths

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="kindling-bench-", dir=Path.cwd()) as folder:
        parts = build(app, DataPaths(Path(folder) / "data").ensure(), rng=random.Random(1))
        parts.flow.begin("benchmark", with_warmup=False)
        toast_watch = PaintWatch(parts.toast)
        baseline = Baseline()

        # Where the time goes: spans around the journal's commit and the card's showing. The
        # toast is shown from inside notice_critic (it answers moment_logged), so the two are
        # timed on their own, not as notice_critic.
        commit: list[float] = []
        card: list[float] = []
        parts.companion.store.add_moment = _timed(  # type: ignore[method-assign]
            parts.companion.store.add_moment, commit
        )
        parts.toast.show_moment = _timed(parts.toast.show_moment, card)  # type: ignore[method-assign]

        def ours_tap() -> tuple[float, float]:
            # A tap when no card is showing: the usual case, and the slower one (map + paint).
            parts.toast.hide()
            app.processEvents()
            toast_watch.arm()
            began = time.perf_counter()
            QTest.mouseClick(parts.bar.critic_button, Qt.MouseButton.LeftButton)
            shown = time.perf_counter()
            return toast_watch.wait(app) - began, shown - began

        for _ in range(10):  # warm both paths: imports, statement caches, the picker, fonts
            ours_tap()
            baseline.tap(app)
        commit.clear()
        card.clear()

        ours: list[float] = []
        synchronous: list[float] = []
        base: list[float] = []
        per_round = max(args.taps // args.rounds, 1)
        for _ in range(args.rounds):
            for _ in range(per_round):
                total, until_shown = ours_tap()
                ours.append(total)
                synchronous.append(until_shown)
            base += [baseline.tap(app) for _ in range(per_round)]
        parts.close()
        baseline.window.close()
        floor_ms = fsync_floor(Path(folder)) * 1000

    def median_ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    # Each tap commits once and shows the card once, so the spans line up tap by tap; the
    # parts are medians of per-tap differences (a slow fsync in one tap stays in that tap).
    ours_ms, base_ms = median_ms(ours), median_ms(base)
    commit_ms, card_ms = median_ms(commit), median_ms(card)
    rest_ms = median_ms([s - c - k for s, c, k in zip(synchronous, commit, card, strict=True)])
    paint_ms = median_ms([t - s for t, s in zip(ours, synchronous, strict=True)])
    without_commit_ms = median_ms([t - c for t, c in zip(ours, commit, strict=True)])
    ratio = ours_ms / base_ms
    platform = app.platformName()
    print(f"platform: {platform}; {len(ours)} taps each")
    print(f"click → toast painted, median: {ours_ms:.3f} ms")
    print(f"  the journal's commit (insert + COMMIT, synchronous=FULL): {commit_ms:.3f} ms")
    print(f"  the card: words, size, place and show(): {card_ms:.3f} ms")
    print(
        f"  the rest up to show() returning (press, release, flow, pick, signals): {rest_ms:.3f} ms"
    )
    print(f"  show() to first paint (map, expose, layout, paint): {paint_ms:.3f} ms")
    print(f"bare button → label painted, median: {base_ms:.3f} ms")
    print(f"one 4 KiB write + fsync in the same folder, median: {floor_ms:.3f} ms")
    verdict = "within" if ratio <= GOAL else "OVER"
    print(f"ratio: {ratio:.2f}x ({verdict} the {GOAL:.0f}x goal)")
    print(f"ratio without the commit (the Qt path alone): {without_commit_ms / base_ms:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
