"""`export -o` onto what is not a plain file: a FIFO, a device, /dev/stdout are streams; a file
already there is replaced in one step, and the person is told so.

Writing to /dev as root would replace device nodes if the code were wrong, so the device cases
run as the unprivileged user `nobody` (via setpriv) when the tests run as root, which is also
the "normal user" the issue describes.
"""

import json
import os
import pwd
import stat
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

from tests.system.conftest import KINDLING

pytestmark = pytest.mark.system

AS_ROOT = os.geteuid() == 0


@pytest.fixture
def person():
    """A data folder with one session, owned by whoever runs the commands."""
    with tempfile.TemporaryDirectory(prefix="kindling-export-") as folder:
        home = Path(folder)
        if AS_ROOT:
            nobody = pwd.getpwnam("nobody")
            os.chown(home, nobody.pw_uid, nobody.pw_gid)
        data = home / "data"
        assert _run(data, "start", "--no-warmup").returncode == 0
        assert _run(data, "end").returncode == 0
        yield data


def _run(data, *args, stdout=subprocess.PIPE):
    argv = [str(KINDLING), *args, "--data-dir", str(data)]
    if AS_ROOT:
        argv = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *argv]
    env = {"PATH": os.environ["PATH"], "HOME": str(data.parent), "LANG": "C.UTF-8"}
    return subprocess.run(
        argv, stdout=stdout, stderr=subprocess.PIPE, env=env, timeout=60, check=False,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_fifo_reader_gets_the_export(person):
    fifo = person.parent / "pipe"
    os.mkfifo(fifo)
    if AS_ROOT:
        os.chown(fifo, pwd.getpwnam("nobody").pw_uid, -1)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = _run(person, "export", "-o", str(fifo))
    reader.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert received, "the reader on the FIFO got nothing"
    assert json.loads(received[0])["format"] == "kindling-export"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a FIFO, not replaced by a file
    assert b"written as a stream" in done.stderr


def test_dev_stdout_as_a_normal_user_is_the_output(person):
    done = _run(person, "export", "--format", "csv", "-o", "/dev/stdout")
    assert done.returncode == 0, done.stderr
    assert done.stdout.lstrip(b"\xef\xbb\xbf").startswith(b"session_id")  # after the BOM
    assert b"Permission denied" not in done.stderr


def test_a_device_is_written_to_not_replaced(person):
    before = os.stat("/dev/null")
    done = _run(person, "export", "-o", "/dev/null")
    assert done.returncode == 0, done.stderr
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_an_existing_file_is_replaced_in_one_step_and_said_so(person):
    target = person.parent / "export.json"
    assert _run(person, "export", "-o", str(target)).returncode == 0
    first = target.stat()
    done = _run(person, "export", "-o", str(target))
    assert done.returncode == 0
    assert b"replacing the file that was there in one step" in done.stderr
    again = target.stat()
    assert again.st_ino != first.st_ino  # a new file renamed over the old: never half-written
    assert stat.S_IMODE(again.st_mode) == 0o600
    assert json.loads(target.read_text())["format"] == "kindling-export"
    assert sorted(p.name for p in person.parent.iterdir()) == ["data", "export.json"]
