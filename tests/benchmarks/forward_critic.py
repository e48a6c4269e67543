"""One forwarded `kindling critic` (process start to printed reply, row committed) vs `python -c pass`.

Run: ``.venv/bin/python tests/benchmarks/forward_critic.py [--rounds N]``. Starts the app on a
private Xvfb with a session in progress, then alternates the two measurements so that machine
noise falls on both. The reply is printed only after the app has committed the moment. Prints
the medians and their ratio; the goal is at most 3x.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._desktop import KINDLING, environment, private_display, running_app

GOAL = 3.0


def timed(argv: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="kindling-bench-") as folder,
        private_display() as display,
    ):
        data_dir = Path(folder) / "data"
        env = environment(display)
        with running_app(data_dir, env):
            critic = [str(KINDLING), "critic", "--data-dir", str(data_dir)]
            baseline = [sys.executable, "-c", "pass"]
            subprocess.run(
                [*critic[:1], "start", "--no-warmup", "--data-dir", str(data_dir)],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            for _ in range(3):  # warm the file cache for both
                timed(critic, env)
                timed(baseline, env)
            forwarded, bare = [], []
            for _ in range(args.rounds):
                forwarded.append(timed(critic, env))
                bare.append(timed(baseline, env))
    f, b = statistics.median(forwarded), statistics.median(bare)
    print(f"python -c pass:           median {b * 1000:7.1f} ms over {len(bare)} runs")
    print(f"kindling critic (forwarded): median {f * 1000:7.1f} ms over {len(forwarded)} runs")
    print(f"ratio: {f / b:.2f}x (goal: at most {GOAL:.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
