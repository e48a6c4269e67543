"""The journal's seal: written only at rest, removed before writing, silent when unsure."""

from kindling.store.journal import open_journal
from kindling.store.seal import changed_at_rest, seal_path


def test_a_clean_close_seals_and_the_next_open_breaks_the_seal(data_paths, companion, journal):
    companion.start("ink")
    journal.close()
    assert seal_path(journal.path).exists()
    assert changed_at_rest(journal.path) is None
    reopened = open_journal(journal.path, data_paths.backups)
    assert not seal_path(journal.path).exists()  # it may be written from now on
    reopened.close()
    assert seal_path(journal.path).exists()


def test_no_seal_while_another_connection_still_has_writes_in_the_log(data_paths, companion):
    other = open_journal(data_paths.database, data_paths.backups)
    companion.start("ink")  # written through the first journal, still open
    other.close()
    assert not seal_path(data_paths.database).exists()


def test_without_a_seal_nothing_is_claimed(data_paths, journal):
    journal.close()
    seal_path(journal.path).unlink()
    assert changed_at_rest(journal.path) is None


def test_a_seal_from_an_earlier_kindling_still_finds_a_changed_byte(data_paths, journal):
    """Seals written before BLAKE2b hold a SHA-256 digest; they keep working."""
    import hashlib
    import json
    import os

    journal.close()
    path = journal.path
    at_rest = path.stat()
    old_seal = {
        "size": at_rest.st_size,
        "mtime_ns": at_rest.st_mtime_ns,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
    }
    seal_path(path).write_text(json.dumps(old_seal), encoding="utf-8")
    assert changed_at_rest(path) is None
    raw = bytearray(path.read_bytes())
    raw[-100] ^= 0x01
    path.write_bytes(bytes(raw))
    os.utime(path, ns=(at_rest.st_atime_ns, at_rest.st_mtime_ns))
    assert changed_at_rest(path) is not None


def test_a_new_seal_does_not_load_openssl(tmp_path):
    """hashlib would load OpenSSL's libcrypto (about 3.5 MiB) into the running app."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from kindling.store import seal; "
        "p = Path(sys.argv[1]); p.write_bytes(b'x' * 5000); seal.write_seal(p); "
        "print(seal.changed_at_rest(p), '_hashlib' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "file")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.split() == ["None", "False"]
