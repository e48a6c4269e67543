"""The Markdown export: a readable journal, one section per session, fit to share with a therapist."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo

from kindling.core.model import Session
from kindling.core.timefmt import describe_duration

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
"""Characters that would turn a person's words into formatting; they are shown as typed."""


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _one_line(text: str) -> str:
    """Words offered in several paragraphs (the support answer) stay one list item."""
    return " ".join(text.split())


def _quote(text: str) -> list[str]:
    """A person's own words as a block quote, line breaks kept."""
    return ["> " + escape(line) if line else ">" for line in text.splitlines() or [""]]


def _when(moment: datetime, tz: tzinfo | None) -> str:
    local = moment.astimezone(tz)
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M}"


def _minutes_into(session: Session, at: datetime) -> str:
    minutes = max(int((at - session.started_at).total_seconds() // 60), 0)
    return "in the first minute" if minutes < 1 else f"{minutes} min in"


def section(session: Session, tz: tzinfo | None = None) -> Iterator[str]:
    yield f"## {_when(session.started_at, tz)} · {escape(session.medium)}"
    yield ""
    yield from _facts(session)
    if session.intention:
        yield ""
        yield "Intention:"
        yield ""
        yield from _quote(session.intention)
    yield ""
    yield from _moments(session)
    if session.reflection:
        yield ""
        yield "Reflection:"
        yield ""
        yield from _quote(session.reflection)
    yield ""


def _facts(session: Session) -> Iterator[str]:
    if session.ended_at is not None:
        yield f"- Length: {describe_duration(session.ended_at - session.started_at)}"
    else:
        yield "- Length: not finished"
    if session.warmup is not None:
        done = "the whole warm-up" if session.warmup.completed else "part of the warm-up"
        yield f"- Began with {done}"
    before, after = session.checkin_before, session.checkin_after
    if before is not None and after is not None:
        yield (
            f"- Before → after: threat {before.threat} → {after.threat}, drive {before.drive} → "
            f"{after.drive}, soothing {before.soothing} → {after.soothing} (of 10)"
        )
    elif before is not None:
        yield (
            f"- Before: threat {before.threat}, drive {before.drive}, "
            f"soothing {before.soothing} (of 10)"
        )
    if session.pauses:
        yield f"- Mindful pauses: {len(session.pauses)}"


def _moments(session: Session) -> Iterator[str]:
    count = len(session.moments)
    if count == 0:
        yield "No critic moments were noted."
    else:
        yield f"Critic moments noticed: {count}"
        yield ""
        for moment in session.moments:
            mark = " (this helped)" if moment.helped else ""
            yield f"- {_minutes_into(session, moment.at)}: offered “{escape(_one_line(moment.reframe.text))}”{mark}"
            if moment.note:
                for line in moment.note.splitlines() or [""]:
                    yield "  > " + escape(line) if line else "  >"


def dumps(sessions: Iterable[Session], exported_at: datetime, tz: tzinfo | None = None) -> str:
    lines = [
        "# My Kindling journal",
        "",
        f"Written out on {_when(exported_at, tz)}. This file is not encrypted; "
        "please keep it somewhere private.",
        "",
    ]
    empty = True
    for session in sessions:
        empty = False
        lines.extend(section(session, tz))
    if empty:
        lines += ["No sessions yet.", ""]
    return "\n".join(lines)
