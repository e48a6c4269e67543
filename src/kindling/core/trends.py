"""Which way a pattern has gone lately, so each chart can say one kind, true sentence about it.

The views hold the sentences (they are translated); this module only decides which one is
true. A fall is named as plainly as a rise and is met as warmly: the words never grade.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum


class Trend(Enum):
    """What the recent part of a pattern did, compared with the part before it."""

    NONE = "none"
    """Nothing to look at yet."""
    SINGLE = "single"
    """One session: it counts for itself, and no direction can be read from it."""
    RISE = "rise"
    FALL = "fall"
    STEADY = "steady"


SESSIONS_TOLERANCE = 0.5
"""Sessions a week: a change smaller than half a session a week is a steady rhythm."""

RECENT_WEEKS = 4
""""Lately", for sessions: the last four finished weeks, against the four before them."""

SOOTHING_TOLERANCE = 0.75
"""Points on the 0 to 10 check-in: a change in soothing smaller than this is no change."""


def direction(values: Sequence[float], tolerance: float, window: int | None = None) -> Trend:
    """The latest ``window`` values (oldest first) against the ``window`` before them, or,
    with fewer values than that, the later half against the earlier half.

    Spans rather than the first and last value: one unusual week or session does not turn
    the sentence around. With an odd count the middle value belongs to neither half.
    """
    if not values:
        return Trend.NONE
    if window is not None and len(values) >= 2 * window:
        earlier_values, later_values = values[-2 * window : -window], values[-window:]
    else:
        half = len(values) // 2
        if half == 0:
            return Trend.STEADY
        earlier_values, later_values = values[:half], values[-half:]
    earlier = sum(earlier_values) / len(earlier_values)
    later = sum(later_values) / len(later_values)
    if later - earlier > tolerance:
        return Trend.RISE
    if earlier - later > tolerance:
        return Trend.FALL
    return Trend.STEADY


def sessions_trend(weekly: Sequence[int]) -> Trend:
    """Sessions per week, oldest week first, the last one the week under way.

    The week under way is not over, so it takes no part in the direction (on a Monday it
    would always look like a fall). Weeks before the first session are left out too: a
    person who began three weeks ago has not "risen" from nine empty weeks.
    """
    total = sum(weekly)
    if total == 0:
        return Trend.NONE
    if total == 1:
        return Trend.SINGLE
    first = next(index for index, count in enumerate(weekly) if count)
    finished = [float(count) for count in weekly[first:-1]]
    return direction(finished, SESSIONS_TOLERANCE, RECENT_WEEKS) if finished else Trend.STEADY


def soothing_trend(changes: Sequence[int]) -> Trend:
    """Soothing after minus before, one value per checked-in session, oldest first."""
    if not changes:
        return Trend.NONE
    if len(changes) == 1:
        return Trend.SINGLE
    return direction([float(change) for change in changes], SOOTHING_TOLERANCE)
