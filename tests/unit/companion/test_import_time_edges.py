"""Import judges times in UTC, as export writes them: every accepted edge imports again."""

import json
import uuid

import pytest

from kindling.companion.history import ExportFormat, History, ImportRefused
from kindling.store.journal import open_journal

ACCEPTED = [
    "1970-01-01T00:00:00+00:00",
    "1970-01-01T00:00:00-14:00",  # 14:00 UTC
    "1969-12-31T23:00:00-01:00",  # midnight UTC, 1970
    "9000-12-31T23:59:59.999999+00:00",
    "9000-12-31T23:59:59+14:00",
    "9001-01-01T09:00:00+14:00",  # 19:00 UTC, 9000
]
REFUSED = [
    "1970-01-01T00:00:00+14:00",  # 1969 in UTC
    "1969-12-31T23:59:59+00:00",
    "9000-12-31T23:59:59-14:00",  # 9001 in UTC
    "9001-01-01T00:00:00+00:00",
    "9999-12-31T23:59:59-14:00",  # past the calendar in UTC
    "0001-01-01T00:00:00+14:00",
]


def _export_file(path, times):
    sessions = [
        {
            "id": str(uuid.UUID(int=n + 1, version=4)),
            "medium": "ink",
            "intention": None,
            "started_at": at,
            "ended_at": at,
            "warmup": None,
            "checkin_before": None,
            "checkin_after": None,
            "reflection": None,
            "pauses": [],
            "moments": [
                {
                    "at": at,
                    "note": f"edge {at}",
                    "reframe": {"id": "a", "text": "A"},
                    "helped": None,
                }
            ],
        }
        for n, at in enumerate(times)
    ]
    document = {
        "format": "kindling-export",
        "version": 1,
        "exported_at": "2026-12-02T12:00:00+00:00",
        "sessions": sessions,
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_every_accepted_edge_round_trips_through_its_own_export(journal, tmp_path):
    history = History(journal.repository)
    assert history.import_file(_export_file(tmp_path / "edges.json", ACCEPTED)).added == len(
        ACCEPTED
    )
    exported = tmp_path / "exported.json"
    exported.write_text(history.export_text(ExportFormat.JSON), encoding="utf-8")
    (tmp_path / "fresh").mkdir()
    fresh = open_journal(tmp_path / "fresh" / "kindling.sqlite3", tmp_path / "fresh" / "backups")
    try:
        again = History(fresh.repository).import_file(exported)
    finally:
        fresh.close()
    assert again.added == len(ACCEPTED)


@pytest.mark.parametrize("at", REFUSED)
def test_a_time_outside_the_years_in_utc_is_refused(journal, tmp_path, at):
    with pytest.raises(ImportRefused, match="plausible"):
        History(journal.repository).import_file(_export_file(tmp_path / "edge.json", [at]))
