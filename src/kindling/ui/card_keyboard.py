"""Who had the keyboard before the critic card took it, and giving it back to them."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kindling.desktop.keyboard_return import (
    KeyboardHolder,
    remember_keyboard_holder,
    window_has_keyboard,
)

log = logging.getLogger(__name__)


class CardKeyboard:
    """The card borrows the keyboard; this remembers from whom, and gives it back.

    Two lenders: a Kindling window (the main window, or the session bar set to take the
    keyboard), activated again through Qt; or another program (the painting or writing
    program), remembered through the desktop (``kindling.desktop.keyboard_return``).
    """

    LOOK_AGAIN_MS = (250, 1000, 3000)
    """When, after letting go, the card looks again whether the keyboard landed on it (or on
    nobody): the window manager may settle a late activation only after a while."""

    def __init__(self, card: QWidget) -> None:
        self._card = card
        self._kindling: QWidget | None = None
        self._program: KeyboardHolder | None = None
        # Asked for the keyboard and not let go yet. Activation is asynchronous: a click on a
        # button right after the click into the note comes before the activation does.
        self._wants = False

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
            # Who that is, asked once the card is on screen (an X round trip, not before the
            # paint): if the card's own activation overtakes the click into the note, this is
            # the lender the keyboard goes back to.
            QTimer.singleShot(0, self._card, self._remember_program)
        elif active is not self._card:
            if QGuiApplication.platformName() == "xcb" and not window_has_keyboard(
                "xcb", int(active.winId()), nobody_counts=False
            ):
                # Qt has not heard yet that another program took the keyboard (the hotkey
                # comes on its own connection, and can overtake that news): never take it.
                self._kindling = self._program = None
                return
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
        holder = remember_keyboard_holder(QGuiApplication.platformName())
        if holder is not None and holder.window == int(self._card.winId()):
            return  # the card's own activation arrived first: the lender is the one known
        self._kindling = None
        self._program = holder

    def give_back(self) -> None:
        """Hands the keyboard to whoever lent it: a Kindling window, or the other program."""
        kindling = self.kindling_window
        program = self._program  # kept: a late activation may need it once more
        if kindling is not None:
            kindling.activateWindow()
            return
        if program is None:
            return
        # Qt's own requests (the card's activation, its "takes no keyboard" hint) go out
        # first: the window manager must see them before this request, not after.
        QGuiApplication.sync()
        if not program.give_back():
            log.info("the keyboard could not be given back to the other program")

    def take(self) -> bool:
        """Asks for the keyboard for the card; False if the card has no native window yet."""
        handle = self._card.windowHandle()
        if handle is None:
            return False
        # Changed on the native window, not with setWindowFlags(), which would hide the card.
        handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
        self._wants = True
        handle.requestActivate()
        return True

    def let_go(self) -> None:
        """The card no longer takes the keyboard; if it had it, or asked, it goes back."""
        had = self._card.isActiveWindow() or self._wants
        self._wants = False
        handle = self._card.windowHandle()
        if handle is not None:
            handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        if had:
            self.give_back()
        if had:
            self.look_again_soon()

    def look_again_soon(self) -> None:
        """Looks at the X server a moment later, and gives the keyboard back if it is on the
        card or on nobody. An activation still on its way may land after the card let go,
        and a click on a card that takes no keyboard can leave a window manager with no
        window active at all (openbox does); the card may never hear of either."""
        if self._program is None:
            return
        for delay in self.LOOK_AGAIN_MS:
            QTimer.singleShot(delay, self._card, self._give_back_if_still_held)

    def activation_changed(self) -> None:
        """An activation asked for earlier may land after the card let go: pass it on, so
        the keyboard never rests on a card that no longer wants it."""
        if self._card.isActiveWindow() and not self._wants:
            self.give_back()

    def _remember_program(self) -> None:
        if self._program is not None or self._kindling is not None or self._wants:
            return
        if QApplication.activeWindow() is not None:
            return  # a Kindling window (or the card) has it by now: not another program's
        holder = remember_keyboard_holder(QGuiApplication.platformName())
        if holder is not None and holder.window != int(self._card.winId()):
            self._program = holder

    def _give_back_if_still_held(self) -> None:
        if self._wants or not self._card.isVisible():
            return
        if window_has_keyboard(QGuiApplication.platformName(), int(self._card.winId())):
            log.info("the keyboard reached the card after it let go; giving it back")
            self.give_back()
