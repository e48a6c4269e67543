"""The start page: few decisions, "Begin" in view at the default size, the hotkey named."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect

from kindling.app import build
from kindling.wiring import Parts


@pytest.fixture
def kindling(qapp, data_paths, clock) -> Iterator[Parts]:
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(21), minute_ms=1)
    yield parts
    parts.close()


def visible_in_window(widget) -> bool:
    """The whole widget is inside the window's visible area, with no scrolling."""
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return (
        window.rect().contains(QRect(top_left, widget.size()))
        and not widget.visibleRegion().isEmpty()
    )


def test_begin_shows_without_scrolling_at_960_by_680(qtbot, kindling):
    window = kindling.window
    window.resize(960, 680)
    window.show()
    qtbot.waitExposed(window)
    start = kindling.pages.start_page
    qtbot.waitUntil(start.begin_button.isVisible)
    assert visible_in_window(start.begin_button)
    assert start.verticalScrollBar().value() == 0
    # The rarely changed choices are folded behind one line that says what they are.
    assert not start.warmup_choices.isVisible()
    assert start.warmup_toggle.text() == "▸  Warm-up: 2 min, resting on the breath"


def test_no_medium_is_guessed_for_a_person_who_never_chose_one(kindling):
    start = kindling.pages.start_page
    assert start.medium.currentText() == ""
    assert start.medium.lineEdit().placeholderText() == "For example: painting, a short story"


def test_the_last_choices_are_remembered_for_the_next_start(qtbot, qapp, data_paths, kindling):
    start = kindling.pages.start_page
    start.medium.setEditText("a short story")
    start.warmup_toggle.click()
    start.set_warmup_minutes(1)
    start.set_alternative("image")
    start.begin_button.click()
    qtbot.waitUntil(lambda: kindling.companion.current is not None)
    kindling.flow.end_now()

    again = build(qapp, data_paths, rng=random.Random(22), minute_ms=1)
    try:
        next_start = again.pages.start_page
        assert next_start.medium.currentText() == "a short story"
        assert next_start.warmup_minutes() == 1
        assert next_start.alternative() == "image"
        assert next_start.warmup_toggle.text() == "▸  Warm-up: 1 min, resting with a warm image"
    finally:
        again.close()


def test_the_start_page_names_the_persons_own_hotkey(kindling):
    start = kindling.pages.start_page
    assert (
        start.hotkey_hint.text() == "While you work, press Ctrl+Alt+K when your critic speaks up."
    )
    kindling.settings.update(hotkey="Ctrl+Shift+F8")
    assert (
        start.hotkey_hint.text()
        == "While you work, press Ctrl+Shift+F8 when your critic speaks up."
    )


def test_the_sections_are_in_reading_order(kindling):
    window = kindling.window
    titles = [window._navigation.item(row).text() for row in range(len(window.section_keys()))]
    assert titles == [
        "Begin",
        "Last session",
        "History",
        "Patterns",
        "Your kind words",
        "Settings",
        "About these ideas",
        "When it's heavy",
    ]


def test_every_page_starts_at_one_left_edge(qtbot, kindling):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    window = kindling.window
    window.resize(960, 680)
    window.show()
    qtbot.waitExposed(window)
    edges = {}
    for key in window.section_keys():
        window.show_section(key)
        page = window.section(key)
        qtbot.waitUntil(page.isVisible)
        headings = [
            label
            for label in page.findChildren(QLabel)
            if label.property("role") == "heading" and label.isVisible()
        ]
        assert headings, key
        edges[key] = min(h.mapTo(window, QPoint(0, 0)).x() for h in headings)
    assert len(set(edges.values())) == 1, edges
