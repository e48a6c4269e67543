"""`kindling --self-test` on the real X server: window up, Qt plugins, journal, migrations."""

import pytest


@pytest.mark.system
def test_self_test_passes_and_leaves_a_journal(kindling):
    result = kindling("--self-test")
    assert result.code == 0, result.err
    assert "platform xcb" in result.out
    assert "all well" in result.out
    assert (kindling.data_dir / "kindling.sqlite3").is_file()
