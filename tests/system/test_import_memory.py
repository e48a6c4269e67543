"""A huge file of tiny values is refused before it is parsed, in a fraction of its size in
memory: `{"sessions": [{}, {}, …]}` once took 5 GB for 197 MB. The app's Import reads files
through the same History.read_import, so this bounds it too."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.system.conftest import KINDLING

pytestmark = pytest.mark.system

FLOOD_MIB = 20
PEAK = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(done.returncode, peak, done.stderr.replace(chr(10), " "), sep="|")
"""


def _import_measured(kindling, source):
    """Imports ``source`` in a fresh process; its exit code, peak RSS (KiB) and message."""
    argv = [str(KINDLING), "import", str(source), "--data-dir", str(kindling.data_dir)]
    out = subprocess.run(
        [sys.executable, "-c", PEAK, *argv],
        capture_output=True, text=True, env=kindling.env, timeout=120, check=True,
    ).stdout  # fmt: skip
    code, peak, message = out.strip().split("|", 2)
    return int(code), int(peak), message


def test_a_flood_of_empty_sessions_is_refused_early_in_little_memory(kindling, tmp_path):
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"sessions": [{}]}))
    _code, base_kib, _message = _import_measured(kindling, small)

    flood = tmp_path / "flood.json"
    count = FLOOD_MIB * 1024 * 1024 // 3
    flood.write_bytes(b'{"sessions":[' + b"{}," * (count - 1) + b"{}]}")
    code, peak_kib, message = _import_measured(kindling, flood)
    size_kib = flood.stat().st_size // 1024
    print(
        f"\nimport of {size_kib // 1024} MiB of empty sessions: peak RSS {peak_kib // 1024} MiB "
        f"(a tiny file: {base_kib // 1024} MiB)"
    )
    assert code == 1
    assert "far more than an export of that size has" in message
    assert peak_kib - base_kib < 2 * size_kib  # the bytes and little else: never parsed
    assert "No sessions yet" in kindling("history").out
