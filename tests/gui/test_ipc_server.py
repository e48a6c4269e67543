"""The app's local socket, answered on the Qt main thread while a real client waits."""

import threading

import pytest

from kindling.companion import Companion
from kindling.desktop import ipc_commands, ipc_protocol
from kindling.desktop.ipc_client import exchange
from kindling.desktop.ipc_server import IpcServer


class Shown:
    def __init__(self):
        self.count = 0

    def __call__(self):
        self.count += 1


@pytest.fixture
def server(qtbot, companion: Companion, data_paths):
    shown = Shown()
    target = ipc_commands.CompanionTarget(companion, shown, lambda: {"hotkey_backend": "x11"})
    server = IpcServer(str(data_paths.root), lambda c, a: ipc_commands.handle(target, c, a))
    assert server.listen()
    yield server, shown
    server.close()


def ask(qtbot, root, line):
    """Runs the blocking client on a thread, as a separate `kindling` process would."""
    answers = []
    thread = threading.Thread(target=lambda: answers.append(exchange(root, line)))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    return answers[0]


def test_a_forwarded_critic_is_logged_and_answered_with_the_reframe(
    qtbot, server, companion, data_paths
):
    root = str(data_paths.root)
    assert ask(qtbot, root, ipc_protocol.request("critic"))["status"] == ipc_protocol.NO_SESSION
    started = ask(qtbot, root, ipc_protocol.request("start", medium="ink", warmup=False))
    assert started == {"kindling": 1, "status": "ok", "text": "ink"}
    answer = ask(qtbot, root, ipc_protocol.request("critic", note="too messy"))
    assert answer["status"] == "ok"
    (moment,) = companion.current.moments
    assert moment.note == "too messy"
    assert answer["text"] == moment.reframe.text
    again = ask(qtbot, root, ipc_protocol.request("start", medium="ink"))
    assert again["status"] == ipc_protocol.ALREADY_IN_PROGRESS
    ended = ask(qtbot, root, ipc_protocol.request("end", reflection="kept going"))
    assert "noticed the critic 1 time" in ended["text"]
    assert companion.current is None


def test_show_and_status(qtbot, server, data_paths):
    root = str(data_paths.root)
    assert ask(qtbot, root, ipc_protocol.request("show"))["status"] == "ok"
    assert server[1].count == 1
    assert ask(qtbot, root, ipc_protocol.request("status"))["hotkey_backend"] == "x11"


@pytest.mark.parametrize(
    ("line", "status"),
    [
        (b"not json\n", ipc_protocol.BAD_REQUEST),
        (b'{"kindling": 99, "command": "critic"}\n', ipc_protocol.WRONG_VERSION),
        (b'{"kindling": 1, "command": "format-disk"}\n', ipc_protocol.BAD_REQUEST),
        (b'{"kindling": 1, "command": "critic", "args": {"note": 7}}\n', ipc_protocol.BAD_REQUEST),
    ],
)
def test_a_bad_request_gets_a_plain_answer_and_changes_nothing(
    qtbot, server, companion, data_paths, line, status
):
    companion.start("ink")
    assert ask(qtbot, str(data_paths.root), line)["status"] == status
    assert companion.current.moments == ()


def test_a_refused_note_is_explained(qtbot, server, companion, data_paths):
    companion.start("ink")
    answer = ask(qtbot, str(data_paths.root), ipc_protocol.request("critic", note="x" * 1_000_000))
    assert answer["status"] == ipc_protocol.REFUSED
    assert answer["message"]
    assert companion.current.moments == ()
