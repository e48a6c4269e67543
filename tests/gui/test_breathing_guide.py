"""The breathing guide paces the breath, rests when hidden, and counts quietly for reduced motion."""

from kindling.core.breathing import BreathingPattern, BreathPhase
from kindling.ui.breathing_guide import BreathingGuide

QUICK = BreathingPattern("quick", "quick", 0.2, 0.0, 0.2, 0.0)


def test_the_shape_grows_on_the_in_breath_and_shrinks_on_the_out_breath(qtbot):
    guide = BreathingGuide()
    qtbot.addWidget(guide)
    guide.show_at(0.0)
    assert guide.phase is BreathPhase.INHALE
    assert guide.words == "Breathe in…"
    empty = guide.fullness
    guide.show_at(4.0)
    assert guide.fullness > empty
    guide.show_at(7.5)
    assert guide.phase is BreathPhase.EXHALE
    assert guide.words == "Breathe out…"
    assert guide.fullness < 1.0


def test_it_runs_only_while_visible(qtbot):
    guide = BreathingGuide(QUICK)
    qtbot.addWidget(guide)
    assert not guide.is_running()
    phases = []
    guide.phase_changed.connect(phases.append)
    guide.show()
    assert guide.is_running()
    qtbot.waitUntil(lambda: "out" in phases, timeout=3000)
    guide.hide()
    assert not guide.is_running()


def test_reduced_motion_counts_in_words_with_no_shape(qtbot):
    guide = BreathingGuide(reduced_motion=True)
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    assert guide.is_running()
    assert not guide._shape.isVisible()
    guide.show_at(2.2)
    assert guide.words.startswith("Breathe in…")
    assert guide.words.endswith("3")
    guide.show_at(6.0)
    assert guide.words.startswith("Breathe out…")
    assert guide.words.endswith("2")


def test_compact_mode_is_small_enough_for_the_session_bar(qtbot):
    guide = BreathingGuide(compact=True)
    qtbot.addWidget(guide)
    assert guide.minimumSizeHint().height() <= 120


def test_full_screen_breathing_repaints_only_the_moving_edge_and_looks_the_same(qtbot):
    """Light on the battery: a frame repaints a thin ring, at most 30 times a second, and
    what those partial repaints leave on screen matches a full fresh paint of the same breath."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    guide = BreathingGuide(full_screen=True)
    qtbot.addWidget(guide)
    guide.setStyleSheet("background: #15171c;")
    guide.resize(760, 560)  # inside the test display, so all of it is on screen
    shape = guide._shape
    painted: list[int] = []

    class PaintWatcher(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                area = sum(r.width() * r.height() for r in event.region())
                painted.append(area)
            return False

    watcher = PaintWatcher()
    shape.installEventFilter(watcher)
    guide.show()
    qtbot.waitExposed(guide)
    qtbot.waitUntil(lambda: len(painted) >= 12, timeout=5000)
    guide._frame_timer.stop()
    QApplication.processEvents()
    frames = painted[2:]  # after the first full paints
    whole = shape.width() * shape.height()
    assert max(frames) < whole * 0.15, f"a frame repainted {max(frames)} of {whole} pixels"
    assert guide.FRAME_INTERVAL_MS >= 1000 / 30

    on_screen = QGuiApplication.primaryScreen().grabWindow(guide.winId()).toImage()
    fresh = guide.grab().toImage().convertToFormat(on_screen.format())
    worst = 0
    for y in range(0, fresh.height(), 7):
        for x in range(0, fresh.width(), 7):
            a, b = on_screen.pixelColor(x, y), fresh.pixelColor(x, y)
            worst = max(worst, abs(a.red() - b.red()), abs(a.green() - b.green()))
    # One step of a 16-bit display is 8 levels of red; a stale edge is dozens off.
    assert worst <= 12, f"partial repaints left a seam: {worst} levels off a fresh paint"


def test_full_screen_words_are_a_twentieth_of_the_height(qtbot):
    guide = BreathingGuide(full_screen=True)
    qtbot.addWidget(guide)
    guide.resize(1600, 1000)
    guide.show()
    qtbot.waitExposed(guide)
    from PySide6.QtGui import QFontInfo

    assert abs(QFontInfo(guide._words.font()).pixelSize() - 50) <= 2
