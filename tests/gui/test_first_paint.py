"""Start-up's slow half waits for the window's first paint, and never waits forever."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea

from kindling.ui.first_paint import AfterFirstPaint


class PaintSeen(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def test_the_rest_runs_once_the_window_has_painted(qtbot):
    window = QLabel("Welcome")
    qtbot.addWidget(window)
    seen = PaintSeen(window)
    painted_when_called: list[bool] = []
    waiting = AfterFirstPaint(window, lambda: painted_when_called.append(seen.painted))
    assert painted_when_called == []
    window.show()
    qtbot.waitUntil(lambda: waiting.done)
    assert painted_when_called == [True]
    window.update()
    qtbot.waitUntil(lambda: seen.painted)
    assert painted_when_called == [True]  # once, not on every paint


def test_a_page_covered_by_its_children_counts_as_painted_when_they_paint(qtbot):
    # A frameless scroll area never paints itself: its viewport covers it. The start page is one.
    page = QScrollArea()
    page.setFrameShape(QFrame.Shape.NoFrame)
    page.setWidget(QLabel("Begin"))
    qtbot.addWidget(page)
    seen = PaintSeen(page.viewport())
    painted_when_called: list[bool] = []
    waiting = AfterFirstPaint(
        page, lambda: painted_when_called.append(seen.painted), fallback_ms=60_000
    )
    page.show()
    qtbot.waitUntil(lambda: waiting.done)
    assert painted_when_called == [True]


def test_a_window_that_never_paints_still_gets_started(qtbot):
    window = QLabel("never shown")
    qtbot.addWidget(window)
    calls: list[str] = []
    waiting = AfterFirstPaint(window, lambda: calls.append("started"), fallback_ms=10)
    qtbot.waitUntil(lambda: waiting.done)
    assert calls == ["started"]
