"""The light forwarding path reads the common command lines exactly as the full parser does."""

import json
import os
import stat
import subprocess
import sys

import pytest

from kindling.cli import forward
from kindling.cli.parser import build_parser
from kindling.desktop import ipc_address, ipc_protocol

FAST = [
    ["critic"],
    ["critic", "--note", "this is rubbish 😩"],
    ["critic", "--note=a=b", "--data-dir", "/tmp/x"],
    ["--data-dir", "/tmp/x", "critic", "--note", "x"],
    ["start", "--medium", "ink", "--intention", "play", "--no-warmup"],
    ["start"],
    ["start", "--studio", "--no-warmup"],
    ["end", "--reflection", "I kept going"],
    ["end", "--data-dir=/tmp/y"],
]
SLOW = [
    [],
    ["history"],
    ["critic", "--help"],
    ["critic", "--not", "abbreviated"],
    ["critic", "--note"],
    ["critic", "--note", "-starts-with-a-dash"],
    ["critic", "--debug"],
    ["critic", "extra"],
    ["start", "--note", "wrong command"],
    ["--medium", "ink", "start"],
    ["start", "--no-warmup=yes"],
    ["start", "--studio=yes"],
]


@pytest.mark.parametrize("argv", FAST)
def test_the_fast_reading_agrees_with_the_full_parser(argv):
    command, options = forward._parse(argv)
    full = build_parser().parse_args(argv)
    assert command == full.command
    assert options.get("--data-dir") == getattr(full, "data_dir", None)
    sent = forward._arguments(command, options)
    if command == "start":
        assert sent == {
            "medium": full.medium,
            "intention": full.intention,
            "warmup": not full.no_warmup,
            "studio": full.studio,
        }
    elif command == "critic":
        assert sent == {"note": full.note}
    else:
        assert sent == {"reflection": full.reflection}


@pytest.mark.parametrize("argv", SLOW)
def test_anything_unusual_goes_to_the_full_command_line(argv):
    assert forward._parse(argv) is None


def test_the_data_folder_is_chosen_as_the_full_command_line_chooses_it(tmp_path, monkeypatch):
    from kindling.desktop import paths

    assert forward.data_root(str(tmp_path / "a")) == str(paths.resolve(tmp_path / "a").root)
    monkeypatch.setenv("KINDLING_DATA_DIR", str(tmp_path / "b"))
    assert forward.data_root(None) == str(paths.resolve(None).root)
    monkeypatch.delenv("KINDLING_DATA_DIR")
    assert forward.data_root(None) == str(paths.resolve(None).root)
    chosen = paths.resolve(tmp_path / "c")
    assert chosen.socket_name == ipc_address.socket_name(forward.data_root(str(tmp_path / "c")))


def test_two_data_folders_get_two_sockets_and_one_folder_one(tmp_path):
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert ipc_address.address(a) != ipc_address.address(b)
    assert ipc_address.address(a) == ipc_address.address(str(tmp_path / "x" / ".." / "a"))
    assert len(ipc_address.address(a).encode()) < 100  # fits a Unix socket path


def test_the_socket_folder_is_private_and_a_shared_one_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(ipc_address, "USER_RUNTIME_ROOT", str(tmp_path / "no-run-user"))
    monkeypatch.setattr(ipc_address, "SHARED_TEMP", str(tmp_path))
    folder = ipc_address.ensure_runtime_dir()
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    os.chmod(folder, 0o777)
    with pytest.raises(PermissionError):
        ipc_address.ensure_runtime_dir()
    # The client will not even knock on a socket in a folder others can write to.
    assert forward.forward("critic", str(tmp_path / "data"), {"note": None}) is None


def test_the_socket_address_ignores_the_environment(tmp_path, monkeypatch):
    """cron, ssh and sudo have other XDG_RUNTIME_DIR and TMPDIR than the desktop's terminal."""
    root = str(tmp_path / "data")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    on_the_desktop = ipc_address.address(root)
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.delenv("TMPDIR")
    assert ipc_address.address(root) == on_the_desktop
    assert not on_the_desktop.startswith(str(tmp_path))


def test_the_user_runtime_folder_is_used_when_the_system_made_it_for_us(tmp_path, monkeypatch):
    (tmp_path / str(os.getuid())).mkdir()
    monkeypatch.setattr(ipc_address, "USER_RUNTIME_ROOT", str(tmp_path))
    assert ipc_address.runtime_dir() == str(tmp_path / str(os.getuid()) / "kindling")


def test_nothing_listening_means_no_answer_so_the_command_runs_headless(tmp_path):
    assert forward.try_fast(["critic", "--data-dir", str(tmp_path / "data")]) is None


def test_protocol_lines_carry_the_version_and_round_trip_any_text():
    line = ipc_protocol.request("critic", note="“quoted”\nsecond line 😩")
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    message = ipc_protocol.decode(line)
    assert message == {
        "kindling": ipc_protocol.VERSION,
        "command": "critic",
        "args": {"note": "“quoted”\nsecond line 😩"},
    }
    with pytest.raises(ValueError, match="JSON object"):
        ipc_protocol.decode(b"[1, 2]")


def test_the_forwarding_path_imports_neither_qt_nor_sqlalchemy(tmp_path):
    code = (
        "import sys\n"
        "from kindling.cli.forward import try_fast\n"
        f"try_fast(['critic', '--data-dir', {str(tmp_path)!r}])\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'sqlalchemy', 'alembic', 'argparse', 'logging'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.parametrize(
    ("command", "answer", "code", "says"),
    [
        ("critic", {"status": "ok", "text": "Ah, hello."}, 0, "Ah, hello."),
        ("critic", {"status": "ok", "text": "Ah.", "saved": False}, 1, "holding on to it"),
        ("critic", {"status": "no-session"}, 3, "no session in progress"),
        ("end", {"status": "no-session"}, 3, "no session in progress to end"),
        ("start", {"status": "already-in-progress"}, 1, "already in progress"),
        ("critic", {"status": "refused", "message": "That note is too long."}, 1, "too long"),
        ("critic", {"status": "version"}, 1, "different version"),
        ("critic", {"status": "something new"}, 1, "could not do this"),
    ],
)
def test_every_answer_becomes_plain_words_and_an_exit_code(capsys, command, answer, code, says):
    assert forward._report(command, {}, answer) == code
    printed = capsys.readouterr()
    assert says.lower() in (printed.out + printed.err).lower()


def test_a_forwarded_critic_prints_the_apps_answer_as_json_when_asked(capsys):
    moment = {"id": 4, "at": "2026-12-02T12:00:00+00:00", "note": "kms"}
    reframe = {"id": "support", "group": "support", "text": "A person can listen."}
    answer = {"status": "ok", "text": "A person can listen.", "moment": moment, "reframe": reframe}
    assert forward._report("critic", {}, answer, "json") == 0
    assert json.loads(capsys.readouterr().out) == {"moment": moment, "reframe": reframe}


def test_the_format_is_read_but_never_sent_to_the_app():
    assert forward._parse(["critic", "--note", "x", "--format", "json"]) == (
        "critic",
        {"--note": "x", "--format": "json"},
    )
