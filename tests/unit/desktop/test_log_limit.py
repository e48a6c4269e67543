"""Repeated problems are logged a few times a minute, then summed up: the log keeps its past."""

import logging

from kindling.desktop.log_limit import LimitedLog


def test_a_flood_of_one_problem_writes_three_lines_and_a_count(caplog):
    now = [0.0]
    limited = LimitedLog(logging.getLogger("kindling.test"), clock=lambda: now[0])
    with caplog.at_level(logging.INFO, logger="kindling.test"):
        for _ in range(1000):
            limited.warning("accept", "cannot accept a connection: %s", "Too many open files")
        limited.info("idle", "closing an idle connection")
        now[0] = 61.0
        limited.warning("accept", "cannot accept a connection: %s", "Too many open files")
    lines = [record.getMessage() for record in caplog.records]
    assert lines.count("cannot accept a connection: Too many open files") == 4
    assert "accept: 997 more like this were not logged" in lines
    assert "closing an idle connection" in lines
    assert len(lines) == 6
