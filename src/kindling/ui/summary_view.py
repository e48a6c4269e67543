"""The session summary: how it went, told as encouragement, with the critic moments on a line."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kindling.core.summary import Summary, render_text
from kindling.ui.checkin_widget import SystemsPicture
from kindling.ui.layout import centred_column, heading, muted
from kindling.ui.numbers_toggle import NumbersToggle, heading_row
from kindling.ui.timeline_widget import TimelineWidget
from kindling.ui.words import duration_words, offset_words


class SummaryView(QScrollArea):
    """Shows any session's summary (:meth:`show_summary`); the history reuses it."""

    new_session_requested = Signal()
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary: Summary | None = None
        column, layout = centred_column(self)
        self._title = heading("", column)
        self.numbers = NumbersToggle(column)
        self._lead = QLabel(column)
        self._lead.setWordWrap(True)
        self._details = QLabel(column)
        self._details.setWordWrap(True)
        self._details.setTextFormat(Qt.TextFormat.RichText)
        self.timeline = TimelineWidget(column)
        self._legend = muted("", column)
        self._awareness = QLabel(column)
        self._awareness.setWordWrap(True)
        self._count = muted("", column)
        self._moments = QLabel(column)
        self._moments.setWordWrap(True)
        self._moments.setTextFormat(Qt.TextFormat.RichText)

        self._build_checkins(column)
        self._checkin_note = muted("", column)

        self._reflection = QLabel(column)
        self._reflection.setWordWrap(True)

        self.copy_button = QPushButton(column)
        self.copy_button.setProperty("role", "quiet")
        self.copy_button.clicked.connect(self._on_copy)
        self.again_button = QPushButton(column)
        self.again_button.setProperty("role", "primary")
        self.again_button.clicked.connect(self.new_session_requested)
        self._status = muted("", column)
        buttons = QHBoxLayout()
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.again_button)

        self._filled: list[QWidget] = [
            self._details,
            self.timeline,
            self._legend,
            self._awareness,
            self._count,
            self._moments,
            self._checkins,
            self._checkin_note,
            self._reflection,
            self.copy_button,
        ]
        layout.addLayout(heading_row(self._title, self.numbers))
        for widget in (self._lead, *self._filled[:-1]):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._copied = False
        self.numbers.toggled.connect(self._show_numbers)
        self.retranslate()

    def _build_checkins(self, column: QWidget) -> None:
        self._checkins = QFrame(column)
        self._checkins.setProperty("role", "card")
        self.before_picture = SystemsPicture(compact=True, parent=self._checkins)
        self.after_picture = SystemsPicture(compact=True, parent=self._checkins)
        for picture in (self.before_picture, self.after_picture):
            picture.show_levels(False)
        grid = QGridLayout(self._checkins)
        grid.setContentsMargins(16, 12, 16, 12)
        self._before = muted("", self._checkins)
        self._after = muted("", self._checkins)
        grid.addWidget(self._before, 0, 0, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(self._after, 0, 1, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(self.before_picture, 1, 0)
        grid.addWidget(self.after_picture, 1, 1)

    def retranslate(self) -> None:
        """The view's words in the language now installed; a shown summary is told again."""
        self.setAccessibleName(self.tr("Session summary"))
        self._legend.setText(
            self.tr(
                "Each dot is a moment you noticed the critic; a soft ring means the words "
                "helped; a short line is a mindful pause."
            )
        )
        self._moments.setAccessibleName(self.tr("Critic moments and the words offered"))
        self._before.setText(self.tr("Before"))
        self._after.setText(self.tr("After"))
        self.copy_button.setText(self.tr("Copy as Markdown"))
        self.copy_button.setAccessibleName(self.tr("Copy this summary as Markdown"))
        self.copy_button.setAccessibleDescription(
            self.tr("Puts this summary on the clipboard as text you can paste into a journal.")
        )
        self.again_button.setText(self.tr("Start another session"))
        self.again_button.setAccessibleName(self.tr("Start another session"))
        self.again_button.setAccessibleDescription(
            self.tr("Opens the start page, ready for the next session.")
        )
        copied = self._copied
        scrolled = self.verticalScrollBar().value()
        if self._summary is None:
            self.show_empty()
        else:
            self.show_summary(self._summary)
            self.verticalScrollBar().setValue(scrolled)
        if copied:
            self._say_copied()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- public -------------------------------------------------------------------------------

    @property
    def summary(self) -> Summary | None:
        return self._summary

    def show_empty(self) -> None:
        """Before the first session: a warm word instead of an empty page."""
        self._summary = None
        self._title.setText(self.tr("Your last session"))
        self._lead.setText(
            self.tr("When you finish a session, a summary of it will wait for you here.")
        )
        for widget in self._filled:
            widget.setVisible(False)
        self.numbers.setVisible(False)

    def show_summary(self, summary: Summary) -> None:
        self._summary = summary
        session = summary.session
        for widget in self._filled:
            widget.setVisible(True)
        self.numbers.setVisible(True)
        self._status.clear()
        self._copied = False
        self._title.setText(self.tr("Your session: %1").replace("%1", session.medium))
        self._lead.setText(self._lead_words(summary))
        self._details.setText(self._details_html(summary))
        self.timeline.set_session(
            summary.duration,
            [
                (offset, bool(moment.helped))
                for moment, offset in zip(session.moments, summary.moment_offsets, strict=True)
            ],
            [pause.at - session.started_at for pause in session.pauses],
        )
        count = len(session.moments)
        if count:
            # No count first: how many times is not a grade. The number waits behind
            # "Show the numbers".
            self._awareness.setText(
                self.tr("You noticed the critic, and that was a moment of awareness.")
                if count == 1
                else self.tr("Each time you noticed the critic was a moment of awareness.")
            )
            # English wording chosen in code so it reads well with no translation loaded;
            # translators still get %n for their own plural forms.
            self._count.setText(
                self.tr("You noticed the critic once.")
                if count == 1
                else self.tr("You noticed the critic %n times.", "", count)
            )
        else:
            self._awareness.setText(
                self.tr("The critic stayed quiet this time, or you simply let it be.")
            )
            self._count.clear()
        self._moments.setText(self._moments_html(summary))
        self._moments.setVisible(count > 0)
        self._legend.setVisible(count > 0 or bool(session.pauses))
        self._show_checkins(summary)
        self._show_numbers(self.numbers.isChecked())
        if session.reflection:
            self._reflection.setText(
                self.tr("Your kind word to yourself: %1").replace("%1", session.reflection)
            )
        self._reflection.setVisible(bool(session.reflection))
        self.verticalScrollBar().setValue(0)

    def markdown(self) -> str:
        return "" if self._summary is None else render_text(self._summary)

    # --- helpers ------------------------------------------------------------------------------

    def _lead_words(self, summary: Summary) -> str:
        """The making time, and the warm-up said apart from it (it is not making time)."""
        warmed_up = summary.warmup_time >= timedelta(minutes=1)
        if summary.session.in_progress:
            lead = self.tr("This session is still going: %1 so far.")
        elif warmed_up:
            lead = self.tr("You spent %1 making, after %2 of warm-up. That time was yours.")
        else:
            lead = self.tr("You spent %1 making. That time was yours.")
        making = duration_words(summary.making_time)
        return lead.replace("%1", making).replace("%2", duration_words(summary.warmup_time))

    def _details_html(self, summary: Summary) -> str:
        session = summary.session
        lines = []
        if session.intention:
            lines.append(
                self.tr("Your intention: %1").replace("%1", f"<i>{_escaped(session.intention)}</i>")
            )
        if session.studio:
            lines.append(self.tr("A studio session, away from the keyboard."))
        if session.warmup is not None:
            if session.warmup.completed:
                lines.append(self.tr("You began with a grounding warm-up."))
            else:
                lines.append(self.tr("You began with part of a warm-up, and that counts too."))
        if session.pauses:
            pauses = len(session.pauses)
            lines.append(
                self.tr("You took a mindful pause.")
                if pauses == 1
                else self.tr("You took %n mindful pauses.", "", pauses)
            )
        return "<br>".join(lines)

    def _moments_html(self, summary: Summary) -> str:
        items = []
        for moment, offset in zip(summary.session.moments, summary.moment_offsets, strict=True):
            text = f"<b>{_escaped(offset_words(offset))}</b> — {_escaped(moment.reframe.text)}"
            if moment.note:
                text += (
                    "<br><span>"
                    + _escaped(self.tr("You jotted: “%1”").replace("%1", moment.note))
                    + "</span>"
                )
            if moment.helped:
                text += " <i>" + _escaped(self.tr("(this helped)")) + "</i>"
            items.append(f"<li style='margin-bottom:6px'>{text}</li>")
        return "<ul style='margin-left:-20px'>" + "".join(items) + "</ul>"

    def _show_checkins(self, summary: Summary) -> None:
        change = summary.checkins
        shown = change.before is not None or change.after is not None
        self._checkins.setVisible(shown)
        self.before_picture.setVisible(change.before is not None)
        self.after_picture.setVisible(change.after is not None)
        if change.before is not None:
            self.before_picture.set_levels(change.before)
        if change.after is not None:
            self.after_picture.set_levels(change.after)
        soothing = change.delta("soothing")
        if soothing is not None and soothing > 0:
            note = self.tr("Your soothing system grew a little stronger while you worked.")
        elif soothing is not None and soothing < 0:
            # Met as warmly as a rise: a harder day is no failure.
            note = self.tr(
                "Soothing was harder to reach today; that happens, and you still made something."
            )
        elif soothing is not None:
            note = self.tr(
                "Soothing stayed about where it was, and you still gave yourself this time."
            )
        elif shown:
            note = self.tr("However it went, you checked in with yourself, and that is kind.")
        else:
            note = ""
        self._checkin_note.setText(note)
        self._checkin_note.setVisible(bool(note))

    def _show_numbers(self, shown: bool) -> None:
        """The count of critic moments and the check-in levels, for whoever wants them."""
        self._count.setVisible(shown and bool(self._count.text()) and self._summary is not None)
        for picture in (self.before_picture, self.after_picture):
            picture.show_levels(shown)

    def _on_copy(self) -> None:
        text = self.markdown()
        QGuiApplication.clipboard().setText(text)
        self._say_copied()
        self.copied.emit(text)

    def _say_copied(self) -> None:
        self._copied = True
        self._status.setText(self.tr("Copied."))


def _escaped(text: str) -> str:
    """``html.escape``, loaded on first use.

    Its entity table is about 0.5 MB, for a page most starts build but few fill.
    """
    import html

    return html.escape(text)
