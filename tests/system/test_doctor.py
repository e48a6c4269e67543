"""`kindling doctor` in a subprocess: plain findings, exit 0 when all is well, 1 with problems."""

import os

import pytest

from kindling.desktop.hotkey import parse
from kindling.desktop.hotkey.x11 import X11Backend

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


def test_a_socket_folder_another_user_made_first_is_a_problem(kindling, tmp_path, monkeypatch):
    # Without XDG_RUNTIME_DIR the socket lives in $TMPDIR/kindling-<uid>; another user can
    # make that folder first. Root can hand a folder to `nobody`; anyone else cannot.
    if os.geteuid() != 0:
        pytest.skip("making a folder owned by another user needs root")
    import pwd

    from kindling.desktop import ipc_address

    for name in ("XDG_RUNTIME_DIR", "TMPDIR"):
        kindling.env.pop(name, None)
        monkeypatch.delenv(name, raising=False)
    kindling.env["TMPDIR"] = str(tmp_path)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    folder = os.path.dirname(ipc_address.address(str(kindling.data_dir)))
    os.makedirs(folder, mode=0o700)
    nobody = pwd.getpwnam("nobody")
    os.chown(folder, nobody.pw_uid, nobody.pw_gid)

    result = kindling("doctor")
    assert result.code == 1
    assert "private socket cannot be trusted" in result.out
    assert "belongs to user nobody, not to you" in result.out
    assert "Private socket for" not in result.out
