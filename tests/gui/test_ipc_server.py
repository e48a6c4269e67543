"""The app's local socket, answered on the Qt main thread while a real client waits."""

import os
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
    assert "noticed the critic once" in ended["text"]
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


def test_a_forwarded_critic_on_a_full_disk_is_kept_and_said_to_be_not_yet_saved(
    qtbot, server, companion, journal, data_paths, capsys
):
    from kindling.cli import forward
    from kindling.cli.exitcodes import FAILED, OK

    root = str(data_paths.root)
    companion.start("ink")
    with journal.engine.connect() as connection:  # the journal's one connection is now "full"
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")
    note = "it will never be good enough " * 700  # ~20 kB: each moment needs new pages
    codes: list[int | None] = []

    def tap() -> None:
        codes.append(forward.forward("critic", root, {"note": note}))

    while not codes or codes[-1] != FAILED:  # the WAL may still take a tap or two
        assert len(codes) < 20, "the journal never filled"
        thread = threading.Thread(target=tap)
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)  # noqa: B023 (waited here)
    out, err = capsys.readouterr()
    assert companion.pending_count == 1
    assert set(codes[:-1]) <= {OK}  # the taps the journal still took were plain successes
    assert companion.current.moments[-1].reframe.text in out  # the reframe is still shown
    assert "holding on to it" in err
    assert "Traceback" not in err

    with journal.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA max_page_count=1073741823")
    assert companion.retry_pending() == 0
    assert len(journal.repository.get_session(companion.current.id).moments) == len(codes)


def test_an_endless_line_or_a_sender_leaving_midway_leaves_the_socket_answering(
    qtbot, server, data_paths
):
    import socket
    import stat

    from kindling.desktop import ipc_address

    path = ipc_address.address(str(data_paths.root))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600

    def send(payload: bytes, read: bool) -> list[bytes]:
        got: list[bytes] = []

        def talk() -> None:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(10)
                client.connect(path)
                client.sendall(payload)
                if read:
                    got.append(client.recv(65536))

        thread = threading.Thread(target=talk)
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
        return got

    (refused,) = send(b"x" * (ipc_protocol.MAX_LINE_BYTES + 10), read=True)
    assert ipc_protocol.decode(refused)["status"] == ipc_protocol.BAD_REQUEST
    assert send(b'{"kindling": 1, "comm', read=False) == []  # left before the newline
    status = ask(qtbot, str(data_paths.root), ipc_protocol.request("status"))
    assert status["status"] == "ok"


def test_a_stale_socket_file_is_replaced_and_closing_removes_it(qtbot, companion, data_paths):
    from kindling.desktop import ipc_address

    root = str(data_paths.root)
    ipc_address.ensure_runtime_dir()
    path = ipc_address.address(root)
    with open(path, "w") as stale:  # as a crashed app would leave it
        stale.write("")
    target = ipc_commands.CompanionTarget(companion, Shown(), dict)
    server = IpcServer(root, lambda c, a: ipc_commands.handle(target, c, a))
    assert server.listen()
    assert ask(qtbot, root, ipc_protocol.request("status"))["status"] == "ok"
    server.close()
    assert not os.path.exists(path)
    assert exchange(root, ipc_protocol.request("status")) is None  # nobody listening
