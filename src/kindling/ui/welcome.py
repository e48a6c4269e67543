"""The first meeting: a short welcome, shown once, and again only when the person asks."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kindling.desktop.settings_file import SettingsFile
from kindling.ui.hotkey_text import shown_hotkey
from kindling.ui.layout import heading, muted
from kindling.ui.support_card import SupportLink
from kindling.ui.theme import MARGIN, SPACING
from kindling.ui.welcome_pictures import BarPlace, ThreeCircles

FOR, HOTKEY, BAR = range(3)


class Welcome(QDialog):
    """Three short pages: what Kindling is for, the critic hotkey (try it), where the bar sits.

    Every page has one way on and one quiet way out; nothing here is required.
    """

    press_caught = Signal()
    support_wanted = Signal()  # "If this is heavier than a critic" on the last page

    def __init__(
        self, hotkey: str, listening: bool, command: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setModal(False)
        self._hotkey, self._listening, self._command = hotkey, listening, command
        self._caught = False

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_for())
        self._pages.addWidget(self._build_hotkey())
        self._pages.addWidget(self._build_bar())

        self._where = muted("", self)
        self.skip_button = QPushButton(self)
        self.skip_button.setProperty("role", "quiet")
        self.skip_button.clicked.connect(self.accept)
        self.next_button = QPushButton(self)
        self.next_button.setProperty("role", "primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next)
        footer = QHBoxLayout()
        footer.addWidget(self._where, 1)
        footer.addWidget(self.skip_button)
        footer.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(self._pages, 1)
        layout.addLayout(footer)
        self.setMinimumWidth(560)
        self.retranslate()
        self._show_page(FOR)

    # --- pages --------------------------------------------------------------------------------

    def _build_for(self) -> QWidget:
        page = QWidget(self)
        self._for_title = heading("", page)
        self._for_words = QLabel(page)
        self._for_words.setWordWrap(True)
        self.circles = ThreeCircles(page)
        self._circles_words = muted("", page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self._for_title)
        layout.addWidget(self._for_words)
        layout.addWidget(self.circles)
        layout.addWidget(self._circles_words)
        layout.addStretch(1)
        return page

    def _build_hotkey(self) -> QWidget:
        page = QWidget(self)
        self._hotkey_title = heading("", page)
        self._hotkey_words = QLabel(page)
        self._hotkey_words.setWordWrap(True)
        self.try_words = QLabel(page)
        self.try_words.setObjectName("welcomeTry")
        self.try_words.setWordWrap(True)
        self.try_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._button_words = muted("", page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self._hotkey_title)
        layout.addWidget(self._hotkey_words)
        layout.addWidget(self.try_words)
        layout.addWidget(self._button_words)
        layout.addStretch(1)
        return page

    def _build_bar(self) -> QWidget:
        page = QWidget(self)
        self._bar_title = heading("", page)
        self._bar_words = QLabel(page)
        self._bar_words.setWordWrap(True)
        self.bar_place = BarPlace(page)
        self.not_crisis = muted("", page)
        self.not_crisis.setObjectName("welcomeNotCrisis")
        self.support_link = SupportLink(page)
        self.support_link.clicked.connect(self.support_wanted)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self._bar_title)
        layout.addWidget(self._bar_words)
        layout.addWidget(self.bar_place)
        layout.addWidget(self.not_crisis)
        layout.addWidget(self.support_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # --- words --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every word in the language now installed, the hotkey in the platform's notation."""
        key = shown_hotkey(self._hotkey)
        self.setWindowTitle(self.tr("Welcome to Kindling"))
        self.setAccessibleName(self.tr("Welcome to Kindling"))
        self._for_title.setText(self.tr("Welcome to Kindling"))
        self._for_words.setText(
            self.tr(
                "Kindling keeps you company while you paint, write or make anything. It helps "
                "you settle before you start, and it is there when your inner critic speaks up."
            )
        )
        self._circles_words.setText(
            self.tr(
                "Many people feel three kinds of energy at work in them: threat, which watches "
                "for danger and carries the critic; drive, which wants and strives; and "
                "soothing, which feels safe and settled. Kindling gives soothing a little "
                "more room."
            )
        )
        self._hotkey_title.setText(self.tr("When the critic speaks up"))
        self._hotkey_words.setText(
            self.tr(
                "Press %1, in any program. Kindling notes the moment and shows a few kind "
                "words, and your program keeps the keyboard. Noticing is all there is to do."
            ).replace("%1", key)
        )
        self._button_words.setText(
            self.tr("The “Critic noticed” button on the session bar does the same.")
        )
        self._say_try()
        self._bar_title.setText(self.tr("Where Kindling will be"))
        self._bar_words.setText(
            self.tr(
                "After the warm-up, the window steps aside and a small bar waits at the top "
                "right of your screen. Drag it wherever suits you; it remembers the place."
            )
        )
        self.not_crisis.setText(
            self.tr(
                "Kindling is a companion for creative work. It is not therapy and not a crisis "
                "service: if things feel heavier than a critic, please reach out to someone you "
                "trust or to a local helpline."
            )
        )
        self.skip_button.setText(self.tr("Skip the welcome"))
        self.skip_button.setAccessibleName(self.tr("Skip the welcome"))
        self.skip_button.setAccessibleDescription(
            self.tr("Closes the welcome. Settings can show it again.")
        )
        self._say_where()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say_try(self) -> None:
        key = shown_hotkey(self._hotkey)
        if not self._listening:
            text = (
                self.tr(
                    "On this desktop Kindling cannot listen for a key by itself. In your desktop’s "
                    "keyboard settings, add a shortcut that runs this command:"
                )
                + f"<br><code>{_escaped(self._command)}</code>"
            )
        elif self._caught:
            text = "✓ " + self.tr("Caught it. That is all it takes.")
        else:
            text = self.tr("Try it now: press %1.").replace("%1", key)
        self.try_words.setText(text)
        self.try_words.setAccessibleName(self.try_words.text())

    def _say_where(self) -> None:
        index = self._pages.currentIndex()
        count = self._pages.count()
        self._where.setText(
            self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))
        )
        last = index == count - 1
        self.next_button.setText(self.tr("Let’s begin") if last else self.tr("Next"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.skip_button.setVisible(not last)

    # --- behaviour ----------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self._pages.currentIndex()

    @property
    def caught(self) -> bool:
        return self._caught

    def set_hotkey(self, hotkey: str, listening: bool, command: str) -> None:
        self._hotkey, self._listening, self._command = hotkey, listening, command
        self.retranslate()

    def catch_press(self) -> None:
        """The hotkey was pressed while the welcome is open: show that it arrived."""
        self._caught = True
        self._say_try()
        self.press_caught.emit()

    def _on_next(self) -> None:
        if self._pages.currentIndex() + 1 < self._pages.count():
            self._show_page(self._pages.currentIndex() + 1)
        else:
            self.accept()

    def _show_page(self, index: int) -> None:
        self._pages.setCurrentIndex(index)
        self._say_where()
        self.next_button.setFocus()


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FirstMeeting:
    """Shows the welcome on the first start, and whenever Settings asks for it again.

    The global hotkey reports here first: while the welcome is open a press is the "try it
    now", not a critic moment (no session is running yet anyway).
    """

    def __init__(
        self,
        settings: SettingsFile,
        parent: QWidget,
        open_support: Callable[[], None] | None = None,
    ) -> None:
        self._settings = settings
        self._open_support = open_support
        self._parent = parent
        self._listening = False
        self._command = "kindling critic"
        self.welcome: Welcome | None = None
        settings.changed.connect(self._follow_hotkey)

    def offer(self) -> Welcome | None:
        """The welcome, if this person has never seen it; None otherwise."""
        if self._settings.current.welcome_seen:
            return None
        return self.show()

    def show(self) -> Welcome:
        """Shows the welcome now (again, if asked) and remembers that it was shown."""
        if self.welcome is not None and self.welcome.isVisible():
            self.welcome.raise_()
            self.welcome.activateWindow()
            return self.welcome
        welcome = Welcome(
            self._settings.current.hotkey, self._listening, self._command, self._parent
        )
        welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        welcome.finished.connect(lambda _result: self._forget(welcome))
        if self._open_support is not None:
            welcome.support_wanted.connect(self._open_support)
        self.welcome = welcome
        # If the settings file cannot be written, the welcome may show once more: no harm.
        with suppress(ValueError):
            self._settings.update(welcome_seen=True)
        welcome.show()
        welcome.raise_()
        welcome.activateWindow()
        return welcome

    def put_away(self) -> None:
        """Closes the welcome if it is open (a session began: the window steps aside too)."""
        if self.welcome is not None:
            self.welcome.close()

    def set_listening(self, listening: bool, command: str) -> None:
        """Whether a global hotkey backend listens here; the command to bind if not."""
        self._listening, self._command = listening, command
        if self.welcome is not None:
            self.welcome.set_hotkey(self._settings.current.hotkey, listening, command)

    def catch_press(self) -> bool:
        """True when the open welcome took the hotkey press (the caller does nothing more)."""
        if self.welcome is None or not self.welcome.isVisible():
            return False
        self.welcome.catch_press()
        return True

    def _forget(self, welcome: Welcome) -> None:
        if self.welcome is welcome:
            self.welcome = None

    def _follow_hotkey(self, _settings: object) -> None:
        if self.welcome is not None:
            self.welcome.set_hotkey(self._settings.current.hotkey, self._listening, self._command)
