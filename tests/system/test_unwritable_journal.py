"""A journal that only cannot be written is never called damaged, and restore is never advised.

Two real cases, as a person would meet them:

- a ``-shm`` side file owned by root with mode 0000 (left by a `sudo kindling ...`). Root
  reads through any mode, so when the tests run as root the commands run as the unprivileged
  user ``nobody`` (``setpriv``), which is what the person is; otherwise they run as the
  tester's own account, for whom a 0000 file is just as closed;
- a read-only filesystem (a read-only bind mount of the data folder), which stops root too.
  Making a mount needs root (CAP_SYS_ADMIN); without it that case cannot be set up here.
"""

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.system.conftest import KINDLING

pytestmark = pytest.mark.system

AS_ROOT = os.geteuid() == 0
COMMANDS = (("critic", "--note", "again"), ("history",), ("summary",), ("end",), ("backup",))


def _run(data_dir, *args, as_nobody=False):
    argv = [str(KINDLING), *args, "--data-dir", str(data_dir)]
    env = {"PATH": os.environ["PATH"], "HOME": str(data_dir.parent), "LANG": "C.UTF-8"}
    if as_nobody:
        argv = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *argv]
    done = subprocess.run(
        argv, capture_output=True, text=True, env=env, timeout=60, check=False,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    return done.returncode, done.stdout, done.stderr


def _lived_in(folder, as_nobody):
    """A journal with one finished session (and its backup), written by its owner."""
    if as_nobody:
        nobody = pwd.getpwnam("nobody")
        os.chown(folder.parent, nobody.pw_uid, nobody.pw_gid)
    assert _run(folder, "start", "--no-warmup", as_nobody=as_nobody)[0] == 0
    assert _run(folder, "critic", "--note", "an old note", as_nobody=as_nobody)[0] == 0
    assert _run(folder, "end", as_nobody=as_nobody)[0] == 0
    assert list((folder / "backups").glob("kindling-*.sqlite3"))
    return folder / "kindling.sqlite3"


def _assert_says_not_writable(data_dir, reason, as_nobody):
    journal = data_dir / "kindling.sqlite3"
    before = journal.read_bytes()
    for command in COMMANDS:
        code, out, err = _run(data_dir, *command, as_nobody=as_nobody)
        assert code == 1, (command, out, err)
        assert f"cannot be written: {reason}" in err, (command, err)
        assert "damaged" not in err.replace("not damaged", "")
        assert "kindling restore" not in err
        assert "Traceback" not in err
    code, out, err = _run(data_dir, "doctor", as_nobody=as_nobody)
    assert code == 1
    assert f"cannot be written: {reason}" in out  # the same words as the commands
    assert "damaged" not in out.replace("not damaged", "")
    assert "kindling restore" not in out
    assert journal.read_bytes() == before


@pytest.fixture
def home(tmp_path):
    """A home folder for the person; under /tmp when `nobody` must reach it (pytest's is 0700)."""
    if not AS_ROOT:
        yield tmp_path
        return
    with tempfile.TemporaryDirectory(prefix="kindling-nobody-") as folder:
        yield Path(folder)


def test_a_root_owned_closed_shm_file_is_permission_denied_not_damage(home):
    data_dir = home / "data"
    journal = _lived_in(data_dir, as_nobody=AS_ROOT)
    shm = journal.with_name(journal.name + "-shm")
    shm.write_bytes(b"")
    os.chmod(shm, 0)  # owned by root when the tests run as root: `nobody` cannot open it

    _assert_says_not_writable(data_dir, "permission denied", as_nobody=AS_ROOT)


@contextlib.contextmanager
def _read_only_bind_mount(folder):
    try:
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.fail(f"a read-only bind mount needs root (CAP_SYS_ADMIN) here: {error}")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder), str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.skipif(not AS_ROOT or not shutil.which("mount"), reason="mounting needs root")
def test_a_journal_on_a_read_only_filesystem_is_read_only_not_damage(tmp_path):
    data_dir = tmp_path / "data"
    _lived_in(data_dir, as_nobody=False)
    with _read_only_bind_mount(data_dir):
        _assert_says_not_writable(data_dir, "read-only filesystem", as_nobody=False)
