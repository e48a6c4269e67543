"""CSV and Markdown exports: safe in a spreadsheet, readable as a journal."""

import csv
import io
from dataclasses import replace
from datetime import UTC, timedelta

from kindling.core import export_csv, export_md
from tests.unit.core.test_export_json import START, sample_session


def read_csv(text):
    assert text.startswith(export_csv.BOM)
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_one_row_per_critic_moment_with_its_session():
    rows = read_csv(export_csv.dumps([sample_session()]))
    assert len(rows) == 2
    assert {r["session_id"] for r in rows} == {sample_session().id}
    assert rows[0]["intention"] == "Loose skies 🌤"
    assert rows[0]["reflection"] == 'I said "enough" kindly.\nAnd kept going.'
    assert rows[0]["note"] == "מה זה"
    assert rows[0]["minutes_into_session"] == "3.0"
    assert rows[0]["helped"] == "yes"
    assert rows[1]["helped"] == ""
    assert rows[0]["soothing_before"] == "2"
    assert rows[0]["soothing_after"] == "6"


def test_a_session_without_moments_still_has_a_row():
    rows = read_csv(export_csv.dumps([replace(sample_session(), moments=())]))
    assert len(rows) == 1
    assert rows[0]["moment_at"] == ""


def test_cells_that_a_spreadsheet_would_run_as_formulas_are_defused():
    dangerous = ["=HYPERLINK(1)", "+1", "-2+3", "@SUM(A1)", "\tx"]
    session = sample_session(intention=dangerous[0], reflection=dangerous[1], medium=dangerous[2])
    session = replace(
        session, moments=tuple(replace(m, note=dangerous[3]) for m in session.moments)
    )
    row = read_csv(export_csv.dumps([session]))[0]
    assert row["intention"] == "'=HYPERLINK(1)"
    assert row["reflection"] == "'+1"
    assert row["medium"] == "'-2+3"
    assert row["note"] == "'@SUM(A1)"
    assert export_csv.guard("a = b") == "a = b"


def test_the_markdown_journal_reads_as_plain_words():
    later = replace(sample_session(), id="1b9c4a52-7b7e-4d1b-9b1e-2f6d3c1a9e10", moments=())
    text = export_md.dumps([sample_session(), later], START, UTC)
    assert text.startswith("# My Kindling journal")
    assert "not encrypted" in text
    assert text.count("\n## ") == 2
    assert "## Friday 1 May 2026, 06:30 · watercolour" in text
    assert "- Length: 40 minutes" in text
    assert "soothing 2 → 6" in text
    assert "> Loose skies 🌤" in text
    assert "- 3 min in: offered “Hello.” (this helped)" in text
    assert "  > מה זה" in text
    assert '> I said "enough" kindly.\n> And kept going.' in text
    assert "No critic moments were noted." in text


def test_markdown_shows_a_persons_formatting_characters_as_typed():
    session = sample_session(intention="# not a heading *or bold* <b>", reflection=None)
    text = export_md.dumps([session], START + timedelta(days=1), UTC)
    assert r"> \# not a heading \*or bold\* \<b\>" in text
