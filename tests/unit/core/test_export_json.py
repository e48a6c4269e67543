"""The JSON export codec: exact round trips, and precise messages for bad files."""

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindling.core import export_json
from kindling.core.export_json import ExportFormatError
from kindling.core.model import CheckIn, Moment, Pause, Session, ShownReframe, Warmup

START = datetime(2026, 5, 1, 8, 30, tzinfo=timezone(timedelta(hours=2)))


def sample_session(**changes) -> Session:
    base = Session(
        id="0b9c4a52-7b7e-4d1b-9b1e-2f6d3c1a9e10",
        medium="watercolour",
        intention="Loose skies 🌤",
        started_at=START,
        ended_at=START + timedelta(minutes=40),
        warmup=Warmup(True, 180, "soothing-5-5"),
        checkin_before=CheckIn(7, 4, 2),
        checkin_after=CheckIn(3, 5, 6),
        reflection='I said "enough" kindly.\nAnd kept going.',
        pauses=(Pause(START + timedelta(minutes=12), 30),),
        moments=(
            Moment(START + timedelta(minutes=3), "מה זה", ShownReframe("nge-01", "Hello."), True),
            Moment(START + timedelta(minutes=9), None, ShownReframe("pf-02", "There."), None),
        ),
    )
    return base.__class__(**{**{f: getattr(base, f) for f in base.__dataclass_fields__}, **changes})


def test_export_has_exactly_the_design_format():
    document = json.loads(export_json.dumps([sample_session()], datetime(2026, 5, 2, tzinfo=UTC)))
    assert set(document) == {"format", "version", "exported_at", "sessions"}
    assert document["format"] == "kindling-export"
    assert document["version"] == 1
    (session,) = document["sessions"]
    assert set(session) == {
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
    }
    assert session["warmup"] == {"completed": True, "seconds": 180, "pattern": "soothing-5-5"}
    assert session["checkin_before"] == {"threat": 7, "drive": 4, "soothing": 2}
    assert session["pauses"] == [{"at": "2026-05-01T08:42:00+02:00", "seconds": 30}]
    assert set(session["moments"][0]) == {"at", "note", "reframe", "helped"}
    assert session["moments"][0]["reframe"] == {"id": "nge-01", "text": "Hello."}
    assert session["started_at"].endswith("+02:00")


def test_round_trip_is_exact():
    original = sample_session()
    (back,) = export_json.loads(export_json.dumps([original], START))
    assert back == original
    assert back.started_at.utcoffset() == timedelta(hours=2)


@given(st.text())
def test_any_storable_text_round_trips(text):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return
    session = sample_session(intention=text, reflection=text)
    (back,) = export_json.loads(export_json.dumps([session], START))
    assert back.intention == text
    assert back.reflection == text


def _document(**session_changes):
    document = json.loads(export_json.dumps([sample_session()], START))
    document["sessions"][0].update(session_changes)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{", "not valid JSON"),
        ("[]", "should be an object"),
        ('{"format": "other"}', "not a Kindling export"),
        ('{"format": "kindling-export", "version": 9, "sessions": []}', "newer Kindling"),
        (
            _document(checkin_before={"threat": 11, "drive": 1, "soothing": 1}),
            "“threat”: should be between 0 and 10",
        ),
        (_document(started_at="yesterday"), "“started_at”: is not a time"),
        (_document(started_at="2026-05-01T08:30:00"), "“started_at”: is not a time"),
        (_document(id="not-a-uuid"), "Session 1, field “id”: is not a UUID"),
        (_document(medium=5), "“medium”: should be text"),
        (
            _document(moments=[{"at": "2026-05-01T08:30:00+00:00"}]),
            "moment 1, field “reframe”: is missing",
        ),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_bad_files_name_the_first_problem(text, expected):
    with pytest.raises(ExportFormatError) as caught:
        export_json.loads(text)
    assert expected in str(caught.value)


def _session_dict(**changes):
    document = json.loads(export_json.dumps([sample_session()], START))
    document["sessions"][0].update(changes)
    return document


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "The file is empty"),
        (b"  \n", "The file is empty"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"format": "kindling-export", "version": 1, "n": ' + b"9" * 5000 + b"}", "far too long"),
        (b'{"format": "kindling-export", "version": NaN}', "NaN"),
        (
            json.dumps(_session_dict(medium="x" * 201)).encode(),
            "“medium”: is longer than 200",
        ),
        (json.dumps(_session_dict(medium="  ")).encode(), "“medium”: is empty"),
        (
            json.dumps(_session_dict(started_at="0001-01-01T00:00:00+05:00")).encode(),
            "“started_at”: is not a plausible time",
        ),
        (
            json.dumps(
                _session_dict(pauses=[{"at": START.isoformat(), "seconds": 1}] * 100_001)
            ).encode(),
            "“pauses”: holds more than 100,000",
        ),
    ],
)
def test_bad_bytes_are_refused_with_a_plain_reason(raw, expected):
    with pytest.raises(ExportFormatError) as caught:
        export_json.load_bytes(raw)
    assert expected in str(caught.value)


def test_a_byte_order_mark_is_accepted():
    text = export_json.dumps([sample_session()], START)
    assert export_json.load_bytes(("\ufeff" + text).encode()) == [sample_session()]


def test_a_flood_of_tiny_values_is_refused_before_parsing_in_little_memory():
    import tracemalloc

    from kindling.core.export_json import ExportFormatError, load_bytes

    raw = b'{"format":"kindling-export","version":1,"sessions":[' + b"{}," * 999_999 + b"{}]}"
    tracemalloc.start()
    try:
        with pytest.raises(ExportFormatError, match="far more than an export of that size has"):
            load_bytes(raw)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < len(raw) // 10  # counted, never parsed (parsing would take ~25 times)
