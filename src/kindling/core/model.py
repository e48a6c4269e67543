"""Domain records handed between layers: sessions, moments, check-ins, warm-ups, pauses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from kindling.core.checkin_scale import CHECKIN_MAX, CHECKIN_MIN


class Phase(StrEnum):
    """When a check-in was taken."""

    BEFORE = "before"
    AFTER = "after"


@dataclass(frozen=True, slots=True)
class CheckIn:
    """How strongly each of the three emotion systems felt present, 0 to 10."""

    threat: int
    drive: int
    soothing: int

    def __post_init__(self) -> None:
        for name in ("threat", "drive", "soothing"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{name} must be a whole number")
            if not CHECKIN_MIN <= value <= CHECKIN_MAX:
                raise ValueError(f"{name} must be between {CHECKIN_MIN} and {CHECKIN_MAX}")


@dataclass(frozen=True, slots=True)
class Warmup:
    """The grounding warm-up as it happened."""

    completed: bool
    seconds: int
    pattern: str


@dataclass(frozen=True, slots=True)
class Pause:
    """A mindful pause taken during the session."""

    at: datetime
    seconds: int


@dataclass(frozen=True, slots=True)
class ShownReframe:
    """The reframe shown for a critic moment, kept as it was worded then."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Moment:
    """One noticed critic: when, what the person jotted (if anything), what was offered."""

    at: datetime
    note: str | None
    reframe: ShownReframe
    helped: bool | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Session:
    """A making session from start to (maybe) end, with everything that happened in it."""

    id: str
    medium: str
    intention: str | None
    started_at: datetime
    ended_at: datetime | None = None
    warmup: Warmup | None = None
    checkin_before: CheckIn | None = None
    checkin_after: CheckIn | None = None
    reflection: str | None = None
    pauses: tuple[Pause, ...] = field(default_factory=tuple)
    moments: tuple[Moment, ...] = field(default_factory=tuple)
    # Made away from the keyboard, in studio mode (kept in the journal; not in exports).
    studio: bool = False

    @property
    def in_progress(self) -> bool:
        return self.ended_at is None

    @property
    def last_activity(self) -> datetime:
        """The latest time anything happened in the session (for ending one left by a crash)."""
        times = [self.started_at]
        times += [m.at for m in self.moments]
        times += [p.at for p in self.pauses]
        if self.ended_at is not None:
            times.append(self.ended_at)
        return max(times)


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One line of the history list: enough to show, cheap to load."""

    id: str
    medium: str
    intention: str | None
    started_at: datetime
    ended_at: datetime | None
    moment_count: int
    soothing_before: int | None
    soothing_after: int | None


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """What the history list is narrowed to; every part is optional."""

    medium: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: sessions added, already present, and present but different."""

    added: int
    skipped_same: int
    skipped_different: tuple[str, ...]
