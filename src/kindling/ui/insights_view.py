"""Insights: gentle patterns across the person's own sessions, drawn as calm bar charts."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kindling.core.insights import MIN_SESSIONS, ArrivalBin, Change, Insights, Rate
from kindling.ui.bar_chart import Bar, BarChart
from kindling.ui.layout import centred_column, heading, muted

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
        self.insights: Insights | None = None
        column, layout = centred_column(self, COLUMN)
        self._heading = heading("", column)
        layout.addWidget(self._heading)
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
        self.retranslate()

    def retranslate(self) -> None:
        """Titles and readings in the language now installed (patterns already found stay)."""
        self.setAccessibleName(self.tr("Patterns over time"))
        self._heading.setText(self.tr("Patterns over time"))
        self._lead.setText(self.tr("Always compared with your own past, never with anyone else."))
        self.waiting.setAccessibleName(self.tr("Patterns will show with time"))
        names = {
            self.weeks: self.tr("Sessions each week"),
            self.arrival: self.tr("When in a session the critic tends to arrive"),
            self.by_medium: self.tr("Critic moments per hour, by kind of making"),
            self.by_time: self.tr("Critic moments per hour, by time of day"),
            self.soothing: self.tr("Soothing change, month by month"),
            self.warmup: self.tr("Soothing change with and without a warm-up"),
            self.reframes: self.tr("The words that helped most"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
            self._titles[widget].setText(name)
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
        reading = muted("", card)
        self.readings[content] = reading
        box.addWidget(title)
        box.addWidget(reading)
        box.addWidget(content)
        self.cards.append(card)
        return card

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
        for card in self.cards:
            card.setVisible(enough)
        if not enough:
            self.waiting.setText(self._waiting_words(insights.session_count))
            return
        self._show_weeks(insights)
        self._show_arrival(insights.arrival, insights.arrival_total)
        self._show_rates(self.by_medium, insights.by_medium, insights.usual_per_hour, None)
        self._show_rates(
            self.by_time, insights.by_time_of_day, insights.usual_per_hour, self._time_names()
        )
        self._show_soothing(insights)
        self._show_reframes(insights)

    def _waiting_words(self, count: int) -> str:
        if count == 0:
            return self.tr(
                "Patterns will show with time. After a handful of sessions, this page will "
                "gently show when your critic tends to visit and what helps."
            )
        return (
            self.tr(
                "Patterns will show with time. You have %1 of the %2 sessions it takes for a "
                "pattern to mean something; until then, each session simply counts for itself."
            )
            .replace("%1", str(count))
            .replace("%2", str(MIN_SESSIONS))
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
        self.readings[self.weeks].setText(self.tr("The past twelve weeks, by the week's Monday."))

    def _show_arrival(self, bins: tuple[ArrivalBin, ...], total: int) -> None:
        bars = []
        for b in bins:
            label = (
                self.tr("%1+ min").replace("%1", str(b.start_minute))
                if b.end_minute is None
                else f"{b.start_minute}–{b.end_minute}"
            )
            share = b.moments / total if total else 0.0
            bars.append(Bar(label, share, f"{round(share * 100)}%"))
        self.arrival.set_bars(bars, colour="threat")
        reading = self.tr(
            "Minutes since you began. The critic often visits early; noticing it is the skill."
        )
        if total:
            busiest = max(bins, key=lambda b: b.moments)
            if busiest.start_minute == 0:
                reading = self.tr(
                    "For you, the critic most often arrives in the first minutes. A warm-up "
                    "may meet it there."
                )
        self.readings[self.arrival].setText(reading)

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
        if usual is None or not shown:
            self.readings[chart].setText(self.tr("Finished sessions will show here."))
            return
        quietest = min(shown, key=lambda r: r.per_hour)
        self.readings[chart].setText(
            self.tr(
                "Moments noticed per hour of making; the dashed line is your usual. "
                "Quietest for you: %1."
            ).replace("%1", self._name(quietest.key, names))
        )

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
        self.readings[self.soothing].setText(
            self.tr("How much more soothed you felt after a session than before, on average.")
            if months
            else self.tr("Check in before and after a session to see this.")
        )
        pair = [
            (self.tr("with a warm-up"), insights.with_warmup),
            (self.tr("without"), insights.without_warmup),
        ]
        self.warmup.set_bars(
            [Bar(label, c.mean_change, f"{c.mean_change:+.1f}") for label, c in pair if c],
            colour="soothing",
        )
        with_, without = insights.with_warmup, insights.without_warmup
        if with_ and without and with_.mean_change > without.mean_change:
            reading = self.tr(
                "For you, sessions that began with a warm-up tended to end more soothed."
            )
        elif with_ and without:
            reading = self.tr("Warm-up or not, the difference is small for you so far.")
        else:
            reading = self.tr("Try sessions with and without a warm-up to compare.")
        self.readings[self.warmup].setText(reading)

    def _show_reframes(self, insights: Insights) -> None:
        helpful = insights.helpful_reframes
        self.readings[self.reframes].setText(
            self.tr("The words you marked as helping, most often first.")
            if helpful
            else self.tr(
                "When a reframe helps, mark it in the toast; the ones you keep will gather here."
            )
        )
        self.reframes.setText("\n\n".join(f"“{r.text}”" for r in helpful))
        self.reframes.setVisible(bool(helpful))


def _month_label(change: Change) -> str:
    year, month = change.key.split("-")
    return f"{QLocale().monthName(int(month), QLocale.FormatType.ShortFormat)} {year}"
