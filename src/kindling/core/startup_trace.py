"""Start-up spans on stderr when ``KINDLING_STARTUP_TRACE`` is set; otherwise nothing at all.

Run ``KINDLING_STARTUP_TRACE=1 kindling`` to see where the time goes between the process
starting and the window showing. Each line says how long since the first mark and since the
previous one, in wall-clock time and in this process's CPU time (the CPU time is the steadier
figure on a busy machine). With the variable unset, :func:`mark` returns at once.
"""

from __future__ import annotations

import os
import sys
import time

ENABLED = bool(os.environ.get("KINDLING_STARTUP_TRACE"))
_first = _last = time.perf_counter()
_last_cpu = time.process_time()


def mark(label: str) -> None:
    """Prints one span ending now (only while tracing)."""
    if not ENABLED:
        return
    global _last, _last_cpu
    now, cpu = time.perf_counter(), time.process_time()
    if _last == _first:
        _say(
            f"process started ~{_process_age_ms(now):.0f} ms before the first mark, "
            f"{1000 * cpu:.0f} ms of CPU time so far"
        )
    _say(
        f"{1000 * (now - _first):7.1f} ms  +{1000 * (now - _last):6.1f} wall"
        f"  +{1000 * (cpu - _last_cpu):6.1f} cpu  {label}"
    )
    _last, _last_cpu = now, cpu


def _say(line: str) -> None:
    print(f"[startup] {line}", file=sys.stderr, flush=True)


def _process_age_ms(now: float) -> float:
    """How long before ``now`` the process began (Linux only, to the kernel's 10 ms tick)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
    except (OSError, IndexError, ValueError):
        return float("nan")
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return 1000 * (up - started) - 1000 * (time.perf_counter() - now)
