"""The person's kind words (reframes, in the code): write their own, reword them, hide any and
bring it back. How often each was shown and helped waits behind "Show the numbers"."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kindling.companion.reframes import ReframeBook, ReframeEntry
from kindling.core.text import TextRefused
from kindling.ui.layout import centred_column, heading, muted
from kindling.ui.numbers_toggle import NumbersToggle, heading_row

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole
ALL_GROUPS = ""
WORDS, CRITIC, SHOWN, HELPED = range(4)
TALLIES = (SHOWN, HELPED)
"""Counts a critic could grade ("shown 9, helped 0"): hidden until the numbers are asked for."""


class ReframeEditor(QScrollArea):
    """A list of every reframe, and a small form below it."""

    def __init__(self, book: ReframeBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._entries: dict[str, ReframeEntry] = {}
        self._message_words: Callable[[], str] | None = None  # said again in a new language
        column, layout = centred_column(self, width=820)
        self._heading = heading("", column)
        self.numbers = NumbersToggle(column)
        layout.addLayout(heading_row(self._heading, self.numbers))
        self._lead = muted("", column)
        layout.addWidget(self._lead)
        self._build_filters(column, layout)
        self._build_list(column)
        layout.addWidget(self.list, 1)
        self._build_form(column, layout)
        self._connect_callbacks()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Every word of the editor in the language now installed; the list is drawn again."""
        self.setAccessibleName(self.tr("Your kind words"))
        self._heading.setText(self.tr("Your kind words"))
        self._lead.setText(
            self.tr(
                "Write the words that help you, and hide the ones that don't. Hidden "
                "words are never lost: tick “Show hidden ones” to bring any of them back."
            )
        )
        self._name_group_combo(self.filter)
        self.filter.setAccessibleName(self.tr("Show kind words for"))
        self.filter.setAccessibleDescription(self.tr("Narrows the list to one kind of critic."))
        self._filter_label.setText(self.tr("Show kind words for"))
        self.show_hidden.setText(self.tr("Show hidden ones"))
        self.show_hidden.setAccessibleName(self.show_hidden.text())
        self.show_hidden.setAccessibleDescription(
            self.tr("Lists the kind words you hid, so you can bring them back.")
        )
        self.list.setAccessibleName(self.tr("Kind words"))
        self.list.setAccessibleDescription(
            self.tr("Each of the kind words with the kind of critic it answers.")
        )
        self.list.setHeaderLabels(
            [self.tr("Kind words"), self.tr("Critic"), self.tr("Shown"), self.tr("Helped")]
        )
        self._name_group_combo(self.group)
        self.group.setAccessibleName(self.tr("Kind of critic"))
        self.group.setAccessibleDescription(self.tr("The kind of critic these words answer."))
        self.text.setPlaceholderText(self.tr("A few kind words for when the critic shows up…"))
        self.text.setAccessibleName(self.tr("Your kind words"))
        self.text.setAccessibleDescription(
            self.tr("Your own words. The ones Kindling came with can be hidden but not reworded.")
        )
        for field, words in (
            (self.group, self.tr("Kind of critic")),
            (self.text, self.tr("Words")),
        ):
            label = self._form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(words)
        buttons = {
            self.add: (
                self.tr("Add as your own"),
                self.tr("Keeps what you wrote as kind words of your own."),
            ),
            self.save: (
                self.tr("Save changes"),
                self.tr("Rewords the kind words of yours that are selected."),
            ),
            self.hide_button: (
                self.tr("Hide"),
                self.tr("Stops offering the selected words. They are kept."),
            ),
            self.restore: (
                self.tr("Bring back"),
                self.tr("Offers the selected hidden words again."),
            ),
        }
        for button, (text, description) in buttons.items():
            button.setText(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)
            button.setToolTip(description)
        self.message.setAccessibleName(self.tr("What happened"))
        if self._message_words is not None:
            self.message.setText(self._message_words())
        if self.isVisible():  # otherwise the list is drawn afresh when the page is shown
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _name_group_combo(self, combo: QComboBox) -> None:
        for index in range(combo.count()):
            key = str(combo.itemData(index))
            text = self.tr("Every kind of critic") if key == ALL_GROUPS else self._group_title(key)
            combo.setItemText(index, text)

    # --- building -----------------------------------------------------------------------------

    def _group_combo(self, parent: QWidget, with_all: bool) -> QComboBox:
        combo = QComboBox(parent)
        if with_all:
            combo.addItem("", ALL_GROUPS)
        for group_id, _title in self._book.groups:
            combo.addItem("", group_id)
        return combo

    def _build_filters(self, column: QWidget, layout: QVBoxLayout) -> None:
        self.filter = self._group_combo(column, with_all=True)
        self.show_hidden = QCheckBox(column)
        row = QHBoxLayout()
        label = self._filter_label = QLabel(column)
        label.setBuddy(self.filter)
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        row.addWidget(self.show_hidden)
        layout.addLayout(row)

    def _build_list(self, column: QWidget) -> None:
        self.list = QTreeWidget(column)
        self.list.setColumnCount(4)
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(280)
        self._show_numbers(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for section in (1, 2, 3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)

    def _build_form(self, column: QWidget, layout: QVBoxLayout) -> None:
        form = self._form = QFormLayout()
        self.group = self._group_combo(column, with_all=False)
        self.text = QPlainTextEdit(column)
        self.text.setTabChangesFocus(True)  # Tab moves on; it never gets typed into the words
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 24)
        form.addRow(QLabel(column), self.group)
        form.addRow(QLabel(column), self.text)
        layout.addLayout(form)

        self.add = QPushButton(column)
        self.add.setProperty("role", "primary")
        self.save = QPushButton(column)
        self.hide_button = QPushButton(column)
        self.restore = QPushButton(column)
        buttons = QHBoxLayout()
        for button in (self.add, self.save, self.hide_button, self.restore):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = muted("", column)
        layout.addWidget(self.message)

    def _show_numbers(self, shown: bool) -> None:
        """How often each was shown and helped: there for whoever wants it, never first."""
        for column in TALLIES:
            self.list.setColumnHidden(column, not shown)

    def _connect_callbacks(self) -> None:
        self.numbers.toggled.connect(self._show_numbers)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.show_hidden.toggled.connect(self.refresh)
        self.list.currentItemChanged.connect(self._on_selected)
        self.add.clicked.connect(self._on_add)
        self.save.clicked.connect(self._on_save)
        self.hide_button.clicked.connect(lambda: self._set_hidden(True))
        self.restore.clicked.connect(lambda: self._set_hidden(False))

    # --- showing ------------------------------------------------------------------------------

    def _group_title(self, group_id: str) -> str:
        # Titles in reframes.json are English; named here as well so that they are translated.
        titles = {
            "not-good-enough": self.tr("It says this isn't good enough"),
            "wasting-time": self.tr("It says you're wasting your time"),
            "starting-is-hard": self.tr("It says starting is too hard"),
            "comparing": self.tr("It compares you with others"),
            "perfection": self.tr("It wants everything perfect"),
            "judgement": self.tr("It worries what others will think"),
            "impostor": self.tr("It says you're not a real artist"),
            "self-attack": self.tr("It turns on you, harshly"),
            "depleted": self.tr("You're running on empty"),
            "protecting": self.tr("It's trying to keep you safe"),
        }
        fallback = dict(self._book.groups).get(group_id, group_id)
        return titles.get(group_id, fallback)

    def refresh(self) -> None:
        """Reloads the list from the journal, keeping the selection where it can."""
        selected = self.selected_id()
        wanted = self.filter.currentData()
        self._entries = {e.reframe.id: e for e in self._book.entries()}
        self.list.clear()
        for entry in self._entries.values():
            if wanted and entry.reframe.group != wanted:
                continue
            if entry.hidden and not self.show_hidden.isChecked():
                continue
            self.list.addTopLevelItem(self._item(entry))
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    def _item(self, entry: ReframeEntry) -> QTreeWidgetItem:
        text = entry.reframe.text
        # Marked at the front, where an elided long line still shows it.
        if not entry.reframe.builtin:
            text = self.tr("Yours: %1").replace("%1", text)
        if entry.hidden:
            text = self.tr("Hidden: %1").replace("%1", text)
        item = QTreeWidgetItem(
            [text, self._group_title(entry.reframe.group), str(entry.shown), str(entry.helped)]
        )
        item.setData(0, _ID_ROLE, entry.reframe.id)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, text)
        item.setToolTip(0, entry.reframe.text)
        if entry.hidden:
            font = QFont(item.font(0))
            font.setItalic(True)
            for col in range(4):
                item.setFont(col, font)
        for col in (2, 3):
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)
        return item

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(0, _ID_ROLE))

    def select(self, reframe_id: str) -> bool:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, _ID_ROLE) == reframe_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def _on_selected(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        entry = None if current is None else self._entries.get(str(current.data(0, _ID_ROLE)))
        if entry is not None:
            # Their words to edit, or a built-in's words to start a version of their own from.
            self.group.setCurrentIndex(max(self.group.findData(entry.reframe.group), 0))
            self.text.setPlainText(entry.reframe.text)
        elif current is None:
            self.text.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self._entries.get(self.selected_id() or "")
        self.save.setEnabled(entry is not None and not entry.reframe.builtin)
        self.hide_button.setEnabled(entry is not None and not entry.hidden)
        self.restore.setEnabled(entry is not None and entry.hidden)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # Shown and helped counts change during sessions; fresh each time the page is opened.
        self.refresh()
        super().showEvent(event)

    # --- acting -------------------------------------------------------------------------------

    def _on_add(self) -> None:
        try:
            reframe = self._book.add(str(self.group.currentData()), self.text.toPlainText())
        except TextRefused:
            self._say(lambda: self.tr("Write a few words first, then add them."))
            return
        self.text.clear()
        self.refresh()
        self.select(reframe.id)
        self._say(lambda: self.tr("Added. Kindling will offer it alongside the others."))

    def _on_save(self) -> None:
        reframe_id = self.selected_id()
        if reframe_id is None:
            return
        try:
            self._book.edit(reframe_id, str(self.group.currentData()), self.text.toPlainText())
        except TextRefused:
            self._say(lambda: self.tr("Kind words need a few words; nothing was changed."))
            return
        self.refresh()
        self._say(lambda: self.tr("Saved."))

    def _set_hidden(self, hidden: bool) -> None:
        reframe_id = self.selected_id()
        if reframe_id is None:
            return
        self._book.set_hidden(reframe_id, hidden)
        self.refresh()
        if hidden:
            self._say(
                lambda: self.tr("Hidden. They are kept, and “Show hidden ones” brings them back.")
            )
        else:
            self._say(lambda: self.tr("Back again. Kindling will offer them once more."))

    def _say(self, words: Callable[[], str]) -> None:
        """Says what happened, kept as a function so it follows a change of language."""
        self._message_words = words
        self.message.setText(words())
