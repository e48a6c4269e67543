"""Light and dark: the theme setting applies at once; "like the system" follows the desktop live."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from kindling.desktop.settings_file import SettingsFile
from kindling.ui.theme import DARK_PALETTE, LIGHT_PALETTE
from kindling.ui.theme_follower import ThemeFollower


def window_colour(widget):
    return widget.palette().color(QPalette.ColorRole.Window).name()


def test_theme_setting_and_the_desktop_scheme_both_apply_at_once(qtbot, data_paths):
    app = QApplication.instance()
    settings = SettingsFile(data_paths.settings)
    settings.update(theme="light")
    label = QLabel("Hello")
    qtbot.addWidget(label)
    label.show()
    follower = ThemeFollower(app, settings)
    try:
        qtbot.waitUntil(lambda: window_colour(label) == LIGHT_PALETTE.window)

        with qtbot.waitSignal(follower.applied) as applied:
            settings.update(theme="dark")
        assert applied.args == ["dark"]
        qtbot.waitUntil(lambda: window_colour(label) == DARK_PALETTE.window)

        # "Like the system": the desktop switching to light (or dark) is followed live.
        hints = QGuiApplication.styleHints()
        settings.update(theme="system")
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert follower.showing == "light"
        qtbot.waitUntil(lambda: window_colour(label) == LIGHT_PALETTE.window)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: window_colour(label) == DARK_PALETTE.window)

        # A fixed choice is not overridden by the desktop.
        settings.update(theme="light")
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: window_colour(label) == LIGHT_PALETTE.window)
        assert SettingsFile(data_paths.settings).current.theme == "light"
    finally:
        follower.stop()
        app.setStyleSheet("")
        app.setPalette(QPalette())
