"""The Qt adapter re-announces every companion event as a signal, whoever caused it."""

from kindling.ui.companion_signals import CompanionSignals


def test_each_companion_event_arrives_as_a_signal(qtbot, companion):
    signals = CompanionSignals(companion)
    with qtbot.waitSignal(signals.session_started) as started:
        companion.start("painting", "loose brushwork")
    assert started.args[0].medium == "painting"
    with qtbot.waitSignal(signals.moment_logged) as logged:
        companion.notice_critic("too muddy")
    assert logged.args[0].moment.note == "too muddy"
    with qtbot.waitSignal(signals.session_changed):
        companion.add_pause(30)
    with qtbot.waitSignal(signals.session_ended) as ended:
        summary = companion.end("kept going")
    assert ended.args[0] == summary
    with qtbot.waitSignal(signals.session_deleted) as deleted:
        companion.delete_session(summary.session.id)
    assert deleted.args == [summary.session.id]


def test_a_detached_adapter_stays_silent(qtbot, companion):
    signals = CompanionSignals(companion)
    seen = []
    signals.session_started.connect(seen.append)
    signals.detach()
    companion.start("writing")
    assert seen == []
