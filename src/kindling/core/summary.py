"""What a finished (or unfinished) session amounts to, for the summary screen and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from kindling.core.model import CheckIn, Moment, Session
from kindling.core.plural import plural
from kindling.core.timefmt import describe_duration


@dataclass(frozen=True, slots=True)
class CheckInChange:
    before: CheckIn | None
    after: CheckIn | None

    def delta(self, system: str) -> int | None:
        if self.before is None or self.after is None:
            return None
        return int(getattr(self.after, system)) - int(getattr(self.before, system))


@dataclass(frozen=True, slots=True)
class Summary:
    """A session seen whole: how long, when the critic came, what helped."""

    session: Session
    duration: timedelta
    moment_offsets: tuple[timedelta, ...]
    helped: tuple[Moment, ...]
    checkins: CheckInChange

    @property
    def moments(self) -> tuple[Moment, ...]:
        return self.session.moments

    @property
    def warmup_time(self) -> timedelta:
        """The grounding warm-up at the start of the session (zero without one)."""
        return min(warmup_length(self.session), self.duration)

    @property
    def making_time(self) -> timedelta:
        """The time spent making: the session's length without its warm-up."""
        return self.duration - self.warmup_time


def warmup_length(session: Session) -> timedelta:
    """How long the warm-up took; it always opens the session."""
    warmup = session.warmup
    return timedelta(seconds=max(warmup.seconds, 0)) if warmup is not None else timedelta(0)


def making_started_at(session: Session) -> datetime:
    """When the making began: after the warm-up, if there was one."""
    return session.started_at + warmup_length(session)


def summarise(session: Session, now: datetime | None = None) -> Summary:
    """Builds the summary; an unfinished session is measured up to ``now`` or its last activity."""
    end = session.ended_at or now or session.last_activity
    return Summary(
        session=session,
        duration=max(end - session.started_at, timedelta(0)),
        moment_offsets=tuple(m.at - session.started_at for m in session.moments),
        helped=tuple(m for m in session.moments if m.helped),
        checkins=CheckInChange(session.checkin_before, session.checkin_after),
    )


def _offset_words(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    return "in the first minute" if minutes < 1 else f"after {describe_duration(offset)}"


def _opening_lines(summary: Summary) -> list[str]:
    """How long, the intention, studio or not, and the warm-up."""
    session = summary.session
    making = f"You spent {describe_duration(summary.making_time)} making"
    if summary.warmup_time >= timedelta(minutes=1):
        making += f", after {describe_duration(summary.warmup_time)} of warm-up"
    lines = [f"{making}."]
    if session.intention:
        lines.append(f"Your intention: {session.intention}")
    if session.studio:
        lines.append("A studio session, away from the keyboard.")
    if session.warmup is not None:
        if session.warmup.completed:
            lines.append("You began with a grounding warm-up.")
        else:
            lines.append("You began with part of a warm-up, and that counts too.")
    return lines


def render_text(summary: Summary) -> str:
    """A short, encouraging summary for the terminal or the clipboard (Markdown-friendly)."""
    session = summary.session
    lines = [f"# Your session: {session.medium}", "", *_opening_lines(summary)]
    count = len(session.moments)
    if count == 0:
        lines.append("The critic stayed quiet this time, or you simply let it be.")
    else:
        lines.append(
            plural(
                count,
                "You noticed the critic once. That was a moment of awareness.",
                "You noticed the critic %n times. Each one was a moment of awareness.",
            )
        )
        lines.append("")
        for moment, offset in zip(session.moments, summary.moment_offsets, strict=True):
            mark = " (this helped)" if moment.helped else ""
            words = " ".join(moment.reframe.text.split())  # the support answer has paragraphs
            lines.append(f"- {_offset_words(offset)}: {words}{mark}")
    if session.pauses:
        lines.append("")
        lines.append(
            plural(len(session.pauses), "You took a mindful pause.", "You took %n mindful pauses.")
        )
    change = summary.checkins
    if change.before and change.after:
        lines.append("")
        lines.append("How you felt, before and after:")
        for system, label in (("threat", "Threat"), ("drive", "Drive"), ("soothing", "Soothing")):
            lines.append(
                f"- {label}: {getattr(change.before, system)} → {getattr(change.after, system)}"
            )
    if session.reflection:
        lines += ["", f"Your reflection: {session.reflection}"]
    return "\n".join(lines) + "\n"
