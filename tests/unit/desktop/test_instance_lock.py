"""The writer lock: one owner at a time, and a dead owner's lock is free at once."""

import os
import signal
import subprocess
import sys
import time

from kindling.desktop.instance_lock import InstanceLock

HOLDER = (
    "import sys\n"
    "from pathlib import Path\n"
    "from kindling.desktop.instance_lock import InstanceLock\n"
    "lock = InstanceLock(Path(sys.argv[1]))\n"
    "print('owner' if lock.acquire() else 'busy', flush=True)\n"
    "sys.stdin.read()\n"
)


def test_only_one_holder_at_a_time(tmp_path):
    first = InstanceLock(tmp_path / "kindling.lock")
    second = InstanceLock(tmp_path / "kindling.lock")
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_the_lock_file_is_private_and_names_its_owner(tmp_path):
    path = tmp_path / "kindling.lock"
    with InstanceLock(path) as lock:
        assert lock.acquire()
        assert path.read_text().strip() == str(os.getpid())
        assert (path.stat().st_mode & 0o777) == 0o600


def test_a_lock_left_by_a_killed_process_is_taken_over_within_a_second(tmp_path):
    path = tmp_path / "kindling.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "owner"
    assert not InstanceLock(path).acquire()
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    killed_at = time.monotonic()
    successor = InstanceLock(path)
    while not successor.acquire():
        assert time.monotonic() - killed_at < 1.0, "the dead owner's lock was not released"
    taken_after = time.monotonic() - killed_at
    print(f"\nstale lock taken over {taken_after * 1000:.1f} ms after the owner was killed")
    assert path.exists()  # the stale file itself was reused, not needed to be removed
    successor.release()
    holder.stdin.close()
    holder.stdout.close()
