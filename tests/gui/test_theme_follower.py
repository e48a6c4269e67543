"""Light and dark: the theme setting applies at once; "like the system" follows the desktop live."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from kindling.desktop.settings_file import SettingsFile
from kindling.ui.theme import DARK_PALETTE, LIGHT_PALETTE, apply_theme
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


def test_the_desktop_scheme_is_kept_for_the_next_first_frame(qtbot, data_paths):
    """The first frame cannot ask Qt (that costs ~20 ms), so it uses the scheme seen last."""
    from kindling.app import show_window

    app = QApplication.instance()
    SettingsFile(data_paths.settings).update(theme="system", desktop_scheme="dark")
    shown = show_window(app, data_paths)
    qtbot.addWidget(shown.window)
    follower = None
    try:
        # Last time the desktop was dark: so is the window, from its very first frame.
        assert window_colour(shown.window) == DARK_PALETTE.window

        # The desktop has gone light since: once asked, Kindling follows and remembers.
        follower = ThemeFollower(app, shown.settings)
        qtbot.waitUntil(lambda: window_colour(shown.window) == LIGHT_PALETTE.window)
        assert SettingsFile(data_paths.settings).current.desktop_scheme == "light"
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert SettingsFile(data_paths.settings).current.desktop_scheme == "dark"
    finally:
        if follower is not None:
            follower.stop()
        app.setStyleSheet("")
        app.setPalette(QPalette())


def test_the_theme_start_up_applied_is_not_applied_again(qtbot, data_paths, monkeypatch):
    """Applying a style sheet parses it and re-polishes every widget: once per theme."""
    app = QApplication.instance()
    settings = SettingsFile(data_paths.settings)
    settings.update(theme="light")
    apply_theme(app, "light")
    sheets: list[str] = []
    monkeypatch.setattr(app, "setStyleSheet", sheets.append)
    follower = ThemeFollower(app, settings)
    try:
        assert sheets == []
        settings.update(theme="dark")
        assert len(sheets) == 1
        assert DARK_PALETTE.window in sheets[0]
    finally:
        follower.stop()
        monkeypatch.undo()
        app.setStyleSheet("")
        app.setPalette(QPalette())
