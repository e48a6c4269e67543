"""The critic toast: a small card that greets a noticed critic kindly, without taking focus."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractAnimation,
    QEvent,
    QObject,
    QPropertyAnimation,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QEnterEvent, QGuiApplication, QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kindling.companion import NoticedMoment
from kindling.core.reframes import Reframe
from kindling.core.support import SUPPORT_GROUP
from kindling.ui.card_keyboard import CardKeyboard
from kindling.ui.placement import toast_position
from kindling.ui.support_card import AnswerLine, SupportLink
from kindling.ui.wrapped_label import WrappedLabel

log = logging.getLogger(__name__)

NOTE_MAX_CHARS = 500
"""A jotted line, not an essay: the field is one line and the card is small."""


class _NoteField(QLineEdit):
    """The one place in the toast that may take keyboard focus, because the person clicked it."""

    focus_wanted = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.focus_wanted.emit()
        super().mousePressEvent(event)


class CriticToast(QWidget):
    """One card, reused: each new moment replaces what it shows; it never stacks.

    It is a tool window that does not accept focus and is shown without activating, so the
    painting or writing program keeps the keyboard. It takes the keyboard in two cases only:
    a click into the note field, or a Kindling window (the session bar set to take the
    keyboard, or the main window) held the keyboard when the card appeared, so nothing is
    taken from another program. Then "This helped" has the focus, Tab moves through the
    card, and Escape puts it away and hands the keyboard back to the Kindling window.
    """

    feedback_given = Signal(int, bool)
    note_written = Signal(int, str)  # as typed (after a short pause), and again when it changes
    note_finished = Signal(int, str)  # Enter, Escape or leaving the field: done writing for now
    start_requested = Signal()  # "Start a session" on the card that says none is running
    support_wanted = Signal()  # "If this is heavier than a critic" was clicked
    dismissed = Signal()

    DEFAULT_TIMEOUT_MS = 12_000
    DEFAULT_FADE_MS = 900
    WIDTH = 360
    """The card's width at the usual font size; a larger font makes a wider card."""
    WIDTH_IN_LINES = 21
    """The card is at least this many line heights wide, so larger text keeps its shape."""
    NOTE_KEEP_MS = 400
    """A pause in typing this long keeps the note: every word is on disk within a breath."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        fade_ms: int = DEFAULT_FADE_MS,
        reduced_motion: bool = False,
        position: str = "near-bar",
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setObjectName("criticToast")
        self.setFixedWidth(self.WIDTH)

        self._moment_id: int | None = None
        self._shown_count = 0
        self._greeting_index = -1
        self._greeting_to: str | None = None  # whom the words below speak to (Reframe.speaks_to)
        self._status_says = ""  # "helped", "not-this" or "kept": said again in a new language
        self._hovered = False
        self._position = position
        self._reduced_motion = reduced_motion
        self._note_saved_text = ""
        self._note_finished_text = ""
        self._anchor: QRect | None = None
        self._keyboard = CardKeyboard(self)  # who lent the card the keyboard
        self._pointer_on_card = False  # a mouse button went down on the card, off the note
        self._prepared = False
        self._holding_support = False  # support words stay until the person puts them away
        self._says_no_session = False  # the card says no session is running (no moment)

        self._linger = QTimer(self)
        self._linger.setObjectName("toastLingerTimer")
        self._linger.setSingleShot(True)
        self._linger.setInterval(timeout_ms)
        self._linger.timeout.connect(self._on_linger_elapsed)

        self._note_keeper = QTimer(self)
        self._note_keeper.setObjectName("toastNoteKeeper")
        self._note_keeper.setSingleShot(True)
        self._note_keeper.setInterval(self.NOTE_KEEP_MS)
        self._note_keeper.timeout.connect(self._keep_unsaved_note)

        self._fade = QPropertyAnimation(self, b"windowOpacity", self)
        self._fade.setObjectName("toastFade")
        self._fade.setDuration(fade_ms)
        self._fade.setEndValue(0.0)
        self._fade.finished.connect(self._on_fade_finished)

        self._build()
        self._connect_callbacks()
        self.retranslate()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        card = QFrame(self)
        self._card = card
        card.setObjectName("toastCard")
        # Square corners: without a compositor a frameless window cannot be see-through, and
        # rounded corners would sit on a box of another colour. The accent edge says "kind".
        self.setStyleSheet(
            "QFrame#toastCard { background: palette(base); border: 1px solid palette(mid);"
            " border-left: 4px solid palette(highlight); }"
            " QLabel#toastGreeting { font-style: italic; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # _place() sizes the card for its words. Left to the layout, the window's minimum height
        # would be the last card's, and a shorter card would keep the taller one's gap.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.addWidget(card)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(18, 14, 14, 14)
        layout.setSpacing(8)

        layout.addLayout(self._build_header(card))
        self._answer_line = AnswerLine(card)
        layout.addWidget(self._answer_line)

        self._reframe = WrappedLabel(card)
        self._reframe.setObjectName("toastReframe")
        self._reframe.setWordWrap(True)
        self._reframe.setTextFormat(Qt.TextFormat.PlainText)
        larger = self._reframe.font()
        if larger.pointSizeF() > 0:
            larger.setPointSizeF(larger.pointSizeF() * 1.12)
        self._reframe.setFont(larger)
        layout.addWidget(self._reframe)

        self._unsaved = self._build_not_yet_saved(card)
        layout.addWidget(self._unsaved)

        self._note = _NoteField(card)
        self._note.setObjectName("toastNote")
        self._note.setMaxLength(NOTE_MAX_CHARS)
        self._note.setClearButtonEnabled(False)
        layout.addWidget(self._note)

        layout.addLayout(self._build_choices(card))
        self._support_link = SupportLink(card)
        layout.addWidget(self._support_link, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_choices(self, card: QFrame) -> QHBoxLayout:
        """The status line, then "This helped", "Not this one" (or "Start a session")."""
        row = QHBoxLayout()
        row.setSpacing(6)
        self._status = WrappedLabel(card)
        self._status.setWordWrap(True)
        self._status.setObjectName("toastStatus")
        self._status.setProperty("role", "muted")
        row.addWidget(self._status, 1)
        self._helped = QPushButton(card)
        self._helped.setObjectName("toastHelped")
        self._not_this = QPushButton(card)
        self._not_this.setObjectName("toastNotThis")
        self._start = QPushButton(card)
        self._start.setObjectName("toastStart")
        self._start.hide()
        for button in (self._helped, self._not_this, self._start):
            button.setFlat(True)
            button.setProperty("role", "quiet")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            row.addWidget(button)
        return row

    def _build_not_yet_saved(self, card: QFrame) -> QLabel:
        # Said only while the disk refuses the moment; muted like the rest, never a warning.
        label = QLabel(card)
        label.setObjectName("toastNotYetSaved")
        label.setProperty("role", "muted")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    def _build_header(self, card: QFrame) -> QHBoxLayout:
        top = QHBoxLayout()
        top.setSpacing(6)
        self._greeting = WrappedLabel(card)
        self._greeting.setWordWrap(True)  # never cut off beside "Put away", at any font size
        self._greeting.setObjectName("toastGreeting")
        self._greeting.setProperty("role", "muted")
        top.addWidget(self._greeting, 1)
        self._close = QPushButton(card)
        self._close.setObjectName("toastClose")
        self._close.setFlat(True)
        self._close.setProperty("role", "quiet")
        self._close.setCursor(Qt.CursorShape.PointingHandCursor)
        top.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        return top

    def _connect_callbacks(self) -> None:
        self._helped.clicked.connect(lambda: self._give_feedback(True))
        self._not_this.clicked.connect(lambda: self._give_feedback(False))
        self._close.clicked.connect(self._put_away)
        self._support_link.clicked.connect(self.support_wanted)
        self._start.clicked.connect(self._on_start_clicked)
        self._note.focus_wanted.connect(self._allow_focus)
        self._note.returnPressed.connect(self._keep_note)
        self._note.textEdited.connect(lambda _text: self._note_keeper.start())
        self._note.installEventFilter(self)
        for widget in (self._card, *self._card.findChildren(QWidget)):
            if widget is not self._note and not self._note.isAncestorOf(widget):
                widget.installEventFilter(self)  # a click anywhere else hands the keyboard back
        QWidget.setTabOrder(self._helped, self._not_this)
        QWidget.setTabOrder(self._not_this, self._note)
        QWidget.setTabOrder(self._note, self._close)
        QWidget.setTabOrder(self._close, self._support_link)

    def retranslate(self) -> None:
        """Every word the card shows or tells a screen reader, in the language now installed."""
        self.setAccessibleName(self.tr("A kind word for the critic"))
        self.setWindowTitle(self.tr("Critic noticed"))
        self._greeting.setAccessibleName(self.tr("Greeting"))
        self._close.setText(self.tr("Put away"))
        self._close.setAccessibleName(self.tr("Put this card away"))
        self._close.setAccessibleDescription(self.tr("Closes the card now. Escape does the same."))
        self._reframe.setAccessibleName(self.tr("Reframe"))
        self._unsaved.setAccessibleName(self.tr("Not yet saved"))
        self._note.setAccessibleName(self.tr("What the critic said, if you like"))
        self._note.setAccessibleDescription(
            self.tr(
                "A few words about what the critic said, kept with this moment. Enter keeps them."
            )
        )
        self._note.setPlaceholderText(self.tr("What did it say? (only if you like)"))
        self._status.setAccessibleName(self.tr("What was kept"))
        self._helped.setText(self.tr("This helped"))
        self._helped.setAccessibleName(self.tr("This helped"))
        self._helped.setAccessibleDescription(
            self.tr("Tells Kindling this kind word helped you, so it can offer it again.")
        )
        self._not_this.setText(self.tr("Not this one"))
        self._not_this.setAccessibleName(self.tr("Not this one"))
        self._not_this.setAccessibleDescription(
            self.tr("Tells Kindling this one didn't fit; another will come next time.")
        )
        self._start.setText(self.tr("Start a session"))
        self._start.setAccessibleName(self.tr("Start a session"))
        if self._says_no_session:
            self._reframe.setText(self._no_session_words())
        if self._greeting_index >= 0 and not self._holding_support:
            greetings = self._greetings(self._greeting_to)
            self._greeting.setText(greetings[self._greeting_index % len(greetings)])
        self._status.setText(self._status_words())
        if not self._unsaved.isHidden():
            self._unsaved.setText(self._not_yet_saved_words())
        if self.isVisible():  # the words may need another height
            self._place(self._anchor)

    # --- public -------------------------------------------------------------------------------

    @property
    def moment_id(self) -> int | None:
        """The moment the card is showing, or None."""
        return self._moment_id

    @property
    def linger_timer(self) -> QTimer:
        """The timer after which the card fades (unless hovered or being written in)."""
        return self._linger

    def greeting_text(self) -> str:
        return self._greeting.text()

    def reframe_text(self) -> str:
        return self._reframe.text()

    def status_text(self) -> str:
        return self._status.text()

    def not_yet_saved_text(self) -> str:
        """The gentle line about a moment the disk refused, or "" when there is none."""
        return self._unsaved.text() if not self._unsaved.isHidden() else ""

    def show_saved(self) -> None:
        """The moments kept in memory reached the journal: the line about it goes quietly."""
        if self._unsaved.isHidden():
            return
        self._unsaved.hide()
        self._unsaved.clear()
        if self.isVisible():
            self._place(self._anchor)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._linger.setInterval(timeout_ms)

    def set_position(self, position: str) -> None:
        self._position = position

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced

    def prepare(self) -> None:
        """Readies the card before its first moment, so the first tap is as quick as the rest.

        Styles and lays the card out, makes its native window (not shown) and paints it once
        into a pixmap, which loads its fonts. Nothing appears on screen. Safe to call again.
        """
        if self._prepared or self.isVisible():
            return
        self._prepared = True
        self.ensurePolished()
        self.winId()  # the native window, made now instead of inside the first show()
        self._place(None)
        self.render(QPixmap(self.size()))

    def show_moment(self, noticed: NoticedMoment, anchor: QRect | None = None) -> None:
        """Shows (or replaces) the card for a noticed critic, near ``anchor`` if given."""
        self._keep_unsaved_note()
        self._fade.stop()
        self._moment_id = noticed.moment.id
        self._says_no_session = False
        self._start.hide()
        self._greeting.setText(self._next_greeting(noticed.reframe.speaks_to))
        self._reframe.setText(noticed.reframe.text)
        self._answer_line.hide()
        self._holding_support = False
        self._note.clear()
        self._note_saved_text = ""
        self._note_finished_text = ""
        self._status_says = ""
        self._status.clear()
        self._show_whether_saved(noticed)
        can_record = self._moment_id is not None
        for widget in (self._helped, self._not_this, self._note):
            widget.setEnabled(can_record)
            widget.setVisible(can_record)
        if noticed.reframe.group == SUPPORT_GROUP:
            self._hold_support()
        self._appear(anchor)

    def show_no_session(self, anchor: QRect | None = None) -> None:
        """The critic noticed with no session running: say so kindly, offer to start one.

        Shown like any card, so the keyboard stays where it is; only "Start a session"
        brings the window forward, because the person asked for it.
        """
        self._keep_unsaved_note()
        self._fade.stop()
        self._moment_id = None
        self._says_no_session = True
        self._holding_support = False
        self._answer_line.hide()
        self._greeting_index = -1
        self._greeting.clear()
        self._reframe.setText(self._no_session_words())
        self._unsaved.hide()
        self._note.clear()
        self._note_saved_text = self._note_finished_text = ""
        self._status_says = ""
        self._status.clear()
        for widget in (self._helped, self._not_this, self._note):
            widget.setVisible(False)
        self._start.setVisible(True)
        self._appear(anchor)

    def _appear(self, anchor: QRect | None) -> None:
        self._keyboard.note_holder_at_show()
        self._give_up_focus()
        self._anchor = anchor
        self._place(anchor)
        self.setWindowOpacity(1.0)
        # show(), never activateWindow() or raise_(): the person's program keeps the keyboard.
        self.show()
        self._linger.start()
        self._take_keyboard_from_kindling()

    def show_answer(self, reframe: Reframe) -> None:
        """The words that answer the note typed on the card replace the first ones, quietly."""
        if not self.isVisible() or reframe.text == self._reframe.text():
            return
        self._reframe.setText(reframe.text)
        if reframe.group == SUPPORT_GROUP:
            self._answer_line.hide()
            self._hold_support()
        else:
            self._answer_line.show()
            if self._greeting_index >= 0 and reframe.speaks_to != self._greeting_to:
                self._greeting_to = reframe.speaks_to  # the greeting follows the new words
                greetings = self._greetings(reframe.speaks_to)
                self._greeting.setText(greetings[self._greeting_index % len(greetings)])
        self._place(self._anchor)

    @property
    def holds_support(self) -> bool:
        """True while the card shows the support answer (it does not fade by itself)."""
        return self._holding_support

    # --- behaviour ----------------------------------------------------------------------------

    def _hold_support(self) -> None:
        """Support is not marked as helping or not, and it waits until it is put away."""
        self._holding_support = True
        self._greeting.clear()
        self._helped.setVisible(False)
        self._not_this.setVisible(False)
        self._note.setVisible(False)  # what was typed is kept; nothing more is asked
        self._linger.stop()

    def _show_whether_saved(self, noticed: NoticedMoment) -> None:
        if noticed.saved or noticed.moment.id is None:
            self._unsaved.hide()
            self._unsaved.clear()
            return
        self._unsaved.setText(self._not_yet_saved_words())
        self._unsaved.show()

    def _not_yet_saved_words(self) -> str:
        return self.tr(
            "Your journal couldn't take this moment just now (perhaps the disk is full). "
            "It is kept safe here, and Kindling will save it as soon as there is room."
        )

    def _no_session_words(self) -> str:
        return self.tr(
            "No session is running just now, so this moment wasn't noted. "
            "Would you like to start one?"
        )

    def _on_start_clicked(self) -> None:
        self._put_away()
        self.start_requested.emit()

    def _status_words(self) -> str:
        if self._status_says == "helped":
            return self.tr("Glad it helped.")
        if self._status_says == "not-this":
            return self.tr("Noted. Another one next time.")
        if self._status_says == "kept":
            return self.tr("Kept with this moment.")
        return ""

    def _greetings(self, speaks_to: str | None) -> tuple[str, ...]:
        """Greetings that keep the same "you" as the words below them.

        Words that speak to the critic ("I see you, I know you mean to protect me") follow a
        greeting to the critic; words that speak to the person follow one to the person, so
        a card never greets one and then talks to the other.
        """
        if speaks_to == "critic":
            return (
                self.tr("Ah, hello again."),
                self.tr("Oh, it's you. Hello."),
                self.tr("Hello, old critic. I see you."),
            )
        return (
            self.tr("There it is. You noticed."),
            self.tr("Noticed, gently. That's the hard part."),
            self.tr("You heard it, and you noticed."),
        )

    def _next_greeting(self, speaks_to: str | None) -> str:
        self._greeting_to = speaks_to
        greetings = self._greetings(speaks_to)
        self._greeting_index = self._shown_count % len(greetings)
        self._shown_count += 1
        return greetings[self._greeting_index]

    def _place(self, anchor: QRect | None) -> None:
        screen = None
        if anchor is not None and anchor.isValid():
            screen = QGuiApplication.screenAt(anchor.center())
        screen = screen or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        # One geometry change, straight to its place: the width is fixed, so the height follows
        # from the wrapped reframe (a separate adjustSize() costs a second layout pass).
        layout = self.layout()
        # The card's new words reach this layout only once the card's own layout has run (a
        # posted event); until then it answers with the last card's height. Its items also
        # cache each label's height for a width: dropped here, or a card whose words changed
        # while it was showing (a typed note answered) lays the words out in the old height,
        # cut at the top and the bottom.
        inner = self._card.layout()
        if inner is not None:
            inner.invalidate()
        self._card.updateGeometry()
        width = self._card_width(available)
        if self.width() != width:
            self.setFixedWidth(width)
        height = layout.totalHeightForWidth(width) if layout is not None else -1
        if height <= 0:
            height = self.sizeHint().height()
        size = QSize(width, height)
        self.setGeometry(QRect(toast_position(self._position, size, anchor, available), size))
        if layout is not None:
            layout.activate()  # the words get their new room now, not on a later event

    def _card_width(self, available: QRect) -> int:
        """Wider for a larger font (the system's, or the person's), never over half the screen.

        QT_SCALE_FACTOR scales the whole card with its font, so the width in logical pixels
        stays; a larger font alone needs more room, or every line would hold two words.
        """
        self.ensurePolished()
        by_font = self.WIDTH_IN_LINES * self.fontMetrics().height()
        return max(self.WIDTH, min(by_font, available.width() // 2))

    def _give_feedback(self, helped: bool) -> None:
        if self._moment_id is None:
            return
        self._keep_unsaved_note()
        self.feedback_given.emit(self._moment_id, helped)
        self._status_says = "helped" if helped else "not-this"
        self._status.setText(self._status_words())
        by_keyboard = self.isActiveWindow() and not self._pointer_on_card
        # Nothing keeps the focus on a button about to hide: Qt would pass it on to the note.
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self._helped.setVisible(False)
        self._not_this.setVisible(False)
        if by_keyboard:  # chosen with the keyboard: the note is next, if they like
            self._note.setFocus(Qt.FocusReason.OtherFocusReason)  # what is in it stays whole
        else:  # a click: the keyboard goes back to whoever had it
            self._give_up_focus()

    def _keep_note(self) -> None:
        self._keep_unsaved_note()
        self._say_note_finished()
        if self._note_saved_text:
            self._status_says = "kept"
            self._status.setText(self._status_words())
            if self.isVisible():
                self._place(self._anchor)  # the status line may take another line
        self._give_up_focus()
        if not self._hovered:
            self._linger.start()

    def _keep_unsaved_note(self) -> None:
        """The note exactly as it reads now, kept; also when it was emptied again."""
        self._note_keeper.stop()
        text = self._note.text()
        if self._moment_id is None or text == self._note_saved_text:
            return
        if not text.strip() and not self._note_saved_text.strip():
            return
        self._note_saved_text = text
        self.note_written.emit(self._moment_id, text)

    def _allow_focus(self) -> None:
        """The person clicked into the note field: now, and only now, take the keyboard."""
        if self.windowHandle() is None:
            return
        self._keyboard.note_holder_before_taking()
        self._linger.stop()
        self._fade.stop()
        self.setWindowOpacity(1.0)
        self._keyboard.take()
        self._note.setFocus(Qt.FocusReason.MouseFocusReason)

    def _give_up_focus(self) -> None:
        self._note.clearFocus()
        self._keyboard.let_go()

    def _writing(self) -> bool:
        # Holding the keyboard counts as reading: the card stays until the person lets go.
        return self._note.hasFocus() or self.isActiveWindow()

    # --- the keyboard, only when Kindling already holds it -------------------------------------

    def _take_keyboard_from_kindling(self) -> None:
        """A Kindling window had the keyboard: the card takes it, with "This helped" focused."""
        if self._keyboard.kindling_window is None or not self._keyboard.take():
            return
        shown = [b for b in (self._helped, self._start) if not b.isHidden()]
        first = shown[0] if shown else self._close
        first.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _on_linger_elapsed(self) -> None:
        if self._holding_support:
            return  # support words stay until the person puts them away
        if self._hovered or self._writing():
            # The person is reading or writing: look again after another while.
            self._linger.start()
            return
        if self._reduced_motion or self._fade.duration() <= 0:
            self._finish()
            return
        self._fade.setStartValue(self.windowOpacity())
        self._fade.start()

    def _on_fade_finished(self) -> None:
        if self.windowOpacity() <= 0.01:
            self._finish()

    def _put_away(self) -> None:
        self._fade.stop()
        self._finish()

    def _finish(self) -> None:
        self._keep_unsaved_note()
        self._linger.stop()
        self._give_up_focus()
        self.hide()
        self.setWindowOpacity(1.0)
        self.dismissed.emit()

    # --- events -------------------------------------------------------------------------------

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 (Qt override)
        self._hovered = True
        if self._fade.state() == QAbstractAnimation.State.Running:
            self._fade.stop()
            self.setWindowOpacity(1.0)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._hovered = False
        if self.isVisible() and not self._writing():
            self._linger.start()
        super().leaveEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange:
            self._keyboard.activation_changed()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self._put_away()  # Escape on the card's buttons: done with it, keyboard goes back
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self._note
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self._keep_note()  # Escape keeps what was written and lets go of the keyboard
            return True
        if watched is not self._note and event.type() == QEvent.Type.MouseButtonPress:
            self._pointer_on_card = True
            if not self.isActiveWindow():
                self._keyboard.note_holder_before_taking()  # a click may move it: know whose
        if watched is not self._note and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self._after_click_on_card)  # after the button has answered
        if watched is self._note and event.type() == QEvent.Type.FocusOut:
            self._keep_note_when_leaving()
        return super().eventFilter(watched, event)

    def _after_click_on_card(self) -> None:
        """Any click on the card but in the note: the keyboard goes back to whoever had it."""
        self._pointer_on_card = False
        if self.isVisible() and self.isActiveWindow():
            self._give_up_focus()
        else:
            self._keyboard.look_again_soon()

    def _keep_note_when_leaving(self) -> None:
        self._keep_unsaved_note()
        self._say_note_finished()
        if self.isVisible() and not self._hovered:
            self._linger.start()

    def _say_note_finished(self) -> None:
        """Once per finished text: an answer to the note may follow (see ``note_finished``)."""
        text = self._note_saved_text
        if self._moment_id is None or not text.strip() or text == self._note_finished_text:
            return
        self._note_finished_text = text
        self.note_finished.emit(self._moment_id, text)
