"""Arguments that are not UTF-8 (a terminal set to another encoding): a usage error, no traceback."""

import os
import subprocess

import pytest

from tests.system.conftest import KINDLING

pytestmark = pytest.mark.system

NOT_UTF8 = b"\xff"
TEXT_ARGUMENTS = (
    [b"critic", b"--note", NOT_UTF8],
    [b"critic", b"--note=" + NOT_UTF8],
    [b"start", b"--medium", b"ink" + NOT_UTF8],
    [b"start", b"--intention", NOT_UTF8],
    [b"end", b"--reflection", NOT_UTF8],
    [b"summary", NOT_UTF8],
)


def _run(kindling, argv):
    done = subprocess.run(
        [os.fsencode(KINDLING), *argv, b"--data-dir", os.fsencode(kindling.data_dir)],
        capture_output=True,
        env=kindling.env,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    return done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode()


@pytest.mark.parametrize(
    "argv", TEXT_ARGUMENTS, ids=lambda a: b" ".join(a).decode(errors="replace")
)
def test_text_that_is_not_utf8_is_a_clear_usage_error(kindling, argv):
    assert kindling("start", "--no-warmup").code == 0
    code, _out, err = _run(kindling, argv)
    assert code == 2, err
    assert "not valid UTF-8 text" in err
    assert "Traceback" not in err
    assert "Something went wrong" not in err
    summary = kindling("summary", "last", "--format", "json")
    assert '"moments": []' in summary.out  # nothing half-written


def test_a_data_folder_whose_name_is_not_utf8_is_just_a_folder(kindling, tmp_path):
    kindling.data_dir = tmp_path / os.fsdecode(b"data-" + NOT_UTF8)
    assert _run(kindling, [b"start", b"--no-warmup"])[0] == 0
    code, _out, err = _run(kindling, [b"critic", b"--note", b"plain words"])
    assert code == 0, err
