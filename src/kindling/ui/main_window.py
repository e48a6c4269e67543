"""The main window: a quiet column of sections beside the page in view; remembers its place."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from kindling.desktop.settings_file import SettingsFile

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QHideEvent
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

log = logging.getLogger(__name__)

SESSION = "session"
LAST_SESSION = "last"

Title = str | Callable[[], str]
"""A section's title, or a function giving it in the language now installed."""


class MainWindow(QMainWindow):
    """Holds the sections (the session page, the last session, and any others plugged in).

    Other parts of the app add their pages with :meth:`add_section` from the composition
    root; the window knows nothing about what is inside them.

    A new window is an empty column beside an empty page, in the theme's colours. Start-up
    shows it like that and adds the sections once it is on screen: the column's list takes its
    focus and scroll-bar policies from Qt's ``Qt`` namespace, whose ninety-odd enums take
    PySide about 20 ms to create, and a bare window never pays that.
    """

    section_shown = Signal(str)

    DEFAULT_SIZE = (960, 680)
    NAVIGATION_WIDTH = 200

    def __init__(self, settings: SettingsFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._pages: dict[str, QWidget] = {}
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._titles: dict[str, Title] = {}
        # Made with the first section; its rows are the sections in the order of _pages.
        self._navigation: QListWidget | None = None

        # Until then, a plain band in the column's colours holds its place: a list view takes
        # ~3 ms to make, and the first frame is shown before anything else is done. Its
        # colour is the palette's (the style sheet may not be there yet): the same as the
        # column's in the style sheet.
        self._column_stand_in = QFrame(self)
        self._column_stand_in.setObjectName("navigation")
        self._column_stand_in.setFixedWidth(self.NAVIGATION_WIDTH)
        self._column_stand_in.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._column_stand_in.setAutoFillBackground(True)
        self._stack = QStackedWidget(self)

        central = QWidget(self)
        self._columns = QHBoxLayout(central)
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.setSpacing(0)
        self._columns.addWidget(self._column_stand_in)
        self._columns.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._restore_geometry()
        self.retranslate()

    def _navigation_column(self) -> QListWidget:
        """The list of sections, made in its stand-in's place the first time it is needed."""
        if self._navigation is not None:
            return self._navigation
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidget

        navigation = QListWidget(self)
        navigation.setObjectName("navigation")
        navigation.setFixedWidth(self.NAVIGATION_WIDTH)
        navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Long titles (larger fonts, other languages) wrap instead of hiding behind a scroll bar.
        navigation.setWordWrap(True)
        navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        navigation.currentItemChanged.connect(self._on_navigation_changed)
        self._columns.replaceWidget(self._column_stand_in, navigation)
        self._column_stand_in.deleteLater()
        self._navigation = navigation
        self._retranslate_navigation(navigation)
        return navigation

    def retranslate(self) -> None:
        """The window's words in the language now installed, section titles included."""
        self.setWindowTitle(self.tr("Kindling"))
        self.setAccessibleName(self.tr("Kindling"))
        self._stack.setAccessibleName(self.tr("Section content"))
        if self._navigation is not None:
            self._retranslate_navigation(self._navigation)

    def _retranslate_navigation(self, navigation: QListWidget) -> None:
        navigation.setAccessibleName(self.tr("Sections"))
        navigation.setAccessibleDescription(
            self.tr("The parts of Kindling. Choose one to show it beside this list.")
        )
        for row, key in enumerate(self._pages):
            navigation.item(row).setText(_title_text(self._titles[key]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- sections -----------------------------------------------------------------------------

    def add_section(self, key: str, title: Title, widget: QWidget) -> None:
        """Adds a page reachable from the navigation column, in the order added.

        Pass the title as a function (``lambda: translate(...)``) and it follows a change of
        language; a plain string stays as it is.
        """
        if key in self._pages:
            raise ValueError(f"a section called {key!r} is already there")
        from PySide6.QtWidgets import QListWidgetItem

        navigation = self._navigation_column()
        self._pages[key] = widget
        self._titles[key] = title
        self._stack.addWidget(widget)
        item = QListWidgetItem(_title_text(title))
        navigation.addItem(item)
        if navigation.currentItem() is None:
            navigation.setCurrentItem(item)

    def add_lazy_section(self, key: str, title: Title, build: Callable[[], QWidget]) -> None:
        """Adds a section whose page is built the first time it is shown or asked for.

        Pages that read the whole history (and the storage library behind it) cost memory
        and time nobody needs before looking back; they wait until they are wanted.
        """
        self.add_section(key, title, QWidget(self._stack))
        self._builders[key] = build

    def section(self, key: str) -> QWidget:
        build = self._builders.pop(key, None)
        if build is not None:
            stand_in = self._pages[key]
            page = build()
            index = self._stack.indexOf(stand_in)
            self._stack.insertWidget(index, page)
            if self._stack.currentWidget() is stand_in:
                self._stack.setCurrentWidget(page)
            self._stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._pages[key] = page
            log.info("the %s section was built on first use", key)
        return self._pages[key]

    def set_immersive(self, immersive: bool) -> None:
        """The sections column steps back (while the warm-up runs) and returns afterwards."""
        column = self._navigation if self._navigation is not None else self._column_stand_in
        column.setVisible(not immersive)

    @property
    def immersive(self) -> bool:
        column = self._navigation if self._navigation is not None else self._column_stand_in
        return column.isHidden()

    def set_section_title(self, key: str, title: Title) -> None:
        """A new title for a section, say "This session" for "Begin" while one is closing."""
        self._titles[key] = title
        if self._navigation is not None:
            self._retranslate_navigation(self._navigation)

    def section_keys(self) -> list[str]:
        return list(self._pages)

    def current_section(self) -> str | None:
        item = None if self._navigation is None else self._navigation.currentItem()
        return None if item is None else self._key_of(item)

    def show_section(self, key: str) -> None:
        """Brings a section into view (and marks it in the navigation)."""
        if key not in self._pages or self._navigation is None:
            raise KeyError(key)
        self._navigation.setCurrentRow(list(self._pages).index(key))

    def _key_of(self, item: QListWidgetItem) -> str:
        assert self._navigation is not None  # an item means the column exists
        return list(self._pages)[self._navigation.row(item)]

    def _on_navigation_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        key = self._key_of(current)
        self._stack.setCurrentWidget(self.section(key))
        self.section_shown.emit(key)

    # --- size and place -----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        stored = self._settings.current.window_geometry
        if stored and self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii"))):
            return
        self.resize(*self.DEFAULT_SIZE)

    def save_geometry(self) -> None:
        encoded = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        try:
            self._settings.update(window_geometry=encoded)
        except ValueError:
            log.warning("window geometry could not be kept")

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        # Kept when the window steps aside for the session bar, too, not only on close.
        if not event.spontaneous():
            self.save_geometry()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_geometry()
        super().closeEvent(event)


def _title_text(title: Title) -> str:
    return title if isinstance(title, str) else title()
