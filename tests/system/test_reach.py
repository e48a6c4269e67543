"""Reaching the running app: second launches, forwarded commands, a crash, the global hotkey."""

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.system.running_app import RunningApp, app_processes

pytestmark = pytest.mark.system


@pytest.fixture
def app(kindling):
    running = RunningApp(kindling)
    yield running
    running.stop()


def test_one_app_twenty_forwarded_moments_in_order_and_a_crash_recovered(app, kindling):
    app.start()
    first_pid = app.process.pid

    second = kindling(timeout=60)
    assert second.code == 0, second.err
    assert app_processes(kindling.data_dir) == [first_pid]

    # Forwarded commands answer as the headless ones do, exit codes included.
    nothing = kindling("critic")
    assert nothing.code == 3
    assert "no session in progress" in nothing.err.lower()
    assert kindling("end").code == 3
    started = kindling("start", "--no-warmup", "--medium", "ink")
    assert started.code == 0
    assert "Your session has begun (ink)" in started.out
    again = kindling("start")
    assert again.code == 1
    assert "already in progress" in again.err

    for n in range(20):
        result = kindling("critic", "--note", f"note {n:02d}")
        assert result.code == 0, result.err
        assert result.out.strip()  # the reframe the window shows, printed here too
    assert [m["note"] for m in app.moments()] == [f"note {n:02d}" for n in range(20)]
    assert app.status()["moments_in_session"] == 20  # the app itself knows: it logged them

    # The forwarding command loads neither Qt nor SQLAlchemy (nor json, socket or enum, which
    # cost a third of its start) when an app receives it.
    code = (
        "import sys\n"
        "from kindling.__main__ import main\n"
        f"sys.argv = ['kindling', 'critic', '--data-dir', {str(kindling.data_dir)!r}]\n"
        "code = main()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'sqlalchemy', 'alembic', 'json', 'socket', 'enum'))\n"
        "print('EXIT', code, 'HEAVY', ','.join(heavy))\n"
    )
    light = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=kindling.env, check=True
    )
    assert light.stdout.strip().endswith("EXIT 0 HEAVY")
    assert app.status()["moments_in_session"] == 21

    app.kill()  # a crash: the lock file and the socket file stay behind
    app.start()
    assert app.process.pid != first_pid
    # The new app carries on the session the crash interrupted, and answers again.
    result = kindling("critic", "--note", "after the crash")
    assert result.code == 0, result.err
    assert app.moments()[-1]["note"] == "after the crash"
    assert app_processes(kindling.data_dir) == [app.process.pid]
    ended = kindling("end", "--reflection", "kind")
    assert ended.code == 0
    assert "noticed the critic 22 times" in ended.out


class Canvas:
    """The stand-in for the person's program, reading what it prints on a thread."""

    def __init__(self, env):
        script = Path(__file__).with_name("canvas_stand_in.py")
        self.process = subprocess.Popen(
            [sys.executable, str(script)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.lines = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def window(self):
        found = [line.split()[1] for line in self.lines if line.startswith("WINDOW ")]
        return found[0] if found else None

    def text(self):
        texts = [line[5:] for line in self.lines if line.startswith("TEXT ")]
        return texts[-1] if texts else ""

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        self.process.stdout.close()


def toast_showing(env):
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^Critic noticed$"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    return found.returncode == 0 and found.stdout.strip() != ""


def test_the_hotkey_notes_five_moments_while_another_program_keeps_the_keyboard(app, kindling):
    canvas = Canvas(kindling.env)
    try:
        app.start()
        status = app.status()
        assert (status["hotkey_backend"], status["hotkey_active"]) == ("x11", True), status
        doctor = kindling("doctor")
        assert doctor.code == 0, doctor.out
        assert "Kindling is open and answered" in doctor.out
        assert "Global hotkey: Ctrl+Alt+K works" in doctor.out
        assert kindling("start", "--no-warmup").code == 0
        app.wait_until(lambda: canvas.window() is not None, "the canvas window")
        window = canvas.window()
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
        subprocess.run(["xdotool", "type", "--window", window, "ab"], check=True)
        app.wait_until(lambda: canvas.text() == "ab", "the canvas to have the keyboard")
        focused = subprocess.run(
            ["xdotool", "getwindowfocus"], capture_output=True, text=True, check=True
        ).stdout.strip()
        assert focused == window

        # Five presses, spaced as a person would press them (further apart than key repeat).
        subprocess.run(["xdotool", "key", "--delay", "400", *["ctrl+alt+k"] * 5], check=True)
        app.wait_until(lambda: app.status()["moments_in_session"] == 5, "five moments")
        assert len(app.moments()) == 5  # committed to the journal, not only counted
        app.wait_until(lambda: toast_showing(kindling.env), "the critic toast")

        # The canvas kept the keyboard and got none of those keys: one more letter makes "abc".
        subprocess.run(["xdotool", "type", "c"], check=True)
        app.wait_until(lambda: canvas.text() == "abc", "the canvas to get the next letter")
        assert [line for line in canvas.lines if line.startswith("TEXT ")] == [
            "TEXT a",
            "TEXT ab",
            "TEXT abc",
        ]
    finally:
        canvas.stop()
