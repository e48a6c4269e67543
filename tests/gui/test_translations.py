"""Translations: a pseudo-locale walk that finds any visible string left untranslated, and German.

The pseudo-locale is built here from a fresh ``pyside6-lupdate`` run over the source, so a
string added anywhere in the code is covered the moment it is added.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

import kindling.app as app_module
from kindling.app import build
from kindling.core.support import SupportLocale
from kindling.desktop.translations import install_translations
from kindling.resources import resource_path
from kindling.ui.bar_chart import BarChart
from kindling.wiring import Parts

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
OPEN, CLOSE = "⟦", "⟧"
LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def pseudo_catalog(folder: Path) -> Path:
    """kindling_de.qm in ``folder`` in which every message reads ⟦source⟧ (plurals too)."""
    ts = folder / "pseudo.ts"
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-target-language",
            "de",
            str(ROOT / "src" / "kindling"),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for empty in list(translation):  # lupdate leaves empty plural forms in place
            translation.remove(empty)
        if message.get("numerus") == "yes":
            for _ in range(2):  # German has two plural forms
                ET.SubElement(translation, "numerusform").text = OPEN + source + CLOSE
        else:
            translation.text = OPEN + source + CLOSE
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "kindling_de.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return qm


def visible_strings(exempt: set[str]) -> dict[str, str]:
    """Every string a person can see now, by where it is, that carries letters and isn't data."""
    found: dict[str, str] = {}

    def note(where: str, text: str) -> None:
        plain = re.sub(r"<[^>]+>", " ", text or "").strip()
        if plain and LETTERS.search(plain) and plain not in exempt:
            found[f"{where}: {plain[:60]}"] = plain

    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        note(f"{type(top).__name__} title", top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            name = type(widget).__name__
            note(f"{name} tooltip", widget.toolTip())
            if isinstance(widget, QLabel | QAbstractButton):
                note(name, widget.text())
            elif isinstance(widget, QGroupBox):
                note(name, widget.title())
            elif isinstance(widget, QListWidget):
                for row in range(widget.count()):
                    item = widget.item(row)
                    note(f"{name} item", item.text() if item is not None else "")
            elif isinstance(widget, QComboBox):
                for index in range(widget.count()):
                    note(f"{name} choice", widget.itemText(index))
            elif isinstance(widget, QTreeWidget):
                header = widget.headerItem()
                for column in range(widget.columnCount()):
                    note(f"{name} heading", header.text(column) if header is not None else "")
            elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                note(f"{name} placeholder", widget.placeholderText())
    return found


def untranslated(exempt: set[str]) -> list[str]:
    return sorted(where for where, text in visible_strings(exempt).items() if OPEN not in text)


@pytest.fixture
def pseudo(qapp, data_paths, clock, tmp_path, monkeypatch) -> Iterator[Parts]:
    pseudo_catalog(tmp_path)
    monkeypatch.setattr(
        app_module,
        "_install_translations",
        lambda app, _s: install_translations(app, "de", tmp_path),
    )
    QCursor.setPos(QPoint(0, 0))
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(2), minute_ms=1)
    yield parts
    parts.close()
    install_translations(qapp, "en", resource_path("translations"))


def exempt_words(parts: Parts) -> set[str]:
    """Data a person typed or the app was given, shown as it is in every language."""
    assert parts.yours is not None
    exempt = {r.text for r in parts.companion.library.reframes} | {"Ctrl+Alt+K", "painting"}
    exempt |= {"soft edges", str(parts.yours.settings_page.data._data_folder)}
    exempt |= {"English", "Deutsch"}  # each language is named in its own words, on purpose
    # The support words are data in both languages (resources/support), like the reframes.
    territory = parts.companion.support_locale.territory
    for language in ("en", "de"):
        exempt.add(parts.companion.support.page_text(SupportLocale(language, territory)))
    return exempt


def walk_screens(qtbot, parts: Parts, clock, look: Callable[[str], None]) -> None:
    """Every screen a person meets in a session and around it, calling ``look`` on each."""
    assert parts.yours is not None
    qtbot.waitExposed(parts.window)
    for key in parts.window.section_keys():
        parts.window.show_section(key)
        look(f"section {key}")
    parts.window.show_section("session")
    start = parts.pages.start_page
    start.checkin_toggle.click()
    look("start page with check-in")
    parts.yours.settings_page.data.delete.click()
    parts.window.show_section("settings")
    look("settings, asking before deleting")
    parts.yours.settings_page.data.confirm_no.click()
    parts.window.show_section("session")

    start.medium.setCurrentText("painting")
    start.intention.setText("soft edges")
    start.set_warmup_minutes(3)
    start.begin_button.click()
    warmup = parts.pages.warmup_page
    look("warm-up, breathing")
    qtbot.waitUntil(lambda: warmup.step == "self")
    steps = warmup.compassionate_self
    for index in range(steps.step_count):
        look(f"compassionate self, step {index + 1}")
        steps.next_button.click()
    qtbot.waitUntil(parts.bar.isVisible)
    look("session bar")
    clock.advance(minutes=5)
    parts.bar.critic_button.click()
    qtbot.waitUntil(parts.toast.isVisible)
    look("critic toast")
    parts.toast.hide()
    clock.advance(minutes=5)
    parts.bar.end_button.click()
    qtbot.waitUntil(parts.window.isVisible)
    look("closing")
    parts.pages.closing_page.next_button.click()
    look("closing: a kind word")
    parts.pages.closing_page.next_button.click()
    look("closing: setting the work down")
    with qtbot.waitSignal(parts.flow.summary_shown):
        parts.pages.closing_page.finish_button.click()
    look("summary")
    for key in parts.window.section_keys():
        parts.window.show_section(key)
        look(f"section {key} after a session")


def test_every_visible_string_goes_through_translation(qtbot, pseudo: Parts, clock):
    """Walks every screen in the pseudo-locale; any string without ⟦…⟧ was not translated."""
    exempt = exempt_words(pseudo)
    missed: dict[str, list[str]] = {}

    def look(screen: str) -> None:
        QCoreApplication.processEvents()
        found = untranslated(exempt)
        if found:
            missed[screen] = found

    walk_screens(qtbot, pseudo, clock, look)
    report = "\n".join(
        f"{screen}: {where}" for screen, wheres in missed.items() for where in wheres
    )
    assert missed == {}, "not translated:\n" + report


def spoken_strings(exempt: set[str]) -> dict[str, str]:
    """What a screen reader says of every visible widget: accessible names and descriptions."""
    found: dict[str, str] = {}
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            name = type(widget).__name__
            said = [("name", widget.accessibleName())]
            if not isinstance(widget, BarChart):  # a chart describes its data: dates, counts
                said.append(("description", widget.accessibleDescription()))
            for kind, text in said:
                plain = re.sub(r"<[^>]+>", " ", text or "").strip()
                if plain and LETTERS.search(plain) and plain not in exempt:
                    found[f"{name} {kind}: {plain[:60]}"] = plain
    return found


@pytest.fixture
def switchable(qapp, data_paths, clock, tmp_path, monkeypatch) -> Iterator[Parts]:
    """The app in English, where choosing German installs the pseudo-locale instead."""
    import kindling.desktop.translations as translations

    pseudo_catalog(tmp_path)
    real = translations.install_translations

    def install(app, language: str, folder: Path) -> str:
        return real(app, language, tmp_path if language == "de" else folder)

    monkeypatch.setattr(translations, "install_translations", install)
    QCursor.setPos(QPoint(0, 0))
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(2), minute_ms=1)
    yield parts
    parts.close()
    real(qapp, "en", resource_path("translations"))


def test_a_new_language_applies_at_once_on_every_screen(qtbot, switchable: Parts, clock):
    """On each screen, choosing another language in the settings re-words everything in view
    (what a screen reader says too) without a restart, and choosing English brings it back."""
    parts = switchable
    assert parts.yours is not None
    language = parts.yours.settings_page.language
    exempt = exempt_words(parts)
    missed: dict[str, list[str]] = {}

    def everything(screen: str) -> dict[str, str]:
        return {**visible_strings(exempt), **spoken_strings(exempt)}

    def choose(code: str) -> None:
        language.setCurrentIndex(language.findData(code))

    def look(screen: str) -> None:
        choose("de")
        try:
            qtbot.waitUntil(
                lambda: all(OPEN in t for t in everything(screen).values()), timeout=3000
            )
        except qtbot.TimeoutError:
            missed[f"{screen}, in the new language"] = sorted(
                where for where, text in everything(screen).items() if OPEN not in text
            )
        choose("en")
        try:
            qtbot.waitUntil(
                lambda: all(OPEN not in t for t in everything(screen).values()), timeout=3000
            )
        except qtbot.TimeoutError:
            missed[f"{screen}, back in English"] = sorted(
                where for where, text in everything(screen).items() if OPEN in text
            )

    walk_screens(qtbot, parts, clock, look)
    report = "\n".join(
        f"{screen}: {where}" for screen, wheres in missed.items() for where in wheres
    )
    assert missed == {}, "not re-worded at once:\n" + report


def test_new_critic_cards_speak_the_new_language(qtbot, qapp, data_paths, clock):
    from kindling.core.reframes import ReframeLibrary

    parts = build(qapp, data_paths, clock=clock, rng=random.Random(3), minute_ms=1)
    try:
        assert parts.yours is not None
        german = ReframeLibrary.from_file(resource_path("reframes.de.json"))
        english = ReframeLibrary.from_file(resource_path("reframes.json"))
        parts.flow.begin("painting", with_warmup=False)
        first = parts.flow.notice_critic(None)
        assert first is not None
        before = english.get(first.reframe.id)
        assert before is not None
        assert first.reframe.text == before.text
        language = parts.yours.settings_page.language
        language.setCurrentIndex(language.findData("de"))
        qtbot.waitUntil(lambda: parts.bar.critic_button.text() == "Kritiker bemerkt")
        second = parts.flow.notice_critic(None)
        assert second is not None
        shown = german.get(second.reframe.id)
        assert shown is not None
        assert second.reframe.text == shown.text
    finally:
        parts.close()
        install_translations(qapp, "en", resource_path("translations"))


def test_german_is_complete_and_shown_when_chosen(qapp):
    ts = resource_path("translations", "kindling_de.ts")
    tree = ET.parse(ts)
    messages = list(tree.iter("message"))
    assert len(messages) > 100
    unfinished = [
        m.findtext("source")
        for m in messages
        if (t := m.find("translation")) is not None
        and (
            t.get("type") in ("unfinished", "vanished", "obsolete")
            or not "".join(t.itertext()).strip()
        )
    ]
    assert unfinished == []
    try:
        assert install_translations(qapp, "de", resource_path("translations")) == "de"
        assert QCoreApplication.translate("SettingsPage", "Settings") == "Einstellungen"
        assert QCoreApplication.translate("SettingsPage", "%n minute(s)", "", 1) == "1 Minute"
        assert QCoreApplication.translate("SettingsPage", "%n minute(s)", "", 5) == "5 Minuten"
    finally:
        assert install_translations(qapp, "en", resource_path("translations")) == "en"
    assert QCoreApplication.translate("SettingsPage", "%n minute(s)", "", 1) == "1 minute"
    assert QCoreApplication.translate("SettingsPage", "%n minute(s)", "", 5) == "5 minutes"


def test_german_reframes_mirror_the_english_ones():
    """Same groups and ids, so hidden marks, helped marks and own reframes carry across."""
    from kindling.core.reframes import ReframeLibrary

    english = ReframeLibrary.from_file(resource_path("reframes.json"))
    german = ReframeLibrary.from_file(resource_path("reframes.de.json"))
    assert [g.id for g in german.groups] == [g.id for g in english.groups]
    assert [(r.id, r.group) for r in german.reframes] == [(r.id, r.group) for r in english.reframes]
    assert all(g.text != e.text for g, e in zip(german.reframes, english.reframes, strict=True))


def test_the_app_in_german_offers_german_reframes(qapp, data_paths, clock):
    from kindling.desktop.settings_file import SettingsFile

    SettingsFile(data_paths.settings).update(language="de")
    parts = build(qapp, data_paths, clock=clock, rng=random.Random(1), minute_ms=1)
    try:
        parts.flow.begin("Malen", with_warmup=False)
        noticed = parts.flow.notice_critic("das ist nicht gut genug")
        assert noticed is not None
        assert noticed.reframe.group == "not-good-enough"  # heard in German as in English
        from kindling.core.reframes import ReframeLibrary

        german = ReframeLibrary.from_file(resource_path("reframes.de.json"))
        shown = german.get(noticed.reframe.id)
        assert shown is not None
        assert noticed.reframe.text == shown.text
        assert parts.window.windowTitle() == "Kindling"
    finally:
        parts.close()
        install_translations(qapp, "en", resource_path("translations"))


def test_the_session_bar_stays_whole_on_the_screen_in_longer_words(qtbot, qapp):
    from kindling.ui.session_bar import SessionBar

    QCursor.setPos(QPoint(0, 0))
    bar = SessionBar()
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    screen = QApplication.primaryScreen().availableGeometry()
    bar.move(screen.right() - bar.width() + 1, screen.top() + 40)  # flush with the right edge
    qtbot.waitUntil(lambda: bar.geometry().right() == screen.right())
    english_width = bar.width()
    try:
        install_translations(qapp, "de", resource_path("translations"))
        qtbot.waitUntil(lambda: bar.critic_button.text() == "Kritiker bemerkt")
        qtbot.waitUntil(lambda: bar.width() > english_width)  # the German words are longer
        qtbot.waitUntil(lambda: bar.geometry().right() <= screen.right())
        assert bar.geometry().left() >= screen.left()
    finally:
        install_translations(qapp, "en", resource_path("translations"))
