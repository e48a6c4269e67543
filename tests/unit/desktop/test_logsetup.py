"""The log file moves aside once full, keeps three older files, and splits no line."""

import logging

from kindling.desktop.logsetup import SizeCappedFileHandler


def test_a_full_log_moves_aside_and_no_line_is_lost_or_split(tmp_path):
    path = tmp_path / "kindling.log"
    handler = SizeCappedFileHandler(path, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("kindling.test-logsetup")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(40):
            logger.warning("line %02d of the test log", number)
    finally:
        logger.removeHandler(handler)
        handler.close()

    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == [
        "kindling.log",
        "kindling.log.1",
        "kindling.log.2",
        "kindling.log.3",
    ]
    assert all(f.stat().st_size <= 200 for f in files)
    oldest_first = [*reversed(files[1:]), files[0]]
    kept = [line for f in oldest_first for line in f.read_text().splitlines()]
    # The newest lines are all there, in order and whole; only the oldest files were dropped.
    assert kept == [f"line {n:02d} of the test log" for n in range(40 - len(kept), 40)]
    assert len(kept) >= 4 * (200 // 25) - 4
