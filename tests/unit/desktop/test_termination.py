"""The polite termination signals reach the Qt thread as one call to quit, then let go."""

import os
import signal

import pytest

from kindling.desktop.termination import watch_for_termination


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_termination_signal_asks_the_app_to_quit_once(qtbot, name):
    quits: list[str] = []
    before = signal.getsignal(getattr(signal, name))
    watch = watch_for_termination(lambda: quits.append("quit"))
    assert watch is not None
    try:
        os.kill(os.getpid(), getattr(signal, name))
        os.kill(os.getpid(), getattr(signal, name))  # a second, impatient one changes nothing
        qtbot.waitUntil(lambda: quits == ["quit"])
    finally:
        watch.close()
    assert signal.getsignal(getattr(signal, name)) is before  # given back as it was
