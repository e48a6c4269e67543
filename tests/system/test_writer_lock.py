"""A hundred launches at once: exactly one of them owns the journal."""

import subprocess
import sys

import pytest

from tests.unit.desktop.test_instance_lock import HOLDER

LAUNCHES = 100


@pytest.mark.system
def test_a_hundred_simultaneous_launches_give_exactly_one_owner(tmp_path):
    path = tmp_path / "kindling.lock"
    launches = [
        subprocess.Popen(
            [sys.executable, "-I", "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(LAUNCHES)
    ]
    try:
        # Each holds on to whatever it got until all have answered, so they truly overlap.
        answers = [launch.stdout.readline().strip() for launch in launches]
    finally:
        for launch in launches:
            launch.stdin.close()
        for launch in launches:
            launch.wait(timeout=30)
            launch.stdout.close()
    owners = answers.count("owner")
    print(f"\n{LAUNCHES} simultaneous launches: {owners} owner, {answers.count('busy')} refused")
    assert answers.count("busy") == LAUNCHES - 1
    assert owners == 1
