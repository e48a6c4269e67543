"""The interface's words: "kind words", never the therapist's "reframe"; no manager's phrases."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget

from kindling.app import build


def words_of(page: QWidget) -> list[str]:
    """Everything a person reads or hears on a page: texts, titles, names, descriptions, tips."""
    found = []
    for widget in [page, *page.findChildren(QWidget)]:
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
    return [text for text in found if text]


def test_my_pages_say_kind_words_not_reframe(qtbot, qapp, data_paths, clock):
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(41), minute_ms=1)
    try:
        assert parts.yours is not None
        pages = {
            "start": parts.pages.start_page,
            "closing": parts.pages.closing_page,
            "settings": parts.yours.settings_page,
            "about": parts.yours.about_page,
            "bar": parts.bar,
        }
        said = {
            name: [t for t in words_of(page) if "reframe" in t.lower()]
            for name, page in pages.items()
        }
        assert said == {name: [] for name in pages}
        settings_words = words_of(parts.yours.settings_page)
        assert "The card and the session bar" in settings_words
        titles = [parts.window._navigation.item(row).text() for row in range(7)]
        assert "Your kind words" in titles
    finally:
        parts.close()


def test_after_a_pause_the_bar_does_not_send_anyone_back_to_work(qtbot, qapp, data_paths, clock):
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(42), minute_ms=1)
    try:
        parts.flow.begin("writing", with_warmup=False)
        bar = parts.bar
        qtbot.waitUntil(bar.isVisible)
        size = bar.size()
        bar.pause_button.click()
        assert bar.is_pausing()
        ending = [b for b in bar.findChildren(QAbstractButton) if b.isVisible()]
        assert [b.text() for b in ending] == ["Carry on making"]
        # The bar keeps its size while it pauses: nothing beside it jumps.
        assert bar.size() == size
    finally:
        parts.close()


def test_the_three_names_never_run_together_in_german(qapp):
    from kindling.desktop.translations import install_translations
    from kindling.resources import resource_path
    from kindling.ui.checkin_widget import SYSTEMS, SystemsPicture

    install_translations(qapp, "de", resource_path("translations"))
    try:
        picture = SystemsPicture(compact=True)
        metrics = picture.fontMetrics()
        names = [picture._labels[name] for name in SYSTEMS]
        assert names == ["Bedrohung", "Antrieb", "Beruhigung"]
        slot = picture.minimumWidth() / len(SYSTEMS)
        assert all(metrics.horizontalAdvance(f"{n} · 10") < slot for n in names)
    finally:
        install_translations(qapp, "en", resource_path("translations"))
