"""`--data-dir` on a folder Kindling did not make: its mode is never changed, and reading makes nothing."""

import grp
import os
import stat
import subprocess
import time

import pytest

from tests.system.conftest import KINDLING

READING = (("history",), ("summary",), ("export",), ("export", "--format", "csv"))


def _snapshot(folder):
    """Every path under ``folder`` with its mode: what a person would notice had changed."""
    found = {str(folder): stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        found[str(path)] = stat.S_IMODE(path.lstat().st_mode)
    return found


@pytest.mark.system
def test_reading_through_a_link_to_someone_elses_folder_changes_and_makes_nothing(
    kindling, tmp_path
):
    # The shape of `ln -s /etc L; kindling --data-dir L history`: a readable folder full of
    # things that are not Kindling's, reached through a symlink.
    shared = tmp_path / "etc-like"
    shared.mkdir()
    (shared / "hosts").write_text("127.0.0.1 localhost\n")
    os.chmod(shared, 0o755)
    link = tmp_path / "L"
    link.symlink_to(shared)
    kindling.data_dir = link
    before = _snapshot(shared)

    for command in READING:
        result = kindling(*command)
        assert result.code in (0, 3), (command, result.err)
        assert "Traceback" not in result.err
    assert "No sessions yet" in kindling("history").out
    assert '"sessions": []' in kindling("export").out
    kindling("doctor")

    assert _snapshot(shared) == before  # no chmod, no journal, no logs/
    assert not (shared / "kindling.sqlite3").exists()
    assert not (shared / "logs").exists()


@pytest.mark.system
def test_reading_commands_create_no_missing_folder(kindling):
    assert kindling("history").code == 0
    assert kindling("export").code == 0
    assert kindling("summary").code == 3
    assert "not made yet" in kindling("doctor").out
    assert not kindling.data_dir.exists()


def _a_shared_group():
    return next(g.gr_gid for g in grp.getgrall() if g.gr_gid != os.getgid() and g.gr_gid != 0)


@pytest.mark.system
def test_a_shared_setgid_folder_keeps_its_group_access_and_is_refused(kindling, tmp_path):
    shared = tmp_path / "studio"
    shared.mkdir()
    # A group the person shares with others (not their own private group).
    os.chown(shared, -1, _a_shared_group())
    os.chmod(shared, 0o2770)
    (shared / "notes.txt").write_text("the group's own file\n")
    kindling.data_dir = shared
    before = _snapshot(shared)

    for command in (("start", "--no-warmup"), ("critic",), ("history",)):
        result = kindling(*command)
        assert result.code == 1, (command, result.out, result.err)
        assert "will not keep your journal there" in result.err
        assert "others can change what is in" in result.err

    assert _snapshot(shared) == before
    assert stat.S_IMODE(shared.stat().st_mode) == 0o2770


@pytest.mark.system
def test_a_readable_folder_of_your_own_is_used_as_it_is_with_a_note(kindling, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    os.chmod(mine, 0o755)
    kindling.data_dir = mine

    started = kindling("start", "--no-warmup")
    assert started.code == 0, started.err
    assert "others can look into your data folder" in started.err
    assert stat.S_IMODE(mine.stat().st_mode) == 0o755
    assert stat.S_IMODE((mine / "kindling.sqlite3").stat().st_mode) == 0o600


@pytest.mark.system
def test_a_missing_folder_is_made_private(kindling, tmp_path):
    kindling.data_dir = tmp_path / "new" / "deeper"
    assert kindling("start", "--no-warmup").code == 0
    assert stat.S_IMODE(kindling.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(kindling.data_dir.parent.stat().st_mode) == 0o700


@pytest.mark.system
def test_opening_the_app_on_a_shared_folder_says_why_in_a_window(kindling, tmp_path):
    # Opened from a menu there is no terminal: the refusal must be on the screen.
    shared = tmp_path / "studio"
    shared.mkdir()
    os.chown(shared, -1, _a_shared_group())
    os.chmod(shared, 0o2770)
    before = _snapshot(shared)
    app = subprocess.Popen(
        [str(KINDLING), "--data-dir", str(shared)],
        env=kindling.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        window = _wait_for_window("^Kindling did not open$", app)
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
        subprocess.run(["xdotool", "key", "Return"], check=True)  # its OK button
        assert app.wait(timeout=30) == 1
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.stderr is not None
    with app.stderr:
        assert "will not keep your journal there" in app.stderr.read().decode()
    assert _snapshot(shared) == before


def _wait_for_window(title, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "the app ended without showing why"
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", title],
            capture_output=True,
            text=True,
            check=False,
        )
        if found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.1)  # polling another process's window, not waiting on Qt in this one
    raise AssertionError(f"no window titled {title}")
