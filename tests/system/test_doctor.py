"""`kindling doctor` in a subprocess: plain findings, exit 0 when all is well, 1 with problems."""

import os
import shutil
import subprocess

import pytest

from kindling.desktop.hotkey import parse
from kindling.desktop.hotkey.x11 import X11Backend
from tests.system.conftest import KINDLING

pytestmark = pytest.mark.system


def test_all_is_well_on_an_x11_display(kindling):
    result = kindling("doctor")
    assert result.code == 0, result.out + result.err
    assert f"Data folder: {kindling.data_dir}" in result.out
    assert (
        "Global hotkey: Ctrl+Alt+K works. Press it in any program when your critic speaks up."
        in result.out
    )
    # It speaks to the person: no test machinery, no plug-in names.
    assert "Xvfb" not in result.out
    assert "xcb" not in result.out
    assert "no tray; everything works without it" in result.out
    assert "Display: an X11 desktop." in result.out
    assert "All is well." in result.out


def test_a_hotkey_someone_else_holds_is_a_problem_with_the_fallback_spelled_out(kindling, qapp):
    other_program = X11Backend(os.environ["DISPLAY"])
    assert other_program.register(parse("Ctrl+Alt+K"))
    try:
        result = kindling("doctor")
    finally:
        other_program.unregister()
    assert result.code == 1
    assert "Another program is already using Ctrl+Alt+K." in result.out
    assert f"critic --data-dir {kindling.data_dir}" in result.out
    assert "1 thing needs attention" in result.out
    assert "Traceback" not in result.err


def test_a_damaged_journal_is_a_problem(kindling):
    assert kindling("start").code == 0
    assert kindling("end").code == 0
    database = kindling.data_dir / "kindling.sqlite3"
    database.write_bytes(database.read_bytes()[:4096] + b"\x13" * 8192)
    result = kindling("doctor")
    assert result.code == 1
    assert "looks damaged" in result.out


def test_a_socket_folder_another_user_made_first_is_a_problem(kindling, tmp_path):
    # The socket lives in /run/user/<uid>/kindling or /tmp/kindling-<uid>; another user can
    # make the second first. That folder is shared by every Kindling on this machine, so the
    # squatter's folder is bind-mounted over it in a private mount namespace (unshare), seen
    # by this one doctor alone. Root can hand a folder to `nobody` and make a mount.
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("making a folder owned by another user and a private mount need root")
    import pwd

    from kindling.desktop import ipc_address

    folder = os.path.dirname(ipc_address.address(str(kindling.data_dir)))
    os.makedirs(folder, mode=0o700, exist_ok=True)  # the mount point, as Kindling makes it
    squatter = tmp_path / "squatter"
    squatter.mkdir(mode=0o700)
    nobody = pwd.getpwnam("nobody")
    os.chown(squatter, nobody.pw_uid, nobody.pw_gid)

    done = subprocess.run(
        [
            "unshare",
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            'mount --bind "$1" "$2" && shift 2 && exec "$@"',
            "sh",
            str(squatter),
            folder,
            str(KINDLING),
            "doctor",
            "--data-dir",
            str(kindling.data_dir),
        ],
        capture_output=True,
        text=True,
        env=kindling.env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "private socket cannot be trusted" in done.stdout
    assert "belongs to user nobody, not to you" in done.stdout
    assert "Private socket for" not in done.stdout
    assert os.stat(folder).st_uid == 0  # the real folder, outside the namespace, untouched
