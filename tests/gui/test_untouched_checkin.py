"""Closing sliders nobody moved are no check-in: nothing is saved, and nothing is praised."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from kindling.desktop.paths import DataPaths
from kindling.wiring import Parts


@pytest.fixture
def closing(qapp, qtbot, data_paths: DataPaths, clock) -> Iterator[Parts]:
    from kindling.app import build

    parts = build(qapp, data_paths, clock=clock, rng=random.Random(3))
    parts.flow.begin("ink", with_warmup=False)  # no check-in before, either
    qtbot.waitUntil(parts.bar.isVisible)
    parts.flow.request_end()
    qtbot.waitUntil(lambda: parts.pages.showing == "closing")
    yield parts
    parts.close()


def finish(qtbot, parts: Parts) -> None:
    with qtbot.waitSignal(parts.flow.summary_shown):
        qtbot.mouseClick(parts.pages.closing_page.finish_button, Qt.MouseButton.LeftButton)


def test_untouched_sliders_are_not_saved_as_a_check_in(qtbot, closing: Parts) -> None:
    finish(qtbot, closing)
    summary = closing.summary_view.summary
    assert summary is not None
    assert summary.session.checkin_after is None
    last = closing.companion.summary()
    assert last is not None
    assert last.session.checkin_after is None
    assert not closing.summary_view._checkin_note.isVisibleTo(closing.summary_view)


def test_a_moved_slider_is_a_check_in(qtbot, closing: Parts) -> None:
    checkin = closing.pages.closing_page.checkin
    checkin.slider("soothing").setValue(7)
    expected = checkin.value()
    finish(qtbot, closing)
    last = closing.companion.summary()
    assert last is not None
    assert last.session.checkin_after == expected
    assert expected.soothing == 7
