"""Export and import through the real command line: exact round trips, and bad files that
change nothing and get a plain message."""

import hashlib
import json
import shutil

import pytest

from tests.system.conftest import KindlingCommand

pytestmark = pytest.mark.system


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A data folder with two finished sessions, made through the command line."""
    folder = tmp_path_factory.mktemp("seeded") / "data"
    kindling = KindlingCommand(folder)
    for medium, notes in (("ink", ["too loose", "=1+1 looks wrong"]), ("oil", ["🎨 again"])):
        assert kindling("start", "--no-warmup", "--medium", medium).code == 0
        for note in notes:
            assert kindling("critic", "--note", note).code == 0
        assert kindling("end", "--reflection", f"kind words about {medium}").code == 0
    export = kindling("export", "--format", "json")
    assert export.code == 0
    return folder, export.out


def copy_of(seeded, tmp_path):
    folder = tmp_path / "copy"
    shutil.copytree(seeded[0], folder)
    return KindlingCommand(folder)


def sessions_of(export_text):
    return json.loads(export_text)["sessions"]


def fingerprint(folder):
    """The journal's bytes, with its write-ahead log."""
    digest = hashlib.sha256()
    for name in ("kindling.sqlite3", "kindling.sqlite3-wal"):
        path = folder / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


def test_export_import_into_an_empty_folder_and_export_again_is_the_same(seeded, tmp_path):
    exported = tmp_path / "journal.json"
    exported.write_text(seeded[1], encoding="utf-8")
    fresh = KindlingCommand(tmp_path / "fresh")
    first = fresh("import", str(exported))
    assert first.code == 0, first.err
    assert "2 sessions were added" in first.out
    again = fresh("export", "--format", "json")
    assert sessions_of(again.out) == sessions_of(seeded[1])
    assert "not encrypted" in again.err

    before = fingerprint(fresh.data_dir)
    second = fresh("import", str(exported))
    assert second.code == 0
    assert "No new sessions were added" in second.out
    assert "2 sessions were already here" in second.out
    assert fingerprint(fresh.data_dir) == before


def test_csv_and_markdown_exports_to_files(seeded, tmp_path):
    kindling = copy_of(seeded, tmp_path)
    csv_result = kindling("export", "--format", "csv", "-o", str(tmp_path / "j.csv"))
    assert csv_result.code == 0
    assert "not encrypted" in csv_result.err
    text = (tmp_path / "j.csv").read_bytes().decode("utf-8-sig")
    assert text.count("\r\n") == 4  # a header and one row per critic moment
    assert "'=1+1 looks wrong" in text
    md = kindling("export", "--format", "md")
    assert md.code == 0
    assert md.out.count("\n## ") == 2
    assert "> kind words about oil" in md.out


def _valid(seeded):
    return json.loads(seeded[1])


def _with_session(seeded, index, **changes):
    document = _valid(seeded)
    document["sessions"][index].update(changes)
    return json.dumps(document)


def _with_moment(seeded, **changes):
    document = _valid(seeded)
    document["sessions"][0]["moments"][0].update(changes)
    return json.dumps(document)


def _new_ids(document_text):
    """The same sessions under new ids, so that only a bad part can stop them being added."""
    document = json.loads(document_text)
    for number, session in enumerate(document["sessions"]):
        session["id"] = f"00000000-0000-4000-8000-{number:012d}"
    return json.dumps(document)


MALFORMED = {
    "truncated": (lambda s: s[1][: len(s[1]) // 2], "not valid JSON"),
    "wrong types": (lambda s: _new_ids(_with_session(s, 0, moments="many")), "should be a list"),
    "out-of-range check-in": (
        lambda s: _new_ids(
            _with_session(s, 1, checkin_after={"threat": 1, "drive": 2, "soothing": 11})
        ),
        "Session 2",
    ),
    "unparseable time": (
        lambda s: _new_ids(_with_moment(s, at="half past three")),
        "moment 1, field “at”: is not a time",
    ),
    "time without offset": (
        lambda s: _new_ids(_with_session(s, 0, started_at="2026-01-01T10:00:00")),
        "“started_at”: is not a time with a UTC offset",
    ),
    "deep nesting": (lambda s: "[" * 200_000 + "]" * 200_000, "nested too deeply"),
    "broken last session": (
        lambda s: _new_ids(_with_session(s, 1, medium=None)),
        "Session 2 (00000000-0000-4000-8000-000000000001), field “medium”",
    ),
    "not utf-8": (lambda s: s[1].encode("utf-8").replace(b"ink", b"\xff\xfe"), "not UTF-8"),
    "empty": (lambda s: "", "empty"),
    "not an export": (lambda s: '{"hello": "world"}', "not a Kindling export"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_file_changes_nothing_and_says_why(seeded, tmp_path, case):
    make, expected = MALFORMED[case]
    content = make(seeded)
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    kindling = copy_of(seeded, tmp_path)
    before = fingerprint(kindling.data_dir)
    result = kindling("import", str(path))
    assert result.code == 1
    assert "Nothing was imported, and your journal is unchanged." in result.err
    assert expected in result.err
    assert "Traceback" not in result.err + result.out
    assert len(result.err) < 600
    assert fingerprint(kindling.data_dir) == before


def test_a_huge_file_is_refused_without_being_read(seeded, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: no real disk space, and never read
        handle.truncate(300 * 1024 * 1024)
    kindling = copy_of(seeded, tmp_path)
    before = fingerprint(kindling.data_dir)
    result = kindling("import", str(path))
    assert result.code == 1
    assert "300 MB" in result.err
    assert "Traceback" not in result.err
    assert fingerprint(kindling.data_dir) == before


def test_import_waits_for_the_app_to_be_closed(seeded, tmp_path):
    """While Kindling holds the writer lock, an import from the terminal leaves it alone."""
    from kindling.desktop.instance_lock import InstanceLock

    exported = tmp_path / "journal.json"
    exported.write_text(seeded[1], encoding="utf-8")
    fresh = KindlingCommand(tmp_path / "fresh")
    fresh.data_dir.mkdir(mode=0o700)
    with InstanceLock(fresh.data_dir / "kindling.lock") as lock:
        assert lock.acquire()
        refused = fresh("import", str(exported))
    assert refused.code == 1
    assert "Kindling is open" in refused.err
    assert fresh("import", str(exported)).code == 0
