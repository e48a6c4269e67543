"""The main window: a quiet column of sections beside the page in view; remembers its place."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from kindling.desktop.settings_file import SettingsFile

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QHideEvent
    from PySide6.QtWidgets import QListWidgetItem

log = logging.getLogger(__name__)

SESSION = "session"
LAST_SESSION = "last"

Title = str | Callable[[], str]
"""A section's title, or a function giving it in the language now installed."""


class MainWindow(QMainWindow):
    """Holds the sections (the session page, the last session, and any others plugged in).

    Other parts of the app add their pages with :meth:`add_section` from the composition
    root; the window knows nothing about what is inside them.

    A new window is the empty column beside an empty page, in the theme's colours. Start-up
    shows it like that and adds the sections once it is on screen: the column's item roles and
    policies come from Qt's ``Qt`` namespace, whose ninety-odd enums take PySide about 20 ms to
    create, and a bare window never pays that.
    """

    section_shown = Signal(str)

    DEFAULT_SIZE = (960, 680)

    def __init__(self, settings: SettingsFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._pages: dict[str, QWidget] = {}
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._titles: dict[str, Title] = {}
        self._key_role: int | None = None  # Qt.ItemDataRole.UserRole's value, once settled

        self._navigation = QListWidget(self)
        self._navigation.setObjectName("navigation")
        self._navigation.setFixedWidth(200)
        # Long titles (larger fonts, other languages) wrap instead of hiding behind a scroll bar.
        self._navigation.setWordWrap(True)
        self._navigation.currentItemChanged.connect(self._on_navigation_changed)
        self._stack = QStackedWidget(self)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._navigation)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._restore_geometry()
        self.retranslate()

    def _settle_navigation(self) -> int:
        """What the column needs of the ``Qt`` namespace, done with the first section."""
        if self._key_role is None:
            from PySide6.QtCore import Qt

            self._navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self._navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._key_role = Qt.ItemDataRole.UserRole.value
        return self._key_role

    def retranslate(self) -> None:
        """The window's words in the language now installed, section titles included."""
        self.setWindowTitle(self.tr("Kindling"))
        self.setAccessibleName(self.tr("Kindling"))
        self._navigation.setAccessibleName(self.tr("Sections"))
        self._navigation.setAccessibleDescription(
            self.tr("The parts of Kindling. Choose one to show it beside this list.")
        )
        self._stack.setAccessibleName(self.tr("Section content"))
        for row in range(self._navigation.count()):
            item = self._navigation.item(row)
            item.setText(_title_text(self._titles[self._key_of(item)]))

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

        self._pages[key] = widget
        self._titles[key] = title
        self._stack.addWidget(widget)
        item = QListWidgetItem(_title_text(title))
        item.setData(self._settle_navigation(), key)
        self._navigation.addItem(item)
        if self._navigation.currentItem() is None:
            self._navigation.setCurrentItem(item)

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

    def section_keys(self) -> list[str]:
        return list(self._pages)

    def current_section(self) -> str | None:
        item = self._navigation.currentItem()
        return None if item is None else self._key_of(item)

    def show_section(self, key: str) -> None:
        """Brings a section into view (and marks it in the navigation)."""
        for row in range(self._navigation.count()):
            item = self._navigation.item(row)
            if self._key_of(item) == key:
                self._navigation.setCurrentItem(item)
                return
        raise KeyError(key)

    def _key_of(self, item: QListWidgetItem) -> str:
        return str(item.data(self._settle_navigation()))

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
