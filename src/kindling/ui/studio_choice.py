"""Beside Begin on the start page: studio mode, and which screen it fills when there are several."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget


class StudioChoice(QWidget):
    """A quiet check box; with two or more screens, a list of them follows it when ticked.

    The screens are looked at only when studio mode is ticked, not while the page is built.
    """

    def __init__(self, screen_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remembered = screen_name
        self.check = QCheckBox(self)
        self.check.setObjectName("startStudio")
        self.screens = QComboBox(self)
        self.screens.setObjectName("startStudioScreen")
        self.screens.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.screens)
        row.addStretch(1)
        self.check.toggled.connect(self._on_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.check.setText(self.tr("I'm away from the keyboard (studio mode)"))
        self.check.setAccessibleName(self.tr("Studio mode: I'm away from the keyboard"))
        self.check.setToolTip(
            self.tr(
                "The session fills a screen, in large type. Any key, a click, a clicker or a"
                " foot pedal notes the critic."
            )
        )
        self.check.setAccessibleDescription(self.check.toolTip())
        self.screens.setAccessibleName(self.tr("The screen studio mode fills"))
        if self.screens.count():
            self._list_screens()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def wanted(self) -> bool:
        return self.check.isChecked()

    def screen_name(self) -> str:
        """The chosen screen's name; the remembered one (or "", the primary) without a list."""
        if self.screens.isVisible() and self.screens.currentIndex() >= 0:
            return str(self.screens.currentData())
        return self._remembered

    def _on_toggled(self, ticked: bool) -> None:
        several = len(QGuiApplication.screens()) > 1
        if ticked and several:
            self._list_screens()
        self.screens.setVisible(ticked and several)

    def _list_screens(self) -> None:
        chosen = self.screen_name() or QGuiApplication.primaryScreen().name()
        self.screens.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            label = (
                self.tr("Screen %1 (%2 × %3)")
                .replace("%1", str(number))
                .replace("%2", str(size.width()))
                .replace("%3", str(size.height()))
            )
            self.screens.addItem(label, screen.name())
            if screen.name() == chosen:
                self.screens.setCurrentIndex(self.screens.count() - 1)
