"""`kindling` with no desktop display says so plainly and how to go on, instead of aborting."""

from __future__ import annotations

import pytest

from tests.system.conftest import KindlingCommand

pytestmark = pytest.mark.system


def test_no_display_is_said_plainly_with_the_command_line_offered(
    kindling: KindlingCommand,
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        kindling.env.pop(name, None)

    done = kindling(timeout=60)

    assert done.code == 1, done.err  # not 134, Qt's abort
    assert "could not find a desktop display" in done.err
    assert "kindling critic" in done.err  # how to carry on from the terminal
    assert "xcb" not in done.err
    assert not (kindling.data_dir / "kindling.sqlite3").exists()  # nothing half-made
