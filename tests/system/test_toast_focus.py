"""The critic toast never takes the keyboard from the program the person is working in.

Checked the way it happens: a real window manager (openbox) runs, another X client holds the
focus, Kindling shows the toast, and real key presses (xdotool, through the X server) must
still land in the other program. Without a window manager nothing would hand a new window
the focus in the first place, and the test could not fail.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kindling.companion import Companion
from kindling.desktop.paths import DataPaths
from kindling.ui.toast import CriticToast

pytestmark = pytest.mark.system

HOLDER = Path(__file__).with_name("focus_holder.py")
DEADLINE_S = 10.0


class OtherProgram:
    """The focus holder running in its own process, with its printed lines in a queue."""

    def __init__(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
        self.process = subprocess.Popen(
            [sys.executable, str(HOLDER)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.window = int(self.next_line("WINDOW ").split()[1])
        self.text = ""

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def next_line(self, prefix: str) -> str:
        deadline = time.monotonic() + DEADLINE_S
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line.startswith(prefix):
                return line
        raise AssertionError(f"the other program never printed {prefix!r}")

    def wait_for_text(self, expected: str) -> None:
        while self.text != expected:
            self.text = self.next_line("TEXT ")[len("TEXT ") :]

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=DEADLINE_S)
        self._reader.join(timeout=DEADLINE_S)
        assert self.process.stdout is not None
        self.process.stdout.close()


def xdotool(*args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, check=False, timeout=DEADLINE_S
    )
    return done.stdout.strip()


def focused_window() -> int:
    """The X input focus, as the X server sees it (not as any toolkit believes it)."""
    out = xdotool("getwindowfocus", "-f")
    return int(out) if out.isdigit() else -1


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        QApplication.processEvents()


def click(widget: QWidget) -> None:
    """A real click on ``widget`` once the pointer is seen over it.

    The window manager may place a new window itself, a moment after Qt believes it knows
    where it is; aiming again until Qt reports the pointer inside avoids clicking beside it.
    """

    def pointer_over() -> bool:
        spot = widget.mapToGlobal(widget.rect().center())
        xdotool("mousemove", str(spot.x()), str(spot.y()))
        QApplication.processEvents()
        return widget.underMouse()

    wait_for(pointer_over, f"the pointer rests on {widget.objectName()}")
    xdotool("click", "1")


WM_PROPERTIES = ("_NET_SUPPORTED", "_NET_SUPPORTING_WM_CHECK", "_NET_ACTIVE_WINDOW")


def window_manager_running() -> bool:
    done = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
        capture_output=True,
        text=True,
        check=False,
        timeout=DEADLINE_S,
    )
    return "window id" in done.stdout


@pytest.fixture(scope="module")
def window_manager(qapp: QApplication) -> Iterator[None]:
    """Openbox on the test display, for this module only.

    It depends on ``qapp`` so that Kindling's Qt has already looked at the display without a
    window manager: Qt reads the window manager's abilities once, at start-up, and the tests
    after this module run without one.
    """
    manager = subprocess.Popen(
        ["openbox", "--sm-disable"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    try:
        wait_for(window_manager_running, "openbox manages the display")
        yield
    finally:
        manager.terminate()
        manager.wait(timeout=DEADLINE_S)
        for name in WM_PROPERTIES:
            subprocess.run(["xprop", "-root", "-remove", name], check=False, timeout=DEADLINE_S)


@pytest.fixture
def other_program(window_manager: None) -> Iterator[OtherProgram]:
    program = OtherProgram()
    try:
        xdotool("windowfocus", "--sync", str(program.window))
        wait_for(lambda: focused_window() == program.window, "the other program has the focus")
        yield program
    finally:
        program.close()


def test_the_toast_leaves_the_keyboard_with_the_other_program(
    qtbot, companion: Companion, other_program: OtherProgram
) -> None:
    QCursor.setPos(QPoint(0, 0))
    companion.start("writing")
    toast = CriticToast(timeout_ms=60_000)
    qtbot.addWidget(toast)

    for _ in range(2):  # the first showing, and a second tap replacing it
        toast.show_moment(companion.notice_critic(), None)
        qtbot.waitExposed(toast)
        # One more round trip through the X server, so a late activation would have landed.
        xdotool("search", "--sync", "--onlyvisible", "--name", "Critic noticed")
        QApplication.processEvents()
        assert focused_window() == other_program.window
        assert not toast.isActiveWindow()

    xdotool("type", "--delay", "20", "still mine")
    other_program.wait_for_text("still mine")

    # The check above can fail: a window that does ask for the focus takes it, seen the same way.
    grabber = QLineEdit()
    grabber.setWindowTitle("A window that takes the focus")
    qtbot.addWidget(grabber)
    grabber.show()
    grabber.activateWindow()
    wait_for(lambda: focused_window() == int(grabber.winId()), "an activated window has the focus")
    grabber.close()


def test_clicking_into_the_note_field_is_the_one_way_the_toast_takes_the_keyboard(
    qtbot, companion: Companion, other_program: OtherProgram
) -> None:
    companion.start("painting")
    toast = CriticToast(timeout_ms=60_000)
    qtbot.addWidget(toast)
    noticed = companion.notice_critic()
    toast.show_moment(noticed, None)
    qtbot.waitExposed(toast)
    assert focused_window() == other_program.window

    field = toast.findChild(QLineEdit, "toastNote")
    assert field is not None
    click(field)
    wait_for(lambda: focused_window() == int(toast.winId()), "the toast has the focus")

    with qtbot.waitSignal(toast.note_written, timeout=int(DEADLINE_S * 1000)) as blocker:
        xdotool("type", "--delay", "20", "who do you think you are")
        xdotool("key", "Return")
    assert blocker.args == [noticed.moment.id, "who do you think you are"]
    assert other_program.text == ""


def test_clicking_critic_noticed_in_the_bar_leaves_the_keyboard_where_it_was(
    qtbot, other_program: OtherProgram, data_paths: DataPaths
) -> None:
    """The whole path a person takes, in the real app: a click on the bar, a row, the card."""
    from PySide6.QtWidgets import QPushButton

    from kindling.app import build

    kindling = build(QApplication.instance(), data_paths)  # type: ignore[arg-type]
    try:
        kindling.flow.begin("painting", with_warmup=False)
        qtbot.waitUntil(kindling.bar.isVisible)
        qtbot.waitExposed(kindling.bar)
        # The main window stepped aside; give the keyboard back to the other program, as a
        # person would by clicking into it, then make sure it stays there.
        xdotool("windowfocus", "--sync", str(other_program.window))
        wait_for(lambda: focused_window() == other_program.window, "the other program has it")

        critic = kindling.bar.findChild(QPushButton, "barCritic")
        assert critic is not None
        click(critic)
        qtbot.waitUntil(kindling.toast.isVisible)
        qtbot.waitExposed(kindling.toast)
        current = kindling.companion.current
        assert current is not None
        assert len(current.moments) == 1
        assert focused_window() == other_program.window
        xdotool("type", "--delay", "20", "on we go")
        other_program.wait_for_text("on we go")
    finally:
        kindling.close()
