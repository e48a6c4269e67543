"""Who had the keyboard before the critic card took it, and giving it back to them."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kindling.desktop.keyboard_return import KeyboardHolder, remember_keyboard_holder

log = logging.getLogger(__name__)


class CardKeyboard:
    """The card borrows the keyboard; this remembers from whom, and gives it back.

    Two lenders: a Kindling window (the main window, or the session bar set to take the
    keyboard), activated again through Qt; or another program (the painting or writing
    program), remembered through the desktop (``kindling.desktop.keyboard_return``).
    """

    def __init__(self, card: QWidget) -> None:
        self._card = card
        self._kindling: QWidget | None = None
        self._program: KeyboardHolder | None = None

    @property
    def kindling_window(self) -> QWidget | None:
        """The Kindling window that had the keyboard when the card appeared, if still shown."""
        if self._kindling is not None and not self._kindling.isVisible():
            self._kindling = None
        return self._kindling

    def note_holder_at_show(self) -> None:
        """A new moment: note whether a Kindling window has the keyboard (never take it else)."""
        active = QApplication.activeWindow()
        if active is None:
            self._kindling = None  # another program has it (or nobody): the card never takes it
            self._program = None
        elif active is not self._card:
            self._kindling = active
            self._program = None
        # active is the card: a new moment replaces the card that has the keyboard; keep its lender

    def note_holder_before_taking(self) -> None:
        """The person clicked into the note: remember who has the keyboard before it moves."""
        active = QApplication.activeWindow()
        if active is self._card:
            return  # the card has it already; the lender is known
        if active is not None:
            self._kindling, self._program = active, None
            return
        self._kindling = None
        self._program = remember_keyboard_holder(QGuiApplication.platformName())

    def give_back(self) -> None:
        """Hands the keyboard to whoever lent it: a Kindling window, or the other program."""
        kindling = self.kindling_window
        program = self._program  # kept: a late activation may need it once more
        if kindling is not None:
            kindling.activateWindow()
        elif program is not None and not program.give_back():
            log.info("the keyboard could not be given back to the other program")
