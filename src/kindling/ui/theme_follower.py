"""Keeps the app in the chosen theme, and in step with the desktop's light or dark scheme live."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kindling.core.settings import Settings
from kindling.desktop.settings_file import SettingsFile
from kindling.ui.theme import (
    DARK,
    LIGHT,
    SYSTEM,
    Palette,
    applied_palette,
    apply_theme,
    system_prefers_dark,
)

log = logging.getLogger(__name__)


class ThemeFollower(QObject):
    """Applies ``Settings.theme`` at once; with "system", follows the desktop as it changes."""

    applied = Signal(str)  # "light" or "dark", after the palette is in place

    def __init__(self, app: QApplication, settings: SettingsFile) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._choice = settings.current.theme
        self._system_dark = system_prefers_dark()
        # What start-up already applied is not applied again (a second parse of the style
        # sheet and a re-polish of every widget), unless the desktop has changed since.
        self.palette: Palette | None = applied_palette(app)
        settings.changed.connect(self._on_settings_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply()
        self._remember_desktop_scheme()

    def stop(self) -> None:
        """Stops following (the app is closing, or a test is done with it)."""
        self._settings.changed.disconnect(self._on_settings_changed)
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_scheme_changed)
        self.deleteLater()

    @property
    def showing(self) -> str:
        if self._choice == SYSTEM:
            return DARK if self._system_dark else LIGHT
        return self._choice

    def apply(self) -> None:
        name = self.showing
        if self.palette is not None and self.palette.name == name:
            return
        self.palette = apply_theme(self._app, name)
        log.info("theme %s applied", name)
        self.applied.emit(name)

    def _on_settings_changed(self, settings: Settings) -> None:
        if settings.theme != self._choice:
            self._choice = settings.theme
            self.apply()

    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._system_dark = scheme == Qt.ColorScheme.Dark
        self._remember_desktop_scheme()
        if self._choice == SYSTEM:
            self.apply()

    def _remember_desktop_scheme(self) -> None:
        """Keeps the desktop's scheme for the next start's first frame (see Settings)."""
        self._settings.update(desktop_scheme=DARK if self._system_dark else LIGHT)
