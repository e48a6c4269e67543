"""What makes Kindling the person's own: settings, their reframes, the about page, the theme."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from kindling.companion.reframes import ReframeBook
from kindling.core.breathing import BreathingCatalog
from kindling.core.hotkey_trial import no_hotkey_backend
from kindling.core.settings import Settings
from kindling.desktop.chime import Chime
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile
from kindling.ui.session_bar import SessionBar
from kindling.ui.theme_follower import ThemeFollower

if TYPE_CHECKING:
    # Imported where the pages are built: their modules wait until a page is first shown.
    from kindling.ui.about_page import AboutPage
    from kindling.ui.reframe_editor import ReframeEditor
    from kindling.ui.settings_page import SettingsPage

REFRAMES = "reframes"
SETTINGS = "settings"
ABOUT = "about"


@dataclass
class Yours:
    """The pages and helpers built from the person's choices, handed to the main window.

    The three pages are built the first time they are shown or asked for: none of them is
    in view when Kindling starts, and together they hold a few MiB of widgets.
    """

    book: ReframeBook
    theme: ThemeFollower
    chime: Chime
    _settings: SettingsFile
    _make_settings_page: Callable[[], SettingsPage]
    _settings_page: SettingsPage | None = None
    _reframe_editor: ReframeEditor | None = None
    _about_page: AboutPage | None = None
    _settings_page_hooks: list[Callable[[SettingsPage], object]] = field(default_factory=list)
    _listeners: list[Callable[[Settings], None]] = field(default_factory=list)
    _bar_moved: bool = False
    _bar_keyboard: bool = False

    @classmethod
    def build(
        cls,
        app: QApplication,
        settings: SettingsFile,
        *,
        book: ReframeBook,
        catalog: BreathingCatalog,
        data: DataPaths,
        chime: Chime,
        eraser: Callable[[], None],
    ) -> Yours:
        def settings_page() -> SettingsPage:
            from kindling.ui.settings_page import SettingsPage

            return SettingsPage(
                settings,
                catalog,
                data,
                eraser=eraser,
                trier=no_hotkey_backend,  # the real backend is plugged in once it runs
                play_chime=chime.play,
            )

        return cls(
            book=book,
            theme=ThemeFollower(app, settings),
            chime=chime,
            _settings=settings,
            _make_settings_page=settings_page,
        )

    @property
    def settings_page(self) -> SettingsPage:
        if self._settings_page is None:
            self._settings_page = self._make_settings_page()
            for hook in self._settings_page_hooks:
                hook(self._settings_page)
        return self._settings_page

    def when_settings_page_built(self, hook: Callable[[SettingsPage], object]) -> None:
        """Runs ``hook`` on the settings page once it exists (now, if it already does)."""
        self._settings_page_hooks.append(hook)
        if self._settings_page is not None:
            hook(self._settings_page)

    @property
    def reframe_editor(self) -> ReframeEditor:
        if self._reframe_editor is None:
            from kindling.ui.reframe_editor import ReframeEditor

            self._reframe_editor = ReframeEditor(self.book)
        return self._reframe_editor

    @property
    def about_page(self) -> AboutPage:
        if self._about_page is None:
            from kindling.ui.about_page import AboutPage

            self._about_page = AboutPage()
        return self._about_page

    def sections(self) -> list[tuple[str, Callable[[], str], Callable[[], QWidget]]]:
        """(key, title, builder) of each page, for the window's lazily built sections; titles
        are functions, so that they follow the language."""
        return [
            (
                REFRAMES,
                lambda: QCoreApplication.translate("Sections", "Your kind words"),
                lambda: self.reframe_editor,
            ),
            (
                SETTINGS,
                lambda: QCoreApplication.translate("Sections", "Settings"),
                lambda: self.settings_page,
            ),
            (
                ABOUT,
                lambda: QCoreApplication.translate("Sections", "About these ideas"),
                lambda: self.about_page,
            ),
        ]

    def follow_settings(self, bar: SessionBar, stepped_aside: SignalInstance) -> None:
        """Bar settings the bar's own wiring leaves alone, applied as they change.

        "Put the bar back in its usual place" moves it at once; "the bar takes the keyboard"
        switches its focus behaviour, and then the bar takes the focus each time it appears.
        """

        def apply(settings: Settings) -> None:
            if settings.bar_position is None and self._bar_moved:
                bar.place_at(None)
            self._bar_moved = settings.bar_position is not None
            if settings.bar_keyboard != self._bar_keyboard:
                self._bar_keyboard = settings.bar_keyboard
                bar.set_takes_focus(settings.bar_keyboard)

        def appeared() -> None:
            if self._bar_keyboard:
                bar.take_keyboard()

        self._bar_moved = self._settings.current.bar_position is not None
        self._bar_keyboard = False
        apply(self._settings.current)
        self._settings.changed.connect(apply)
        self._listeners.append(apply)
        stepped_aside.connect(appeared)

    def listen(self, listener: Callable[[Settings], None]) -> None:
        """Calls ``listener`` with each change of the settings, until :meth:`close`."""
        self._settings.changed.connect(listener)
        self._listeners.append(listener)

    def close(self) -> None:
        """Lets go of the app-wide hooks (tests build the app many times in one process)."""
        for listener in self._listeners:
            self._settings.changed.disconnect(listener)
        self._listeners.clear()
        self.theme.stop()
