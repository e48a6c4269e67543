"""What `start`, `critic` and `end` print, the same whether the app or the journal answered."""

from __future__ import annotations

NO_SESSION_FOR_CRITIC = "There is no session in progress. Start one with `kindling start`."
NO_SESSION_TO_END = "There is no session in progress to end."
ALREADY_IN_PROGRESS = (
    "A session is already in progress. Note the critic with `kindling critic`, "
    "or end it with `kindling end` before starting a new one."
)
WARMUP_HINT = (
    "Before you start: breathe in slowly for five, out slowly for five, a few times, "
    "and bring to mind the kindest, wisest version of you."
)
MOMENT_KEPT_IN_APP = (
    "Noticing the critic still counts. Kindling could not save this moment to the disk just "
    "now, so the open Kindling window is holding on to it and will save it as soon as it can."
)
CRITIC_HINT = "When the critic shows up, run `kindling critic`."
STUDIO_HINT = (
    "Studio mode fills your screen: when the critic speaks, press any key or click anywhere. "
    "Hold Escape for a second to go back to the small bar."
)
STUDIO_HEADLESS_HINT = (
    "Kept as a studio session. Kindling is not open, so no screen was filled; "
    "when the critic shows up, run `kindling critic`."
)


def studio_joined(medium: str) -> str:
    return f"Your {medium} session goes on in studio mode."


def session_begun(medium: str) -> str:
    return f"Your session has begun ({medium}). Go gently."


def critic_json(moment: dict[str, object], reframe: dict[str, object]) -> str:
    """What `kindling critic --format json` prints, from the journal or the running app."""
    import json

    return json.dumps({"moment": moment, "reframe": reframe}, ensure_ascii=False)
