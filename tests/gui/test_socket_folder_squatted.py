"""A socket folder someone else made first: the app refuses it and says so in its window."""

from __future__ import annotations

import os
import pwd
import random

import pytest
from PySide6.QtWidgets import QLabel

from kindling.app import build
from kindling.desktop import ipc_address
from kindling.desktop.instance_lock import InstanceLock
from kindling.reach import start_reach

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="making a folder as another user")


def test_a_socket_folder_of_another_user_is_refused_visibly(
    qapp, qtbot, data_paths, tmp_path, monkeypatch
):
    # The socket's folder comes from the user id alone (/run/user/<uid>/kindling or
    # /tmp/kindling-<uid>); here both roots point into this test's own folder.
    monkeypatch.setattr(ipc_address, "USER_RUNTIME_ROOT", str(tmp_path / "no-run-user"))
    monkeypatch.setattr(ipc_address, "SHARED_TEMP", str(tmp_path))
    squatted = os.path.dirname(ipc_address.address(str(data_paths.root)))
    os.mkdir(squatted, 0o777)
    os.chmod(squatted, 0o777)
    nobody = pwd.getpwnam("nobody")
    os.chown(squatted, nobody.pw_uid, nobody.pw_gid)  # as another user would have made it

    parts = build(qapp, data_paths, rng=random.Random(1))
    lock = InstanceLock(data_paths.lock_file)
    assert lock.acquire()
    parts.window.show()
    reach = start_reach(parts, data_paths, lock)
    try:
        assert reach.server is None  # nothing listens in a folder another user controls
        notice = parts.window.findChild(QLabel, "socketFolderNotice")
        assert notice is not None
        qtbot.waitUntil(notice.isVisible)
        assert squatted in notice.text()
        assert "not yours alone" in notice.text()
        assert os.listdir(squatted) == []  # no socket was planted in their folder
    finally:
        reach.close()
        parts.close()
