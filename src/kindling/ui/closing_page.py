"""The closing moment, one question at a time: how you feel, a kind word, setting the work down."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kindling.core.model import CheckIn
from kindling.ui.breathing_guide import BreathingGuide
from kindling.ui.checkin_widget import CheckInWidget
from kindling.ui.layout import centred_column, heading, muted
from kindling.ui.support_card import SupportLink
from kindling.ui.theme import SPACING

FEEL, KIND_WORDS, SET_DOWN = range(3)


class ClosingPage(QScrollArea):
    """Layout only. ``end_confirmed`` carries the check-in (or None) and the kind words.

    Three short steps, each with one way on: the after check-in (skippable before the
    sliders), one kind thing to say to yourself, and an optional breath to set the work
    down. "Back to my work" is there throughout: ending was perhaps a slip.
    """

    end_confirmed = Signal(object, object)  # CheckIn | None, str | None
    back_to_work_requested = Signal()
    support_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column, layout = centred_column(self)
        self._title = heading("", column)
        self._where = muted("", column)
        self._where.setObjectName("closingWhere")
        self._skipped = False

        # One step shown at a time; the hidden ones take no room, so the buttons sit right
        # under the question in view.
        self._step = FEEL
        self._pages = [
            self._build_feel(column),
            self._build_kind_words(column),
            self._build_set_down(column),
        ]

        self.back_button = QPushButton(column)
        self.back_button.setProperty("role", "quiet")
        self.back_button.clicked.connect(self.back_to_work_requested)
        self.next_button = QPushButton(column)
        self.next_button.setProperty("role", "primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next)
        self.finish_button = QPushButton(column)
        self.finish_button.setProperty("role", "primary")
        self.finish_button.clicked.connect(self._on_finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self._where, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)

        layout.addWidget(self._title)
        for page in self._pages:
            layout.addWidget(page)
        layout.addSpacing(SPACING // 2)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.support_link = SupportLink(column)
        self.support_link.clicked.connect(self.support_wanted)
        layout.addWidget(self.support_link, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()
        self._show_step(FEEL)

    # --- the three steps ----------------------------------------------------------------------

    def _build_feel(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        self._lead = QLabel(page)
        self._lead.setWordWrap(True)
        self.checkin_toggle = QPushButton(page)
        self.checkin_toggle.setProperty("role", "disclosure")
        self.checkin_toggle.clicked.connect(self._on_skip_checkin)
        self.checkin = CheckInWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self._lead)
        layout.addWidget(self.checkin_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.checkin)
        return page

    def _build_kind_words(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        self._reflection_label = QLabel(page)
        self._reflection_label.setWordWrap(True)
        self._reflection_hint = muted("", page)
        self.reflection = QPlainTextEdit(page)
        self.reflection.setTabChangesFocus(True)
        self.reflection.setFixedHeight(96)
        self._reflection_label.setBuddy(self.reflection)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self._reflection_label)
        layout.addWidget(self._reflection_hint)
        layout.addWidget(self.reflection)

        return page

    def _build_set_down(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        self._set_down_title = QLabel(page)
        self._set_down_title.setWordWrap(True)
        self._set_down_words = muted("", page)
        self.guide = BreathingGuide(compact=True, parent=page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self._set_down_title)
        layout.addWidget(self._set_down_words)
        layout.addWidget(self.guide, 0, Qt.AlignmentFlag.AlignHCenter)

        return page

    # --- words --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every word on the page in the language now installed."""
        self.setAccessibleName(self.tr("Closing the session"))
        self._title.setText(self.tr("Before you go, a moment for yourself"))
        self._lead.setText(
            self.tr("However the work went, you showed up for it. How do you feel now?")
        )
        self.checkin_toggle.setText(self.tr("Skip the check-in"))
        self.checkin_toggle.setAccessibleName(self.tr("Skip the check-in"))
        self.checkin_toggle.setAccessibleDescription(
            self.tr("Goes on without the three sliders; nothing is kept for how you feel.")
        )
        self._reflection_label.setText(self.tr("One kind thing to say to yourself"))
        self._reflection_hint.setText(self.tr("Only if you like; it is kept with this session."))
        self.reflection.setPlaceholderText(self.tr("For example: I let the colours be messy."))
        self.reflection.setAccessibleName(self.tr("One kind thing to say to yourself"))
        self.reflection.setAccessibleDescription(
            self.tr("A kind sentence to yourself, kept with this session. You can leave it empty.")
        )
        self._set_down_title.setText(self.tr("Setting the work down"))
        self._set_down_words.setText(
            self.tr(
                "If you like, one slow breath before you go: in, and out, and let the work "
                "rest until next time. Or simply go on."
            )
        )
        self.back_button.setText(self.tr("Back to my work"))
        self.back_button.setAccessibleName(self.tr("Go back to the session"))
        self.back_button.setAccessibleDescription(
            self.tr("The session keeps going, and the session bar comes back.")
        )
        self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Go on to the next question"))
        self.finish_button.setText(self.tr("End and see the summary"))
        self.finish_button.setAccessibleName(self.tr("End the session and see the summary"))
        self._say_where()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say_where(self) -> None:
        self._where.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self._step + 1))
            .replace("%2", str(len(self._pages)))
        )

    # --- behaviour ----------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self._step

    def prepare(self, before: CheckIn | None) -> None:
        """Fresh for this session; the sliders start where the person was at the beginning.

        Sliders set here are not the person's answer: only a slider they move makes a
        check-in (an untouched check-in is no check-in).
        """
        self.reflection.clear()
        self._skipped = False
        self.checkin.reset()
        if before is not None:
            self.checkin.set_value(before)
        self.checkin.reset_touched()
        self._show_step(FEEL)

    def _show_step(self, index: int) -> None:
        self._step = index
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
        last = index == SET_DOWN
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last)
        self.next_button.setDefault(not last)
        self.finish_button.setDefault(last)
        self.guide.setVisible(last)
        self._say_where()
        if index == KIND_WORDS:
            self.reflection.setFocus()
        elif last:
            self.finish_button.setFocus()
        else:
            self.next_button.setFocus()

    def _on_skip_checkin(self) -> None:
        self._skipped = True
        self._show_step(KIND_WORDS)

    def _on_next(self) -> None:
        if self._step == FEEL:
            self._skipped = not self.checkin.touched
        self._show_step(min(self._step + 1, SET_DOWN))

    def _on_finish(self) -> None:
        checkin = None if self._skipped or not self.checkin.touched else self.checkin.value()
        words = self.reflection.toPlainText().strip() or None
        self.end_confirmed.emit(checkin, words)
