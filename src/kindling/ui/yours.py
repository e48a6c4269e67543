"""What makes Kindling the person's own: settings, their reframes, the about page, the theme."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from kindling.companion.reframes import ReframeBook
from kindling.core.breathing import BreathingCatalog
from kindling.core.hotkey_trial import no_hotkey_backend
from kindling.core.settings import Settings
from kindling.desktop.chime import Chime
from kindling.desktop.paths import DataPaths
from kindling.desktop.settings_file import SettingsFile
from kindling.ui.about_page import AboutPage
from kindling.ui.reframe_editor import ReframeEditor
from kindling.ui.session_bar import SessionBar
from kindling.ui.settings_page import SettingsPage
from kindling.ui.theme_follower import ThemeFollower

REFRAMES = "reframes"
SETTINGS = "settings"
ABOUT = "about"


@dataclass
class Yours:
    """The pages and helpers built from the person's choices, handed to the main window."""

    book: ReframeBook
    theme: ThemeFollower
    chime: Chime
    settings_page: SettingsPage
    reframe_editor: ReframeEditor
    about_page: AboutPage
    _settings: SettingsFile
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
        page = SettingsPage(
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
            settings_page=page,
            reframe_editor=ReframeEditor(book),
            about_page=AboutPage(),
            _settings=settings,
        )

    def sections(self) -> list[tuple[str, str, QWidget]]:
        return [
            (
                REFRAMES,
                QCoreApplication.translate("Sections", "Your reframes"),
                self.reframe_editor,
            ),
            (SETTINGS, QCoreApplication.translate("Sections", "Settings"), self.settings_page),
            (ABOUT, QCoreApplication.translate("Sections", "About these ideas"), self.about_page),
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

    def close(self) -> None:
        """Lets go of the app-wide hooks (tests build the app many times in one process)."""
        for listener in self._listeners:
            self._settings.changed.disconnect(listener)
        self._listeners.clear()
        self.theme.stop()
