"""`import` of what is not a file (a device, a FIFO, /dev/stdin) says what it is, and waits on
nothing: no endless read of /dev/zero, no hang on a FIFO with no writer."""

import os
import subprocess

import pytest

from tests.system.conftest import KINDLING

pytestmark = pytest.mark.system


def _import(kindling, source, stdin=subprocess.DEVNULL):
    done = subprocess.run(
        [str(KINDLING), "import", str(source), "--data-dir", str(kindling.data_dir)],
        capture_output=True, text=True, env=kindling.env, timeout=60, check=False, stdin=stdin,
    )  # fmt: skip
    return done.returncode, done.stderr


@pytest.mark.parametrize(
    ("source", "what"),
    [("/dev/zero", "is a device"), ("/dev/null", "is a device")],
)
def test_a_device_is_named_as_a_device(kindling, source, what):
    code, err = _import(kindling, source)
    assert code == 1
    assert f"{source} {what}, not an export file" in err
    assert "folder" not in err


def test_a_fifo_is_named_as_a_pipe_and_nothing_waits_for_a_writer(kindling, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, err = _import(kindling, fifo)
    assert code == 1
    assert f"{fifo} is a pipe (FIFO), not an export file" in err


def test_dev_stdin_says_what_the_input_is(kindling):
    code, err = _import(kindling, "/dev/stdin", stdin=subprocess.PIPE)
    assert code == 1
    assert "/dev/stdin is a pipe (FIFO), not an export file" in err
    assert "kindling export -o FILE" in err


def test_a_folder_is_still_a_folder(kindling, tmp_path):
    code, err = _import(kindling, tmp_path)
    assert code == 1
    assert "is a folder, not an export file" in err
