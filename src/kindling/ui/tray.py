"""The tray icon and what closing the window means while a session is in progress."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QAbstractButton, QMenu, QMessageBox, QSystemTrayIcon, QWidget

from kindling.ui.hotkey_text import shown_hotkey

log = logging.getLogger(__name__)


class KindlingTray(QObject):
    """An icon beside the clock with the few things a person may want without the window."""

    start_requested = Signal()
    critic_requested = Signal()
    end_requested = Signal()
    show_requested = Signal()
    quit_requested = Signal()
    studio_requested = Signal()  # the session in progress goes on in studio mode

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hotkey = ""
        self._menu = QMenu()
        self.start_action = self._add(self.start_requested)
        self.critic_action = self._add(self.critic_requested)
        self.studio_action = self._add(self.studio_requested)
        self.end_action = self._add(self.end_requested)
        self._menu.addSeparator()
        self.show_action = self._add(self.show_requested)
        self.quit_action = self._add(self.quit_requested)
        self.icon = QSystemTrayIcon(icon, self)
        self.retranslate()
        # The menu is a widget and hears of a new language; this object is not, so it listens.
        self._menu.installEventFilter(self)
        self.icon.setContextMenu(self._menu)
        self.icon.activated.connect(self._on_activated)
        self.set_session_in_progress(False)
        self.destroyed.connect(self._menu.deleteLater)

    def retranslate(self) -> None:
        """The menu and the icon's tooltip in the language now installed."""
        self._menu.setAccessibleName(self.tr("Kindling"))
        self.start_action.setText(self.tr("Start a session"))
        critic = self.tr("Critic noticed")
        # After a tab, a menu shows the key in its own column, as for any shortcut.
        self.critic_action.setText(
            f"{critic}\t{shown_hotkey(self._hotkey)}" if self._hotkey else critic
        )
        self.studio_action.setText(self.tr("Studio mode (away from the keyboard)"))
        self.end_action.setText(self.tr("End the session"))
        self.show_action.setText(self.tr("Show Kindling"))
        self.quit_action.setText(self.tr("Quit Kindling"))
        self.icon.setToolTip(self.tr("Kindling"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def set_hotkey(self, hotkey: str) -> None:
        """The critic hotkey beside "Critic noticed" (the person's own, from settings)."""
        self._hotkey = hotkey
        self.retranslate()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def set_session_in_progress(self, in_progress: bool) -> None:
        """Offers only what makes sense now: start, or notice and end."""
        self.start_action.setEnabled(not in_progress)
        self.critic_action.setEnabled(in_progress)
        self.studio_action.setEnabled(in_progress)
        self.end_action.setEnabled(in_progress)

    def tell(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 6000)

    def _add(self, signal: SignalInstance) -> QAction:
        action = self._menu.addAction("")
        action.triggered.connect(signal.emit)
        return action

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()


class CloseGuard(QObject):
    """Watches the main window's close during a session: hide to the tray, or ask (no tray).

    Closing must never end a session by surprise, nor leave one running with no way back
    that the person was not told about.
    """

    end_requested = Signal()
    hidden_to_tray = Signal()

    def __init__(
        self,
        window: QWidget,
        session_in_progress: Callable[[], bool],
        tray: KindlingTray | None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._in_progress = session_in_progress
        self._tray = tray
        self._told_about_tray = False
        self.question: QMessageBox | None = None
        self.end_button: QAbstractButton | None = None
        self.keep_button: QAbstractButton | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self._window
            and isinstance(event, QCloseEvent)
            and event.spontaneous()
            and self._in_progress()
        ):
            event.ignore()
            if self._tray is not None:
                self._hide_to_tray()
            else:
                self._ask()
            return True
        return False

    def _hide_to_tray(self) -> None:
        self._window.hide()
        self.hidden_to_tray.emit()
        if self._tray is not None and not self._told_about_tray:
            self._told_about_tray = True
            self._tray.tell(
                self.tr("Kindling is still here"),
                self.tr("Your session keeps going. The tray icon brings the window back."),
            )

    def _ask(self) -> None:
        if self.question is not None and self.question.isVisible():
            self.question.raise_()
            return
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Your session is still going"))
        box.setAccessibleName(self.tr("Your session is still going"))
        box.setText(self.tr("Would you like to end the session, or keep it going quietly?"))
        box.setInformativeText(
            self.tr(
                "If you keep it going, the hotkey and “kindling critic” still work, "
                "and opening Kindling again brings this window back."
            )
        )
        end = box.addButton(self.tr("End the session"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep it going"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Stay here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.end_button, self.keep_button = end, keep

        def finished() -> None:
            clicked = box.clickedButton()
            if clicked is end:
                self.end_requested.emit()
            elif clicked is keep:
                self._window.hide()
            box.deleteLater()
            self.question = None

        box.finished.connect(finished)
        self.question = box
        box.open()
