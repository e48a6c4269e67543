"""Nothing sent to the app's socket can starve it: the real app, with as few file handles as
a tight `ulimit -n 128`, against nested JSON, half-sent lines and a crowd of idle connections."""

from __future__ import annotations

import errno
import os
import resource
import socket
import subprocess
import time
from pathlib import Path

import pytest

from kindling.desktop import ipc_address, ipc_protocol
from kindling.desktop.ipc_unix import IDLE_TIMEOUT_S, MAX_CLIENTS
from tests.system.conftest import KINDLING
from tests.system.running_app import RunningApp

pytestmark = pytest.mark.system

FILE_HANDLES = 128
CROWD = 110


class TightApp(RunningApp):
    """The app started as from a shell with `ulimit -n 128`."""

    def start(self) -> TightApp:
        def few_handles() -> None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (FILE_HANDLES, FILE_HANDLES))

        self.process = subprocess.Popen(
            [str(KINDLING), "--data-dir", str(self.kindling.data_dir)],
            env=self.kindling.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=few_handles,  # noqa: PLW1509 - only setrlimit, before exec
        )
        self.wait_until(lambda: self.status() is not None, "the app to listen")
        return self

    def handles(self) -> int:
        assert self.process is not None
        return len(os.listdir(f"/proc/{self.process.pid}/fd"))

    def cpu_seconds(self) -> float:
        assert self.process is not None
        stat_line = Path(f"/proc/{self.process.pid}/stat").read_text()
        fields = stat_line.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.fixture
def app(kindling):
    running = TightApp(kindling).start()
    yield running
    running.stop()


def _address(app: TightApp) -> str:
    return ipc_address.address(str(app.kindling.data_dir.absolute()))


def _read_to_end(client: socket.socket) -> bytes:
    received = b""
    while chunk := client.recv(65536):
        received += chunk
    return received


def test_deeply_nested_json_gets_a_reply_and_leaks_no_handle(app):
    before = app.handles()
    for _ in range(20):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(20)
            client.connect(_address(app))
            client.sendall(b"[" * 100_000 + b"\n")
            reply = _read_to_end(client)  # ends only once the app has closed its side
        assert ipc_protocol.decode(reply)["status"] == ipc_protocol.BAD_REQUEST
    assert app.handles() <= before
    assert app.status() is not None


def test_a_half_sent_line_is_closed_after_a_while(app):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(IDLE_TIMEOUT_S * 4)
        client.connect(_address(app))
        client.sendall(b'{"kindling": 1, "comm')
        began = time.monotonic()
        reply = _read_to_end(client)
        waited = time.monotonic() - began
    assert ipc_protocol.decode(reply)["status"] == ipc_protocol.BAD_REQUEST
    assert waited < IDLE_TIMEOUT_S * 3


def test_a_crowd_of_idle_connections_is_capped_timed_out_and_not_a_cpu_spin(app, kindling):
    baseline = app.handles()
    crowd = []
    for _ in range(CROWD):
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.setblocking(False)
        code = client.connect_ex(_address(app))
        if code not in (0, errno.EAGAIN, errno.EINPROGRESS):
            client.close()
            continue
        crowd.append(client)
    try:
        cpu_before, wall_before = app.cpu_seconds(), time.monotonic()
        time.sleep(2)  # measuring how busy the app is over a stretch of time, not waiting on Qt
        busy = (app.cpu_seconds() - cpu_before) / (time.monotonic() - wall_before)
        open_handles = app.handles()
        print(
            f"\n{len(crowd)} idle connections made; the app holds {open_handles - baseline} "
            f"more handles and is busy {busy:.0%} of the time"
        )
        assert busy < 0.3
        assert open_handles - baseline <= MAX_CLIENTS + 2

        # The app closes the idle ones itself.
        first = crowd[0]
        first.setblocking(True)
        first.settimeout(IDLE_TIMEOUT_S * 4)
        assert _read_to_end(first)  # a reply, then the end: closed by the app
    finally:
        for client in crowd:
            client.close()
    app.wait_until(lambda: app.status() is not None, "the app to answer again", seconds=30)
    assert kindling("start", "--no-warmup").code == 0
    assert kindling("critic").code == 0

    log_lines = (kindling.data_dir / "logs" / "kindling.log").read_text().splitlines()
    about_connections = [line for line in log_lines if "ipc_unix" in line]
    print(f"log lines about connections: {len(about_connections)}")
    assert len(about_connections) < 20
