"""The real command line, in a subprocess, through whole sessions."""

import json
import stat
import uuid
from datetime import datetime

import pytest

NOTES = [
    "this is rubbish 😩🎨",
    "هذا ليس جيدًا بما فيه الكفاية",  # right-to-left
    'a "quoted" word,\nand a second line\twith a tab',
    "long " * 2000,
]


def test_a_whole_session_round_trips_exactly_through_export(kindling):
    assert kindling("start", "--no-warmup", "--medium", "ink", "--intention", "שלום 🌱").code == 0
    printed = []
    for note in NOTES:
        result = kindling("critic", "--note", note)
        assert result.code == 0, result.err
        printed.append(result.out.strip())
    ended = kindling("end", "--reflection", "I kept going.\n“Kind” words.")
    assert ended.code == 0
    assert "noticed the critic 4 times" in ended.out

    export = kindling("export", "--format", "json")
    assert export.code == 0
    document = json.loads(export.out)
    assert document["format"] == "kindling-export"
    assert document["version"] == 1
    datetime.fromisoformat(document["exported_at"]).utcoffset()  # has an offset
    (session,) = document["sessions"]
    uuid.UUID(session["id"])
    assert session["medium"] == "ink"
    assert session["intention"] == "שלום 🌱"
    assert session["reflection"] == "I kept going.\n“Kind” words."
    assert session["warmup"] is None
    assert session["pauses"] == []
    assert [m["note"] for m in session["moments"]] == NOTES
    assert [m["reframe"]["text"] for m in session["moments"]] == printed
    assert all(m["helped"] is None for m in session["moments"])
    for moment in session["moments"]:
        assert datetime.fromisoformat(moment["at"]).utcoffset() is not None


def test_the_three_critic_export_matches_the_design_format(kindling):
    kindling("start", "--no-warmup")
    for n in range(3):
        kindling("critic", "--note", f"note {n}")
    kindling("end")
    document = json.loads(kindling("export", "--format", "json").out)
    assert list(document) == ["format", "version", "exported_at", "sessions"]
    (session,) = document["sessions"]
    assert list(session) == [
        "id",
        "medium",
        "intention",
        "started_at",
        "ended_at",
        "warmup",
        "checkin_before",
        "checkin_after",
        "reflection",
        "pauses",
        "moments",
    ]
    assert len(session["moments"]) == 3
    assert list(session["moments"][0]) == ["at", "note", "reframe", "helped"]
    assert list(session["moments"][0]["reframe"]) == ["id", "text"]


def test_data_dir_works_before_or_after_the_command_and_from_the_environment(kindling, tmp_path):
    assert kindling("--data-dir", str(kindling.data_dir), "start", data_dir=False).code == 0
    assert kindling("critic").code == 0
    kindling.env["KINDLING_DATA_DIR"] = str(kindling.data_dir)
    result = kindling("history", "--format", "json", data_dir=False)
    assert json.loads(result.out)[0]["moments"] == 1
    assert stat.S_IMODE(kindling.data_dir.stat().st_mode) == 0o700


def test_the_history_table_shows_intentions_not_counts(kindling):
    kindling("start", "--no-warmup", "--medium", "ink", "--intention", "soft\nedges")
    for _ in range(3):
        kindling("critic")
    kindling("end")
    table = kindling("history")
    assert table.code == 0
    (line,) = table.out.splitlines()
    assert line.endswith("soft edges")
    assert "critic" not in line
    assert " 3 " not in line
    assert json.loads(kindling("history", "--format", "json").out)[0]["moments"] == 3


def test_exit_codes_and_kind_messages(kindling):
    nothing = kindling("critic")
    assert nothing.code == 3
    assert "no session in progress" in nothing.err.lower()
    assert "Traceback" not in nothing.err
    assert kindling("end").code == 3
    assert kindling("summary").code == 3
    assert kindling("history", "--limit", "zero").code == 2
    assert kindling("start").code == 0
    again = kindling("start")
    assert again.code == 1
    assert "already in progress" in again.err


def test_a_damaged_journal_is_explained_without_a_traceback(kindling):
    kindling("start")
    kindling("end")
    database = kindling.data_dir / "kindling.sqlite3"
    database.write_bytes(b"\0" * 4096 + database.read_bytes()[4096:])
    before = database.read_bytes()
    result = kindling("critic")
    assert result.code == 1
    assert "looks damaged" in result.err
    assert "Traceback" not in result.err
    assert database.read_bytes() == before


def test_version(kindling):
    result = kindling("--version", data_dir=False)
    assert result.code == 0
    assert result.out.startswith("Kindling ")


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_summary_of_the_last_session(kindling, fmt):
    kindling("start", "--medium", "clay")
    kindling("critic")
    kindling("end")
    result = kindling("summary", "last", "--format", fmt)
    assert result.code == 0
    if fmt == "json":
        assert json.loads(result.out)["medium"] == "clay"
    else:
        assert "clay" in result.out
