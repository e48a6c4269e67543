"""One kind, true sentence for each pattern, in the language now installed.

Which sentence is true comes from the data (:mod:`kindling.core.trends`, the insights); the
words live here because they are translated. A fall is named plainly and met as warmly as a
rise: no sentence here grades, compares with anyone else, or calls anything a failure.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kindling.core.insights import ArrivalBin, Change, Rate
from kindling.core.trends import Trend

WARMUP_DIFFERENCE = 0.5
"""Points of soothing change: a smaller difference with and without a warm-up is "small"."""


class InsightSentences(QObject):
    """Only a translation context and the choice of words; it holds no state."""

    def weeks(self, trend: Trend) -> str:
        return {
            Trend.NONE: self.tr(
                "These twelve weeks were quiet for making. Your work will be here whenever "
                "you come back to it."
            ),
            Trend.SINGLE: self.tr(
                "One session in these twelve weeks. It was time you gave your work, and it "
                "counts for itself."
            ),
            Trend.RISE: self.tr(
                "You have been making room for your work more often lately. Enjoy it; "
                "rhythms come and go."
            ),
            Trend.FALL: self.tr(
                "There has been less time for making lately. That happens; life has seasons, "
                "and your work will wait for you kindly."
            ),
            Trend.STEADY: self.tr("You have kept coming back to your work at a steady pace."),
        }[trend]

    def soothing(self, trend: Trend) -> str:
        return {
            Trend.NONE: self.tr(
                "When you check in before and after a session, how soothed you felt will "
                "gather here."
            ),
            Trend.SINGLE: self.tr(
                "You have checked in before and after one session. Each check-in is a moment "
                "of listening to yourself."
            ),
            Trend.RISE: self.tr(
                "Soothing has come a little more easily lately. Something you are doing is helping."
            ),
            Trend.FALL: self.tr(
                "Soothing was harder to reach lately; that happens, and you still made something."
            ),
            Trend.STEADY: self.tr(
                "Soothing has felt much the same from session to session. Coming back to it "
                "is already kind."
            ),
        }[trend]

    def arrival(self, bins: tuple[ArrivalBin, ...], total: int) -> str:
        if not total:
            return self.tr("When you notice the critic in a session, the moments will gather here.")
        busiest = max(bins, key=lambda b: b.moments)
        if busiest.start_minute == 0:
            return self.tr(
                "For you, the critic most often arrives in the first minutes. A warm-up may "
                "meet it there."
            )
        return self.tr(
            "For you, the critic most often arrives after about %1 minutes. Noticing it there "
            "is the skill."
        ).replace("%1", str(busiest.start_minute))

    def by_medium(self, rates: tuple[Rate, ...]) -> str:
        if not rates:
            return self.tr("Finished sessions will show here.")
        if len(rates) == 1:
            return self.tr(
                "As you try other kinds of making, you will see here where the critic is quieter."
            )
        quietest = min(rates, key=lambda r: r.per_hour)
        return self.tr("Where the critic tends to be quietest for you: %1.").replace(
            "%1", quietest.key
        )

    def by_time(self, rates: tuple[Rate, ...]) -> str:
        if not rates:
            return self.tr("Finished sessions will show here.")
        if len(rates) == 1:
            return self.tr(
                "As you make things at other times of day, you will see here when the critic "
                "is quieter."
            )
        quietest = min(rates, key=lambda r: r.per_hour).key
        return {
            "morning": self.tr("The critic tends to be quietest for you in the mornings."),
            "afternoon": self.tr("The critic tends to be quietest for you in the afternoons."),
            "evening": self.tr("The critic tends to be quietest for you in the evenings."),
            "night": self.tr("The critic tends to be quietest for you at night."),
        }.get(quietest, self.tr("Finished sessions will show here."))

    def warmup(self, with_: Change | None, without: Change | None) -> str:
        if with_ is None or without is None:
            return self.tr(
                "Try sessions with and without a warm-up, and you will see here how each felt."
            )
        difference = with_.mean_change - without.mean_change
        if difference > WARMUP_DIFFERENCE:
            return self.tr(
                "For you, sessions that began with a warm-up tended to end more soothed."
            )
        if difference < -WARMUP_DIFFERENCE:
            return self.tr(
                "For you, sessions without a warm-up ended just as soothed or more. Go with "
                "whatever suits the day."
            )
        return self.tr("Warm-up or not, the difference is small for you so far.")

    def helpful(self, any_helped: bool) -> str:
        if any_helped:
            return self.tr("The kind words you marked as helping, the most helpful first.")
        return self.tr(
            "When kind words help, mark them on the card; the ones that helped will gather here."
        )
