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
