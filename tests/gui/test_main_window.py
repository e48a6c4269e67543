"""The main window: sections plug in from outside, and it remembers its size and place."""

from PySide6.QtWidgets import QLabel

from kindling.desktop.settings_file import SettingsFile
from kindling.ui.main_window import MainWindow


def test_sections_plug_in_and_can_be_shown(qtbot, data_paths):
    window = MainWindow(SettingsFile(data_paths.settings))
    qtbot.addWidget(window)
    window.add_section("session", "Begin", QLabel("start"))
    window.add_section("history", "History", QLabel("history"))
    assert window.current_section() == "session"
    with qtbot.waitSignal(window.section_shown) as shown:
        window.show_section("history")
    assert shown.args == ["history"]
    assert window.section_keys() == ["session", "history"]


def test_a_lazy_section_is_built_only_when_first_shown(qtbot, data_paths):
    window = MainWindow(SettingsFile(data_paths.settings))
    qtbot.addWidget(window)
    built: list[QLabel] = []

    def build() -> QLabel:
        built.append(QLabel("patterns over time"))
        return built[-1]

    window.add_section("session", "Begin", QLabel("start"))
    window.add_lazy_section("insights", "Patterns", build)
    window.show()
    qtbot.waitExposed(window)
    assert built == []
    assert window.section_keys() == ["session", "insights"]
    window.show_section("insights")
    assert len(built) == 1
    qtbot.waitUntil(built[0].isVisible)
    assert window.section("insights") is built[0]
    window.show_section("session")
    window.show_section("insights")
    assert len(built) == 1  # built once, kept


def test_size_is_remembered_between_runs(qtbot, data_paths):
    settings = SettingsFile(data_paths.settings)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(700, 555)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    again = MainWindow(SettingsFile(data_paths.settings))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 555)
