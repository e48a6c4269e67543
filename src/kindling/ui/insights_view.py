"""Patterns: gentle readings of the person's own sessions, each told in one kind sentence.

The first look is words and shapes. A line through time (sessions each week, soothing month
by month) would read as a streak or a decline, so it is drawn only with the numbers; the
other charts are drawn as shapes, and their figures and "your usual" line come with the
numbers too. "Show the numbers" beside the heading brings every figure back at once.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kindling.core.insights import Change, Insights, Rate
from kindling.ui.bar_chart import Bar, BarChart
from kindling.ui.insight_sentences import InsightSentences
from kindling.ui.layout import centred_column, heading, muted
from kindling.ui.numbers_toggle import NumbersToggle, heading_row

COLUMN = 760


class InsightSource(Protocol):
    """Where insights come from (the History service, or a fake in a test)."""

    def insights(self) -> Insights: ...


class InsightsView(QScrollArea):
    """Recomputed when it comes into view after the history changed; never a score."""

    def __init__(self, source: InsightSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._stale = True
        self._sentences = InsightSentences(self)
        self.insights: Insights | None = None
        column, layout = centred_column(self, COLUMN)
        self._heading = heading("", column)
        self.numbers = NumbersToggle(column)
        layout.addLayout(heading_row(self._heading, self.numbers))
        self._lead = muted("", column)
        layout.addWidget(self._lead)
        self.waiting = QLabel(column)
        self.waiting.setWordWrap(True)
        layout.addWidget(self.waiting)

        self.weeks = BarChart("", column)
        self.arrival = BarChart("", column)
        self.by_medium = BarChart("", column)
        self.by_time = BarChart("", column)
        self.soothing = BarChart("", column)
        self.warmup = BarChart("", column)
        self.reframes = QLabel(column)
        self.reframes.setWordWrap(True)
        self.readings: dict[QWidget, QLabel] = {}
        """Each card's one kind sentence, the first thing read on it."""
        self.captions: dict[QWidget, QLabel] = {}
        """What a chart's figures mean, shown with the numbers."""
        self._titles: dict[QWidget, QLabel] = {}
        self.cards: list[QFrame] = []
        for widget in (
            self.weeks,
            self.arrival,
            self.by_medium,
            self.by_time,
            self.soothing,
            self.warmup,
            self.reframes,
        ):
            layout.addWidget(self._card(widget, column))
        layout.addStretch(1)
        self.numbers.toggled.connect(self._show_numbers)
        self._show_numbers(False)
        self.retranslate()

    @property
    def charts(self) -> tuple[BarChart, ...]:
        return (self.weeks, self.arrival, self.by_medium, self.by_time, self.soothing, self.warmup)

    @property
    def lines_through_time(self) -> tuple[BarChart, ...]:
        """Charts that would read as a streak or a decline: drawn only with the numbers."""
        return (self.weeks, self.soothing)

    def retranslate(self) -> None:
        """Titles and readings in the language now installed (patterns already found stay)."""
        self.setAccessibleName(self.tr("Patterns over time"))
        self._heading.setText(self.tr("Patterns over time"))
        self._lead.setText(self.tr("Always compared with your own past, never with anyone else."))
        self.waiting.setAccessibleName(self.tr("Patterns will show with time"))
        names = {
            self.weeks: self.tr("Your weeks of making"),
            self.arrival: self.tr("When in a session the critic tends to arrive"),
            self.by_medium: self.tr("The critic, by kind of making"),
            self.by_time: self.tr("The critic, by time of day"),
            self.soothing: self.tr("Soothing, lately"),
            self.warmup: self.tr("Soothing with and without a warm-up"),
            self.reframes: self.tr("The kind words that helped most"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
            self._titles[widget].setText(name)
        captions = {
            self.weeks: self.tr(
                "Sessions each week for the past twelve weeks, by the week's Monday."
            ),
            self.arrival: self.tr("Share of noticed moments, by minutes since you began."),
            self.by_medium: self.tr(
                "Moments noticed per hour of making; the dashed line is your usual."
            ),
            self.by_time: self.tr(
                "Moments noticed per hour of making; the dashed line is your usual."
            ),
            self.soothing: self.tr(
                "How much more soothed you felt after a session than before, on average, "
                "month by month."
            ),
            self.warmup: self.tr("Soothing after a session minus before, on average."),
        }
        for chart, caption in captions.items():
            self.captions[chart].setText(caption)
        if self.insights is not None:
            self._show(self.insights)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _card(self, content: QWidget, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        box.setContentsMargins(18, 14, 18, 14)
        title = QLabel(card)
        self._titles[content] = title
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        reading = QLabel(card)
        reading.setWordWrap(True)
        self.readings[content] = reading
        box.addWidget(title)
        box.addWidget(reading)
        if isinstance(content, BarChart):
            caption = muted("", card)
            self.captions[content] = caption
            box.addWidget(caption)
        box.addWidget(content)
        self.cards.append(card)
        return card

    def _show_numbers(self, shown: bool) -> None:
        for chart in self.charts:
            chart.show_values(shown)
            self.captions[chart].setVisible(shown)
        for chart in self.lines_through_time:
            chart.setVisible(shown)

    # --- refreshing ---------------------------------------------------------------------------

    def mark_stale(self) -> None:
        """The history changed; recompute next time this is looked at (or now, if in view)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        insights = self._source.insights()
        self.insights = insights
        self._show(insights)

    def _show(self, insights: Insights) -> None:
        enough = insights.enough
        self.waiting.setVisible(not enough)
        self.numbers.setVisible(enough)
        for card in self.cards:
            card.setVisible(enough)
        if not enough:
            self.waiting.setText(self._waiting_words(insights.session_count))
            return
        say = self._sentences
        self._show_weeks(insights)
        self.readings[self.weeks].setText(say.weeks(insights.sessions_trend))
        self._show_arrival(insights)
        self.readings[self.arrival].setText(say.arrival(insights.arrival, insights.arrival_total))
        self._show_rates(self.by_medium, insights.by_medium, insights.usual_per_hour, None)
        self.readings[self.by_medium].setText(say.by_medium(insights.by_medium[:6]))
        self._show_rates(
            self.by_time, insights.by_time_of_day, insights.usual_per_hour, self._time_names()
        )
        self.readings[self.by_time].setText(say.by_time(insights.by_time_of_day))
        self._show_soothing(insights)
        self.readings[self.soothing].setText(say.soothing(insights.soothing_trend))
        self.readings[self.warmup].setText(
            say.warmup(insights.with_warmup, insights.without_warmup)
        )
        self._show_reframes(insights)

    def _waiting_words(self, count: int) -> str:
        # No "2 of 5": a count towards a goal is a progress bar the critic can read.
        if count == 0:
            return self.tr(
                "Patterns will show with time. After a handful of sessions, this page will "
                "gently show when your critic tends to visit and what helps."
            )
        return self.tr(
            "Patterns will show with time, after a handful of sessions. Until then, each "
            "session simply counts for itself."
        )

    def _show_weeks(self, insights: Insights) -> None:
        locale = QLocale()
        bars = [
            Bar(
                f"{w.week_start.day} {locale.monthName(w.week_start.month, QLocale.FormatType.ShortFormat)}",
                w.sessions,
                str(w.sessions),
            )
            for w in insights.weeks
        ]
        self.weeks.set_bars(bars, colour="accent")

    def _show_arrival(self, insights: Insights) -> None:
        total = insights.arrival_total
        bars = []
        for b in insights.arrival:
            label = (
                self.tr("%1+ min").replace("%1", str(b.start_minute))
                if b.end_minute is None
                else f"{b.start_minute}–{b.end_minute}"
            )
            share = b.moments / total if total else 0.0
            bars.append(Bar(label, share, f"{round(share * 100)}%"))
        self.arrival.set_bars(bars, colour="threat")

    def _show_rates(
        self,
        chart: BarChart,
        rates: tuple[Rate, ...],
        usual: float | None,
        names: dict[str, str] | None,
    ) -> None:
        shown = rates[:6]
        bars = [Bar(self._name(r.key, names), r.per_hour, f"{r.per_hour:.1f}") for r in shown]
        chart.set_bars(bars, usual, self.tr("your usual"), colour="drive")

    def _name(self, key: str, names: dict[str, str] | None) -> str:
        return key if names is None else names.get(key, key)

    def _time_names(self) -> dict[str, str]:
        return {
            "morning": self.tr("mornings"),
            "afternoon": self.tr("afternoons"),
            "evening": self.tr("evenings"),
            "night": self.tr("nights"),
        }

    def _show_soothing(self, insights: Insights) -> None:
        months = [
            Bar(_month_label(c), c.mean_change, f"{c.mean_change:+.1f}")
            for c in insights.soothing_by_month
        ]
        self.soothing.set_bars(
            months, insights.usual_soothing_change, self.tr("your usual"), colour="soothing"
        )
        pair = [
            (self.tr("with a warm-up"), insights.with_warmup),
            (self.tr("without"), insights.without_warmup),
        ]
        self.warmup.set_bars(
            [Bar(label, c.mean_change, f"{c.mean_change:+.1f}") for label, c in pair if c],
            colour="soothing",
        )

    def _show_reframes(self, insights: Insights) -> None:
        helpful = insights.helpful_reframes
        self.readings[self.reframes].setText(self._sentences.helpful(bool(helpful)))
        self.reframes.setText("\n\n".join(f"“{r.text}”" for r in helpful))
        self.reframes.setVisible(bool(helpful))


def _month_label(change: Change) -> str:
    year, month = change.key.split("-")
    return f"{QLocale().monthName(int(month), QLocale.FormatType.ShortFormat)} {year}"
