"""The history browser and the insights page, on a real journal, driven like a person would."""

import json
import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kindling.companion.history import ExportFormat, History
from kindling.core.model import CheckIn, Moment, Session, ShownReframe, Warmup
from kindling.ui.history_filters import HistoryFilterBar
from kindling.ui.history_model import (
    DATE,
    INTENTION,
    LENGTH,
    MEDIUM,
    MOMENTS,
    SOOTHING,
    HistoryModel,
)
from kindling.ui.history_view import HistoryView
from kindling.ui.insights_view import InsightsView


def make_sessions(clock, count, medium_of=lambda n: "ink" if n % 2 else "oil"):
    start = clock() - timedelta(days=count)
    sessions = []
    for n in range(count):
        began = start + timedelta(days=n, hours=n % 12)
        sessions.append(
            Session(
                id=f"00000000-0000-4000-8000-{n:012d}",
                medium=medium_of(n),
                intention=f"study {n}",
                started_at=began,
                ended_at=began + timedelta(minutes=45),
                warmup=Warmup(True, 120, "soothing") if n % 3 == 0 else None,
                checkin_before=CheckIn(6, 4, 3),
                checkin_after=CheckIn(4, 5, 3 + n % 4),
                reflection="I stayed with it" if n == 2 else None,
                moments=(
                    Moment(
                        began + timedelta(minutes=2),
                        "the hands are wrong" if n == 3 else None,
                        ShownReframe("r1", "Mistakes are how hands learn."),
                        True,
                    ),
                    Moment(
                        began + timedelta(minutes=30), None, ShownReframe("r2", "Breathe."), None
                    ),
                ),
            )
        )
    return sessions


@pytest.fixture
def history(journal, companion, clock):
    return History(journal.repository, companion, clock=clock)


@pytest.fixture
def view(qtbot, history, monkeypatch):
    monkeypatch.setattr(HistoryFilterBar, "SEARCH_DELAY_MS", 0)
    monkeypatch.setattr(HistoryView, "UNDO_MS", 60_000)
    widget = HistoryView(history)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_column(view, column):
    model = view.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def select_row(qtbot, view, row):
    view.table.setFocus()
    view.table.selectRow(row)
    qtbot.waitUntil(lambda: view.selected_id() is not None)


def test_filters_by_medium_and_searches_notes_and_reflections(qtbot, view, journal, clock):
    journal.repository.import_sessions(make_sessions(clock, 6))
    view.reload()
    assert view.model.total == 6
    assert shown_column(view, 3)[0] == "study 5"  # newest first
    view.filters.medium.setCurrentIndex(view.filters.medium.findData("oil"))
    assert view.model.total == 3
    assert set(shown_column(view, 1)) == {"oil"}
    view.filters.medium.setCurrentIndex(0)

    qtbot.keyClicks(view.filters.search, "HANDS ARE")
    qtbot.waitUntil(lambda: view.model.total == 1)
    assert shown_column(view, 3) == ["study 3"]
    view.filters.search.clear()
    qtbot.keyClicks(view.filters.search, "stayed with")
    qtbot.waitUntil(lambda: shown_column(view, 3) == ["study 2"])
    view.filters.search.clear()
    qtbot.keyClicks(view.filters.search, "nothing like this")
    qtbot.waitUntil(lambda: view.model.total == 0)
    assert view.empty_note.isVisible()
    assert "No sessions match" in view.empty_note.text()

    view.filters.search.clear()
    clock.advance(days=4)
    view.filters.period.setCurrentIndex(1)  # the past week
    qtbot.waitUntil(lambda: view.model.total > 0)
    assert view.model.total < 6


def test_opening_a_session_shows_its_full_summary_and_back(qtbot, view, journal, clock):
    journal.repository.import_sessions(make_sessions(clock, 4))
    view.reload()
    select_row(qtbot, view, 0)  # study 3, with a note
    with qtbot.waitSignal(view.session_opened):
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert view.showing_summary()
    summary = view.summary_view.summary
    assert summary.session.intention == "study 3"
    assert summary.moments[0].note == "the hands are wrong"
    assert not view.summary_view.again_button.isVisible()
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert not view.showing_summary()


def test_delete_asks_once_and_can_be_undone(qtbot, view, journal, clock):
    journal.repository.import_sessions(make_sessions(clock, 3))
    view.reload()
    select_row(qtbot, view, 0)
    doomed = view.selected_id()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.confirm.isVisible()
    assert "Delete the session from" in view.confirm_text.text()
    assert "(oil)?" in view.confirm_text.text()
    qtbot.mouseClick(view.confirm_keep, Qt.MouseButton.LeftButton)
    assert view.model.total == 3

    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.session_deleted):
        qtbot.mouseClick(view.confirm_delete, Qt.MouseButton.LeftButton)
    assert view.model.total == 2
    assert journal.repository.get_session(doomed) is None
    assert view.undo_button.isVisible()
    with qtbot.waitSignal(view.session_restored):
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert view.model.total == 3
    back = journal.repository.get_session(doomed)
    assert [m.reframe.text for m in back.moments] == ["Mistakes are how hands learn.", "Breathe."]
    assert not view.undo_button.isVisible()


def test_the_chance_to_undo_passes(qtbot, view, journal, clock, monkeypatch):
    monkeypatch.setattr(HistoryView, "UNDO_MS", 0)
    journal.repository.import_sessions(make_sessions(clock, 2))
    view.reload()
    select_row(qtbot, view, 1)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.confirm_delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.undo_button.isVisible())
    view.undo_delete()
    assert view.model.total == 1


def test_rows_load_a_page_at_a_time_as_they_scroll_into_view(qtbot, view, journal, clock):
    journal.repository.import_sessions(make_sessions(clock, HistoryModel.PAGE_SIZE + 30))
    view.reload()
    assert view.model.total == HistoryModel.PAGE_SIZE + 30
    assert view.model.rowCount() == HistoryModel.PAGE_SIZE
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == HistoryModel.PAGE_SIZE + 30)


def test_export_says_it_is_not_encrypted_and_import_reports(
    qtbot, view, history, journal, clock, tmp_path
):
    journal.repository.import_sessions(make_sessions(clock, 2))
    view.reload()
    assert view.export_to(str(tmp_path / "journal.md"), ExportFormat.MARKDOWN)
    assert "not encrypted" in view.status.text()
    assert (tmp_path / "journal.md").read_text(encoding="utf-8").count("\n## ") == 2

    bad = tmp_path / "bad.json"
    document = json.loads(history.export_text(ExportFormat.JSON))
    document["sessions"][0]["checkin_before"]["soothing"] = 42
    document["sessions"][0]["id"] = "10000000-0000-4000-8000-000000000000"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert view.import_from(str(bad)) is None
    assert "Nothing was imported" in view.status.text()
    assert "Session 1" in view.status.text()
    assert view.model.total == 2

    document["sessions"][0]["checkin_before"]["soothing"] = 4
    good = tmp_path / "good.json"
    good.write_text(json.dumps(document), encoding="utf-8")
    with qtbot.waitSignal(view.imported):
        view.import_from(str(good))
    assert view.status.text() == "One session was added. One was already here."
    assert view.model.total == 3


def test_insights_wait_kindly_for_a_handful_of_sessions(qtbot, history, journal, clock):
    journal.repository.import_sessions(make_sessions(clock, 2))
    page = InsightsView(history)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.waiting.isVisible()
    assert "Patterns will show with time" in page.waiting.text()
    assert not re.search(r"\d", page.waiting.text())  # no "2 of 5" to fall short of
    assert not any(card.isVisible() for card in page.cards)
    assert not page.numbers.isVisible()


def test_insights_show_patterns_once_there_are_enough(qtbot, history, journal, clock):
    journal.repository.import_sessions(make_sessions(clock, 2))
    page = InsightsView(history)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    journal.repository.import_sessions(make_sessions(clock, 9)[2:])
    page.mark_stale()
    assert not page.waiting.isVisible()
    assert all(card.isVisible() for card in page.cards)
    assert sum(b.value for b in page.weeks.bars) == 9
    assert page.arrival.bars[0].shown == "50%"
    assert {b.label for b in page.by_medium.bars} == {"ink", "oil"}
    assert [b.label for b in page.warmup.bars] == ["with a warm-up", "without"]
    assert "Mistakes are how hands learn." in page.reframes.text()
    assert "first minutes" in page.readings[page.arrival].text()


def test_patterns_first_show_words_and_shapes_and_the_numbers_are_one_click_away(
    qtbot, history, journal, clock
):
    journal.repository.import_sessions(make_sessions(clock, 9))
    page = InsightsView(history)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    # The first look: a sentence on every card, no figure, no line through time.
    assert all(page.readings[chart].text() for chart in page.charts)
    assert not page.weeks.isVisible()
    assert not page.soothing.isVisible()
    shown_charts = [chart for chart in page.charts if chart.isVisible()]
    assert shown_charts == [page.arrival, page.by_medium, page.by_time, page.warmup]
    assert not any(chart.values_shown for chart in page.charts)
    assert not any(caption.isVisible() for caption in page.captions.values())
    words = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert not [w for w in words if re.search(r"\d|%", w)], words
    descriptions = [chart.accessibleDescription() for chart in shown_charts]
    assert not [d for d in descriptions if "%" in d or "." in d], descriptions

    qtbot.mouseClick(page.numbers, Qt.MouseButton.LeftButton)
    assert page.weeks.isVisible()
    assert page.soothing.isVisible()
    assert all(chart.values_shown for chart in page.charts)
    assert all(caption.isVisible() for caption in page.captions.values())
    assert sum(b.value for b in page.weeks.bars) == 9
    assert page.arrival.bars[0].shown == "50%"
    assert "50%" in page.arrival.accessibleDescription()
    # Each session: 2 moments in 45 minutes, so 2.7 an hour whatever the kind of making.
    assert {b.shown for b in page.by_medium.bars} == {"2.7"}
    qtbot.mouseClick(page.numbers, Qt.MouseButton.LeftButton)
    assert not page.weeks.isVisible()


def test_the_app_shows_history_and_patterns_that_follow_new_sessions(
    qapp, qtbot, data_paths, clock
):
    import random

    from kindling.app import build

    parts = build(qapp, data_paths, clock=clock, rng=random.Random(3), minute_ms=1)
    try:
        assert {"history", "insights"} <= set(parts.window.section_keys())
        browser = parts.window.section("history")
        patterns = parts.window.section("insights")
        assert browser.model.total == 0
        parts.window.show_section("insights")
        qtbot.waitUntil(lambda: patterns.insights is not None)
        assert patterns.waiting.isVisible()

        parts.companion.start("ink", "wash")
        clock.advance(minutes=5)
        parts.companion.notice_critic("too loose")
        clock.advance(minutes=20)
        with qtbot.waitSignal(browser.history_changed):
            parts.companion.end("done")
        assert browser.model.total == 1
        parts.window.show_section("insights")  # recomputed when looked at again
        qtbot.waitUntil(lambda: patterns.insights.session_count == 1)
    finally:
        parts.close()


def test_a_change_of_language_keeps_the_widths_the_person_chose(qtbot, view):
    header = view.table.horizontalHeader()
    header.resizeSection(MEDIUM, 333)
    header.resizeSection(DATE, 10)  # too narrow for its heading

    view.retranslate()  # what Qt's LanguageChange calls

    assert header.sectionSize(MEDIUM) == 333
    heading = str(view.model.headerData(DATE, Qt.Orientation.Horizontal))
    assert header.sectionSize(DATE) > view.table.fontMetrics().horizontalAdvance(heading)


def visible_headings(view):
    model = view.model
    return [
        model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(model.columnCount())
        if not view.table.isColumnHidden(column)
    ]


def test_the_list_opens_without_counts_and_gives_the_intention_the_room(
    qtbot, view, journal, clock
):
    journal.repository.import_sessions(make_sessions(clock, 4))
    view.reload()
    view.resize(960, 600)
    assert visible_headings(view) == ["When", "Making", "Length", "Intention"]
    header = view.table.horizontalHeader()
    for column in range(view.model.columnCount()):
        shown = not view.table.isColumnHidden(column)
        assert header.isSectionHidden(column) != shown
    assert view.numbers.isVisible()
    assert view.numbers.text() == "Show the numbers"
    assert shown_column(view, LENGTH)[0] == "45 min"
    assert header.sectionSize(INTENTION) > 2 * header.sectionSize(LENGTH)
    assert header.sectionSize(LENGTH) < header.sectionSize(DATE)


def test_the_numbers_are_one_click_away_and_correct(qtbot, view, journal, clock):
    journal.repository.import_sessions(make_sessions(clock, 4))
    view.reload()
    view.resize(760, 600)  # as wide as the history is in the window's first size
    qtbot.mouseClick(view.numbers, Qt.MouseButton.LeftButton)
    assert visible_headings(view) == [
        "When",
        "Making",
        "Length",
        "Intention",
        "Noticed",
        "Soothing",
    ]
    header = view.table.horizontalHeader()
    assert header.sectionSize(INTENTION) > header.sectionSize(MOMENTS)
    assert view.numbers.text() == "Hide the numbers"
    assert shown_column(view, MOMENTS) == ["2", "2", "2", "2"]
    assert shown_column(view, SOOTHING) == ["3 → 6", "3 → 5", "3 → 4", "3 → 3"]  # newest first
    # The summary opened from here follows the same choice.
    select_row(qtbot, view, 0)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert view.summary_view.numbers.isChecked()
    qtbot.mouseClick(view.summary_view.numbers, Qt.MouseButton.LeftButton)
    assert not view.numbers.isChecked()
    assert visible_headings(view) == ["When", "Making", "Length", "Intention"]


def test_a_length_is_short_on_screen_and_whole_for_a_screen_reader(qtbot, view):
    model = view.model
    assert model.short_length(timedelta(seconds=20)) == "under 1 min"
    assert model.short_length(timedelta(minutes=60)) == "1 h"
    assert model.short_length(timedelta(hours=2, minutes=55)) == "2 h 55 min"
